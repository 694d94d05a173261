import {
  isClaimed,
  newCandidate,
  tokenAt,
  type Candidate,
  type QuantityRule,
  type SentenceView,
} from '../candidate.ts';
import { valueOfWords } from '../number-value.ts';
import { COUNT_NOUNS } from '../scales.ts';
import type { Token } from '../tokens.ts';

/** The number noun a token is, singular; wink-nlp leaves a capitalised "Thousands" unlemmatised. */
const baseOf = (t: Token): string => (COUNT_NOUNS.has(t.lemma) ? t.lemma : t.lower.replace(/s$/, ''));
const isPlural = (t: Token): boolean => COUNT_NOUNS.has(baseOf(t)) && t.lower !== baseOf(t);
const isSingular = (t: Token): boolean => COUNT_NOUNS.has(t.lemma) && t.lower === t.lemma;
const FEW = new Set(['few', 'several', 'many']);
/** "tens" and "scores" are counts only in "tens of …" and "scores of …" (a test has scores). */
const NEEDS_OF = new Set(['ten', 'score']);

/**
 * Counts built on a number noun: plural ones ("dozens", "hundreds",
 * "thousands", chained as "tens of thousands"), which the conventions read as
 * at-least their base, as are "a few hundred" and "several thousand";
 * singular ones after "a" or a number ("a dozen", "a hundred", "half a
 * dozen", "two dozen").
 */
export const vagueCounts: QuantityRule = {
  name: 'vague counts',
  apply(candidates, sentence) {
    const found: Candidate[] = [...candidates];
    for (let i = sentence.from; i < sentence.to; i++) {
      const token = sentence.tokens[i];
      if (!token || isClaimed(found, i)) continue;
      const made = isPlural(token) ? plural(sentence, i) : isSingular(token) ? singular(sentence, i, found) : null;
      if (made) {
        // A number before "dozen" was found by the digits rule: it is part of this count now.
        const kept = found.filter((c) => c.end <= made.first || c.first >= made.end);
        found.length = 0;
        found.push(...kept, made);
        i = made.end - 1;
      }
    }
    return found;
  },
};

function plural(sentence: SentenceView, i: number): Candidate | null {
  const token = sentence.tokens[i];
  if (!token) return null;
  if (NEEDS_OF.has(baseOf(token)) && tokenAt(sentence, i + 1)?.lower !== 'of') return null;
  let value = COUNT_NOUNS.get(baseOf(token)) ?? 1;
  let end = i + 1;
  // "tens of thousands", "hundreds of millions": each step a larger plural number noun.
  for (;;) {
    const of = tokenAt(sentence, end);
    const next = tokenAt(sentence, end + 1);
    const step = next && isPlural(next) ? (COUNT_NOUNS.get(baseOf(next)) ?? 0) : 0;
    if (of?.lower !== 'of' || step <= value) break;
    value *= step;
    end += 2;
  }
  return newCandidate(i, end, value, true);
}

function singular(sentence: SentenceView, i: number, found: readonly Candidate[]): Candidate | null {
  const token = sentence.tokens[i];
  const before = tokenAt(sentence, i - 1);
  if (!token || !before || token.lemma === 'ten') return null;
  const base = COUNT_NOUNS.get(token.lemma) ?? 0;
  if (token.lemma === 'score' && tokenAt(sentence, i + 1)?.lower !== 'of') return null;
  // "a few hundred", "several thousand": the count noun with a vague word, at-least its base.
  if (FEW.has(before.lower)) {
    const a = tokenAt(sentence, i - 2)?.lower === 'a' ? i - 2 : i - 1;
    return newCandidate(a, i + 1, base, true);
  }
  if (before.lower === 'a' || before.lower === 'an') {
    const half = tokenAt(sentence, i - 2)?.lower === 'half';
    return newCandidate(half ? i - 2 : i - 1, i + 1, half ? base / 2 : base);
  }
  // "two dozen": the number before may already be a digits candidate, or a number word.
  if (token.lemma !== 'dozen') return null;
  const digitsBefore = found.find((c) => c.end === i);
  const factor = digitsBefore ? digitsBefore.value : before.pos === 'NUM' ? valueOfWords(before.text) : null;
  return factor === null ? null : newCandidate(digitsBefore ? digitsBefore.first : i - 1, i + 1, factor * base);
}
