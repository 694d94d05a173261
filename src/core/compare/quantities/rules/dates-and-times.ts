import { enUS } from 'date-fns/locale';
import { tokenAt, type Candidate, type QuantityRule, type SentenceView } from '../candidate.ts';

const MONTHS: ReadonlySet<string> = new Set(
  Array.from({ length: 12 }, (_, m) => [
    enUS.localize.month(m as 0, { width: 'wide' }).toLowerCase(),
    enUS.localize.month(m as 0, { width: 'abbreviated' }).toLowerCase(),
  ])
    .flat()
    .concat('sept'),
);
const TIME_WORDS: ReadonlySet<string> = new Set([
  'a.m.',
  'p.m.',
  'am',
  'pm',
  "o'clock",
  'gmt',
  'utc',
  'bst',
  'cet',
  'est',
  'edt',
  'hrs',
]);

/** Words before a year that make it one even when a plural follows ("in 2017 attackers tampered…"). */
const YEAR_BEFORE: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'during',
  'before',
  'after',
  'from',
  'of',
  'early',
  'late',
  'mid',
]);

const isMonth = (word: string | undefined): boolean => word !== undefined && MONTHS.has(word.replace(/\.$/, ''));

/**
 * Not quantities: dates and times. A day beside a month ("Dec 20",
 * "20 December", "March 3, 2025"); a year, a four-digit number from 1000 to
 * 2099 that counts nothing after it ("since 2006", "the 2015 agreement",
 * "2022-23") or follows "in", "since" and the like ("in 2017 attackers…"),
 * where "2000 workers" stays a count; a time of day ("3 p.m.").
 */
export const datesAndTimes: QuantityRule = {
  name: 'dates and times',
  apply: (candidates, sentence) => candidates.filter((c) => !isDate(c, sentence)),
};

function isDate(c: Candidate, sentence: SentenceView): boolean {
  if (c.kind !== 'count') return false;
  const core = sentence.tokens[c.core.first];
  if (!core) return true;
  const before = tokenAt(sentence, c.core.first - 1);
  const beforeDot = before?.text === '.' ? tokenAt(sentence, c.core.first - 2) : before;
  const after = tokenAt(sentence, c.core.end);
  if (isMonth(beforeDot?.lower) || isMonth(after?.lower)) return true;
  if (after && TIME_WORDS.has(after.lower)) return true;
  const yearShaped = /^(1\d{3}|20\d{2})(?:[-–]\d{2,4})?$/.test(core.text) && c.core.end - c.core.first === 1;
  const countsAfter = after !== undefined && after.pos === 'NOUN' && after.lemma !== after.lower;
  const datedBefore = before !== undefined && YEAR_BEFORE.has(before.lower);
  return yearShaped && (datedBefore || !countsAfter);
}
