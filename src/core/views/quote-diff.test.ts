import { describe, expect, it } from 'vitest';
import { wordingDiff } from './quote-diff.ts';

describe('wordingDiff', () => {
  it('marks a changed word as left out and added', () => {
    expect(
      wordingDiff('The offer is fair and it remains on the table,', 'The offer is fair, and it stays on the table,'),
    ).toEqual([
      { text: 'The offer is fair, and it ', change: 'same' },
      { text: 'remains', change: 'removed' },
      { text: ' ', change: 'same' },
      { text: 'stays', change: 'added' },
      { text: ' on the table,', change: 'same' },
    ]);
  });

  it('does not mark quotation marks, apostrophes or a comma as a change of wording', () => {
    expect(wordingDiff('the court’s findings,', "the court's findings.")).toEqual([
      { text: "the court's findings.", change: 'same' },
    ]);
  });

  it('marks a dropped clause', () => {
    const diff = wordingDiff('We regret the delay, and we will pay for it.', 'We regret the delay.');
    expect(diff).toEqual([
      { text: 'We regret the delay. ', change: 'same' },
      { text: 'and we will pay for it.', change: 'removed' },
    ]);
  });
});
