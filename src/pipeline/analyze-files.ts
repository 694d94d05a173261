import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import { resolveCorpus, type ArticleExtraction } from '../core/analyze/analyze-corpus.ts';
import { recordArticle, type ArticleRecord } from '../core/analyze/article-record.ts';
import { collectArticles, type ArticleFile } from '../core/content/load-articles.ts';
import type { ArticleSlug, CorpusAnalysis } from '../core/types.ts';
import { analysisProgress, type AnalysisSummary, type ProgressStream } from './analysis-progress.ts';
import type { ExtractTask } from './extract-worker.ts';
import { extractionCache } from './extraction-cache.ts';
import { knowledgeDigest, loadKnowledge, readKnowledgeSources } from './knowledge.ts';

export interface PoolOptions {
  /** Worker threads; by default one per core (`NEWSROOM_THREADS` overrides). */
  threads?: number;
  /** Fewer cache misses than this are extracted in this thread: starting a worker costs seconds. */
  poolFrom?: number;
  /** Where the progress goes; by default standard output. */
  progress?: ProgressStream;
}

export interface AnalysisRun {
  analysis: CorpusAnalysis;
  summary: AnalysisSummary;
}

/** The files with their cache keys and what the cache already holds. */
function plan(root: string, files: readonly ArticleFile[]) {
  const digest = knowledgeDigest(readKnowledgeSources(root));
  const cache = extractionCache(root, digest);
  const keys = files.map((f) => cache.keyOf(f.file, f.bytes));
  const records = keys.map((key): ArticleRecord | undefined => {
    const json = cache.read(key);
    return json === undefined ? undefined : (JSON.parse(json) as ArticleRecord);
  });
  return { digest, cache, keys, records };
}

/** The cross-file checks and the corpus-wide resolution, on every file's record. */
function resolveRecords(
  root: string,
  files: readonly ArticleFile[],
  records: readonly ArticleRecord[],
): CorpusAnalysis {
  const articles = collectArticles(
    files.map((f, i) => ({ file: f.file, parsed: (records[i] as ArticleRecord).parsed })),
  );
  const extractions = new Map<ArticleSlug, ArticleExtraction>();
  for (const record of records)
    if (record.parsed.ok && record.extraction) extractions.set(record.parsed.article.slug, record.extraction);
  return resolveCorpus(articles, extractions, loadKnowledge(root));
}

/**
 * The analysis of the article files in this thread, each file read from the
 * extraction cache when its record is there and extracted (and cached)
 * otherwise. Same result as `analyzeCorpus(loadArticles(files), …)`.
 */
export function analyzeFiles(root: string, files: readonly ArticleFile[]): AnalysisRun {
  const start = performance.now();
  const { cache, keys, records } = plan(root, files);
  const knowledge = loadKnowledge(root);
  let extracted = 0;
  const filled = records.map((record, i) => {
    if (record) return record;
    const file = files[i] as ArticleFile;
    const json = JSON.stringify(recordArticle(file.file, file.bytes, knowledge));
    cache.write(keys[i] as string, json);
    extracted += 1;
    return JSON.parse(json) as ArticleRecord;
  });
  const analysis = resolveRecords(root, files, filled);
  const seconds = (performance.now() - start) / 1000;
  return {
    analysis,
    summary: { articles: files.length, cached: files.length - extracted, extracted, threads: 1, seconds },
  };
}

/**
 * `analyzeFiles` with the cache misses extracted in worker threads
 * (tinypool), showing progress. The records are put back in file order
 * before the resolution, so the result is the same as in one thread.
 */
export async function analyzeFilesInPool(
  root: string,
  files: readonly ArticleFile[],
  options: PoolOptions = {},
): Promise<AnalysisRun> {
  const start = performance.now();
  const { digest, keys, records } = plan(root, files);
  const misses = records.flatMap((record, i) => (record ? [] : [i]));
  const progress = analysisProgress(files.length, options.progress);
  progress.advance(files.length - misses.length);

  const wanted = options.threads ?? (Number(process.env['NEWSROOM_THREADS']) || availableParallelism());
  const threads = Math.max(1, Math.min(wanted, misses.length));
  if (misses.length > 0 && misses.length < (options.poolFrom ?? 64)) {
    const run = analyzeFiles(root, files);
    progress.advance(misses.length);
    progress.finish({ ...run.summary, seconds: (performance.now() - start) / 1000 });
    return run;
  }
  if (misses.length > 0) {
    const pool = new Tinypool({
      filename: new URL('./extract-worker.ts', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
    });
    try {
      await Promise.all(
        misses.map(async (i) => {
          const file = files[i] as ArticleFile;
          const task: ExtractTask = {
            root,
            file: file.file,
            bytes: file.bytes,
            key: keys[i] as string,
            knowledge: digest,
          };
          records[i] = JSON.parse((await pool.run(task)) as string) as ArticleRecord;
          progress.advance();
        }),
      );
    } finally {
      await pool.destroy();
    }
  }
  const analysis = resolveRecords(root, files, records as ArticleRecord[]);
  const summary: AnalysisSummary = {
    articles: files.length,
    cached: files.length - misses.length,
    extracted: misses.length,
    threads: misses.length > 0 ? threads : 0,
    seconds: (performance.now() - start) / 1000,
  };
  progress.finish(summary);
  return { analysis, summary };
}
