import { byCodeUnit } from '../../compare-text.ts';
import type { DatedEvent, EventGroup } from '../../publish/schemas/analysis/events.ts';
import type { AnalyzedArticle } from '../../types.ts';
import { dateRelation } from './date-span.ts';
import { dice, sentenceWords } from './sentence-words.ts';

/** Word overlap (Dice) of two sentences of different articles for their events to be one happening. */
export const SAME_HAPPENING = 0.35;
/**
 * Word overlap for two events whose dates differ by a day or two ("began on
 * March 2", "began on Monday, March 3") to be one happening told with
 * conflicting dates: higher, as it claims a disagreement.
 */
export const CONFLICTING_HAPPENING = 0.5;

/** The events of one sentence and the words it is about. */
export interface SentenceUnit {
  article: string;
  order: number;
  events: DatedEvent[];
  words: Set<string>;
}

/**
 * The events grouped into happenings. Two sentences of different articles
 * that share their words report the same happenings: their events are
 * paired, first those whose dates agree (one holds the other), then, when
 * the sentences are closer still, those whose dates are near at the same
 * precision, which flags a conflict. A sentence's other dates ("a hearing
 * next month, and an appeal in 2025") pair with their own counterparts, never
 * with each other. Every event is in exactly one group; groups are in date
 * order, then corpus order.
 */
export function groupEvents(events: readonly DatedEvent[], articles: readonly AnalyzedArticle[]): EventGroup[] {
  const order = new Map(articles.map((a, i) => [a.slug as string, i]));
  const outlet = new Map(articles.map((a) => [a.slug as string, a.meta.outlet]));
  const units = sentenceUnits(events, articles);
  const groups = new UnionFind(events);
  for (const [i, j] of similarPairs(units)) {
    const [a, b] = [units[i] as SentenceUnit, units[j] as SentenceUnit];
    // Every event of both sentences already in one group: no pairing could join anything more.
    const root = groups.find(a.events[0] as DatedEvent);
    if ([...a.events, ...b.events].every((e) => groups.find(e) === root)) continue;
    const similarity = dice(a.words, b.words);
    if (similarity < SAME_HAPPENING) continue;
    const paired = pairEvents(a.events, b.events, (x, y) => dateRelation(x, y) === 'compatible');
    if (similarity >= CONFLICTING_HAPPENING)
      paired.push(
        ...pairEvents(
          a.events.filter((x) => !paired.some(([p]) => p === x)),
          b.events.filter((y) => !paired.some(([, q]) => q === y)),
          (x, y) => x.precision === y.precision && dateRelation(x, y) === 'near',
        ),
      );
    for (const [x, y] of paired) groups.join(x, y);
  }

  const position = (e: DatedEvent): number => (order.get(e.article) ?? 0) * 2 ** 32 + e.start;
  return groups
    .sets()
    .map((set) => {
      const sorted = set.sort((x, y) => position(x) - position(y));
      return {
        ...groupDate(sorted),
        events: sorted.map((e) => e.id),
        outlets: [...new Set(sorted.map((e) => outlet.get(e.article) ?? ''))].sort(byCodeUnit),
        conflict: sorted.some((x) =>
          sorted.some((y) => x.article !== y.article && dateRelation(x, y) !== 'compatible'),
        ),
        first: Math.min(...sorted.map(position)),
      };
    })
    .sort((x, y) => byCodeUnit(x.date, y.date) || x.first - y.first)
    .map(({ first: _first, ...group }) => group);
}

/** The sentences that hold events, each with its events and its words (the dates left out). */
function sentenceUnits(events: readonly DatedEvent[], articles: readonly AnalyzedArticle[]): SentenceUnit[] {
  const units = new Map<string, SentenceUnit>();
  const byArticle = new Map<string, DatedEvent[]>();
  for (const event of events) {
    const list = byArticle.get(event.article);
    if (list) list.push(event);
    else byArticle.set(event.article, [event]);
  }
  articles.forEach((article, order) => {
    for (const event of byArticle.get(article.slug) ?? []) {
      const key = `${event.article}#${event.sentence}`;
      const unit = units.get(key) ?? { article: event.article, order, events: [], words: new Set() };
      unit.events.push(event);
      units.set(key, unit);
    }
  });
  for (const unit of units.values()) {
    const article = articles[unit.order];
    const first = unit.events[0];
    const sentence = article && first ? article.sentences[first.sentence - 1] : undefined;
    if (!article || !first || !sentence) continue;
    const dates = unit.events.map((e) => ({ start: e.start - sentence.start, end: e.end - sentence.start }));
    unit.words = sentenceWords(article.text.slice(sentence.start, sentence.end), dates, first.entities);
  }
  return [...units.values()];
}

/**
 * The pairs `[i, j]` (i < j, in that order) of sentences of different
 * articles whose word overlap may reach SAME_HAPPENING; every pair that does
 * is among them. Comparing every pair would grow with the square of the
 * corpus, so this is a prefix filter: Dice ≥ t means Jaccard ≥ t / (2 − t) = τ,
 * and two sets that similar share a word among the first |s| − ⌈τ|s|⌉ + 1 of
 * each, the words in one fixed order (rarest first, which keeps the lists short).
 */
export function similarPairs(units: readonly SentenceUnit[]): [number, number][] {
  const frequency = new Map<string, number>();
  for (const unit of units) for (const word of unit.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (x: string, y: string): number =>
    (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || byCodeUnit(x, y);
  // A hair below τ: a longer prefix only adds candidates, and rounding must never drop one.
  const tau = SAME_HAPPENING / (2 - SAME_HAPPENING) - 1e-9;
  const holders = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  units.forEach((unit, j) => {
    const words = [...unit.words].sort(rarestFirst);
    const prefix = words.slice(0, words.length - Math.ceil(tau * words.length) + 1);
    const earlier = new Set<number>();
    for (const word of prefix) for (const i of holders.get(word) ?? []) earlier.add(i);
    for (const i of earlier) if ((units[i] as SentenceUnit).article !== unit.article) pairs.push([i, j]);
    for (const word of prefix) {
      const list = holders.get(word);
      if (list) list.push(j);
      else holders.set(word, [j]);
    }
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Pairs events of two sentences one to one, in text order, where `fits`; equal dates are paired first. */
function pairEvents(
  a: readonly DatedEvent[],
  b: readonly DatedEvent[],
  fits: (x: DatedEvent, y: DatedEvent) => boolean,
): [DatedEvent, DatedEvent][] {
  const pairs: [DatedEvent, DatedEvent][] = [];
  const used = new Set<DatedEvent>();
  for (const exact of [true, false])
    for (const x of a) {
      if (pairs.some(([p]) => p === x)) continue;
      const y = b.find(
        (candidate) => !used.has(candidate) && fits(x, candidate) && (!exact || candidate.date === x.date),
      );
      if (y === undefined) continue;
      used.add(y);
      pairs.push([x, y]);
    }
  return pairs;
}

const RANK = { day: 0, month: 1, year: 2 } as const;

/** The date most events of a group give; on a tie the most precise, then the earliest. */
function groupDate(events: readonly DatedEvent[]): Pick<DatedEvent, 'date' | 'precision'> {
  const counts = new Map<string, { date: string; precision: DatedEvent['precision']; n: number }>();
  for (const e of events) {
    const seen = counts.get(e.date) ?? { date: e.date, precision: e.precision, n: 0 };
    seen.n++;
    counts.set(e.date, seen);
  }
  const [best] = [...counts.values()].sort(
    (x, y) => y.n - x.n || RANK[x.precision] - RANK[y.precision] || byCodeUnit(x.date, y.date),
  );
  return { date: best?.date ?? '', precision: best?.precision ?? 'day' };
}

/** Disjoint sets of items, joined pairwise; `sets()` lists them in the items' order of first appearance. */
class UnionFind<T> {
  private readonly parent: Map<T, T>;
  private readonly items: readonly T[];
  constructor(items: readonly T[]) {
    this.items = items;
    this.parent = new Map(items.map((item) => [item, item]));
  }
  find(item: T): T {
    let root = item;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    this.parent.set(item, root);
    return root;
  }
  join(a: T, b: T): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
  sets(): T[][] {
    const sets = new Map<T, T[]>();
    for (const item of this.items) {
      const root = this.find(item);
      const set = sets.get(root);
      if (set) set.push(item);
      else sets.set(root, [item]);
    }
    return [...sets.values()];
  }
}
