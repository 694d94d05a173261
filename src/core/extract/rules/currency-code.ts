import type { TokenRule } from './rule.ts';

/** "US$250", "S$342": a country code glued to a currency sign is part of the amount, not a mention. */
export const currencyCode: TokenRule = {
  stage: 'token',
  name: 'currency-code',
  reads: 'a known name followed, with no space, by a currency sign',
  emits: 'nothing: the known name is skipped',
  overrides: 'nothing',
  read({ ctx }, state, i) {
    const known = state.known(i);
    if (!known || state.titled) return undefined;
    const j = known.end - 1;
    const next = ctx.peek(j + 1);
    return next !== undefined && /^[$€£¥]$/.test(next.text) && next.start === ctx.at(j).end ? known.end : undefined;
  },
};
