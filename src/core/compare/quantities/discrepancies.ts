import type { Discrepancy } from '../../publish/schemas/analysis/quantities.ts';
import type { ArticleTokens } from './article-tokens.ts';
import type { QuantityKind } from './candidate.ts';
import { dayAnchor } from './day-anchor.ts';
import { describeDiscrepancy } from './describe-discrepancy.ts';
import { disagree } from './disagree.ts';
import type { FoundQuantity } from './find-quantities.ts';
import { contextOf, inverseFrequency } from './quantity-context.ts';
import { rateOf } from './rate.ts';
import { sameStory, storyEntities, type StoryEntities } from './same-story.ts';
import { sameThingScore, type Compared } from './same-thing.ts';

/**
 * Two quantities in different articles are taken to be about the same
 * thing from this score up (`sameThingScore`). A count has its noun to go
 * on as well; money and percentages, which count nothing, have only their
 * sentences and need more in common. Set on the development gold (seeds
 * and stories-tune), where the pairs that are one fact score 0.14 and more
 * and most pairs that are not score below 0.13; see README, "Numbers and
 * claims".
 */
export const SAME_THING_THRESHOLD: Readonly<Record<QuantityKind, number>> = { count: 0.1, money: 0.15, percent: 0.15 };

/**
 * Quantities in different articles about the same thing that disagree.
 * Each pair of articles is matched one to one, the surest pairs first, so
 * two figures of one copied sentence pair with their own copies; matched
 * quantities are grouped across articles; a group is a discrepancy when a
 * matched pair in it disagrees (`disagree`): a pair, not any two members,
 * since grouping is transitive and "dozens" may join "12+" and "23"
 * without either being the other. A group lists all its quantities, the
 * agreeing ones too. Only articles on one story are compared (`sameStory`).
 */
export function findDiscrepancies(
  articles: readonly ArticleTokens[],
  found: readonly FoundQuantity[],
  names: ReadonlyMap<string, string>,
): Discrepancy[] {
  const byArticle = new Map(articles.map((a) => [a.article.slug as string, a.article]));
  const compared: Compared[] = found.map((f) => {
    const article = byArticle.get(f.quantity.article);
    return {
      found: f,
      context: contextOf(f, article?.mentions ?? []),
      day: article ? dayAnchor(f, article.meta.published) : null,
      rate: rateOf(f),
    };
  });
  const idf = inverseFrequency(articles);
  const groups = new UnionFind(compared.length);
  const split = new Set<number>();
  const list = [...byArticle.values()];
  // Each article's quantities and entities gathered once: the pair loop below is quadratic in the articles.
  const ofArticle = new Map<string, number[]>();
  compared.forEach((c, i) => {
    const own = ofArticle.get(c.found.quantity.article);
    if (own) own.push(i);
    else ofArticle.set(c.found.quantity.article, [i]);
  });
  const entities = list.map(storyEntities);
  list.forEach((first, x) => {
    const mine = ofArticle.get(first.slug) ?? [];
    if (mine.length === 0) return;
    list.forEach((second, y) => {
      if (y <= x) return;
      const theirs = ofArticle.get(second.slug) ?? [];
      if (theirs.length === 0 || !sameStory(entities[x] as StoryEntities, entities[y] as StoryEntities)) return;
      for (const [i, j] of matchOneToOne(compared, mine, theirs, idf)) {
        groups.join(i, j);
        const [a, b] = [compared[i], compared[j]];
        if (a && b && disagree(a.found, b.found)) split.add(i);
      }
    });
  });
  const flagged = new Set([...split].map((i) => groups.find(i)));
  return groups
    .sets()
    .filter((members) => flagged.has(groups.find(members[0] ?? -1)))
    .map((members) => {
      const quantities = members.flatMap((i) => compared[i] ?? []);
      return {
        about: describeDiscrepancy(quantities, idf, names),
        quantities: quantities.map((c) => c.found.quantity.id),
      };
    });
}

/**
 * The pairs of quantities of two articles (`first` and `second`: their indexes in `compared`, ascending) that are about the same thing,
 * one to one, the surest first: of two figures in one copied sentence, each
 * pairs with its own copy.
 */
function matchOneToOne(
  compared: readonly Compared[],
  first: readonly number[],
  second: readonly number[],
  idf: (key: string) => number,
): [number, number][] {
  const scored: [number, number, number][] = [];
  for (const i of first) {
    const a = compared[i] as Compared;
    for (const j of second) {
      const score = sameThingScore(a, compared[j] as Compared, idf);
      if (score >= SAME_THING_THRESHOLD[a.found.kind]) scored.push([score, i, j]);
    }
  }
  scored.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of scored) {
    if (used.has(i) || used.has(j)) continue;
    used.add(i).add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/** Disjoint sets over 0…n-1; `sets()` lists each set of two or more in order of its smallest member. */
class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    return root;
  }
  join(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
  sets(): number[][] {
    const sets = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      const set = sets.get(root);
      if (set) set.push(i);
      else sets.set(root, [i]);
    });
    return [...sets.values()].filter((s) => s.length > 1).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  }
}
