/**
 * The search index as files. Every file lives under one folder named by the
 * index's content hash (`search-index/<version>/`), so a file's URL changes
 * whenever any of its bytes could, and browsers may cache them forever.
 *
 * What a search downloads:
 * - `manifest.json` and `terms.json`, once, when search is first used;
 * - the postings shards holding the terms a query expands to;
 * - `docs/<n>.json` for the articles of the results actually shown.
 */
import type { EntityType } from '../types.ts';

/** Bumped whenever the shape of any file below changes. */
export const FORMAT = 1;

/** `[id, name, type, aliases, mentions]`: tuples, because 10,000 articles bring many entities. */
export type EntityRecord = [id: string, name: string, type: EntityType, aliases: string[], mentions: number];

/** `manifest.json`: what the client needs before it can run a query, entities included. */
export interface Manifest {
  format: typeof FORMAT;
  /** Content hash of the whole index; also the folder's name. */
  version: string;
  /** Articles; `docs/<n>.json` exists for every `0 <= n < articles`. */
  articles: number;
  /** Paragraphs in the corpus (the N of idf). */
  paragraphs: number;
  /** Postings kept per term; a term with a larger `df` keeps its best-weighted paragraphs only. */
  maxPostings: number;
  /** The first term id of each shard, ascending, starting at 0: shard `k` holds `shards[k]` up to `shards[k + 1]`. */
  shards: number[];
  /** Normalised words left out of the index and ignored in queries, sorted. */
  stop: string[];
  /** Every entity, sorted by id, for the entity part of a search. */
  entities: EntityRecord[];
}

/** `terms.json`: the dictionary that Fuse searches; the id of a term is its position. */
export interface TermsFile {
  /** Normalised words, sorted by UTF-16 code unit. */
  terms: string[];
  /** `df[id]`: paragraphs containing `terms[id]`, counted before postings are capped. */
  df: number[];
}

/**
 * `postings/<k>.json`: shard `k`. `postings[i]` belongs to term `first + i`
 * and is a flat list of triples `[articleGap, paragraph, weight]`, sorted by
 * article then paragraph, where `articleGap` is the article number minus the
 * previous triple's (the first one's is the article number), `paragraph` is
 * 0-based, and `weight` is the term's quantised BM25 term-frequency weight in
 * that paragraph (1‥255).
 */
export interface ShardFile {
  first: number;
  postings: number[][];
}

/** `docs/<n>.json`: article `n` (in corpus order), only what a result shows. */
export interface DocFile {
  slug: string;
  title: string;
  outlet: string;
  published: string;
  /** The text of each block, in order: paragraph `k` (1-based) of the article page is `paragraphs[k - 1]`. */
  paragraphs: string[];
}

export const MANIFEST_PATH = 'manifest.json';
export const TERMS_PATH = 'terms.json';

export function shardPath(shard: number): string {
  return `postings/${shard}.json`;
}

export function docPath(article: number): string {
  return `docs/${article}.json`;
}

/** The manifest of a file read from the network, or an error saying why it is not one. */
export function checkManifest(data: unknown): Manifest {
  const manifest = data as Partial<Manifest> | null;
  if (manifest?.format !== FORMAT) {
    throw new Error(`search index: expected format ${FORMAT}, got ${JSON.stringify(manifest?.format)}`);
  }
  if (!Array.isArray(manifest.shards) || !Array.isArray(manifest.entities) || !Array.isArray(manifest.stop)) {
    throw new Error('search index: manifest.json lacks shards, entities or stop words');
  }
  return manifest as Manifest;
}
