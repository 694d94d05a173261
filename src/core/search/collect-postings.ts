import type { AnalyzedArticle } from '../types.ts';
import type { Posting } from './postings.ts';
import { tokenize } from './tokens.ts';
import { byCodeUnit } from '../compare-text.ts';

/** One dictionary entry with its (possibly capped) postings. */
export interface CollectedTerm {
  term: string;
  /** Paragraphs containing the term, all of them. */
  df: number;
  /** At most `maxPostings`, the best-weighted. */
  postings: Posting[];
}

export interface CollectedPostings {
  /** Sorted by term (UTF-16 code units); a term's id is its position. */
  terms: CollectedTerm[];
  paragraphs: number;
}

// BM25's usual constants: term frequency saturates (k1) and long paragraphs
// are discounted (b). The weight is stored per posting so the client needs
// no table of paragraph lengths.
const K1 = 1.2;
const B = 0.75;

/**
 * Tokenises every paragraph once and gathers, for each non-stop term, the
 * paragraphs it occurs in with a BM25 term-frequency weight.
 */
export function collectPostings(
  articles: readonly Pick<AnalyzedArticle, 'text' | 'paragraphs'>[],
  stop: ReadonlySet<string>,
  maxPostings: number,
): CollectedPostings {
  // Flat [article, paragraph, tf, length] quadruples per term: a corpus of
  // 10,000 articles has millions of postings, too many for one object each.
  const raw = new Map<string, number[]>();
  let paragraphs = 0;
  let totalLength = 0;
  articles.forEach((article, n) => {
    article.paragraphs.forEach((span, p) => {
      const counts = new Map<string, number>();
      let length = 0;
      for (const { term } of tokenize(article.text.slice(span.start, span.end))) {
        if (stop.has(term)) continue;
        counts.set(term, (counts.get(term) ?? 0) + 1);
        length++;
      }
      for (const [term, tf] of counts) {
        let list = raw.get(term);
        if (list === undefined) raw.set(term, (list = []));
        list.push(n, p, tf, length);
      }
      paragraphs++;
      totalLength += length;
    });
  });

  const averageLength = paragraphs === 0 ? 1 : totalLength / paragraphs;
  const terms = [...raw.keys()].sort(byCodeUnit);
  return {
    paragraphs,
    terms: terms.map((term) => {
      const list = raw.get(term) ?? [];
      const postings: Posting[] = [];
      for (let i = 0; i < list.length; i += 4) {
        const weight = weigh(list[i + 2] ?? 0, list[i + 3] ?? 0, averageLength);
        postings.push({ article: list[i] ?? 0, paragraph: list[i + 1] ?? 0, weight });
      }
      const df = postings.length;
      if (postings.length > maxPostings) {
        postings.sort((a, b) => b.weight - a.weight || a.article - b.article || a.paragraph - b.paragraph);
        postings.length = maxPostings;
      }
      return { term, df, postings };
    }),
  };
}

/** BM25's term-frequency part, scaled to 1‥255 so it is a short integer in JSON. */
function weigh(tf: number, length: number, averageLength: number): number {
  const saturated = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
  return Math.max(1, Math.min(255, Math.round((saturated / (K1 + 1)) * 255)));
}
