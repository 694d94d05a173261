import type { Passage } from '../publish/schemas/analysis/passages.ts';
import type { AnalyzedArticle, Span } from '../types.ts';
import type { AnalysisGold } from './analysis-gold.ts';
import { prf, type Prf } from './metrics.ts';

type Kind = Passage['kind'];

export interface PassageScore {
  /** Pairs of sentences put in one group: every two sentences of a group, gold against system. */
  pairs: Prf;
  /** Of the pairs both put in one group, those whose groups have the same kind (shared or reworded). */
  kind: { right: number; of: number; accuracy: number };
  /** One line per missed, spurious or mis-kinded pair. */
  errors: string[];
}

/**
 * Scores the passages against the gold pair by pair: each gold sentence is
 * the system sentence that overlaps it most (the gold leaves out quotation
 * marks the sentence holds), each group gives every pair of its sentences,
 * and a pair is right when both sides group it. Kind accuracy is over the
 * pairs both sides group: whether the two groups agree on shared or reworded.
 */
export function scorePassages(
  gold: AnalysisGold['passages'],
  passages: readonly Passage[],
  articles: readonly AnalyzedArticle[],
): PassageScore {
  const bySlug = new Map(articles.map((a) => [a.slug as string, a]));
  const goldPairs = new Map<string, Kind>();
  for (const group of gold) {
    const ids = group.sentences.flatMap((s) => {
      const n = sentenceOf(bySlug.get(s.article)?.sentences ?? [], s);
      return n === null ? [] : [`${s.article}#${n}`];
    });
    for (const pair of pairsOf(ids)) goldPairs.set(pair, group.kind);
  }
  const systemPairs = new Map<string, Kind>();
  for (const p of passages)
    for (const pair of pairsOf(p.sentences.map((s) => `${s.article}#${s.sentence}`))) systemPairs.set(pair, p.kind);

  const errors: string[] = [];
  const quote = (id: string): string => {
    const [slug = '', n = '0'] = id.split('#');
    const article = bySlug.get(slug);
    const span = article?.sentences[Number(n) - 1];
    const text = article && span ? article.text.slice(span.start, span.end) : '';
    return `${id} "${text.length > 70 ? `${text.slice(0, 67)}…` : text}"`;
  };
  const show = (pair: string): string => pair.split('|').map(quote).join(' ~ ');
  let tp = 0;
  let right = 0;
  for (const [pair, kind] of goldPairs) {
    const found = systemPairs.get(pair);
    if (found === undefined) errors.push(`missed ${kind} pair: ${show(pair)}`);
    else {
      tp++;
      if (found === kind) right++;
      else errors.push(`kind ${found}, gold ${kind}: ${show(pair)}`);
    }
  }
  for (const [pair, kind] of systemPairs) if (!goldPairs.has(pair)) errors.push(`spurious ${kind} pair: ${show(pair)}`);
  return {
    pairs: prf(tp, systemPairs.size, goldPairs.size),
    kind: { right, of: tp, accuracy: tp > 0 ? right / tp : 1 },
    errors,
  };
}

/** The 1-based number of the sentence that overlaps `span` most, or null when none does. */
function sentenceOf(sentences: readonly Span[], span: Span): number | null {
  let best: number | null = null;
  let most = 0;
  sentences.forEach((s, i) => {
    const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    if (overlap > most) [best, most] = [i + 1, overlap];
  });
  return best;
}

/** Every unordered pair of distinct ids, as "a|b" with a < b. */
function pairsOf(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++) pairs.push(`${unique[i] ?? ''}|${unique[j] ?? ''}`);
  return pairs;
}
