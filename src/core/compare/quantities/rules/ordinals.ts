import type { QuantityRule } from '../candidate.ts';

/** Every spelled ordinal ends so ("eighth", "twentieth", "first", "second", "third"); no cardinal does. */
const ORDINAL_WORD = /(?:th|first|second|third)$/i;

/** Not quantities: ordinals ("eighth", "8th"), which rank rather than count. */
export const ordinals: QuantityRule = {
  name: 'ordinals',
  apply: (candidates, sentence) =>
    candidates.filter((c) => {
      const last = sentence.tokens[c.core.end - 1];
      return last !== undefined && last.kind !== 'ordinal' && !(last.kind === 'word' && ORDINAL_WORD.test(last.text));
    }),
};
