import type { Block } from './block.ts';
import { endsSentence, wordCount } from './rules/rule.ts';

/** The longest line plain text may have as a heading. */
const MAX_WORDS = 12;
/** A paragraph after a heading has at least this many words; a heading before a short line is more likely a stray line. */
const MIN_FOLLOWING = 6;

/**
 * In scraped text a heading is only a line: short, capitalised, no closing
 * full stop or comma (a question mark is fine), between two paragraphs that
 * end like sentences (or list items) and before one of some length or a
 * list. Such a line becomes a
 * level-2 heading; its text does not change, only the markup around it.
 */
export function promoteHeadings(blocks: readonly Block[]): Block[] {
  return blocks.map((block, i) => {
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (block.kind !== 'paragraph' || !before || !after || after.kind === 'heading') return block;
    const text = block.text;
    const isHeading =
      wordCount(text) <= MAX_WORDS &&
      text.length <= 90 &&
      /^[\p{Lu}\p{N}]/u.test(text) &&
      !/[.,;:…"”’)\]|]$/.test(text) &&
      !/^[“"‘']/.test(text) &&
      (before.kind === 'item' || endsSentence(before.text)) &&
      (after.kind === 'item' ||
        (wordCount(after.text) >= MIN_FOLLOWING && (endsSentence(after.text) || /:$/.test(after.text))));
    return isHeading ? { kind: 'heading', text, level: 2 } : block;
  });
}
