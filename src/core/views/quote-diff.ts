import { diffArrays } from 'diff';
import { appendPiece, type DiffPiece } from '../compare/diff-pieces.ts';
import { foldedWords } from '../compare/quotes/quote-words.ts';

/** The text as words, each with the spaces after it. */
const tokens = (text: string): string[] => text.match(/\S+\s*/g) ?? [];

/** Two words are the same when they differ only in quotation marks, apostrophes, capitals or punctuation. */
const sameWord = (a: string, b: string): boolean => foldedWords(a).join(' ') === foldedWords(b).join(' ');

/**
 * The word diff from a quote's text to one outlet's wording, by jsdiff
 * (`diffArrays` over words, with the comparison the grouping uses). Shared
 * words are shown as the outlet writes them.
 */
export function wordingDiff(quoteText: string, wording: string): DiffPiece[] {
  const segments: DiffPiece[] = [];
  const push = (text: string, change: DiffPiece['change']): void => appendPiece(segments, change, text);
  for (const part of diffArrays(tokens(quoteText), tokens(wording), { comparator: sameWord })) {
    const text = part.value.join('');
    if (!part.added && !part.removed) {
      push(text, 'same');
      continue;
    }
    // The space after a changed run stays outside its mark; a run after the outlet's last word needs one before it.
    const trimmed = text.trimEnd();
    const last = segments.at(-1);
    if (last && !/\s$/.test(last.text)) push(' ', 'same');
    push(trimmed, part.added ? 'added' : 'removed');
    push(text.slice(trimmed.length), 'same');
  }
  return segments;
}
