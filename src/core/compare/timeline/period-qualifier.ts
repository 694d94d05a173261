import type { Refiner } from 'chrono-node';

// Words that place an event inside its month or year without changing the
// date: the conventions keep them ("earlier this month", "early next
// month", "later this year", "mid-2015").
const QUALIFIER =
  /(?:\b(?:earlier|early|later|late)\s+|\bmid-?\s*|\bthe\s+(?:end|start|beginning|middle|turn)\s+of\s+(?:the\s+)?)$/i;

/** Widens a month or year expression over the qualifier before it; the date and precision stay. */
export const periodQualifier: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      if (result.start.isCertain('day') || result.start.isCertain('weekday')) continue;
      const qualifier = QUALIFIER.exec(context.text.slice(0, result.index));
      if (!qualifier) continue;
      result.index -= qualifier[0].length;
      result.text = qualifier[0] + result.text;
      result.addTag('refiner/periodQualifier');
    }
    return results;
  },
};
