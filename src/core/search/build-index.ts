import { createHash } from 'node:crypto';
import type { EntitySummary } from '../types.ts';
import { byCodeUnit } from '../compare-text.ts';
import { MAX_MEMBERS, collectPostings, type IndexedArticle } from './collect-postings.ts';
import {
  ARTICLES_PATH,
  FORMAT,
  MANIFEST_PATH,
  TERMS_PATH,
  docPath,
  entitiesPath,
  mentionsPath,
  pairBucket,
  pairsPath,
  restPath,
  shardPath,
  type ArticlesFile,
  type DocFile,
  type EntityRecord,
  type Manifest,
  type PairsFile,
  type TermsFile,
} from './format.ts';
import { contentWords } from './content-words.ts';
import { encodeBlocks, encodePostings } from './postings.ts';
import { SEARCH_STOP_WORDS } from './stop-words.ts';
import { normalizeWord } from './tokens.ts';

/** What the index is built from: the corpus analysis, or anything shaped like it (the benchmark's corpus). */
export interface IndexInput {
  articles: readonly IndexedArticle[];
  entities: readonly Pick<EntitySummary, 'id' | 'name' | 'type' | 'aliases' | 'mentions'>[];
  /** Words never indexed nor searched (normalised here); SEARCH_STOP_WORDS when not given. */
  stopWords?: Iterable<string>;
}

export interface IndexOptions {
  /** Weighted postings kept per term (the best-weighted ones); bounds what one common word costs a search. */
  maxPostings?: number;
  /** A shard is closed once its lists reach this many bytes of JSON (postings, rest, mentions). */
  shardBytes?: number;
  /** The pair buckets are as many as make each about this many bytes of JSON. */
  pairBucketBytes?: number;
}

/** The files of one index, by path under `search-index/<version>/`, in path order. */
export interface SearchIndexFiles {
  version: string;
  files: Map<string, string>;
}

// Sizes chosen for what a first search downloads at 10,000 articles (`npm run bench`): a shard or a
// bucket is fetched whole for one term or pair in it, so smaller files waste less, at the price of more files.
export const DEFAULT_MAX_POSTINGS = 500;
export const DEFAULT_SHARD_BYTES = 6_144;
export const DEFAULT_PAIR_BUCKET_BYTES = 2_560;
/** Entity records are fetched a few at a time (the query's candidates), so their shards are small. */
export const ENTITY_SHARD_BYTES = 2_048;

/**
 * Builds every file of the search index. Deterministic: the same input gives
 * the same bytes (terms and entities are sorted, articles keep their order),
 * and `version` is a hash of those bytes.
 */
export function buildSearchIndex(input: IndexInput, options: IndexOptions = {}): SearchIndexFiles {
  const maxPostings = options.maxPostings ?? DEFAULT_MAX_POSTINGS;
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  const stop = [...new Set([...(input.stopWords ?? SEARCH_STOP_WORDS)].map(normalizeWord))].sort(byCodeUnit);
  const collected = collectPostings(input.articles, new Set(stop), maxPostings);
  const files = new Map<string, string>();

  const termsFile: TermsFile = { terms: collected.terms.map((t) => t.term), df: collected.terms.map((t) => t.df) };
  files.set(TERMS_PATH, JSON.stringify(termsFile));

  const entities: EntityRecord[] = input.entities
    .map((e): EntityRecord => [e.id, e.name, e.type, [...e.aliases].sort(byCodeUnit), e.mentions])
    .sort((a, b) => byCodeUnit(a[0], b[0]));
  const named = entitiesByTerm(
    entities,
    collected.terms.map((t) => t.term),
    new Set(stop),
  );
  const shards = writeShards(
    collected.terms.map((term) => encodePostings(term.top)),
    shardBytes,
    (k, first, lists, count) =>
      files.set(
        shardPath(k),
        `{"first":${first},"postings":${lists},"entities":${JSON.stringify(named.slice(first, first + count))}}`,
      ),
  );

  const withRest = collected.terms.flatMap((term, id) => (term.rest.length > 0 ? [id] : []));
  const rest = writeShards(
    withRest.map((id) => encodeBlocks(collected.terms[id]?.rest ?? [])),
    shardBytes,
    (k, first, lists, count) => {
      const terms = withRest.slice(first, first + count);
      files.set(restPath(k), `{"terms":${JSON.stringify(terms)},"blocks":${lists}}`);
    },
  ).map((position) => withRest[position] ?? 0);

  const pairBuckets = writePairs(collected.pairs, options.pairBucketBytes ?? DEFAULT_PAIR_BUCKET_BYTES, files);

  const entityShards = writeShards(entities, shardBytes, (k, first, lists) =>
    files.set(entitiesPath(k), `{"first":${first},"records":${lists}}`),
  );
  const mentionShards = writeShards(
    entities.map(([id]) => encodeBlocks((collected.mentions.get(id) ?? []).slice(0, MAX_MEMBERS))),
    shardBytes,
    (k, first, lists) => files.set(mentionsPath(k), `{"first":${first},"blocks":${lists}}`),
  );

  files.set(ARTICLES_PATH, JSON.stringify(articlesFile(input.articles, collected.types)));
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

  const manifest: Omit<Manifest, 'format' | 'version'> = {
    articles: input.articles.length,
    blocks: collected.blocks,
    maxPostings,
    maxMembers: MAX_MEMBERS,
    shards,
    rest,
    pairBuckets,
    mentionShards,
    entityCount: entities.length,
    entityShards,
    entityShardIds: entityShards.map((position) => entities[position]?.[0] ?? ''),
    stop,
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

/**
 * Cuts consecutive lists into shards of about `shardBytes` of JSON, calling
 * `write(k, first, lists, count)` with each shard's lists already as JSON
 * (each list is serialised once); returns the first position of each shard.
 */
function writeShards<T>(
  lists: readonly T[],
  shardBytes: number,
  write: (k: number, first: number, lists: string, count: number) => void,
): number[] {
  const firsts: number[] = [];
  let current: string[] = [];
  let size = 0;
  const close = () => write(firsts.length - 1, firsts.at(-1) ?? 0, `[${current.join(',')}]`, current.length);
  lists.forEach((list, position) => {
    if (firsts.length === 0 || size >= shardBytes) {
      if (firsts.length > 0) close();
      firsts.push(position);
      current = [];
      size = 0;
    }
    const json = JSON.stringify(list);
    current.push(json);
    size += json.length + 1;
  });
  if (firsts.length > 0) close();
  return firsts;
}

/** Writes the pair lists into hash buckets of about `bucketBytes` each; returns how many buckets. */
function writePairs(pairs: ReadonlyMap<string, number[]>, bucketBytes: number, files: Map<string, string>): number {
  const encoded = [...pairs.keys()].sort(byCodeUnit).map((key) => [key, encodeBlocks(pairs.get(key) ?? [])] as const);
  const total = encoded.reduce((sum, [key, list]) => sum + key.length + JSON.stringify(list).length + 4, 0);
  const buckets = encoded.length === 0 ? 0 : Math.max(1, Math.ceil(total / bucketBytes));
  const contents = Array.from({ length: buckets }, (): PairsFile['pairs'] => ({}));
  for (const [key, list] of encoded) {
    const bucket = contents[pairBucket(key, buckets)];
    if (bucket !== undefined) bucket[key] = list;
  }
  contents.forEach((pairsOf, k) => files.set(pairsPath(k), JSON.stringify({ pairs: pairsOf } satisfies PairsFile)));
  return buckets;
}

/** Entities one dictionary term names, at most (the most mentioned): what a query word can bring up. */
export const MAX_ENTITIES_PER_TERM = 32;

/**
 * For each term, the entities (positions in `entities`) whose name or an
 * alias holds it as a word, most mentioned first. This is how a query finds
 * entities without downloading the whole entity list: its words' postings
 * shards say which entities they name.
 */
function entitiesByTerm(
  entities: readonly EntityRecord[],
  terms: readonly string[],
  stop: ReadonlySet<string>,
): number[][] {
  const ids = new Map(terms.map((term, id) => [term, id]));
  const named = terms.map((): number[] => []);
  entities.forEach(([, name, , aliases], position) => {
    const words = new Set([name, ...aliases].flatMap((form) => contentWords(form, stop).map((w) => w.term)));
    for (const word of words) {
      const id = ids.get(word);
      if (id !== undefined) named[id]?.push(position);
    }
  });
  const mentions = (position: number) => entities[position]?.[4] ?? 0;
  return named.map((list) => list.sort((a, b) => mentions(b) - mentions(a) || a - b).slice(0, MAX_ENTITIES_PER_TERM));
}

const DAY_MS = 86_400_000;

function articlesFile(articles: readonly IndexedArticle[], types: readonly string[]): ArticlesFile {
  const outlets = [...new Set(articles.map((a) => a.meta.outlet))].sort(byCodeUnit);
  const position = new Map(outlets.map((name, i) => [name, i]));
  return {
    outlets,
    outlet: articles.map((a) => position.get(a.meta.outlet) ?? 0),
    day: articles.map((a) => Math.floor(Date.parse(`${a.meta.published}T00:00:00Z`) / DAY_MS)),
    types: [...types],
  };
}
