import type { DatedEvent } from '../publish/schemas/analysis/events.ts';
import type { GoldEvent } from './analysis-gold.ts';
import { byCodeUnit } from '../compare-text.ts';
import { prf, type Prf } from './metrics.ts';

/** A rate over matched events, with its counts. */
export interface Share {
  right: number;
  of: number;
  value: number;
}

/** How the system's events compare with a set's gold events. */
export interface EventScore {
  /** An event is found when its span overlaps a gold event's in the same article (one to one). */
  detection: Prf;
  /** Matched events whose date and precision are exactly the gold's. */
  dateValue: Share;
  /** Matched events whose `relative` flag is the gold's. */
  relative: Share;
  /** Matched events whose surface is exactly the gold's (reported, not held to a bar). */
  surface: Share;
  /** One line per error: missed, spurious, wrong date or flag. */
  errors: string[];
}

type SystemEvent = Pick<DatedEvent, 'article' | 'start' | 'end' | 'surface' | 'date' | 'precision' | 'relative'>;

const share = (right: number, of: number): Share => ({ right, of, value: of > 0 ? right / of : 1 });
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Scores events against gold. Each gold event is matched to the unmatched
 * system event of its article that overlaps it most; the date value
 * accuracy and the relative-flag accuracy are over the matched pairs, so
 * detection and resolution are measured apart (as HeidelTime-style
 * evaluations report extraction and normalisation apart).
 */
export function scoreEvents(gold: readonly GoldEvent[], system: readonly SystemEvent[]): EventScore {
  const used = new Set<SystemEvent>();
  const errors: string[] = [];
  let dates = 0;
  let flags = 0;
  let surfaces = 0;
  const pairs: [GoldEvent, SystemEvent][] = [];
  for (const g of [...gold].sort((a, b) => byCodeUnit(a.article, b.article) || a.start - b.start)) {
    let best: SystemEvent | undefined;
    for (const s of system)
      if (s.article === g.article && !used.has(s) && overlap(s, g) > 0 && (!best || overlap(s, g) > overlap(best, g)))
        best = s;
    if (!best) {
      errors.push(`missed ${g.article} "${g.surface}" @${g.start} (${g.date})`);
      continue;
    }
    used.add(best);
    pairs.push([g, best]);
  }
  for (const [g, s] of pairs) {
    const where = `${g.article} "${g.surface}" @${g.start}`;
    if (s.date === g.date && s.precision === g.precision) dates++;
    else errors.push(`date ${where}: ${s.date} (${s.precision}), gold ${g.date} (${g.precision})`);
    if (s.relative === g.relative) flags++;
    else errors.push(`relative ${where}: ${s.relative}, gold ${g.relative}`);
    if (s.start === g.start && s.end === g.end) surfaces++;
    else errors.push(`surface ${where}: "${s.surface}"`);
  }
  for (const s of system) if (!used.has(s)) errors.push(`spurious ${s.article} "${s.surface}" @${s.start} (${s.date})`);
  return {
    detection: prf(pairs.length, system.length, gold.length),
    dateValue: share(dates, pairs.length),
    relative: share(flags, pairs.length),
    surface: share(surfaces, pairs.length),
    errors,
  };
}
