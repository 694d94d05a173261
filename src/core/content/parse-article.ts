import { articleFrontMatter } from './article-schema.ts';
import { markdownToText } from '../text/markdown-to-text.ts';
import type { ArticleMeta, SourceArticle } from '../types.ts';
import type { ContentProblem } from './content-error.ts';
import { splitFrontMatter } from './front-matter.ts';
import { asArticleSlug } from '../ids.ts';

export type ParsedArticle =
  | { ok: true; article: SourceArticle; body: string }
  | { ok: false; problems: ContentProblem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The slug rule of the design: the file name without `.md`, which must already be URL-safe. */
export function slugFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
}

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/**
 * Validates one article file (bytes as read from disk) and turns it into the
 * extraction's input. Every problem is returned, none thrown.
 */
export function parseArticle(file: string, bytes: Uint8Array): ParsedArticle {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string): ParsedArticle => {
    problems.push({ file, field, message });
    return { ok: false, problems };
  };
  const slug = slugFromFileName(file);
  if (!SLUG.test(slug)) problems.push({ file, field: 'file name', message: `expected a lower-case slug such as "2018-12-20-us-allies-condemn-china", got "${slug}"` });

  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return problem('encoding', 'expected UTF-8 text');
  }
  let split;
  try {
    split = splitFrontMatter(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return problem('front matter', `expected valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (split.data === undefined) return problem('front matter', 'expected a "---" YAML block with title, outlet and published');
  const result = articleFrontMatter.safeParse(split.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'front matter';
      problems.push({ file, field, message: issue.message });
    }
  }
  const { text, blocks } = markdownToText(split.body);
  if (text.trim().length === 0) problems.push({ file, field: 'body', message: 'expected article text after the front matter, found none' });
  if (!result.success || problems.length > 0) return { ok: false, problems };

  const meta: ArticleMeta = result.data;
  return { ok: true, article: { slug: asArticleSlug(slug), meta, text, paragraphs: blocks }, body: split.body };
}
