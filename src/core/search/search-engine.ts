import { sitePaths, type SitePaths } from '../publish/site-paths.ts';
import { Dictionary } from './dictionary.ts';
import { EntityFinder, type EntityHit } from './entity-finder.ts';
import {
  MANIFEST_PATH,
  TERMS_PATH,
  checkManifest,
  docPath,
  shardPath,
  type DocFile,
  type Manifest,
  type ShardFile,
  type TermsFile,
} from './format.ts';
import { decodePostings, type Posting } from './postings.ts';
import { idf, rankParagraphs, type RankedParagraph } from './rank.ts';
import { snippet, type Snippet } from './snippet.ts';
import { tokenize } from './tokens.ts';

/** Reads one index file (a path under the index's version folder) as parsed JSON. */
export type IndexLoader = (path: string) => Promise<unknown>;

/** Queries shorter than this (trimmed) are not searched. */
export const MIN_QUERY_LENGTH = 2;
/** Words of a query that are searched; the rest are ignored. */
export const MAX_QUERY_WORDS = 8;

export interface EntityResult extends EntityHit {
  href: string;
}

/** A paragraph result, ready to show. */
export interface ParagraphResult {
  slug: string;
  title: string;
  outlet: string;
  published: string;
  /** 1-based: the `#p-<k>` anchor on the article page. */
  paragraph: number;
  href: string;
  snippet: Snippet;
}

/** The outcome of one query: entities in full, paragraphs ranked but not yet loaded (see `paragraphs`). */
export interface SearchResults {
  query: string;
  /** The normalised words searched (stop words and duplicates removed). */
  words: string[];
  /** Dictionary terms the words were expanded to; the words highlighted in snippets. */
  terms: string[];
  entities: EntityResult[];
  ranked: RankedParagraph[];
  /** A term had more postings than the index keeps: `ranked` holds its best paragraphs, not all. */
  approximate: boolean;
  /** Paragraphs matching: `ranked.length`, or when approximate a lower bound (the largest df among the terms). */
  total: number;
}

/**
 * The client-side query logic, shared by the browser, the tests and the
 * benchmark; only the loader differs (fetch, or the built files in memory).
 * Every file is loaded at most once per engine.
 */
export class SearchEngine {
  private readonly shards = new Map<number, Promise<ShardFile>>();
  private readonly docs = new Map<number, Promise<DocFile>>();
  private readonly postings = new Map<number, Posting[]>();
  private readonly stop: ReadonlySet<string>;
  private readonly paths: SitePaths;

  private constructor(
    private readonly load: IndexLoader,
    readonly manifest: Manifest,
    private readonly dictionary: Dictionary,
    private readonly entityFinder: EntityFinder,
    base: string,
  ) {
    this.stop = new Set(manifest.stop);
    this.paths = sitePaths(base);
  }

  /** Loads the manifest and the dictionary (in parallel); `base` is the site's base path, for result links. */
  static async open(load: IndexLoader, base: string): Promise<SearchEngine> {
    const [manifest, terms] = await Promise.all([
      load(MANIFEST_PATH).then(checkManifest),
      load(TERMS_PATH) as Promise<TermsFile>,
    ]);
    return new SearchEngine(
      load,
      manifest,
      new Dictionary(terms.terms, terms.df),
      new EntityFinder(manifest.entities),
      base,
    );
  }

  /** The normalised words of a query that are searched. */
  words(query: string): string[] {
    const words = tokenize(query)
      .map((t) => t.term)
      .filter((term) => !this.stop.has(term));
    return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
  }

  /** Runs a query: finds entities, expands words, fetches the postings shards it needs and ranks paragraphs. */
  async search(query: string): Promise<SearchResults> {
    const trimmed = query.trim();
    const words = trimmed.length < MIN_QUERY_LENGTH ? [] : this.words(trimmed);
    const entities =
      trimmed.length < MIN_QUERY_LENGTH
        ? []
        : this.entityFinder.find(trimmed, words).map((hit) => ({ ...hit, href: this.paths.entity(hit.id) }));
    const expanded = words.map((word) => this.dictionary.expand(word));
    const termIds = [...new Set(expanded.flatMap((list) => list.map((e) => e.term)))].sort((a, b) => a - b);
    await Promise.all(termIds.map((id) => this.loadPostings(id)));

    const { paragraphs, maxPostings } = this.manifest;
    const ranked = rankParagraphs(
      expanded,
      (id) => this.postings.get(id) ?? [],
      (id) => idf(this.dictionary.df[id] ?? 0, paragraphs),
    );
    const approximate = termIds.some((id) => (this.dictionary.df[id] ?? 0) > maxPostings);
    return {
      query: trimmed,
      words,
      terms: termIds.map((id) => this.dictionary.terms[id] ?? '').sort(),
      entities,
      ranked,
      approximate,
      total: approximate ? Math.max(ranked.length, ...termIds.map((id) => this.dictionary.df[id] ?? 0)) : ranked.length,
    };
  }

  /** Loads the articles of `ranked[offset ‥ offset + count)` and returns those results with their snippets. */
  async paragraphs(results: SearchResults, offset: number, count: number): Promise<ParagraphResult[]> {
    const slice = results.ranked.slice(offset, offset + count);
    const docs = await Promise.all(slice.map((hit) => this.loadDoc(hit.article)));
    const terms = new Set(results.terms);
    return slice.map((hit, i) => {
      const doc = docs[i] as DocFile;
      const k = hit.paragraph + 1;
      return {
        slug: doc.slug,
        title: doc.title,
        outlet: doc.outlet,
        published: doc.published,
        paragraph: k,
        href: this.paths.paragraph(doc.slug, k),
        snippet: snippet(doc.paragraphs[hit.paragraph] ?? '', (term) => terms.has(term)),
      };
    });
  }

  private async loadPostings(id: number): Promise<void> {
    if (this.postings.has(id)) return;
    const k = shardOf(this.manifest.shards, id);
    const shard = await cached(this.shards, k, () => this.load(shardPath(k)) as Promise<ShardFile>);
    this.postings.set(id, decodePostings(shard.postings[id - shard.first] ?? []));
  }

  private loadDoc(article: number): Promise<DocFile> {
    return cached(this.docs, article, () => this.load(docPath(article)) as Promise<DocFile>);
  }
}

/** The shard holding term `id`: the last whose first id is at most `id` (binary search). */
export function shardOf(firsts: readonly number[], id: number): number {
  let [low, high] = [0, firsts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((firsts[middle] ?? Infinity) <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** One promise per key; a failed load is forgotten so that the next search tries again. */
function cached<T>(cache: Map<number, Promise<T>>, key: number, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (promise === undefined) {
    promise = load();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}
