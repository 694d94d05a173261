import type { TokenRule } from './rule.ts';

/**
 * "Officials said …": an ordinary word capitalised because it opens a
 * sentence is no name, unless it opens a person's name ("Will Smith"). A lone
 * one is kept, weakly, for an earlier full name of the same article to claim.
 */
export const ordinaryOpener: TokenRule = {
  stage: 'token',
  name: 'ordinary-opener',
  reads: 'an ordinary English word that opens a sentence',
  emits: 'a weak lone word when no capitalised word follows it; else nothing',
  overrides: 'nothing',
  read(reader, state, i) {
    const { ctx } = reader;
    const t = ctx.at(i);
    const { last } = state.chunk;
    if (!t.initial || state.titled || !ctx.isCommon(t) || reader.startsPersonName(i, last)) return undefined;
    if (i === last || !ctx.at(i + 1).cap) reader.pend(i, { weak: true });
    return i + 1;
  },
};
