import { posix } from 'node:path';

/**
 * Which files are articles: the one definition that the content collection
 * (`src/content.config.ts`) and the analysis (`src/pipeline/corpus.ts`) share,
 * so that the site never renders a file the analysis skipped, or the reverse.
 */

/** The folder of the articles, relative to the project root (POSIX separators). */
export const ARTICLES_DIR = 'content/articles';

/** The collection's glob, relative to {@link ARTICLES_DIR}: markdown files directly in the folder. */
export const ARTICLE_PATTERN = '*.md';

/** The folder of the knowledge files, relative to the project root. */
export const KNOWLEDGE_DIR = 'content/knowledge';

/** A file under `content/` that is not read, and why. */
export interface IgnoredFile {
  file: string;
  reason: string;
}

/** Whether a path relative to the project root (either separator) is an article file. */
export function isArticlePath(path: string): boolean {
  const normal = path.replaceAll('\\', '/');
  return posix.dirname(normal) === ARTICLES_DIR && normal.endsWith('.md') && !posix.basename(normal).startsWith('.');
}

/**
 * Sorts every file found under `content/` (paths relative to the project
 * root) into articles and ignored files, each ignored one with the reason a
 * user needs to act on it. Hidden files (`.gitkeep`) are neither.
 */
export function sortContentFiles(paths: readonly string[]): { articles: string[]; ignored: IgnoredFile[] } {
  const articles: string[] = [];
  const ignored: IgnoredFile[] = [];
  for (const raw of paths) {
    const path = raw.replaceAll('\\', '/');
    if (posix.basename(path).startsWith('.')) continue;
    if (isArticlePath(path)) articles.push(path);
    else if (posix.dirname(path) === KNOWLEDGE_DIR && /\.ya?ml$/.test(path)) continue;
    else ignored.push({ file: path, reason: reasonIgnored(path) });
  }
  return { articles: articles.sort(), ignored: ignored.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

function reasonIgnored(path: string): string {
  const inArticles = path.startsWith(`${ARTICLES_DIR}/`);
  const markdown = /\.(?:md|markdown|mdx)$/i.test(path);
  if (inArticles && posix.dirname(path) !== ARTICLES_DIR)
    return `articles must be directly in ${ARTICLES_DIR}/, not in a sub-folder`;
  if (inArticles && markdown) return 'articles are .md files; rename it to end in .md';
  if (inArticles) return 'not an article: articles are markdown files ending in .md';
  if (path.startsWith(`${KNOWLEDGE_DIR}/`)) return 'knowledge files are .yaml or .yml files';
  if (markdown) return `not in ${ARTICLES_DIR}/: move it there to publish it`;
  return `not read: only ${ARTICLES_DIR}/*.md and ${KNOWLEDGE_DIR}/*.yaml are`;
}
