import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { parseArticle } from '../content/parse-article.ts';
import { markdownToText } from '../text/markdown-to-text.ts';
import type { ArticleMeta } from '../types.ts';
import { slugFromHeadline } from './article-slug.ts';
import { findHeader } from './find-header.ts';
import { splitParagraphs } from './paragraphs.ts';
import { renderArticleFile } from './render-article-file.ts';
import { headlineRepeat, RESIDUE_RULES } from './residue-rules.ts';
import { stripResidue, type Removal } from './strip-residue.ts';

/** Metadata given on the command line; each wins over what the text says. */
export interface IngestOptions {
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  slug?: string | undefined;
}

export interface IngestedArticle {
  slug: string;
  meta: Partial<ArticleMeta>;
  /** The article's paragraphs, as its page will show them. */
  paragraphs: string[];
  /** The whole `.md` file. */
  file: string;
  /** Everything left out, grouped by the rule that found it. */
  removed: Removal[];
}

export interface IngestTarget {
  /** Folder the file is meant for, as messages show it. */
  dir: string;
  /** The scraped file's name, for messages about the text itself. */
  source: string;
}

/**
 * Turns a scraped article into the text of a content file: strips residue,
 * reads headline, date and byline, and writes markdown. The result is
 * validated exactly as the build validates content, so a file this returns
 * will load. Throws ContentError (naming `dir/<slug>.md` and the field)
 * when the article cannot be made valid.
 */
export function ingestArticle(
  raw: string,
  options: IngestOptions,
  { dir, source }: IngestTarget = { dir: 'content/articles', source: '(input)' },
): IngestedArticle {
  const residue = stripResidue(splitParagraphs(raw), RESIDUE_RULES);
  const header = findHeader(residue.paragraphs);
  if (!header)
    throw new ContentError([
      {
        file: source,
        field: 'title',
        message: 'expected a headline, but the text has no substantial line',
      },
    ]);
  const body = stripResidue(header.body, [headlineRepeat(header.headline)]);

  const slug = options.slug ?? slugFromHeadline(header.headline);
  const file = `${dir.replace(/\/+$/, '')}/${slug || '(no slug)'}.md`;
  if (!slug)
    throw new ContentError([
      { file, field: 'slug', message: 'expected a slug, but the headline has no Latin letters or digits; pass --slug' },
    ]);

  const meta = dropUndefined({
    title: header.headline,
    outlet: options.outlet,
    published: options.published ?? header.published,
    url: options.url,
    author: options.author ?? header.author,
  });
  const text = renderArticleFile(meta, body.paragraphs);
  const parsed = parseArticle(file, new TextEncoder().encode(text));
  if (!parsed.ok) throw new ContentError(parsed.problems.map(withFlagHint));

  const expected = body.paragraphs.join('\n\n');
  if (markdownToText(parsed.body).text !== expected) {
    throw new Error(
      `ingest: the markdown written for ${file} does not render back to the cleaned text; this is a bug in escapeMarkdownParagraph`,
    );
  }
  return {
    slug,
    meta,
    paragraphs: body.paragraphs,
    file: text,
    removed: [...residue.removed, ...header.removed, ...body.removed],
  };
}

/** Fields the command line can set, so a problem with one can say how to fix it. */
const FLAGS: Record<string, string> = {
  outlet: '--outlet',
  published: '--published',
  url: '--url',
  author: '--author',
  'file name': '--slug',
};

function withFlagHint(problem: ContentProblem): ContentProblem {
  const flag = FLAGS[problem.field];
  return flag ? { ...problem, message: `${problem.message} (give it with ${flag})` } : problem;
}

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

function dropUndefined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}
