import type { SourceArticle } from '../types.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { parseArticle, slugFromFileName } from './parse-article.ts';
import { byCodeUnit, compareText } from '../compare-text.ts';

export interface ArticleFile {
  /** Path as shown in messages, e.g. `content/articles/x.md`. */
  file: string;
  bytes: Uint8Array;
}

/** One file as `parseArticle` judged it on its own: the article, or its problems. */
export type ArticleParse = { ok: true; article: SourceArticle } | { ok: false; problems: ContentProblem[] };

/** A parsed file and its path. */
export interface ParsedFile {
  file: string;
  parsed: ArticleParse;
}

/**
 * Validates a whole set of article files and returns them sorted by date,
 * then slug. Throws one ContentError listing every bad file.
 */
export function loadArticles(files: ArticleFile[]): SourceArticle[] {
  return collectArticles(files.map(({ file, bytes }) => ({ file, parsed: parseArticle(file, bytes) })));
}

/**
 * The checks across files, on files parsed one by one (perhaps elsewhere, or
 * read back from a cache): every file's problems and slug collisions, in file
 * name order; the articles sorted by date, then slug.
 */
export function collectArticles(files: readonly ParsedFile[]): SourceArticle[] {
  const problems: ContentProblem[] = [];
  const articles: SourceArticle[] = [];
  const seen = new Map<string, string>();
  for (const { file, parsed } of [...files].sort((a, b) => byCodeUnit(a.file, b.file))) {
    if (!parsed.ok) problems.push(...parsed.problems);
    // Checked for every file, valid or not: Astro lower-cases entry ids, so
    // `Story.md` and `story.md` collide even though only one is well named.
    const slug = slugFromFileName(file);
    const other = seen.get(slug.toLowerCase());
    if (other !== undefined) {
      problems.push({ file, field: 'slug', message: `expected a unique slug, but "${slug}" is also the slug of ${other} (case is ignored)` });
      continue;
    }
    seen.set(slug.toLowerCase(), file);
    if (parsed.ok) articles.push(parsed.article);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return articles.sort(
    (a, b) => compareText(a.meta.published, b.meta.published) || compareText(a.slug, b.slug),
  );
}
