import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffSide } from './word-diff.ts';

const side = (text: string): DiffSide => ({ text, span: { start: 0, end: text.length } });

describe('wordDiff', () => {
  it('shows the one word changed, with the text of each side around it', () => {
    expect(wordDiff(side('The port would reopen on Friday.'), side('The port would reopen on Monday.'))).toEqual([
      { change: 'same', text: 'The port would reopen on ' },
      { change: 'removed', text: 'Friday.' },
      { change: 'added', text: 'Monday.' },
    ]);
  });

  it('ignores what the shared rule forgives, and rebuilds the new sentence from its same and added runs', () => {
    const to = '“The offer is fair, and it stays on the table,” the chief executive said.';
    const pieces = wordDiff(side('"The offer is fair and it remains on the table," chief executive said.'), side(to));
    expect(pieces.filter((p) => p.change !== 'same')).toEqual([
      { change: 'removed', text: 'remains ' },
      { change: 'added', text: 'stays ' },
      { change: 'added', text: 'the ' },
    ]);
    expect(
      pieces
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(to);
  });

  it('reads sentences inside longer texts by their spans', () => {
    const from = { text: 'Intro. Shares fell 9 per cent.', span: { start: 7, end: 30 } };
    const to = { text: 'Shares fell 9% on Tuesday.', span: { start: 0, end: 26 } };
    expect(wordDiff(from, to)).toEqual([
      { change: 'same', text: 'Shares fell 9% ' },
      { change: 'added', text: 'on Tuesday.' },
    ]);
  });
});
