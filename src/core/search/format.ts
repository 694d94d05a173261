/**
 * The search index as files. Every file lives under one folder named by the
 * index's content hash (`search-index/<version>/`), so a file's URL changes
 * whenever any of its bytes could, and browsers may cache them forever.
 *
 * What a search downloads:
 * - `manifest.json` and `terms.json`, once, when search is first used;
 * - the postings shards holding the terms a query expands to;
 * - for a query of several words, the `rest/` lists of its common words (so
 *   that "all the words" is known for every paragraph, not only the
 *   best-weighted thousand) and the `pairs/` buckets of the word pairs it
 *   typed next to each other (the phrase signal);
 * - `entities/` for the entities the query's words name (the postings
 *   shards say which), so the entity list never grows the first download;
 * - `mentions/` when the query names an entity or filters by one,
 *   `articles.json` when it filters by outlet, type or date or sorts by date;
 * - `docs/<n>.json` for the articles of the results actually shown.
 *
 * Why pairs and not word positions: positions would make every posting
 * longer, and a phrase could only be checked with the complete lists of all
 * its words, which for common words cost more than the rest of a search.
 * A pair list holds exactly the blocks with the phrase, and a hash bucket
 * of pairs costs a couple of kilobytes.
 */
import type { z } from 'zod';
import type {
  articlesFile,
  docFile,
  entitiesFile,
  entityRecord,
  manifestFile,
  mentionsFile,
  pairsFile,
  restFile,
  shardFile,
  termsFile,
} from '../publish/schemas/search.ts';

/** Bumped whenever the shape of any file below changes. */
export const FORMAT = 2;

// The shapes are the zod schemas of the published data; only their types are imported here, so the
// browser code that reads these files carries no schema library.
export type EntityRecord = z.output<typeof entityRecord>;
/** `manifest.json`; fields documented in the schema. */
export type Manifest = z.output<typeof manifestFile>;
/** `terms.json`. */
export type TermsFile = z.output<typeof termsFile>;
/** `postings/<k>.json`. */
export type ShardFile = z.output<typeof shardFile>;
/** `rest/<k>.json`. */
export type RestFile = z.output<typeof restFile>;
/** `pairs/<k>.json`. */
export type PairsFile = z.output<typeof pairsFile>;
/** `mentions/<k>.json`. */
export type MentionsFile = z.output<typeof mentionsFile>;
/** `articles.json`. */
export type ArticlesFile = z.output<typeof articlesFile>;
/** `entities/<k>.json`. */
export type EntitiesFile = z.output<typeof entitiesFile>;
/** `docs/<n>.json`. */
export type DocFile = z.output<typeof docFile>;

export const MANIFEST_PATH = 'manifest.json';
export const TERMS_PATH = 'terms.json';
export const ARTICLES_PATH = 'articles.json';

export function shardPath(shard: number): string {
  return `postings/${shard}.json`;
}

export function restPath(shard: number): string {
  return `rest/${shard}.json`;
}

export function pairsPath(bucket: number): string {
  return `pairs/${bucket}.json`;
}

export function mentionsPath(shard: number): string {
  return `mentions/${shard}.json`;
}

export function entitiesPath(shard: number): string {
  return `entities/${shard}.json`;
}

export function docPath(article: number): string {
  return `docs/${article}.json`;
}

/** The key of a word pair in `pairs/`: the two term ids, in text order. */
export function pairKey(first: number, second: number): string {
  return `${first}.${second}`;
}

/** The bucket a pair key lives in: FNV-1a of the key, modulo the bucket count. */
export function pairBucket(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return buckets === 0 ? 0 : hash % buckets;
}

/** The shard holding item `id`: the last whose first id is at most `id` (binary search). */
export function shardOf(firsts: readonly number[], id: number): number {
  let [low, high] = [0, firsts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((firsts[middle] ?? Infinity) <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The manifest of a file read from the network, or an error saying why it is not one. */
export function checkManifest(data: unknown): Manifest {
  const manifest = data as Partial<Manifest> | null;
  if (manifest?.format !== FORMAT) {
    throw new Error(`search index: expected format ${FORMAT}, got ${JSON.stringify(manifest?.format)}`);
  }
  if (!Array.isArray(manifest.shards) || !Array.isArray(manifest.entityShards) || !Array.isArray(manifest.stop)) {
    throw new Error('search index: manifest.json lacks shards, entity shards or stop words');
  }
  return manifest as Manifest;
}
