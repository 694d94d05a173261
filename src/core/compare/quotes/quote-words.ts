/** Words as the quote analysis compares them: what typography changes between outlets is not a change of wording. */

const WORD = /[\p{L}\p{N}]+(?:[’'‐‑-][\p{L}\p{N}]+)*/gu;

/** The words of a text (letters and digits, with inner apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return wordsOf(text).length;
}

/**
 * One word folded for comparison: curly and straight apostrophes, hyphen
 * variants and capitals make no difference ("people’s" = "People's").
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .toLowerCase();
}

/** The folded words of a text: two quotations have the same wording when these are equal. */
export function foldedWords(text: string): string[] {
  return wordsOf(text).map(foldWord);
}

/** Same wording: the same words in the same order, whatever the quotation marks, apostrophes and punctuation. */
export function sameWording(a: string, b: string): boolean {
  const x = foldedWords(a);
  const y = foldedWords(b);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}
