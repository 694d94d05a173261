import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unmarkedNames, type UnmarkedName } from '../core/analyze/unmarked-names.ts';
import { compareOutlets, type Comparison } from '../core/compare/compare-outlets.ts';
import { sortContentFiles, type IgnoredFile } from '../core/content/article-files.ts';
import type { ArticleFile } from '../core/content/load-articles.ts';
import { slugFromFileName } from '../core/content/parse-article.ts';
import type { ArticleSlug, CorpusAnalysis } from '../core/types.ts';
import { marksDigest } from '../core/views/annotation-digest.ts';
import { articleMarks } from '../core/views/sentence-marks.ts';
import { sitePaths } from '../core/publish/site-paths.ts';
import { entityIndex } from '../core/views/article-entities.ts';
import { articleIndex } from '../core/views/article-index.ts';
import { analyzeFiles, analyzeFilesInPool, type AnalysisRun, type PoolOptions } from './analyze-files.ts';
import { knowledgeDigest, loadKnowledge, readKnowledgeSources } from './knowledge.ts';

interface Memo {
  root: string;
  hash: string;
  analysis: CorpusAnalysis;
  /** Files under `content/` that are not read, for the build report. */
  ignored: IgnoredFile[];
  /** The article files read, for `entryMarksDigest`. */
  files: ArticleFile[];
}

// Astro loads the config (which holds the rehype plugin) and the pages as
// separate module graphs in one process; a process-wide slot lets both share
// one analysis per build instead of extracting twice.
const SLOT = Symbol.for('newsroom.corpus-analysis');
const store = globalThis as typeof globalThis & { [SLOT]?: Memo };

/** Every file under `content/`, relative to the root with `/` separators. */
function listContent(root: string): string[] {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/** The article files (as the collection defines them) as bytes, in name order, and the files under `content/` that are not read. */
export function readContentFiles(root = process.cwd()): { articles: ArticleFile[]; ignored: IgnoredFile[] } {
  const { articles, ignored } = sortContentFiles(listContent(root));
  return { articles: articles.map((file) => ({ file, bytes: readFileSync(join(root, file)) })), ignored };
}

/** The article files as bytes, in name order. */
export function readArticleFiles(root = process.cwd()): ArticleFile[] {
  return readContentFiles(root).articles;
}

/**
 * The analysis of the whole corpus, computed once per content state. Throws
 * a ContentError naming every bad file when the content is invalid.
 *
 * Every page calls this. Under `astro build` (NODE_ENV=production) the
 * content cannot change while the site is built, so the first analysis
 * serves every page without reading the content again; in the dev server
 * and in tests each call reads and hashes the content to notice edits.
 */
export function getCorpus(root = process.cwd()): CorpusAnalysis {
  const memo = store[SLOT];
  if (memo?.root === root && process.env.NODE_ENV === 'production') return memo.analysis;
  const content = readContent(root);
  if (memo?.root === root && memo.hash === content.hash) return memo.analysis;
  return remember(root, content, analyzeFiles(root, content.files));
}

/**
 * `getCorpus` for the start of a build: the articles not in the extraction
 * cache are extracted in worker threads, with progress shown, and the result
 * is kept for every later `getCorpus` of the build. Resolves to how it went.
 */
export async function prepareCorpus(root = process.cwd(), options: PoolOptions = {}): Promise<AnalysisRun['summary']> {
  const content = readContent(root);
  const run = await analyzeFilesInPool(root, content.files, options);
  remember(root, content, run);
  return run.summary;
}

interface Content {
  files: ArticleFile[];
  ignored: IgnoredFile[];
  hash: string;
}

function readContent(root: string): Content {
  const { articles: files, ignored } = readContentFiles(root);
  const hash = createHash('sha256');
  // The knowledge files count too: an added alias changes the analysis.
  hash.update(knowledgeDigest(readKnowledgeSources(root)));
  for (const f of files) hash.update(f.file).update('\0').update(f.bytes).update('\0');
  return { files, ignored, hash: hash.digest('hex') };
}

function remember(root: string, content: Content, run: AnalysisRun): CorpusAnalysis {
  store[SLOT] = { root, hash: content.hash, analysis: run.analysis, ignored: content.ignored, files: content.files };
  return run.analysis;
}

/** The files under `content/` that the last analysis did not read, and why. */
export function getIgnoredFiles(root = process.cwd()): IgnoredFile[] {
  getCorpus(root);
  return store[SLOT]?.ignored ?? [];
}

/** Capitalised names the corpus keeps using that the last analysis left unmarked, for the build report. */
export function getUnmarkedNames(root = process.cwd()): UnmarkedName[] {
  return unmarkedNames(getCorpus(root), loadKnowledge(root));
}

// In the same process-wide slot as the analysis, so the config's module graph (the rehype plugin
// marks shared sentences) and the pages' share one comparison per build.
const COMPARISONS = Symbol.for('newsroom.comparisons');
const shared = globalThis as typeof globalThis & { [COMPARISONS]?: WeakMap<CorpusAnalysis, Comparison> };

// The marks beside sentences hold links under the base; the base is in Astro's config, whose change
// drops the whole store anyway, so the entry digest reads them at the root.
const ROOT_PATHS = sitePaths('/');

// As fs.readFile(…, 'utf-8') gives it to Astro's loader: a byte-order mark is kept.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const bySource = new WeakMap<Memo, Map<string, ArticleSlug[]>>();

/**
 * The `marksDigest` of the article file whose text is `contents` (of every
 * such file, should two be the same), for the content loader's entry digest;
 * an empty string for a text the analysis did not read.
 */
export function entryMarksDigest(contents: string, root = process.cwd()): string {
  const analysis = getCorpus(root);
  const memo = store[SLOT] as Memo;
  let slugs = bySource.get(memo);
  if (!slugs) {
    slugs = new Map();
    for (const f of memo.files) {
      const text = utf8.decode(f.bytes);
      slugs.set(text, [...(slugs.get(text) ?? []), slugFromFileName(f.file) as ArticleSlug]);
    }
    bySource.set(memo, slugs);
  }
  const articles = articleIndex(analysis.articles);
  const entities = entityIndex(analysis.entities);
  return (slugs.get(contents) ?? [])
    .map((slug) => {
      const article = articles.get(slug);
      return article
        ? marksDigest(article, entities, articleMarks(article, analysis, getComparison(analysis), ROOT_PATHS))
        : '';
    })
    .join(' ');
}

/** The cross-outlet comparison of a corpus (by default the build's), computed once per analysis. */
export function getComparison(corpus: CorpusAnalysis = getCorpus()): Comparison {
  const comparisons = (shared[COMPARISONS] ??= new WeakMap<CorpusAnalysis, Comparison>());
  let comparison = comparisons.get(corpus);
  if (!comparison) {
    comparison = compareOutlets(corpus);
    comparisons.set(corpus, comparison);
  }
  return comparison;
}
