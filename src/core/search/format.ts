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
import type { z } from 'zod';
import type { docFile, entityRecord, manifestFile, shardFile, termsFile } from '../publish/schemas/search.ts';

/** Bumped whenever the shape of any file below changes. */
export const FORMAT = 1;

// The shapes are the zod schemas of the published data; only their types are imported here, so the
// browser code that reads these files carries no schema library.
export type EntityRecord = z.output<typeof entityRecord>;
/** `manifest.json`; fields documented in the schema. */
export type Manifest = z.output<typeof manifestFile>;
/** `terms.json`. */
export type TermsFile = z.output<typeof termsFile>;
/** `postings/<k>.json`. */
export type ShardFile = z.output<typeof shardFile>;
/** `docs/<n>.json`. */
export type DocFile = z.output<typeof docFile>;

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
