import { tokenAt, type Candidate, type QuantityRule, type Relation, type SentenceView } from '../candidate.ts';

/** Words before a number and the relation they give it (the conventions' table), longest first when matched. */
const BEFORE_WORDS: [string, Relation][] = [
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['just over', 'more-than'],
  ['well over', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['greater than', 'more-than'],
  ['above', 'more-than'],
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['as many as', 'at-most'],
  ['as much as', 'at-most'],
  ['a maximum of', 'at-most'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['under', 'less-than'],
  ['just under', 'less-than'],
  ['below', 'less-than'],
  ['nearly', 'less-than'],
  ['almost', 'less-than'],
  ['close to', 'less-than'],
];
const BEFORE = [...BEFORE_WORDS].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Words after a number and the relation they give it. */
const AFTER: readonly (readonly [string, Relation])[] = [
  ['or more', 'at-least'],
  ['+', 'at-least'],
  ['- plus', 'at-least'],
  ['or so', 'about'],
  ['or fewer', 'at-most'],
  ['or less', 'at-most'],
];

/** Time units, after which "over" means "during" ("spread over two years"), not "more than". */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century']);

/**
 * Relations: the words before or after a number that bound it ("more than
 * a dozen", "at least four", "nearly 20", "up to £90 million", "12+",
 * "12 or more"), taken into the surface. A plural vague count ("hundreds")
 * and a range are at-least when no word says otherwise.
 */
export const relations: QuantityRule = {
  name: 'relations',
  apply: (candidates, sentence) => candidates.map((c) => related(c, sentence)),
};

function related(c: Candidate, sentence: SentenceView): Candidate {
  const words = (from: number, n: number): string =>
    sentence.tokens
      .slice(Math.max(from, sentence.from), Math.min(from + n, sentence.to))
      .map((t) => t.lower)
      .join(' ');
  const nextLemma = tokenAt(sentence, c.end)?.lemma ?? '';
  for (const [phrase, relation] of BEFORE) {
    const n = phrase.split(' ').length;
    if (words(c.first - n, n) !== phrase) continue;
    if (phrase === 'over' && TIME_UNITS.has(nextLemma)) break;
    return { ...c, first: c.first - n, relation };
  }
  for (const [phrase, relation] of AFTER) {
    const n = phrase.split(' ').length;
    const glued = phrase === '+' || phrase === '- plus';
    if (words(c.end, n) !== phrase || (glued && tokenAt(sentence, c.end)?.spaced !== false)) continue;
    return { ...c, end: c.end + n, relation };
  }
  return c.vague && c.relation === 'exactly' ? { ...c, relation: 'at-least' } : c;
}
