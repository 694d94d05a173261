/** Postings of one term: the paragraphs it occurs in and its weight there (format in format.ts). */

/** A paragraph that contains a term. */
export interface Posting {
  /** Article number (position in corpus order). */
  article: number;
  /** 0-based block index in the article. */
  paragraph: number;
  /** Quantised term-frequency weight, 1‥255. */
  weight: number;
}

/** Flat `[articleGap, paragraph, weight]` triples; gaps keep numbers short in JSON. */
export function encodePostings(postings: readonly Posting[]): number[] {
  const sorted = [...postings].sort((a, b) => a.article - b.article || a.paragraph - b.paragraph);
  const flat: number[] = [];
  let previous = 0;
  for (const { article, paragraph, weight } of sorted) {
    flat.push(article - previous, paragraph, weight);
    previous = article;
  }
  return flat;
}

export function decodePostings(flat: readonly number[]): Posting[] {
  if (flat.length % 3 !== 0) throw new Error(`postings: ${flat.length} numbers is not a list of triples`);
  const postings: Posting[] = [];
  let article = 0;
  for (let i = 0; i < flat.length; i += 3) {
    article += flat[i] ?? 0;
    postings.push({ article, paragraph: flat[i + 1] ?? 0, weight: flat[i + 2] ?? 0 });
  }
  return postings;
}
