import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeCorpus } from '../core/analyze/analyze-corpus.ts';
import { unmarkedNames, type UnmarkedName } from '../core/analyze/unmarked-names.ts';
import { compareOutlets, type Comparison } from '../core/compare/compare-outlets.ts';
import { sortContentFiles, type IgnoredFile } from '../core/content/article-files.ts';
import { loadArticles, type ArticleFile } from '../core/content/load-articles.ts';
import type { CorpusAnalysis } from '../core/types.ts';
import { knowledgeDigest, loadKnowledge, readKnowledgeSources } from './knowledge.ts';

interface Memo {
  root: string;
  hash: string;
  analysis: CorpusAnalysis;
  /** Files under `content/` that are not read, for the build report. */
  ignored: IgnoredFile[];
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
  const { articles: files, ignored } = readContentFiles(root);
  const hash = createHash('sha256');
  // The knowledge files count too: an added alias changes the analysis.
  hash.update(knowledgeDigest(readKnowledgeSources(root)));
  for (const f of files) hash.update(f.file).update('\0').update(f.bytes).update('\0');
  const digest = hash.digest('hex');
  if (memo?.root === root && memo.hash === digest) return memo.analysis;
  const analysis = analyzeCorpus(loadArticles(files), loadKnowledge(root));
  store[SLOT] = { root, hash: digest, analysis, ignored };
  return analysis;
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
