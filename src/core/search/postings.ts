/**
 * Lists of the blocks a term (or a word pair, or an entity) occurs in (file
 * format in format.ts). A block is one searchable piece of an article: block
 * 0 is its headline, block k ≥ 1 its k-th paragraph, the `#p-<k>` anchor.
 */

/** A block that holds a term. */
export interface Block {
  /** Article number (position in corpus order). */
  article: number;
  /** 0 for the headline, k for paragraph k (1-based). */
  block: number;
}

/** A block that holds a term, with the term's weight there. */
export interface Posting extends Block {
  /** Quantised term-frequency weight, 1‥255. */
  weight: number;
}

// Block numbers stay below this in any article (checked when indexing), so
// one number identifies a block across the corpus.
export const STRIDE = 1 << 16;

/** One number for a block: `article × STRIDE + block`. Sorting keys sorts by article, then block. */
export function blockKey(article: number, block: number): number {
  return article * STRIDE + block;
}

export function blockOf(key: number): Block {
  return { article: Math.floor(key / STRIDE), block: key % STRIDE };
}

/** Flat `[articleGap, block, weight]` triples; gaps keep numbers short in JSON. */
export function encodePostings(postings: readonly Posting[]): number[] {
  const sorted = [...postings].sort((a, b) => a.article - b.article || a.block - b.block);
  const flat: number[] = [];
  let previous = 0;
  for (const { article, block, weight } of sorted) {
    flat.push(article - previous, block, weight);
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
    postings.push({ article, block: flat[i + 1] ?? 0, weight: flat[i + 2] ?? 0 });
  }
  return postings;
}

/** Block keys (sorted) as flat `[articleGap, block]` pairs: membership without weights. */
export function encodeBlocks(keys: readonly number[]): number[] {
  const flat: number[] = [];
  let previous = 0;
  for (const key of [...keys].sort((a, b) => a - b)) {
    const { article, block } = blockOf(key);
    flat.push(article - previous, block);
    previous = article;
  }
  return flat;
}

/** The block keys of a flat `[articleGap, block]` list. */
export function decodeBlocks(flat: readonly number[]): number[] {
  if (flat.length % 2 !== 0) throw new Error(`blocks: ${flat.length} numbers is not a list of pairs`);
  const keys: number[] = [];
  let article = 0;
  for (let i = 0; i < flat.length; i += 2) {
    article += flat[i] ?? 0;
    keys.push(blockKey(article, flat[i + 1] ?? 0));
  }
  return keys;
}
