import { headType } from '../heads.ts';
import type { TokenRule } from './rule.ts';

/** "the Cyber Agreement", "Paris Convention": a chunk whose head makes it a law or treaty is no entity at all. */
export const documentTitle: TokenRule = {
  stage: 'token',
  name: 'document-title',
  reads: 'the head word of the whole chunk (Treaty, Act, Agreement, Convention …)',
  emits: 'nothing: the chunk is skipped',
  overrides: 'nothing',
  read(reader, state, i) {
    const { first, last } = state.chunk;
    if (i !== first || headType(reader.ctx, first, last) !== 'document') return undefined;
    state.settled = true;
    return last + 1;
  },
};
