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
  /** Characters between the token before it and this one, format characters (zero-width, bidi) not counted. */
  gap: number;
}

// Dotted abbreviations first ("U.S.", "U.N."), then words that may hold inner
// apostrophes, hyphens, ampersands or dots ("O'Brien", "Co-operation", "AT&T", "3.5")
// and, between letters, invisible format characters (zero-width joiners, bidi marks).
// A format character on its own is no token: it reads as nothing.
const WORD =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:\p{Cf}+[\p{L}\p{M}\p{N}]+)*(?:[’'\-&.][\p{L}\p{M}\p{N}]+(?:\p{Cf}+[\p{L}\p{M}\p{N}]+)*)*|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;
const FORMAT = /\p{Cf}/gu;
/** The same without format characters, for the many texts that have none: it is faster. */
const PLAIN_WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[’'\-&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const POSSESSIVE = /^(.+?)([’']s)$/u;
/** "Bengaluru-based", "Pakistan-linked": the name is a word of its own. */
/** "anti-NATO", "pro-Kremlin", "ex-Google": a lower-case prefix is no part of the name after it. */
const PREFIXED = /^(anti|pro|ex|non|post|pre|neo|pan|counter|de)-(?=\p{Lu})(.+)$/u;
const COMPOUND =
  /^(\p{Lu}[\p{L}\p{M}.’'&-]*?)-(based|linked|backed|owned|born|led|registered|headquartered|listed|made|funded|sponsored|affiliated|aligned|allied|bound|controlled|run|friendly|focused|style)$/u;

const DASHES = new Set(['-', '–', '—']);

/**
 * Splits text into tokens, sentence by sentence. A possessive "’s" becomes a
 * token of its own so that "China’s" yields "China".
 */
export function tokenize(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const words = /\p{Cf}/u.test(text) ? WORD : PLAIN_WORD;
  sentences.forEach((sentence, index) => {
    const slice = text.slice(sentence.start, sentence.end);
    let initial = true;
    for (const match of slice.matchAll(words)) {
      const start = sentence.start + (match.index ?? 0);
      const raw = match[0];
      const possessive = raw.length > 2 && (raw.includes('’') || raw.includes("'")) ? POSSESSIVE.exec(raw) : null;
      const prefixed = raw.includes('-') ? PREFIXED.exec(raw) : null;
      const compound = raw.includes('-') && !prefixed ? COMPOUND.exec(raw) : null;
      const parts =
        possessive && /\p{L}/u.test(possessive[1] ?? '')
          ? [possessive[1] ?? '', possessive[2] ?? '']
          : prefixed
            ? splitPrefix(prefixed[1] ?? '', prefixed[2] ?? '')
            : compound
              ? [compound[1] ?? '', '-', compound[2] ?? '']
              : [raw];
      let offset = start;
      for (const part of parts) {
        const token = makeToken(part, offset, index, initial, gapBetween(text, previousEnd, offset));
        if (token.word) initial = false;
        // "(Meridian Wire) - Shares of …": the report begins after a dateline's dash, as a sentence does.
        if (DASHES.has(token.text) && token.gap > 0 && tokens.at(-1)?.text === ')') initial = true;
        tokens.push(token);
        offset += part.length;
        previousEnd = offset;
      }
    }
  });
  return tokens;
}

/** "anti-North-Atlantic-linked" → "anti", "-", then the rest split again if it is a compound ("North", "-", "linked"). */
function splitPrefix(prefix: string, rest: string): string[] {
  const compound = COMPOUND.exec(rest);
  return [prefix, '-', ...(compound ? [compound[1] ?? '', '-', compound[2] ?? ''] : [rest])];
}

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;

function gapBetween(text: string, from: number, to: number): number {
  if (to - from < 2) return to - from === 1 && /\p{Cf}/u.test(text[from] ?? '') ? 0 : to - from;
  return text.slice(from, to).replace(FORMAT, '').length;
}

/** The form rules compare: composed (NFC) and without format characters, so "Bogota\u0301" reads as "Bogotá". */
function fold(raw: string): string {
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) > 127) return raw.replace(FORMAT, '').normalize('NFC');
  return raw;
}

// One pass over the characters instead of several regular expressions: this runs for every token.
function makeToken(raw: string, start: number, sentence: number, initial: boolean, gap: number): Token {
  const text = fold(raw);
  let letters = 0;
  let upper = 0;
  let digit = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
      else if (code >= 48 && code <= 57) digit = true;
      continue;
    }
    const ch = text[k] ?? '';
    if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    } else if (NUMBER.test(ch)) digit = true;
  }
  const word = letters > 0 || digit;
  return {
    text,
    start,
    end: start + raw.length,
    word,
    cap: word && UPPER.test(text[0] ?? ''),
    caps: letters >= 2 && upper === letters,
    digit,
    sentence,
    initial: word && initial,
    gap,
  };
}
