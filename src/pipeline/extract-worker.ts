/**
 * A pool thread: parses and extracts one article file, stores the record in
 * the extraction cache and returns it as JSON (the main thread parses it, so
 * a record read from the cache and one just computed are the same value).
 */
import { recordArticle } from '../core/analyze/article-record.ts';
import type { Knowledge } from '../core/knowledge/knowledge.ts';
import { extractionCache, type ExtractionCache } from './extraction-cache.ts';
import { knowledgeDigest, loadKnowledge, readKnowledgeSources } from './knowledge.ts';

export interface ExtractTask {
  root: string;
  file: string;
  bytes: Uint8Array;
  key: string;
  /** The knowledge digest the main thread keyed the record with; the worker checks it reads the same files. */
  knowledge: string;
}

// A thread serves one build: the knowledge is read once, on its first task.
let loaded: { root: string; digest: string; knowledge: Knowledge; cache: ExtractionCache } | undefined;

export default function extractInWorker(task: ExtractTask): string {
  if (loaded?.root !== task.root) {
    const digest = knowledgeDigest(readKnowledgeSources(task.root));
    loaded = {
      root: task.root,
      digest,
      knowledge: loadKnowledge(task.root),
      cache: extractionCache(task.root, digest),
    };
  }
  if (loaded.digest !== task.knowledge) throw new Error('the knowledge files changed while the articles were analysed');
  const json = JSON.stringify(recordArticle(task.file, task.bytes, loaded.knowledge));
  loaded.cache.write(task.key, json);
  return json;
}
