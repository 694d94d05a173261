import { inOrder, tokenAt, type Candidate, type QuantityRule, type SentenceView } from '../candidate.ts';

/**
 * Ranges: "between 3,000 and 3,500", "10 to 12", "10-12", "between €500 and
 * €1,000" are one quantity, its value the lower bound and its relation
 * at-least (the conventions). "from 140 to 118" is a change, not a range.
 */
export const ranges: QuantityRule = {
  name: 'ranges',
  apply(candidates, sentence) {
    const out: Candidate[] = [];
    for (const c of inOrder(candidates)) {
      const previous = out.at(-1);
      const merged = previous ? range(previous, c, sentence) : null;
      if (merged) out[out.length - 1] = merged;
      else out.push(c.upper === undefined ? c : { ...c, relation: 'at-least' });
    }
    return out;
  },
};

function range(low: Candidate, high: Candidate, sentence: SentenceView): Candidate | null {
  if (high.value < low.value || (low.kind !== 'count' && low.kind !== high.kind)) return null;
  const between = sentence.tokens.slice(low.end, high.first).map((t) => t.lower);
  const opener = tokenAt(sentence, low.first - 1)?.lower;
  const joined =
    (opener === 'between' && between.join(' ') === 'and') ||
    (opener !== 'from' && between.length === 1 && ['to', '-', '–'].includes(between[0] ?? ''));
  if (!joined) return null;
  return {
    ...high,
    first: opener === 'between' ? low.first - 1 : low.first,
    core: { first: low.core.first, end: high.core.end },
    value: low.value,
    upper: high.value,
    relation: 'at-least',
    vague: false,
    unit: high.unit ?? low.unit,
  };
}
