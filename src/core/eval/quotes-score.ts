import type { Quote } from '../publish/schemas/analysis/quotes.ts';
import type { GoldQuote, GoldSpan } from './analysis-gold.ts';
import { prf } from './metrics.ts';

/** One figure: a rate with the counts it comes from. */
export interface QuoteMetric {
  name: string;
  value: number;
  detail: string;
}

export interface QuoteScore {
  metrics: QuoteMetric[];
  /** One line per error (a missed, spurious or misattributed quote, a wrong grouping). */
  errors: string[];
}

export interface QuoteScoreInput {
  gold: readonly GoldQuote[];
  system: readonly Quote[];
  /** The gold entity id a system entity id stands for, or null. */
  goldIdOf(systemEntity: string): string | null;
  /** The attribution rule behind a system occurrence (by article and start), for the per-stage figures. */
  ruleOf?: (article: string, start: number) => string | null;
  /** The article texts, to quote the words in error lines. */
  texts?: ReadonlyMap<string, string>;
  /**
   * Each occurrence's own attribution in its article (ids and name), before
   * the outlets' attributions are weighed into one speaker per item: the
   * attribution stage's figure apart from the grouping's.
   */
  ownSpeakerOf?: (article: string, start: number) => { ids: string[]; name: string | null } | null;
  /** Every system entity id, to tell how many gold speakers the extraction found at all. */
  systemEntities?: readonly string[];
}

interface GoldOccurrence {
  item: number;
  article: string;
  pieces: GoldSpan[];
}
interface SystemOccurrence {
  item: number;
  article: string;
  start: number;
  end: number;
}

const overlapOf = (g: GoldOccurrence, s: SystemOccurrence): number =>
  g.pieces.reduce((n, p) => n + Math.max(0, Math.min(p.end, s.end) - Math.max(p.start, s.start)), 0);

/**
 * One-to-one matching of gold and system occurrences in the same article by
 * overlapping spans, the largest overlaps first.
 */
function match(gold: readonly GoldOccurrence[], system: readonly SystemOccurrence[]): Map<number, number> {
  const pairs: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const overlap = g.article === s.article ? overlapOf(g, s) : 0;
      if (overlap > 0) pairs.push({ g: gi, s: si, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.s - b.s);
  const byGold = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (byGold.has(p.g) || used.has(p.s)) continue;
    byGold.set(p.g, p.s);
    used.add(p.s);
  }
  return byGold;
}

/** The system's speaker ids of an item: every one of a joint statement. */
function speakerIds(q: Quote): string[] {
  return q.speakers ?? (q.speaker === null ? [] : [q.speaker]);
}

/**
 * Whether the system gives a matched gold quote its speaker: the same gold
 * entities (all of a joint statement, through `goldIdOf`); for an unnamed
 * gold source, no entity but a description; for an unattributed gold quote,
 * neither entity nor description.
 */
function speakerRight(gold: GoldQuote, system: Quote, goldIdOf: (id: string) => string | null): boolean {
  return sameSpeaker(gold, speakerIds(system), system.speakerName, goldIdOf);
}

function sameSpeaker(
  gold: GoldQuote,
  ids: readonly string[],
  speakerName: string | null,
  goldIdOf: (id: string) => string | null,
): boolean {
  if (gold.speakers.length > 0) {
    const mapped = new Set(ids.map(goldIdOf));
    return ids.length === gold.speakers.length && gold.speakers.every((id) => mapped.has(id));
  }
  if (gold.unnamed !== null) return ids.length === 0 && speakerName !== null;
  return ids.length === 0 && speakerName === null;
}

/**
 * Scores the quotes against the gold: detection P/R/F1 over occurrences (a
 * system occurrence matches a gold one when their spans overlap in the same
 * article); speaker accuracy over matched gold occurrences, overall and per
 * attribution rule; grouping accuracy over gold items with a matched
 * occurrence (right when all its matched occurrences are in one system item
 * that holds no matched occurrence of another gold item).
 */
export function scoreQuotes(input: QuoteScoreInput): QuoteScore {
  const gold: GoldOccurrence[] = input.gold.flatMap((q, item) =>
    q.occurrences.map((o) => ({ item, article: o.article, pieces: o.pieces })),
  );
  const system: SystemOccurrence[] = input.system.flatMap((q, item) =>
    q.occurrences.map((o) => ({ item, article: o.article, start: o.start, end: o.end })),
  );
  const matched = match(gold, system);
  const errors: string[] = [];
  const words = (article: string, start: number, end: number): string => {
    const text = input.texts?.get(article)?.slice(start, end) ?? '';
    return JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text);
  };

  let right = 0;
  // Gold speakers the extraction gave an entity for: no attribution can be right without one.
  const reachable = new Set((input.systemEntities ?? []).map((id) => input.goldIdOf(id)));
  let named = 0;
  let found = 0;
  let ownRight = 0;
  const byRule = new Map<string, { right: number; all: number }>();
  gold.forEach((g, gi) => {
    const goldQuote = input.gold[g.item] as GoldQuote;
    const first = g.pieces[0] as GoldSpan;
    const si = matched.get(gi);
    if (si === undefined) {
      errors.push(`missed ${g.article} ${words(g.article, first.start, first.end)}`);
      return;
    }
    const s = system[si] as SystemOccurrence;
    const systemQuote = input.system[s.item] as Quote;
    const ok = speakerRight(goldQuote, systemQuote, (id) => input.goldIdOf(id));
    const own = input.ownSpeakerOf?.(s.article, s.start);
    if (own ? sameSpeaker(goldQuote, own.ids, own.name, (id) => input.goldIdOf(id)) : ok) ownRight++;
    if (goldQuote.speakers.length > 0) {
      named++;
      if (goldQuote.speakers.every((id) => reachable.has(id))) found++;
    }
    if (ok) right++;
    else
      errors.push(
        `speaker ${g.article} ${words(g.article, first.start, first.end)}: gold ${goldQuote.speakers.join('+') || (goldQuote.unnamed ? `unnamed "${goldQuote.unnamed}"` : 'unattributed')}, system ${speakerIds(systemQuote).join('+') || (systemQuote.speakerName ? `unnamed "${systemQuote.speakerName}"` : 'unattributed')}`,
      );
    const rule = input.ruleOf?.(s.article, s.start) ?? 'unattributed';
    const tally = byRule.get(rule) ?? { right: 0, all: 0 };
    tally.all++;
    if (ok) tally.right++;
    byRule.set(rule, tally);
  });
  const usedSystem = new Set(matched.values());
  system.forEach((s, si) => {
    if (!usedSystem.has(si)) errors.push(`spurious ${s.article} ${words(s.article, s.start, s.end)}`);
  });

  // Grouping: each gold item's matched occurrences should make exactly one system item, and that item no other gold item's.
  const goldItemsOfSystem = new Map<number, Set<number>>();
  const systemItemsOfGold = new Map<number, Set<number>>();
  for (const [gi, si] of matched) {
    const g = gold[gi] as GoldOccurrence;
    const s = system[si] as SystemOccurrence;
    goldItemsOfSystem.set(s.item, (goldItemsOfSystem.get(s.item) ?? new Set()).add(g.item));
    systemItemsOfGold.set(g.item, (systemItemsOfGold.get(g.item) ?? new Set()).add(s.item));
  }
  let grouped = 0;
  for (const [item, systemItems] of systemItemsOfGold) {
    const only = systemItems.size === 1 ? [...systemItems][0] : undefined;
    if (only !== undefined && goldItemsOfSystem.get(only)?.size === 1) grouped++;
    else {
      const occurrence = gold.find((g) => g.item === item) as GoldOccurrence;
      const first = occurrence.pieces[0] as GoldSpan;
      errors.push(
        `grouping ${words(occurrence.article, first.start, first.end)}: in ${systemItems.size} system item(s), shared with other gold quotes`,
      );
    }
  }

  const detection = prf(matched.size, system.length, gold.length);
  const matchedCount = matched.size;
  const rate = (n: number, d: number): number => (d > 0 ? n / d : 1);
  return {
    metrics: [
      { name: 'quote precision', value: detection.precision, detail: `${matchedCount}/${system.length}` },
      { name: 'quote recall', value: detection.recall, detail: `${matchedCount}/${gold.length}` },
      { name: 'quote F1', value: detection.f1, detail: '' },
      { name: 'speaker accuracy', value: rate(right, matchedCount), detail: `${right}/${matchedCount}` },
      ...(input.ownSpeakerOf
        ? [
            {
              name: 'speaker accuracy, own outlet',
              value: rate(ownRight, matchedCount),
              detail: `${ownRight}/${matchedCount}`,
            },
          ]
        : []),
      ...(input.systemEntities
        ? [{ name: 'speaker entity found', value: rate(found, named), detail: `${found}/${named} named speakers` }]
        : []),
      {
        name: 'grouping accuracy',
        value: rate(grouped, systemItemsOfGold.size),
        detail: `${grouped}/${systemItemsOfGold.size} items`,
      },
      ...[...byRule]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([rule, t]) => ({ name: `speaker: ${rule}`, value: rate(t.right, t.all), detail: `${t.right}/${t.all}` })),
    ],
    errors,
  };
}
