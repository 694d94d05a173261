import { blockText } from './block-text.ts';
import { markdownToHast } from './markdown-to-hast.ts';

/** An article body's plain text, exactly as its page will show it, blocks separated by one blank line. */
export function markdownToText(markdown: string): { text: string; blocks: { start: number; end: number }[] } {
  const { text, blocks } = blockText(markdownToHast(markdown));
  return { text, blocks };
}
