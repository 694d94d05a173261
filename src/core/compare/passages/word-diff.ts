import { diffArrays } from 'diff';
import type { Span } from '../../types.ts';
import { appendPiece, type DiffPiece } from '../diff-pieces.ts';
import { sentenceWords } from './sentence-words.ts';
import type { Word } from './word.ts';

/** One sentence: the text of its article and its range. */
export interface DiffSide {
  text: string;
  span: Span;
}

/**
 * The word diff from one sentence to another (jsdiff's `diffArrays` over
 * their words, compared by the shared rule's keys, so a changed quote mark
 * or "3,000" for "3000" is no change). Each run carries its words with the
 * punctuation and space after them as its own sentence writes them: the
 * `same` and `added` runs put together are the new sentence, the `removed`
 * runs come from the old one.
 */
export function wordDiff(from: DiffSide, to: DiffSide): DiffPiece[] {
  const before = sentenceWords(from.text, from.span);
  const after = sentenceWords(to.text, to.span);
  const pieces: DiffPiece[] = [];
  const push = (change: DiffPiece['change'], text: string): void => appendPiece(pieces, change, text);
  push('same', to.text.slice(to.span.start, after[0]?.start ?? to.span.end));
  const run = (side: DiffSide, words: readonly Word[], at: number, count: number): string =>
    side.text.slice(words[at]?.start ?? side.span.end, words[at + count]?.start ?? side.span.end);
  let i = 0;
  let j = 0;
  for (const change of diffArrays(before, after, { comparator: (a, b) => a.key === b.key })) {
    if (change.removed) {
      push('removed', run(from, before, i, change.count));
      i += change.count;
    } else {
      push(change.added ? 'added' : 'same', run(to, after, j, change.count));
      j += change.count;
      if (!change.added) i += change.count;
    }
  }
  return pieces;
}
