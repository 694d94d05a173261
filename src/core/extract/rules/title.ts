import { titleEnd } from '../titles.ts';
import type { TokenRule } from './rule.ts';

/** "Deputy Attorney General", "Secretary of State": a title is no name, and the name after it is a person's. */
export const title: TokenRule = {
  stage: 'token',
  name: 'title',
  reads: 'a title: title words ending in a title head, not ending as an institution does',
  emits: 'nothing; marks the next name as titled',
  overrides: 'nothing',
  read(reader, state, i) {
    const end = titleEnd(reader.ctx, i, state.chunk.last);
    if (end <= i) return undefined;
    // "Secretary-General of the Harbour League": what follows "of" is the body, not the person.
    const next = end <= state.chunk.last ? reader.ctx.at(end).text : '';
    state.titled = end <= state.chunk.last && next !== 'of' && next !== 'for';
    return end;
  },
};
