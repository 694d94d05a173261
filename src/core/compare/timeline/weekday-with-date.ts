import type { ParsingResult, Refiner } from 'chrono-node';

const OPEN = /^\s*[(（]\s*$/;
const CLOSE = /^\s*[)）]/;

/**
 * A weekday with its date in brackets, "Thursday (Dec 20)", is one
 * expression (conventions): chrono reads the two apart. The date gives the
 * day; the weekday is kept as known, which also tells that the year needs no
 * publication date (a weekday falls on a given date only every few years).
 */
export const weekdayWithDate: Refiner = {
  refine: (context, results) => {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      if (previous && isBareWeekday(previous) && result.start.isCertain('day')) {
        const between = context.text.slice(previous.index + previous.text.length, result.index);
        const close = CLOSE.exec(context.text.slice(result.index + result.text.length));
        if (OPEN.test(between) && close) {
          const end = result.index + result.text.length + close[0].length;
          result.start.assign('weekday', previous.start.get('weekday') ?? 0);
          result.text = context.text.slice(previous.index, end);
          result.index = previous.index;
          result.addTag('refiner/weekdayWithDate');
          merged[merged.length - 1] = result;
          continue;
        }
      }
      merged.push(result);
    }
    return merged;
  },
};

/** A weekday and nothing else known: "Thursday", "last Friday". */
export function isBareWeekday(result: ParsingResult): boolean {
  return result.start.isCertain('weekday') && !result.start.isCertain('day') && !result.start.isCertain('month');
}
