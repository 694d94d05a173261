import { createHash } from 'node:crypto';
import type { AnalyzedArticle, EntitySummary } from '../types.ts';
import {
  FORMAT,
  MANIFEST_PATH,
  TERMS_PATH,
  docPath,
  shardPath,
  type DocFile,
  type EntityRecord,
  type Manifest,
  type ShardFile,
  type TermsFile,
} from './format.ts';
import { collectPostings } from './collect-postings.ts';
import { encodePostings } from './postings.ts';
import { normalizeWord } from './tokens.ts';
import { byCodeUnit } from '../compare-text.ts';

/** What the index is built from: the corpus analysis, or anything shaped like it (the benchmark's corpus). */
export interface IndexInput {
  articles: readonly Pick<AnalyzedArticle, 'slug' | 'meta' | 'text' | 'paragraphs'>[];
  entities: readonly Pick<EntitySummary, 'id' | 'name' | 'type' | 'aliases' | 'mentions'>[];
  /** Words never indexed nor searched (normalised here). */
  stopWords: Iterable<string>;
}

export interface IndexOptions {
  /** Postings kept per term (the best-weighted ones); bounds what one common word costs a search. */
  maxPostings?: number;
  /** A shard is closed once its postings reach this many bytes of JSON. */
  shardBytes?: number;
}

/** The files of one index, by path under `search-index/<version>/`, in path order. */
export interface SearchIndexFiles {
  version: string;
  files: Map<string, string>;
}

export const DEFAULT_MAX_POSTINGS = 1000;
export const DEFAULT_SHARD_BYTES = 16_384;

/**
 * Builds every file of the search index. Deterministic: the same input gives
 * the same bytes (terms and entities are sorted, articles keep their order),
 * and `version` is a hash of those bytes.
 */
export function buildSearchIndex(input: IndexInput, options: IndexOptions = {}): SearchIndexFiles {
  const maxPostings = options.maxPostings ?? DEFAULT_MAX_POSTINGS;
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  const stop = [...new Set([...input.stopWords].map(normalizeWord))].sort(byCodeUnit);
  const collected = collectPostings(input.articles, new Set(stop), maxPostings);

  const files = new Map<string, string>();
  const termsFile: TermsFile = { terms: collected.terms.map((t) => t.term), df: collected.terms.map((t) => t.df) };
  files.set(TERMS_PATH, JSON.stringify(termsFile));

  const shards: number[] = [];
  let shard: ShardFile | undefined;
  let size = 0;
  collected.terms.forEach((term, id) => {
    if (shard === undefined || size >= shardBytes) {
      if (shard !== undefined) files.set(shardPath(shards.length - 1), JSON.stringify(shard));
      shards.push(id);
      shard = { first: id, postings: [] };
      size = 0;
    }
    const encoded = encodePostings(term.postings);
    shard.postings.push(encoded);
    size += JSON.stringify(encoded).length + 1;
  });
  if (shard !== undefined) files.set(shardPath(shards.length - 1), JSON.stringify(shard));

  input.articles.forEach((article, n) => {
    const doc: DocFile = {
      slug: article.slug,
      title: article.meta.title,
      outlet: article.meta.outlet,
      published: article.meta.published,
      paragraphs: article.paragraphs.map((span) => article.text.slice(span.start, span.end)),
    };
    files.set(docPath(n), JSON.stringify(doc));
  });

  const entities: EntityRecord[] = input.entities
    .map((e): EntityRecord => [e.id, e.name, e.type, [...e.aliases].sort(byCodeUnit), e.mentions])
    .sort((a, b) => byCodeUnit(a[0], b[0]));
  const manifest: Omit<Manifest, 'format' | 'version'> = {
    articles: input.articles.length,
    paragraphs: collected.paragraphs,
    maxPostings,
    shards,
    stop,
    entities,
  };

  // The version covers every byte a client may read, the manifest included.
  const hash = createHash('sha256');
  for (const [path, body] of [...files].sort(([a], [b]) => byCodeUnit(a, b)))
    hash.update(path).update('\0').update(body).update('\0');
  hash.update(`${FORMAT}\0${JSON.stringify(manifest)}`);
  const version = hash.digest('hex').slice(0, 16);
  const complete: Manifest = { format: FORMAT, version, ...manifest };
  files.set(MANIFEST_PATH, JSON.stringify(complete));

  return { version, files: new Map([...files].sort(([a], [b]) => byCodeUnit(a, b))) };
}
