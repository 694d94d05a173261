import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCorpus } from '../core/analyze-corpus.ts';
import { loadArticles, type ArticleFile } from '../core/content/load-articles.ts';
import type { CorpusAnalysis } from '../core/types.ts';
import { knowledgeDigest, loadKnowledge, readKnowledgeSources } from './knowledge.ts';

/** Where the articles live, relative to the project root. */
export const ARTICLES_DIR = join('content', 'articles');

interface Memo {
  root: string;
  hash: string;
  analysis: CorpusAnalysis;
}

// Astro loads the config (which holds the rehype plugin) and the pages as
// separate module graphs in one process; a process-wide slot lets both share
// one analysis per build instead of extracting twice.
const SLOT = Symbol.for('newsroom.corpus-analysis');
const store = globalThis as typeof globalThis & { [SLOT]?: Memo };

/** Reads `content/articles/*.md` as bytes, in name order. */
export function readArticleFiles(root = process.cwd()): ArticleFile[] {
  const dir = join(root, ARTICLES_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: join(ARTICLES_DIR, name), bytes: readFileSync(join(dir, name)) }));
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
  const files = readArticleFiles(root);
  const hash = createHash('sha256');
  // The knowledge files count too: an added alias changes the analysis.
  hash.update(knowledgeDigest(readKnowledgeSources(root)));
  for (const f of files) hash.update(f.file).update('\0').update(f.bytes).update('\0');
  const digest = hash.digest('hex');
  if (memo?.root === root && memo.hash === digest) return memo.analysis;
  const analysis = analyzeCorpus(loadArticles(files), loadKnowledge(root));
  store[SLOT] = { root, hash: digest, analysis };
  return analysis;
}
