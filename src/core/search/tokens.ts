/**
 * Words as search sees them. The index, the query and the highlighter all
 * cut text with this one function, so a highlighted word is exactly a word
 * the index counted.
 */

/** One word of a text: `[start, end)` in the text and its normalised form. */
export interface Token {
  start: number;
  end: number;
  term: string;
}

/** Shorter normalised words carry no meaning on their own (`a`, `x`, `1`). */
export const MIN_TERM_LENGTH = 2;
/**
 * Longer words are left out of the index and the query. Fuse's Bitap matcher
 * works on at most 32 characters at a time; capping terms there means every
 * term is scored as one piece and no word is ever long enough for Fuse's
 * location penalty to matter (see expand-word.ts).
 */
export const MAX_TERM_LENGTH = 32;

// Dotted acronyms first (U.S., U.K.), so they become one word `us` instead of
// two letters; then runs of letters and digits, which may hold apostrophes
// (China’s, don't). Hyphens split words: "cyber-enabled" is found by "cyber".
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const MARKS = /\p{M}/gu;
// Most words of English news are plain ASCII: lower-casing is all they need,
// and skipping Unicode normalisation for them halves the time to index.
const PLAIN = /^[A-Za-z0-9]+$/;

/** Lower case, accents removed, dots and apostrophes dropped: `Zhōngguó` → `zhongguo`, `U.S.` → `us`. */
export function normalizeWord(word: string): string {
  if (PLAIN.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/['’.]/gu, '');
}

/**
 * The words of `text` with their offsets. A possessive `’s` is not part of
 * the word (`China’s` is `china` over `China`). Words that normalise to
 * fewer than MIN_TERM_LENGTH or more than MAX_TERM_LENGTH characters are
 * skipped.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = PLAIN.test(match[0]) ? match[0] : match[0].replace(POSSESSIVE, '');
    const term = normalizeWord(surface);
    if (term.length < MIN_TERM_LENGTH || term.length > MAX_TERM_LENGTH) continue;
    tokens.push({ start: match.index, end: match.index + surface.length, term });
  }
  return tokens;
}
