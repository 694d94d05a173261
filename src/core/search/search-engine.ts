import { sitePaths, type SitePaths } from '../publish/site-paths.ts';
import { Dictionary, type Expansion } from './dictionary.ts';
import { EntityFinder, type EntityHit } from './entity-finder.ts';
import { EntityNames } from './entity-names.ts';
import { blockFilter, narrows, needsArticles, type SearchFilters } from './filters.ts';
import {
  ARTICLES_PATH,
  MANIFEST_PATH,
  TERMS_PATH,
  checkManifest,
  docPath,
  entitiesPath,
  mentionsPath,
  pairBucket,
  pairKey,
  pairsPath,
  restPath,
  shardOf,
  shardPath,
  type ArticlesFile,
  type DocFile,
  type EntitiesFile,
  type EntityRecord,
  type Manifest,
  type MentionsFile,
  type PairsFile,
  type RestFile,
  type ShardFile,
  type TermsFile,
} from './format.ts';
import { highlightParam } from './highlight-terms.ts';
import { blockKey, decodeBlocks, decodePostings, type Posting } from './postings.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { idf, rankBlocks, type PairEvidence, type RankedBlock, type TermEvidence } from './rank.ts';
import { snippet, type Snippet } from './snippet.ts';

/** Reads one index file (a path under the index's version folder) as parsed JSON. */
export type IndexLoader = (path: string) => Promise<unknown>;

/** Queries shorter than this (trimmed) are not searched. */
export const MIN_QUERY_LENGTH = 2;
export { MAX_QUERY_WORDS } from './query.ts';
export { shardOf } from './format.ts';

/** Terms of a word whose full lists a query of several words loads, and whose pairs it looks up. */
const MAX_PRIMARY_TERMS = 2;
/** Entity names whose mentions one query loads for ranking. */
const MAX_NAMED_ENTITIES = 3;
/** Entities a query looks at: whose records it loads, to list and to recognise in the query. */
const MAX_ENTITY_CANDIDATES = 8;

export interface EntityResult extends EntityHit {
  href: string;
}

/** A paragraph (or headline) result, ready to show. */
export interface ParagraphResult {
  slug: string;
  title: string;
  outlet: string;
  published: string;
  /** 1-based: the `#p-<k>` anchor on the article page; 0 when the headline matched. */
  paragraph: number;
  /** Opens the article at the paragraph, the matched words carried along (`?hl=`) to be marked there. */
  href: string;
  snippet: Snippet;
}

/** The outcome of one query: entities in full, blocks ranked but not yet loaded (see `paragraphs`). */
export interface SearchResults {
  query: string;
  filters: SearchFilters;
  /** The normalised words searched (stop words and duplicates removed). */
  words: string[];
  /** Words no result holds (`-word`). */
  excluded: string[];
  /** Dictionary terms the words were expanded to; the words highlighted in snippets. */
  terms: string[];
  entities: EntityResult[];
  ranked: RankedBlock[];
  /** No block holds every word: `ranked` holds those with the most of them. */
  partial: boolean;
  /** A list was longer than the index keeps: `ranked` holds the best blocks, not all. */
  approximate: boolean;
  /** Blocks matching: `ranked.length`, or when approximate a lower bound. */
  total: number;
}

const RELEVANCE: SearchFilters = { sort: 'relevance' };

/**
 * The client-side query logic, shared by the browser, the tests and the
 * benchmark; only the loader differs (fetch, or the built files in memory).
 * Every file is loaded at most once per engine.
 */
export class SearchEngine {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly top = new Map<number, Posting[]>();
  private readonly rest = new Map<number, number[]>();
  /** Per loaded term, the entities whose names hold it. */
  private readonly named = new Map<number, number[]>();
  private readonly stop: ReadonlySet<string>;
  private readonly paths: SitePaths;

  private constructor(
    private readonly load: IndexLoader,
    readonly manifest: Manifest,
    private readonly dictionary: Dictionary,
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
    return new SearchEngine(load, manifest, new Dictionary(terms.terms, terms.df), base);
  }

  /** The query as the ranking reads it: words, phrases, exclusions. */
  parse(query: string): ParsedQuery {
    return parseQuery(query.trim().length < MIN_QUERY_LENGTH ? '' : query, this.stop);
  }

  /** The normalised words of a query that are searched. */
  words(query: string): string[] {
    return this.parse(query).words;
  }

  /**
   * Runs a query: finds entities, expands words, fetches the lists it needs
   * and ranks blocks. A query of several words, a phrase, an exclusion, a
   * filter or date order needs every block of its words, so it also loads
   * the rest of the lists of common words; a single word ranks its
   * best-weighted blocks.
   */
  async search(query: string, filters: SearchFilters = RELEVANCE): Promise<SearchResults> {
    const trimmed = query.trim();
    const parsed = this.parse(trimmed);
    const { words } = parsed;
    const positiveText = trimmed
      .replace(/["“”„]/gu, ' ')
      .replace(/(^|\s)-\S+/gu, ' ')
      .trim();
    const expanded = words.map((word, i) => (parsed.exact[i] ? this.exactly(word) : this.dictionary.expand(word)));
    const primary = expanded.map(primaryTerms);
    const complete =
      words.length > 1 ||
      parsed.phrases.length > 0 ||
      parsed.excluded.length > 0 ||
      narrows(filters) ||
      filters.sort === 'date';
    const excludedTerms = parsed.excluded.flatMap((word) => this.exactly(word).map((e) => e.term));
    // Whether a paragraph holds all the words is only known from the words' complete lists: the
    // best-weighted part of a common word's list says nothing of the paragraphs it leaves out.
    const full = new Set(complete ? primary.flat().map((e) => e.term) : []);
    const fullTerms = [...full, ...excludedTerms];

    const pairs = parsed.pairs.flatMap(([a, b]) =>
      (primary[a] ?? []).flatMap((x) =>
        (primary[b] ?? []).map((y) => ({
          words: [a, b] as const,
          key: pairKey(x.term, y.term),
          exact: parsed.exact[a] === true && parsed.exact[b] === true,
        })),
      ),
    );
    const filterEntity = filters.entity === undefined ? undefined : this.entityById(filters.entity);

    const [pairLists, filterMentions, articles] = await Promise.all([
      Promise.all(pairs.map((pair) => this.pairBlocks(pair.key))),
      filterEntity === undefined
        ? undefined
        : filterEntity.then((e) => (e === undefined ? [] : this.mentionBlocks(e.number))).then((keys) => new Set(keys)),
      needsArticles(filters) ? (this.file(ARTICLES_PATH) as Promise<ArticlesFile>) : undefined,
      ...[...expanded.flat().map((e) => e.term), ...excludedTerms].map((term) => this.loadTop(term)),
      ...fullTerms.map((term) => this.loadRest(term)),
    ]);

    // The entities the words name, from the postings shards just read; the most widely named first.
    const candidates = await this.candidateEntities(expanded);
    const entities =
      words.length === 0
        ? []
        : new EntityFinder(candidates.map((c) => c.record))
            .find(positiveText, words)
            .map((hit) => ({ ...hit, href: this.paths.entity(hit.id) }));
    const best = words.map((word, i) => this.dictionary.terms[primary[i]?.[0]?.term ?? -1] ?? word);
    const pairSet = new Set(parsed.pairs.map(([a, b]) => `${a} ${b}`));
    // An entity mentioned everywhere tells paragraphs apart no better than its words do; its list is
    // left out (the words still match).
    const runs = new EntityNames(
      candidates.map((c) => c.record),
      this.stop,
      candidates.map((c) => c.number),
    )
      .runs(best, (i) => pairSet.has(`${i - 1} ${i}`))
      .map((run) => ({
        ...run,
        entities: run.entities.filter(
          (n) => (candidates.find((c) => c.number === n)?.record[4] ?? 0) <= this.manifest.maxPostings,
        ),
      }))
      .filter((run) => run.entities.length > 0)
      .slice(0, MAX_NAMED_ENTITIES);
    const runLists = await Promise.all(
      runs.map(async (run) => (await Promise.all(run.entities.map((n) => this.mentionBlocks(n)))).flat()),
    );

    const pairEvidence: PairEvidence[] = [];
    const byWords = new Map<string, number>();
    pairs.forEach((pair, j) => {
      const id = `${pair.words[0]} ${pair.words[1]}`;
      let at = byWords.get(id);
      if (at === undefined) {
        at = pairEvidence.push({ words: pair.words, blocks: [], exact: pair.exact }) - 1;
        byWords.set(id, at);
      }
      const evidence = pairEvidence[at];
      if (evidence !== undefined) evidence.blocks = [...evidence.blocks, ...(pairLists[j] ?? [])];
    });
    const requiredPairs = parsed.phrases.flat().map(([a, b]) => byWords.get(`${a} ${b}`) ?? -1);
    const { blocks } = this.manifest;
    const evidence = (e: Expansion, full: boolean): TermEvidence => ({
      quality: e.quality,
      level: e.level,
      top: this.top.get(e.term) ?? [],
      rest: full ? (this.rest.get(e.term) ?? []) : [],
    });
    const ranked = rankBlocks({
      words: expanded.map((list, i) => ({
        idf: idf(this.dictionary.df[primary[i]?.[0]?.term ?? list[0]?.term ?? -1] ?? 0, blocks),
        terms: list.map((e) => evidence(e, full.has(e.term))),
      })),
      pairs: pairEvidence,
      entities: runs.map((run, j) => ({ words: run.words, blocks: runLists[j] ?? [] })),
      requiredPairs: requiredPairs.includes(-1) ? [-1] : requiredPairs,
      requiredWords: words.flatMap((_, i) => (parsed.exact[i] ? [i] : [])),
      excluded: new Set(excludedTerms.flatMap((term) => this.allBlocks(term))),
    });

    const keep = blockFilter(filters, articles, filterMentions);
    let kept = ranked.filter((hit) => keep(blockKey(hit.article, hit.block)));
    const partial = kept.length > 0 && (kept[0]?.words ?? 0) < words.length;
    if (!partial) kept = kept.filter((hit) => hit.words === words.length);
    if (filters.sort === 'date' && articles !== undefined) {
      const order = new Map(kept.map((hit, i) => [hit, i]));
      kept.sort(
        (a, b) =>
          (articles.day[b.article] ?? 0) - (articles.day[a.article] ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
      );
    }

    const loaded = [...new Set(expanded.flat().map((e) => e.term))];
    const { maxPostings, maxMembers } = this.manifest;
    const dfOf = (term: number) => this.dictionary.df[term] ?? 0;
    // Some block of a loaded term is not known: its list was capped and the rest not read, or cut.
    const cut = loaded.some((term) =>
      full.has(term) ? dfOf(term) - maxPostings > maxMembers : dfOf(term) > maxPostings,
    );
    const approximate = kept.length > 0 && cut;
    return {
      query: trimmed,
      filters,
      words,
      excluded: parsed.excluded,
      terms: loaded.map((id) => this.dictionary.terms[id] ?? '').sort(),
      entities,
      ranked: kept,
      partial,
      approximate,
      total: approximate && words.length === 1 ? Math.max(kept.length, ...loaded.map(dfOf)) : kept.length,
    };
  }

  /** Loads the articles of `ranked[offset ‥ offset + count)` and returns those results with their snippets. */
  async paragraphs(results: SearchResults, offset: number, count: number): Promise<ParagraphResult[]> {
    const slice = results.ranked.slice(offset, offset + count);
    const docs = await Promise.all(slice.map((hit) => this.file(docPath(hit.article)) as Promise<DocFile>));
    const terms = new Set(results.terms);
    const hl = highlightParam(results.terms);
    return slice.map((hit, i) => {
      const doc = docs[i] as DocFile;
      const text = hit.block === 0 ? doc.title : (doc.paragraphs[hit.block - 1] ?? '');
      const anchor = hit.block === 0 ? '' : `#p-${hit.block}`;
      return {
        slug: doc.slug,
        title: doc.title,
        outlet: doc.outlet,
        published: doc.published,
        paragraph: hit.block,
        href: `${this.paths.article(doc.slug)}${hl === '' ? '' : `?${hl}`}${anchor}`,
        snippet: snippet(text, (term) => terms.has(term)),
      };
    });
  }

  /** The word itself as its only expansion (quoted and excluded words), when the dictionary has it. */
  private exactly(word: string): Expansion[] {
    const id = this.dictionary.id(word);
    return id === undefined ? [] : [{ term: id, quality: 1, level: 'exact' }];
  }

  /** The name of the entity with this id, when the index has it (for showing an entity filter). */
  async entityName(id: string): Promise<string | undefined> {
    return (await this.entityById(id))?.record[1];
  }

  /** The entity with this id and its number; its shard is found by the first ids the manifest lists. */
  private async entityById(id: string): Promise<{ number: number; record: EntityRecord } | undefined> {
    const ids = this.manifest.entityShardIds;
    if (ids.length === 0) return undefined;
    let [low, high] = [0, ids.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((ids[middle] ?? '') <= id) low = middle;
      else high = middle - 1;
    }
    const shard = (await this.file(entitiesPath(low))) as EntitiesFile;
    const at = shard.records.findIndex((record) => record[0] === id);
    const record = shard.records[at];
    return record === undefined ? undefined : { number: shard.first + at, record };
  }

  /**
   * The entities whose names hold the query's words (as typed or corrected,
   * not neighbours), with their records: those naming the most words first,
   * then the most mentioned, at most MAX_ENTITY_CANDIDATES.
   */
  private async candidateEntities(
    expanded: readonly (readonly Expansion[])[],
  ): Promise<{ number: number; record: EntityRecord }[]> {
    const words = new Map<number, Set<number>>();
    const order: number[] = [];
    expanded.forEach((list, i) => {
      for (const e of list) {
        if (e.level === 'neighbour') continue;
        for (const n of this.named.get(e.term) ?? []) {
          if (!words.has(n)) order.push(n);
          words.set(n, (words.get(n) ?? new Set()).add(i));
        }
      }
    });
    const chosen = order
      .map((n, rank) => ({ n, rank, count: words.get(n)?.size ?? 0 }))
      .sort((a, b) => b.count - a.count || a.rank - b.rank)
      .slice(0, MAX_ENTITY_CANDIDATES)
      .map((c) => c.n);
    return Promise.all(
      chosen.map(async (n) => {
        const shard = (await this.file(entitiesPath(shardOf(this.manifest.entityShards, n)))) as EntitiesFile;
        const record = shard.records[n - shard.first];
        if (record === undefined) throw new Error(`search index: entity ${n} is missing from its shard`);
        return { number: n, record };
      }),
    );
  }

  private file(path: string): Promise<unknown> {
    let promise = this.files.get(path);
    if (promise === undefined) {
      promise = this.load(path);
      // A failed load is forgotten, so that the next search tries again.
      promise.catch(() => this.files.delete(path));
      this.files.set(path, promise);
    }
    return promise;
  }

  private async loadTop(term: number): Promise<void> {
    if (this.top.has(term)) return;
    const k = shardOf(this.manifest.shards, term);
    const shard = (await this.file(shardPath(k))) as ShardFile;
    this.top.set(term, decodePostings(shard.postings[term - shard.first] ?? []));
    this.named.set(term, shard.entities[term - shard.first] ?? []);
  }

  private async loadRest(term: number): Promise<void> {
    if (this.rest.has(term) || (this.dictionary.df[term] ?? 0) <= this.manifest.maxPostings) return;
    const k = shardOf(this.manifest.rest, term);
    const shard = (await this.file(restPath(k))) as RestFile;
    const at = shard.terms.indexOf(term);
    this.rest.set(term, at === -1 ? [] : decodeBlocks(shard.blocks[at] ?? []));
  }

  private allBlocks(term: number): number[] {
    return [...(this.top.get(term) ?? []).map((p) => blockKey(p.article, p.block)), ...(this.rest.get(term) ?? [])];
  }

  private async pairBlocks(key: string): Promise<number[]> {
    if (this.manifest.pairBuckets === 0) return [];
    const bucket = (await this.file(pairsPath(pairBucket(key, this.manifest.pairBuckets)))) as PairsFile;
    return decodeBlocks(bucket.pairs[key] ?? []);
  }

  private async mentionBlocks(entity: number): Promise<number[]> {
    const k = shardOf(this.manifest.mentionShards, entity);
    const shard = (await this.file(mentionsPath(k))) as MentionsFile;
    return decodeBlocks(shard.blocks[entity - shard.first] ?? []);
  }
}

/**
 * The terms that stand for a word in its full lists and its pairs: the word
 * itself when the dictionary has it, else its best corrections (at most
 * MAX_PRIMARY_TERMS, within a tenth of the best quality).
 */
function primaryTerms(expansions: readonly Expansion[]): Expansion[] {
  const exact = expansions.filter((e) => e.level === 'exact');
  if (exact.length > 0) return exact;
  const best = Math.max(0, ...expansions.map((e) => e.quality));
  return expansions.filter((e) => e.quality >= best * 0.9).slice(0, MAX_PRIMARY_TERMS);
}
