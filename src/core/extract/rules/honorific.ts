import { isHonorific } from '../titles.ts';
import type { TokenRule } from './rule.ts';

/** "Mr", "Dr.", "Sheikh": not part of the name, but the next name is a person's. */
export const honorific: TokenRule = {
  stage: 'token',
  name: 'honorific',
  reads: 'an honorific (with its full stop) before more words of the chunk',
  emits: 'nothing; marks the next name as titled',
  overrides: 'nothing',
  read({ ctx }, state, i) {
    if (!isHonorific(ctx.at(i).text) || i >= state.chunk.last) return undefined;
    state.titled = true;
    return i + (ctx.at(i + 1).text === '.' ? 2 : 1);
  },
};
