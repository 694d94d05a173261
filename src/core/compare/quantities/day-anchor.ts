import { addDays, format, getDay, parseISO } from 'date-fns';
import { enUS } from 'date-fns/locale';
import type { FoundQuantity } from './find-quantities.ts';
import { isBoundary } from './quantity-context.ts';

const WEEKDAYS: readonly string[] = Array.from({ length: 7 }, (_, d) =>
  enUS.localize.day(d as 0, { width: 'wide' }).toLowerCase(),
);
const TODAY = new Set(['now', 'today', 'tonight', 'currently']);
/** Words that point a weekday ahead ("would meet on Thursday", "is due on Friday"). */
const AHEAD = new Set(['will', 'would', 'shall', "'ll", 'due', 'expect', 'schedule', 'plan', 'next']);

/**
 * The day a quantity is reported for, when its own clause names one: a
 * weekday ("14 vessels were waiting on Tuesday"), "now" or "today" (the
 * day of publication) or "yesterday", resolved against the article's
 * publication date. A weekday is the last such day on or before it, or the
 * next one when the clause points ahead. Null when the clause names no day:
 * then nothing is known about when.
 */
export function dayAnchor(q: FoundQuantity, published: string): string | null {
  const boundaryAt = (k: number): boolean => {
    const t = q.tokens[k];
    return t === undefined || isBoundary(t);
  };
  let from = q.first;
  while (from > 0 && !boundaryAt(from - 1)) from--;
  let to = q.end;
  while (to < q.tokens.length && !boundaryAt(to)) to++;
  const clause = q.tokens.slice(from, to);
  const day = new Date(parseISO(published));
  const ahead = clause.some((t) => AHEAD.has(t.lemma));
  for (const t of clause) {
    if (TODAY.has(t.lower)) return published;
    if (t.lower === 'yesterday') return format(addDays(day, -1), 'yyyy-MM-dd');
    const weekday = WEEKDAYS.indexOf(t.lower);
    if (weekday < 0) continue;
    const shift = ahead ? (weekday - getDay(day) + 7) % 7 : -((getDay(day) - weekday + 7) % 7);
    return format(addDays(day, shift), 'yyyy-MM-dd');
  }
  return null;
}
