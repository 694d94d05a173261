import type { TokenRule } from './rule.ts';

/** A name the knowledge data has ("Ministry of State Security", "APT10", "Beijing"), matched longest first. */
export const knownName: TokenRule = {
  stage: 'token',
  name: 'known-name',
  reads: 'the longest run of words from this token that the knowledge data names',
  emits: 'a mention of the known entity',
  overrides: 'nothing',
  read(reader, state, i) {
    const known = state.known(i);
    const type = known ? reader.typeOf(known.id) : undefined;
    if (!known || !type || state.titled) return undefined;
    state.emitted = reader.emit(i, known.end - 1, type, known.id);
    return known.end;
  },
};
