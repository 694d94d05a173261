import type { Span } from '../../types.ts';
import type { Word } from './word.ts';
import { WORD_RULES } from './word-rules.ts';

/**
 * A word: letters, marks and digits, joined across an apostrophe or a dot
 * inside it ("China’s", "U.S", "1.5") and across a comma between digits
 * ("3,000"); or a percent sign. Every other character is punctuation or space.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ‘.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*|%/gu;

/** The words of `span` in `text`, their keys folded by every rule of `WORD_RULES` in order. */
export function sentenceWords(text: string, span: Span, rules = WORD_RULES): Word[] {
  const source = text.slice(span.start, span.end);
  let words: Word[] = [...source.matchAll(WORD)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
    key: m[0],
  }));
  for (const rule of rules) words = rule.apply(words);
  return words;
}
