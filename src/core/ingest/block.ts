/** Heading levels an article body uses; the page's own `<h1>` is the headline. */
export type HeadingLevel = 2 | 3 | 4;

/**
 * One block of an article as ingest reads it: a paragraph, a heading or one
 * item of a list. Each becomes one block of the article's plain text (see
 * `src/core/text/block-text.ts`), so a sentence never crosses from one into
 * the next.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string; level: HeadingLevel }
  | {
      kind: 'item';
      text: string;
      ordered: boolean;
      /** Items with the same number belong to one list; a new number starts a new list. */
      list: number;
      /** The item's number in an ordered list, as the page printed it. */
      number?: number;
    };

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** The same block with other text. */
export function withText(block: Block, text: string): Block {
  return { ...block, text };
}

/** A heading level for `<hN>` or `#`×N: the body starts at level 2 and deeper levels stop at 4. */
export function headingLevel(n: number): HeadingLevel {
  return n <= 2 ? 2 : n === 3 ? 3 : 4;
}

/** The plain text of blocks, as `markdownToText` gives it back from the written file. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}
