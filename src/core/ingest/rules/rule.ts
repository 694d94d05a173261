import type { Block } from '../block.ts';
import { comparable } from '../paragraphs.ts';

/** What a rule did to one block: the text left (null drops the block) and the text it took out. */
export interface RuleOutcome {
  keep: string | null;
  removed: string;
}

/** A named way of recognising scraping residue in one block, seen among its neighbours. */
export interface ResidueRule {
  name: string;
  /** Null when the block has none of this residue. */
  apply(block: Block, index: number, blocks: readonly Block[]): RuleOutcome | null;
}

export const drop = (block: Block): RuleOutcome => ({ keep: null, removed: block.text });

/** A rule that drops every block `test` accepts. */
export function dropWhen(
  name: string,
  test: (block: Block, index: number, blocks: readonly Block[]) => boolean,
): ResidueRule {
  return { name, apply: (block, index, blocks) => (test(block, index, blocks) ? drop(block) : null) };
}

/**
 * The form a whole line is matched in: `comparable` (case, spacing and
 * closing punctuation ignored), without the decoration widgets put around
 * a label (`*`, `»`, arrows, a leading icon character).
 */
export function lineKey(text: string): string {
  return comparable(text)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[\s*»›→↗↓>:…]+$/u, '')
    .trim();
}

/** True when the block, read as a whole line, is one of `phrases`. */
export function isWholeLine(text: string, phrases: RegExp): boolean {
  return phrases.test(lineKey(text));
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** True when the text ends like a sentence: a full stop, question or exclamation mark, maybe inside quotes. */
export const endsSentence = (text: string): boolean => /[.!?…]["”’')\]]*$/.test(text.trim());

/** True when the text ends in a full stop (not a question): prose, where a headline usually has none. */
export const endsWithFullStop = (text: string): boolean =>
  /[.…]["”’')\]]*$/.test(text.trim()) && !/\.\.\.$/.test(text.trim());

/** A headline as listed under "Related" or "Most read": short, starting with a capital, a digit or a quote, no closing full stop. */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= 25 && /^[\p{Lu}\p{N}"“‘'(]/u.test(text) && !endsWithFullStop(text);
}
