/** A word or punctuation mark of an article, with its place in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
  /** Begins with a capital letter. */
  cap: boolean;
  /** Has at least two letters, all capitals ("FBI", "U.S.", "WASHINGTON"). */
  caps: boolean;
  digit: boolean;
  /** Index of its sentence in the article. */
  sentence: number;
  /** First word of its sentence (after any opening quotes or brackets). */
  initial: boolean;
}

// Dotted abbreviations first ("U.S.", "U.N."), then words that may hold inner
// apostrophes, hyphens, ampersands or dots ("O'Brien", "Co-operation", "AT&T", "3.5").
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[’'\-&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const POSSESSIVE = /^(.+?)([’']s)$/u;

/**
 * Splits text into tokens, sentence by sentence. A possessive "’s" becomes a
 * token of its own so that "China’s" yields "China".
 */
export function tokenize(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((sentence, index) => {
    const slice = text.slice(sentence.start, sentence.end);
    let initial = true;
    for (const match of slice.matchAll(WORD)) {
      const start = sentence.start + (match.index ?? 0);
      const raw = match[0];
      const possessive = POSSESSIVE.exec(raw);
      const parts = possessive && /\p{L}/u.test(possessive[1] ?? '') ? [possessive[1] ?? '', possessive[2] ?? ''] : [raw];
      let offset = start;
      for (const part of parts) {
        const token = makeToken(part, offset, index, initial);
        if (token.word) initial = false;
        tokens.push(token);
        offset += part.length;
      }
    }
  });
  return tokens;
}

function makeToken(text: string, start: number, sentence: number, initial: boolean): Token {
  const word = /[\p{L}\p{N}]/u.test(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    start,
    end: start + text.length,
    word,
    cap: word && /^\p{Lu}/u.test(text),
    caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    digit: /\p{N}/u.test(text),
    sentence,
    initial: word && initial,
  };
}
