import {
  isClaimed,
  newCandidate,
  tokenAt,
  type Candidate,
  type QuantityRule,
  type SentenceView,
} from '../candidate.ts';
import { valueOfWords } from '../number-value.ts';
import { SCALE_WORDS } from '../scales.ts';

/**
 * Numbers spelled in words ("three", "twenty-one", "one hundred and
 * twenty-five"): a run of tokens wink-nlp tags as numerals, joined by the
 * hyphens and "and"s inside it, valued by compromise.
 */
export const numberWords: QuantityRule = {
  name: 'number words',
  apply(candidates, sentence) {
    const found: Candidate[] = [...candidates];
    for (let i = sentence.from; i < sentence.to; i++) {
      if (!isNumeral(sentence, i) || isClaimed(found, i)) continue;
      let end = i + 1;
      for (;;) {
        const joiner = tokenAt(sentence, end);
        if (isNumeral(sentence, end) && !isClaimed(found, end)) end += 1;
        else if (joiner && isJoiner(sentence, end) && isNumeral(sentence, end + 1)) end += 2;
        else break;
      }
      const first = sentence.tokens[i];
      const last = sentence.tokens[end - 1];
      const value = first && last ? valueOfWords(sentence.text.slice(first.start, last.end)) : null;
      if (value !== null) found.push(newCandidate(i, end, value));
      i = end - 1;
    }
    return found;
  },
};

function isNumeral(sentence: SentenceView, i: number): boolean {
  const token = tokenAt(sentence, i);
  return token !== undefined && token.pos === 'NUM' && token.kind === 'word' && /^\p{L}+$/u.test(token.text);
}

/** A hyphen inside a number ("twenty-one"), or "and" after a scale ("hundred and five"). */
function isJoiner(sentence: SentenceView, i: number): boolean {
  const token = tokenAt(sentence, i);
  const before = tokenAt(sentence, i - 1);
  if (!token || !before) return false;
  if (token.text === '-') return !token.spaced && tokenAt(sentence, i + 1)?.spaced === false;
  return token.lower === 'and' && (before.lower === 'hundred' || SCALE_WORDS.has(before.lower));
}
