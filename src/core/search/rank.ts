import type { MatchLevel } from './dictionary.ts';
import { blockKey, blockOf, type Posting } from './postings.ts';

/** A dictionary term standing for a query word, with the blocks it occurs in. */
export interface TermEvidence {
  quality: number;
  level: MatchLevel;
  /** Its best-weighted blocks, with weights. */
  top: readonly Posting[];
  /** Its other blocks (keys), when loaded; each weighs at most the lowest weight of `top`. */
  rest: readonly number[];
}

/** One query word: its idf and the terms it expands to. */
export interface WordEvidence {
  idf: number;
  terms: readonly TermEvidence[];
}

/** Blocks where query words `a` and `b` stand next to each other, in that order. */
export interface PairEvidence {
  words: readonly [number, number];
  blocks: readonly number[];
  /** Looked up for the words as typed (not for corrections of them). */
  exact: boolean;
}

/** Paragraphs mentioning an entity that query words `words` name (an entity's name or alias, typed). */
export interface EntityEvidence {
  words: readonly number[];
  blocks: readonly number[];
}

export interface RankInput {
  words: readonly WordEvidence[];
  pairs: readonly PairEvidence[];
  entities: readonly EntityEvidence[];
  /** Pairs (positions in `pairs`) every result must hold: the pairs of quoted phrases. */
  requiredPairs: readonly number[];
  /** Words (quoted) every result must hold as typed. */
  requiredWords: readonly number[];
  /** Blocks no result may be (they hold an excluded word). */
  excluded: ReadonlySet<number>;
}

/** A block that matches a query, with what ranks it. */
export interface RankedBlock {
  article: number;
  /** 0 for the headline, k for paragraph k. */
  block: number;
  /** How many distinct query words it holds (as typed, corrected or as a longer word). */
  words: number;
  score: number;
}

// What a block gains for a pair of query words standing together, per unit
// of those words' own score: a phrase outranks the same words scattered even
// when the scattered ones are weighted twice as much (see scoreOf).
const PHRASE = 1.25;
// What naming an entity gains, per unit of the words that name it.
const ENTITY = 1;
// A headline that holds the words outranks a paragraph that holds them equally.
const HEADLINE = 1.5;

/**
 * Ranks blocks for a query, in tiers:
 * 1. blocks holding more of the query's words first (all words above some);
 * 2. then by score, the sum over words of quality × idf × (½ + ½ weight):
 *    - a word's own term has quality 1, a typo's correction a little less,
 *      a neighbour of a word the dictionary has 0.2, so a block holding the
 *      word as typed (weight factor at least ½) always outscores one holding
 *      only its neighbour, as long as the rest is equal;
 *    - each typed pair standing together adds PHRASE × its two words' score;
 *    - a paragraph mentioning an entity the query names holds those words
 *      (also by an alias: `MSS` finds “Ministry of State Security”) and adds
 *      ENTITY × their score;
 *    - a headline counts HEADLINE times a paragraph.
 * Ties keep corpus order, so the ranking is deterministic.
 */
export function rankBlocks(input: RankInput): RankedBlock[] {
  const n = input.words.length;
  const scores = new Map<number, Float64Array>();
  const exact = new Map<number, number>();
  const pairMask = new Map<number, number>();
  const entityMask = new Map<number, number>();
  const slot = (key: number): Float64Array => {
    let values = scores.get(key);
    if (values === undefined) scores.set(key, (values = new Float64Array(n)));
    return values;
  };
  // The score a word's term gives a block at weight `weight` (1‥255).
  const value = (word: number, quality: number, weight: number) =>
    quality * (input.words[word]?.idf ?? 0) * (0.5 + (0.5 * weight) / 255);

  input.words.forEach((word, i) => {
    for (const term of word.terms) {
      const floor = Math.min(255, ...term.top.map((p) => p.weight));
      const bit = term.level === 'exact' ? 1 << i : 0;
      const note = (key: number, v: number) => {
        const values = slot(key);
        if (v > (values[i] ?? 0)) values[i] = v;
        if (bit !== 0) exact.set(key, (exact.get(key) ?? 0) | bit);
      };
      for (const p of term.top) note(blockKey(p.article, p.block), value(i, term.quality, p.weight));
      const restValue = value(i, term.quality, floor);
      for (const key of term.rest) note(key, restValue);
    }
  });
  // A block in a pair's list holds both words as typed (pairs are looked up for the words' own terms).
  input.pairs.forEach((pair, j) => {
    for (const key of pair.blocks) {
      const values = slot(key);
      for (const w of pair.words) values[w] = Math.max(values[w] ?? 0, value(w, 1, 1));
      pairMask.set(key, (pairMask.get(key) ?? 0) | (1 << j));
      if (pair.exact) exact.set(key, (exact.get(key) ?? 0) | (1 << pair.words[0]) | (1 << pair.words[1]));
    }
  });
  input.entities.forEach((entity, j) => {
    for (const key of entity.blocks) {
      const values = slot(key);
      for (const w of entity.words) values[w] = Math.max(values[w] ?? 0, value(w, 1, 128));
      entityMask.set(key, (entityMask.get(key) ?? 0) | (1 << j));
    }
  });

  const requiredPairs = input.requiredPairs.reduce((mask, j) => mask | (1 << j), 0);
  const requiredWords = input.requiredWords.reduce((mask, i) => mask | (1 << i), 0);
  const ranked: RankedBlock[] = [];
  for (const [key, values] of scores) {
    if (input.excluded.has(key)) continue;
    const pairs = pairMask.get(key) ?? 0;
    if ((pairs & requiredPairs) !== requiredPairs) continue;
    if (((exact.get(key) ?? 0) & requiredWords) !== requiredWords) continue;
    let words = 0;
    let score = 0;
    for (const v of values) {
      if (v > 0) words++;
      score += v;
    }
    input.pairs.forEach((pair, j) => {
      if ((pairs & (1 << j)) !== 0) score += PHRASE * ((values[pair.words[0]] ?? 0) + (values[pair.words[1]] ?? 0));
    });
    const entities = entityMask.get(key) ?? 0;
    input.entities.forEach((entity, j) => {
      if ((entities & (1 << j)) !== 0) score += ENTITY * entity.words.reduce((sum, w) => sum + (values[w] ?? 0), 0);
    });
    const { article, block } = blockOf(key);
    if (block === 0) score *= HEADLINE;
    ranked.push({ article, block, words, score });
  }
  return ranked.sort((a, b) => b.words - a.words || b.score - a.score || a.article - b.article || a.block - b.block);
}

/** Inverse document frequency over blocks, BM25's form (never negative). */
export function idf(df: number, blocks: number): number {
  return Math.log(1 + (blocks - df + 0.5) / (df + 0.5));
}
