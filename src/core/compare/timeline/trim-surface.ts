import type { ParsingResult, Refiner } from 'chrono-node';

// What chrono keeps around a date that the conventions leave out: the
// preposition before it ("on Thursday", "in 2015") and the brackets,
// commas and spaces at its edges ("Nov 12 ", "(Thursday)").
const LEADING = /^(?:[\s,;:(（[]+|(?:on|in|at|since|by|from|until|till|during|of)\s+)/i;
const TRAILING = /[\s,;:)）\]]+$|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$/;

/** Cuts a result to the date expression itself, as the conventions write surfaces. */
export const trimSurface: Refiner = {
  refine: (_context, results) => {
    for (const result of results) trim(result);
    return results.filter((result) => result.text.length > 0);
  },
};

function trim(result: ParsingResult): void {
  for (let lead = LEADING.exec(result.text); lead; lead = LEADING.exec(result.text)) {
    result.index += lead[0].length;
    result.text = result.text.slice(lead[0].length);
  }
  for (let tail = TRAILING.exec(result.text); tail; tail = TRAILING.exec(result.text))
    result.text = result.text.slice(0, tail.index);
}
