import { tokenAt, type Candidate, type QuantityRule, type SentenceView } from '../candidate.ts';
import type { Token } from '../tokens.ts';

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const isPlural = (t: Token | undefined): boolean => t !== undefined && t.pos === 'NOUN' && t.lemma !== t.lower;

/**
 * Not quantities: numbers inside names and codes. A number inside an entity
 * mention ("Five Eyes", "Unit 74455" when marked); a number after a name
 * word that counts nothing after it ("Unit 74455", "Area 1", "Threat 10",
 * "Windows 10"); a capitalised number word before a name ("Five Eyes");
 * a number that opens a run of names ("10 Downing Street");
 * a number glued to a word by a hyphen ("Covid-19", "F-35"); a number after
 * "No." or "#".
 */
export const namesAndCodes: QuantityRule = {
  name: 'names and codes',
  apply: (candidates, sentence) => candidates.filter((c) => !isName(c, sentence)),
};

function isName(c: Candidate, sentence: SentenceView): boolean {
  const first = sentence.tokens[c.core.first];
  const last = sentence.tokens[c.core.end - 1];
  if (!first || !last) return true;
  if (sentence.mentions.some((m) => m.start < last.end && first.start < m.end)) return true;
  const before = tokenAt(sentence, c.core.first - 1);
  const after = tokenAt(sentence, c.end);
  if (before && before.text === '-' && !before.spaced && !first.spaced) return true;
  if (before && (before.lower === 'no.' || before.text === '#')) return true;
  if (c.kind !== 'count' || c.first !== c.core.first) return false;
  const initial = c.core.first === sentence.from;
  if (isCapitalised(first) && first.kind === 'word' && !initial && after && isCapitalised(after)) return true;
  const nameBefore = before !== undefined && before.pos === 'PROPN' && isCapitalised(before) && !before.stop;
  if (nameBefore && !isPlural(after)) return true;
  // "10 Downing Street", "7 World Trade Center": a number that opens two or more capitalised words
  // which no noun follows ("12 New York firms" counts firms).
  let k = c.end;
  while (isNameWord(tokenAt(sentence, k))) k++;
  return k - c.end >= 2 && tokenAt(sentence, k)?.pos !== 'NOUN';
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isCapitalised(t) && !t.stop;
}
