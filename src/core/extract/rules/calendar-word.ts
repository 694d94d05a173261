import type { TokenRule } from './rule.ts';

/** "Monday", "Sept.", "December": month and weekday names are no mentions. */
export const calendarWord: TokenRule = {
  stage: 'token',
  name: 'calendar-word',
  reads: 'a month or weekday name or abbreviation',
  emits: 'nothing',
  overrides: 'nothing',
  read({ ctx }, _state, i) {
    return ctx.knowledge.calendarWords.has(ctx.at(i).text.toLowerCase().replace(/\.$/, '')) ? i + 1 : undefined;
  },
};
