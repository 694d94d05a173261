import { stringify } from 'yaml';
import type { ArticleMeta } from '../types.ts';
import { escapeMarkdownParagraph } from './escape-markdown.ts';

const FIELD_ORDER = ['title', 'outlet', 'published', 'url', 'author'] as const satisfies readonly (keyof ArticleMeta)[];

/**
 * The text of a `content/articles/*.md` file: YAML front matter with the
 * fields in the design's order (absent fields left out, for the
 * validation to name), then the
 * paragraphs as markdown separated by blank lines.
 */
export function renderArticleFile(meta: Partial<ArticleMeta>, paragraphs: readonly string[]): string {
  const ordered: Record<string, string> = {};
  for (const field of FIELD_ORDER) {
    const value = meta[field];
    if (value !== undefined) ordered[field] = value;
  }
  const frontMatter = stringify(ordered, { lineWidth: 0 });
  const body = paragraphs.map(escapeMarkdownParagraph).join('\n\n');
  return `---\n${frontMatter}---\n\n${body}\n`;
}
