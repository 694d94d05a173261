import type { TokenRule } from './rule.ts';

/** "… (AFP) … AFP": an acronym the article defined earlier means what it was defined as, whatever the knowledge data says. */
export const definedAcronym: TokenRule = {
  stage: 'token',
  name: 'defined-acronym',
  reads: 'a word this article defined in brackets earlier (see acronym-definition)',
  emits: 'a mention of what it was defined as',
  overrides: 'the knowledge data for that word, in this article',
  read(reader, state, i) {
    const defined = reader.local.get(reader.ctx.at(i).text);
    if (!defined) return undefined;
    state.emitted = reader.emit(i, i, defined.type, defined.known, defined.key);
    return i + 1;
  },
};
