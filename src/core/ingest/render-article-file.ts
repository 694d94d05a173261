import { stringify } from 'yaml';
import type { ArticleMeta } from '../types.ts';
import type { Block } from './block.ts';
import { escapeMarkdownHeading, escapeMarkdownParagraph } from './escape-markdown.ts';

const FIELD_ORDER = ['title', 'outlet', 'published', 'url', 'author'] as const satisfies readonly (keyof ArticleMeta)[];

/** The largest number CommonMark accepts before an ordered list item. */
const MAX_LIST_NUMBER = 999_999_999;

/**
 * The text of a `content/articles/*.md` file: YAML front matter with the
 * fields in the design's order (absent fields left out, for the
 * validation to name), then the blocks as markdown: paragraphs and
 * headings separated by blank lines, each list tight (one item a line).
 */
export function renderArticleFile(meta: Partial<ArticleMeta>, blocks: readonly Block[]): string {
  const ordered: Record<string, string> = {};
  for (const field of FIELD_ORDER) {
    const value = meta[field];
    if (value !== undefined) ordered[field] = value;
  }
  const frontMatter = stringify(ordered, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${renderBlocks(blocks)}\n`;
}

/** The markdown of an article body. */
export function renderBlocks(blocks: readonly Block[]): string {
  const out: string[] = [];
  let openList: number | null = null;
  // Two lists in a row stay two lists only if the second uses the other marker.
  let alternate = false;
  for (const block of blocks) {
    if (block.kind !== 'item') {
      openList = null;
      out.push(
        block.kind === 'heading'
          ? `${'#'.repeat(block.level)} ${escapeMarkdownHeading(block.text)}`
          : escapeMarkdownParagraph(block.text),
      );
      continue;
    }
    const previous = out.length - 1;
    const joins = openList === block.list;
    if (!joins) alternate = openList !== null ? !alternate : false;
    openList = block.list;
    const number = Math.min(Math.max(block.number ?? 1, 0), MAX_LIST_NUMBER);
    const marker = block.ordered ? `${number}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
    const line = `${marker} ${escapeMarkdownParagraph(block.text)}`;
    if (joins) out[previous] += `\n${line}`;
    else out.push(line);
  }
  return out.join('\n\n');
}
