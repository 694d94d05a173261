import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { parseArticle } from '../content/parse-article.ts';
import { markdownToText } from '../text/markdown-to-text.ts';
import type { ArticleMeta } from '../types.ts';
import { slugFromHeadline } from './article-slug.ts';
import { blocksText, type Block } from './block.ts';
import { findHeader } from './find-header.ts';
import { looksLikeHtml, readHtmlPage, withoutOutlet, type Page } from './html-page.ts';
import { renderArticleFile } from './render-article-file.ts';
import { bodyRules, RESIDUE_RULES } from './residue-rules.ts';
import { stripResidue, type Removal } from './strip-residue.ts';
import { promoteHeadings } from './text-headings.ts';
import { textBlocks } from './text-blocks.ts';

/** Metadata given on the command line; each wins over what the page says. */
export interface IngestOptions {
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  slug?: string | undefined;
}

export type MetaField = keyof ArticleMeta;

export interface IngestedArticle {
  slug: string;
  meta: Partial<ArticleMeta>;
  /** Where each field of `meta` came from: "--outlet", "page metadata …", the header line it was read from. */
  sources: Partial<Record<MetaField, string>>;
  /** The article's blocks, as its page will show them. */
  blocks: Block[];
  /** The text of each block. */
  paragraphs: string[];
  /** The whole `.md` file. */
  file: string;
  /** Everything left out, with the rule that found it, in the order found. */
  removed: Removal[];
}

export interface IngestTarget {
  /** Folder the file is meant for, as messages show it. */
  dir: string;
  /** The input file's name, for messages about the text itself. */
  source: string;
  /** How to read the input; by default HTML when it looks like a page, else scraped text. */
  format?: 'html' | 'text' | undefined;
}

/**
 * Turns a saved page (HTML) or a scraped article (text, one paragraph a
 * line) into the text of a content file: strips residue by named rules,
 * reads headline, date and byline, and writes markdown with its headings
 * and lists. The result is validated exactly as the build validates
 * content, so a file this returns will load. Throws ContentError (naming
 * `dir/<slug>.md` and the field) when the article cannot be made valid.
 */
export function ingestArticle(
  raw: string,
  options: IngestOptions,
  { dir, source, format }: IngestTarget = { dir: 'content/articles', source: '(input)' },
): IngestedArticle {
  const page = (format ?? (looksLikeHtml(raw) ? 'html' : 'text')) === 'html' ? readHtmlPage(raw) : textPage(raw);
  const residue = stripResidue(page.blocks, RESIDUE_RULES);
  const knownAuthor = options.author ?? page.author?.value;
  const header = findHeader(residue.blocks, { headline: page.headline?.value, author: knownAuthor });
  if (!header)
    throw new ContentError([
      {
        file: source,
        field: 'title',
        message: 'expected a headline, but the text has no substantial line',
      },
    ]);
  const outlet = pick(options.outlet, '--outlet', page.outlet);
  const headline = withoutOutlet(header.headline, outlet?.value);
  const author = pick(
    options.author,
    '--author',
    header.author ? { value: header.author, source: 'byline' } : page.author,
  );
  const body = stripResidue(header.body, bodyRules({ headline, author: author?.value }));
  const blocks = page.structured ? body.blocks : promoteHeadings(body.blocks);

  const slug = options.slug ?? slugFromHeadline(headline);
  const file = `${dir.replace(/\/+$/, '')}/${slug || '(no slug)'}.md`;
  if (!slug)
    throw new ContentError([
      { file, field: 'slug', message: 'expected a slug, but the headline has no Latin letters or digits; pass --slug' },
    ]);

  const fromHeader = header.published
    ? { value: header.published, source: `date line "${header.publishedFrom ?? header.published}"` }
    : undefined;
  const published = pick(options.published, '--published', page.published ?? fromHeader);
  if (!published && header.unresolved) {
    const { text, reason } = header.unresolved;
    const why =
      reason === 'relative'
        ? 'which counts from the day the page was saved'
        : 'which reads as two different days (day first or month first)';
    throw new ContentError([
      {
        file,
        field: 'published',
        message: `the page dates the article "${text}", ${why}; give the date with --published YYYY-MM-DD`,
      },
    ]);
  }
  const url = pick(options.url, '--url', page.url);
  const fields = {
    title: { value: headline, source: page.headline?.source ?? 'first substantial line' },
    outlet,
    published,
    url,
    author,
  };
  const meta: Partial<ArticleMeta> = {};
  const sources: Partial<Record<MetaField, string>> = {};
  for (const [field, value] of Object.entries(fields) as [MetaField, Sourced | undefined][]) {
    if (!value) continue;
    meta[field] = value.value;
    sources[field] = value.source;
  }

  const text = renderArticleFile(meta, blocks);
  const parsed = parseArticle(file, new TextEncoder().encode(text));
  if (!parsed.ok) throw new ContentError(parsed.problems.map(withFlagHint));

  if (markdownToText(parsed.body).text !== blocksText(blocks)) {
    throw new Error(
      `ingest: the markdown written for ${file} does not render back to the cleaned text; this is a bug in renderArticleFile`,
    );
  }
  return {
    slug,
    meta,
    sources,
    blocks,
    paragraphs: blocks.map((block) => block.text),
    file: text,
    removed: [...page.removed, ...residue.removed, ...header.removed, ...body.removed],
  };
}

interface Sourced {
  value: string;
  source: string;
}

/** The command line's value when given, else what the page says. */
function pick(given: string | undefined, flag: string, found: Sourced | undefined): Sourced | undefined {
  return given !== undefined ? { value: given, source: flag } : found;
}

function textPage(raw: string): Page {
  return { ...textBlocks(raw), structured: false };
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
  return flag && !problem.message.includes(flag)
    ? { ...problem, message: `${problem.message} (give it with ${flag})` }
    : problem;
}
