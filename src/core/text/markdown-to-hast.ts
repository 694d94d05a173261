import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { articleSanitizeSchema } from './sanitize-schema.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, articleSanitizeSchema);

/**
 * Markdown to the sanitised HTML tree, by the same steps Astro's unified
 * processor takes with this project's configuration (GFM on, smart
 * punctuation off, raw HTML parsed and then sanitised).
 */
export function markdownToHast(markdown: string): Root {
  return processor.runSync(processor.parse(markdown));
}
