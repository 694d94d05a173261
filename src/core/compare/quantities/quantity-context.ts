import type { Mention } from '../../types.ts';
import type { ArticleTokens } from './article-tokens.ts';
import type { FoundQuantity } from './find-quantities.ts';
import type { Token } from './tokens.ts';

/** A word this many tokens from the number weighs half as much as its neighbour. */
const HALF_WEIGHT_DISTANCE = 4;
/** Each comma, dash or bracket between a word and the number halves its weight again: it is likely another clause. */
const BOUNDARY_FACTOR = 0.5;
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);
const BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** What a quantity's sentence is about: weighted keys, an entity's id (`@china`) or a word's stem. */
export type Context = Map<string, number>;

/** The key of a token for comparing sentences, or null for a word that says little (function words, numbers, signs). */
function keyOf(t: Token, mentions: readonly Mention[]): string | null {
  const mention = mentions.find((m) => t.start >= m.start && t.start < m.end);
  if (mention) return `@${mention.entity}`;
  return CONTENT.has(t.pos) && !t.stop && t.kind === 'word' ? t.stem : null;
}

export const isBoundary = (t: Token): boolean => BOUNDARY.has(t.text);

/**
 * The context of a quantity: the content words of its sentence, each keyed
 * by its stem ("condemned", "condemnation" → condemn) or, inside an entity
 * mention, by the entity ("U.S." and "the United States" are one key), and
 * weighted by nearness to the number, less across a comma or dash. The
 * number and its counted noun are left out: the noun is compared on its own.
 */
export function contextOf(q: FoundQuantity, mentions: readonly Mention[]): Context {
  const context: Context = new Map();
  const weigh = (k: number, distance: number, boundaries: number): void => {
    const t = q.tokens[k];
    const key = t && !q.nouns.includes(t.lemma) ? keyOf(t, mentions) : null;
    if (!key) return;
    const weight = (HALF_WEIGHT_DISTANCE / (HALF_WEIGHT_DISTANCE + distance)) * BOUNDARY_FACTOR ** boundaries;
    context.set(key, Math.max(context.get(key) ?? 0, weight));
  };
  for (const [from, step] of [
    [q.first - 1, -1],
    [q.end, 1],
  ] as const) {
    let boundaries = 0;
    for (let k = from, distance = 0; k >= 0 && k < q.tokens.length; k += step, distance++) {
      const t = q.tokens[k];
      if (t && isBoundary(t)) boundaries++;
      else weigh(k, distance, boundaries);
    }
  }
  return context;
}

/** How rare each key is among all the corpus's sentences: log(1 + N / df). */
export function inverseFrequency(articles: readonly ArticleTokens[]): (key: string) => number {
  const df = new Map<string, number>();
  let n = 0;
  for (const { article, tokens, sentences } of articles)
    for (const { from, to } of sentences) {
      n++;
      const keys = new Set(tokens.slice(from, to).flatMap((t) => keyOf(t, article.mentions) ?? []));
      for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
    }
  return (key) => Math.log(1 + n / (df.get(key) ?? 1));
}

/** Cosine similarity of two contexts, each key weighted by its rarity (`idf`). */
export function similarity(a: Context, b: Context, idf: (key: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, w] of a) {
    const x = w * idf(key);
    na += x * x;
    const v = b.get(key);
    if (v !== undefined) dot += x * v * idf(key);
  }
  for (const [key, w] of b) nb += (w * idf(key)) ** 2;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
