import type { AnalyzedArticle, Mention } from '../types.ts';
import { byCodeUnit } from '../compare-text.ts';
import { contentWords } from './content-words.ts';
import { STRIDE, blockKey, type Posting } from './postings.ts';
import { typeBit, typeMaskChar } from './type-masks.ts';

/** What the index reads of an article; `mentions` feeds the entity lists and the type filter. */
export type IndexedArticle = Pick<AnalyzedArticle, 'slug' | 'meta' | 'text' | 'paragraphs'> & {
  mentions?: readonly Pick<Mention, 'start' | 'entity' | 'type'>[];
};

/** One dictionary entry with its postings, split in two tiers. */
export interface CollectedTerm {
  term: string;
  /** Blocks containing the term, all of them. */
  df: number;
  /** The best-weighted blocks, at most `maxPostings`: enough to rank a query of this word alone. */
  top: Posting[];
  /** Every other block (keys, sorted), at most MAX_MEMBERS: what a query of several words needs to know who has them all. */
  rest: number[];
}

export interface CollectedPostings {
  /** Sorted by term (UTF-16 code units); a term's id is its position. */
  terms: CollectedTerm[];
  /** Blocks indexed, headlines included (the N of idf). */
  blocks: number;
  /** Blocks (keys, sorted) where two terms stand next to each other, by `"<first id>.<second id>"`. */
  pairs: Map<string, number[]>;
  /** Blocks (keys, sorted) that mention each entity, by entity id. */
  mentions: Map<string, number[]>;
  /** Per article, one character per paragraph: the types of the entities it mentions (typeMaskChar). */
  types: string[];
}

/** Longest membership list kept (rest, pairs, entities); a longer one is cut and the search says “at least”. */
export const MAX_MEMBERS = 1 << 15;

// BM25's usual constants: term frequency saturates (k1) and long blocks are
// discounted (b). The weight is stored per posting so the client needs no
// table of block lengths.
const K1 = 1.2;
const B = 0.75;

/**
 * Reads every block once (the headline as block 0, then each paragraph) and
 * gathers, for each non-stop term, the blocks it occurs in with a BM25
 * term-frequency weight; for each pair of adjacent content words, the blocks
 * where they stand together; for each entity, the paragraphs that mention it.
 */
export function collectPostings(
  articles: readonly IndexedArticle[],
  stop: ReadonlySet<string>,
  maxPostings: number,
): CollectedPostings {
  // Flat [article, block, tf, length] quadruples per term: a corpus of 10,000
  // articles has millions of postings, too many for one object each.
  const raw = new Map<string, number[]>();
  const rawPairs = new Map<string, number[]>();
  const mentions = new Map<string, number[]>();
  const types: string[] = [];
  let blocks = 0;
  let totalLength = 0;

  articles.forEach((article, n) => {
    if (article.paragraphs.length >= STRIDE - 1)
      throw new Error(`search index: ${article.slug} has ${article.paragraphs.length} paragraphs, too many to index`);
    const texts = [article.meta.title, ...article.paragraphs.map((span) => article.text.slice(span.start, span.end))];
    texts.forEach((text, block) => {
      const key = blockKey(n, block);
      const counts = new Map<string, number>();
      const words = contentWords(text, stop);
      let before: string | undefined;
      for (const word of words) {
        counts.set(word.term, (counts.get(word.term) ?? 0) + 1);
        if (word.joined && before !== undefined && before !== word.term) {
          const pair = `${before} ${word.term}`;
          const list = rawPairs.get(pair);
          // Blocks arrive in order: a pair seen twice in this block is already the list's last entry.
          if (list === undefined) rawPairs.set(pair, [key]);
          else if (list[list.length - 1] !== key) list.push(key);
        }
        before = word.term;
      }
      for (const [term, tf] of counts) {
        let list = raw.get(term);
        if (list === undefined) raw.set(term, (list = []));
        list.push(n, block, tf, words.length);
      }
      blocks++;
      totalLength += words.length;
    });
    types.push(typeMasks(article, n, mentions));
  });

  const averageLength = blocks === 0 ? 1 : totalLength / blocks;
  const sortedTerms = [...raw.keys()].sort(byCodeUnit);
  const ids = new Map(sortedTerms.map((term, id) => [term, id]));
  const pairs = new Map<string, number[]>();
  for (const [pair, keys] of rawPairs) {
    const [first = '', second = ''] = pair.split(' ');
    pairs.set(`${ids.get(first)}.${ids.get(second)}`, keys.slice(0, MAX_MEMBERS));
  }
  return {
    blocks,
    pairs,
    mentions,
    types,
    terms: sortedTerms.map((term) => {
      const list = raw.get(term) ?? [];
      const postings: Posting[] = [];
      for (let i = 0; i < list.length; i += 4) {
        const weight = weigh(list[i + 2] ?? 0, list[i + 3] ?? 0, averageLength);
        postings.push({ article: list[i] ?? 0, block: list[i + 1] ?? 0, weight });
      }
      const df = postings.length;
      if (df <= maxPostings) return { term, df, top: postings, rest: [] };
      postings.sort((a, b) => b.weight - a.weight || a.article - b.article || a.block - b.block);
      const rest = postings
        .slice(maxPostings)
        .map((p) => blockKey(p.article, p.block))
        .sort((a, b) => a - b)
        .slice(0, MAX_MEMBERS);
      return { term, df, top: postings.slice(0, maxPostings), rest };
    }),
  };
}

/**
 * Records the paragraph of each mention under its entity and returns the
 * article's type masks, one character per paragraph.
 */
function typeMasks(article: IndexedArticle, n: number, mentions: Map<string, number[]>): string {
  const masks = new Array<number>(article.paragraphs.length).fill(0);
  let k = 0;
  for (const mention of article.mentions ?? []) {
    // Mentions are sorted by start, so the paragraph only moves forward.
    while (k < article.paragraphs.length && (article.paragraphs[k]?.end ?? 0) <= mention.start) k++;
    const span = article.paragraphs[k];
    if (span === undefined || mention.start < span.start) continue;
    masks[k] = (masks[k] ?? 0) | typeBit(mention.type);
    const key = blockKey(n, k + 1);
    const list = mentions.get(mention.entity);
    if (list === undefined) mentions.set(mention.entity, [key]);
    else if (list[list.length - 1] !== key) list.push(key);
  }
  return masks.map(typeMaskChar).join('');
}

/** BM25's term-frequency part, scaled to 1‥255 so it is a short integer in JSON. */
function weigh(tf: number, length: number, averageLength: number): number {
  const saturated = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
  return Math.max(1, Math.min(255, Math.round((saturated / (K1 + 1)) * 255)));
}
