import { isConnector } from '../name-words.ts';
import type { TokenRule } from './rule.ts';

/** "of", "the", "&" and punctuation inside a chunk are read past; the rules after them see names only. */
export const connector: TokenRule = {
  stage: 'token',
  name: 'connector',
  reads: 'a lower-case connector or a punctuation token',
  emits: 'nothing',
  overrides: 'nothing',
  read({ ctx }, _state, i) {
    const t = ctx.at(i);
    return isConnector(t) || !t.word ? i + 1 : undefined;
  },
};
