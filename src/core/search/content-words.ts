import { tokenize, type Token } from './tokens.ts';

/** A word that search indexes, and whether it continues a phrase with the content word before it. */
export interface ContentWord extends Token {
  /**
   * The previous content word and this one are next to each other in the
   * text: nothing but spaces, hyphens, apostrophes or stop words between them
   * (`Ministry of State Security` joins ministry–state–security). Punctuation
   * that ends a clause or a name breaks the phrase (`Beijing, Moscow`).
   */
  joined: boolean;
}

// Punctuation: anything between two words but letters (stop words, a possessive `’s`, a one-letter
// word), digits, spaces, hyphens and apostrophes.
const BREAK = /[^\p{L}\p{N}\p{M}\s\-‐‑'’]/u;

/**
 * The non-stop words of `text` in order, each marked with whether it joins
 * the one before. The index records the joined pairs (the phrase signal) and
 * the query parser finds the same pairs in a query, so both sides agree on
 * what adjacent means.
 */
export function contentWords(text: string, stop: ReadonlySet<string>): ContentWord[] {
  const words: ContentWord[] = [];
  let previousEnd = -1;
  let broken = true;
  for (const token of tokenize(text)) {
    if (previousEnd >= 0 && BREAK.test(text.slice(previousEnd, token.start))) broken = true;
    previousEnd = token.end;
    if (stop.has(token.term)) continue;
    words.push({ ...token, joined: !broken && words.length > 0 });
    broken = false;
  }
  return words;
}
