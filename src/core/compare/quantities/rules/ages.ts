import { tokenAt, type Candidate, type QuantityRule, type SentenceView } from '../candidate.ts';

/**
 * Not quantities: ages. An age in apposition after a name ("Smith, 45,",
 * "Smith (45)"), after "aged" ("aged 19 and 23"), or as "45-year-old".
 */
export const ages: QuantityRule = {
  name: 'ages',
  apply: (candidates, sentence) => candidates.filter((c) => !isAge(c, sentence)),
};

function isAge(c: Candidate, sentence: SentenceView): boolean {
  if (c.kind !== 'count' || c.core.end - c.core.first !== 1 || !Number.isInteger(c.value) || c.value > 125)
    return false;
  const word = (k: number): string | undefined => tokenAt(sentence, k)?.lower;
  const name = tokenAt(sentence, c.first - 2);
  const opened = word(c.first - 1) === ',' || word(c.first - 1) === '(';
  const closed = [',', ')', '.', ';'].includes(word(c.end) ?? '');
  if (opened && closed && name?.pos === 'PROPN') return true;
  // "aged 45", "aged 19 and 23".
  for (let k = c.first - 1; k >= Math.max(sentence.from, c.first - 4); k--) {
    const w = word(k);
    if (w === 'aged') return true;
    if (w !== 'and' && w !== ',' && tokenAt(sentence, k)?.kind !== 'number') break;
  }
  return word(c.end) === '-' && /^years?$/.test(word(c.end + 1) ?? '') && word(c.end + 3) === 'old';
}
