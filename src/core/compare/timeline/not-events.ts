import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** A named kind of chrono result that is not an event of the timeline (conventions: "Not events"). */
export interface NotEventRule {
  name: string;
  applies(result: ParsingResult, context: ParsingContext): boolean;
}

const CALENDAR = ['year', 'month', 'day', 'weekday'] as const;
const MONTH_OR_WEEKDAY =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?)\b/gi;
const FULL_WEEKDAY = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;
const BEFORE_MAY =
  /\b(?:in|since|by|until|till|through|from|of|during|before|after|early|late|mid|last|next|this)[\s-]*$/i;

const NAMED_DAY_BEFORE = /\b(?:Bloody|Black|Super|Good|Easter|Cyber|Ash|Palm|Maundy|Holy|Shrove|Giving|Mail\s+on)\s+$/;
const NAMED_DAY_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Independent|Star|Mail|Sport|Agreement)\b/;

const textBefore = (result: ParsingResult, context: ParsingContext): string => context.text.slice(0, result.index);
const textAfter = (result: ParsingResult, context: ParsingContext): string =>
  context.text.slice(result.index + result.text.length);

/**
 * The exclusions, each tried on every result. Their order does not matter:
 * a result goes when any of them applies.
 */
export const NOT_EVENT_RULES: readonly NotEventRule[] = [
  {
    // "February 30": what chrono's own filter (left out for years alone) would drop.
    name: 'not a calendar date',
    applies: (result) => !result.start.isValidDate(),
  },
  {
    // "at noon", "now", "tonight", "last night": a time of day, or no calendar component at all.
    name: 'time of day',
    applies: (result) =>
      !CALENDAR.some((c) => result.start.isCertain(c)) || /^(?:now|tonight|last\s*night)$/i.test(result.text),
  },
  {
    // "last week", "this week", "the weekend": a week is not one of the three precisions.
    name: 'week',
    applies: (result) => /\b(?:weeks?|weekends?|weekdays?|fortnights?)\b/i.test(result.text),
  },
  {
    // "over the past year", "in the last month", "the next year": a stretch of time, not a date.
    name: 'duration',
    applies: (result, context) =>
      /^past\b/i.test(result.text) ||
      (/^(?:last|next)\b/i.test(result.text) && /\bthe\s+$/i.test(textBefore(result, context))),
  },
  {
    // "a year before", "two days later", "11 months earlier": dated from another event, not from publication.
    name: 'relative to another event',
    applies: (result) => /\b(?:before|earlier|later|after)$/i.test(result.text),
  },
  {
    // "a few years ago", "hours ago", "decades ago": too vague, or not a day, month or year.
    name: 'vague or small unit ago',
    applies: (result) =>
      /\bago$/i.test(result.text) &&
      /\b(?:few|several|couple|many|some|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b/i.test(result.text),
  },
  {
    // "a march on the capital", "he sat down": a month or weekday name is written with a capital.
    name: 'lower-case month or weekday word',
    applies: (result) => [...result.text.matchAll(MONTH_OR_WEEKDAY)].some((m) => !/^\p{Lu}/u.test(m[0])),
  },
  {
    // "Sun", "Sat", "Wed" alone are words and names far more often than weekdays.
    name: 'abbreviated weekday alone',
    applies: (result) =>
      result.start.isCertain('weekday') &&
      !result.start.isCertain('day') &&
      !FULL_WEEKDAY.test(result.text.replace(/^(?:this|last|next|past)\s+/i, '')),
  },
  {
    // "Good Friday", "Black Monday", "The Sunday Times", "the Mail on Sunday": a name, not a weekday to resolve.
    name: 'named day',
    applies: (result, context) =>
      FULL_WEEKDAY.test(result.text) &&
      (NAMED_DAY_BEFORE.test(textBefore(result, context)) || NAMED_DAY_AFTER.test(textAfter(result, context))),
  },
  {
    // "9/11", "24/7", "1/2": without a year, a slash pair in prose is a name, a fraction or a ratio.
    name: 'slash pair without a year',
    applies: (result) => /^\d{1,2}\/\d{1,2}$/.test(result.text),
  },
  {
    // "May" is a verb and a surname; alone, it is the month only after a preposition ("since May").
    name: 'May without a preposition',
    applies: (result, context) => result.text === 'May' && !BEFORE_MAY.test(textBefore(result, context)),
  },
];

/** Drops every result that a rule of {@link NOT_EVENT_RULES} recognises. */
export const notEvents: Refiner = {
  refine: (context, results) =>
    results.filter((result) => !NOT_EVENT_RULES.some((rule) => rule.applies(result, context))),
};
