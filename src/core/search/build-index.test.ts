import { describe, expect, it } from 'vitest';
import {
  articlesFile,
  docFile,
  entitiesFile,
  manifestFile,
  mentionsFile,
  pairsFile,
  restFile,
  shardFile,
  termsFile,
} from '../publish/schemas/search.ts';
import type { ArticleSlug, EntityId } from '../types.ts';
import { buildSearchIndex, type IndexInput } from './build-index.ts';
import {
  pairBucket,
  pairKey,
  type ArticlesFile,
  type DocFile,
  type EntitiesFile,
  type Manifest,
  type PairsFile,
  type RestFile,
  type ShardFile,
  type TermsFile,
} from './format.ts';
import { blockKey, decodeBlocks, decodePostings } from './postings.ts';
import { typeBit, typeMaskChar } from './type-masks.ts';

/** An article whose blocks are `paragraphs`, laid out as the analysis lays them out. */
function article(slug: string, paragraphs: string[], mentions: IndexInput['articles'][number]['mentions'] = []) {
  const text = paragraphs.join('\n\n');
  let start = 0;
  const spans = paragraphs.map((p) => {
    const span = { start, end: start + p.length };
    start += p.length + 2;
    return span;
  });
  return {
    slug: slug as ArticleSlug,
    meta: { title: `Title ${slug}`, outlet: slug === 'b' ? 'Post' : 'Wire', published: '2020-01-02' },
    text,
    paragraphs: spans,
    mentions,
  };
}

const zhu = 'zhu-hua' as EntityId;
const input: IndexInput = {
  articles: [
    article(
      'a',
      ['Economic espionage by hackers.', 'The hackers hacked a bank.'],
      [{ start: 45, entity: zhu, type: 'person' }],
    ),
    article('b', ['Espionage charges were filed.', 'Nothing to see.']),
  ],
  entities: [
    { id: zhu, name: 'Zhu Hua', type: 'person', aliases: ['Zhu'], mentions: 2 },
    { id: 'apt10' as EntityId, name: 'APT10', type: 'group', aliases: ['Stone Panda', 'MenuPass'], mentions: 5 },
  ],
  stopWords: ['the', 'a', 'by', 'to', 'were'],
};

function parse<T>(files: Map<string, string>, path: string): T {
  const body = files.get(path);
  if (body === undefined) throw new Error(`no ${path}`);
  return JSON.parse(body) as T;
}

describe('buildSearchIndex', () => {
  it('is deterministic, and its version follows the content', () => {
    const one = buildSearchIndex(input);
    const two = buildSearchIndex(input);
    expect([...two.files]).toEqual([...one.files]);
    expect(one.version).toMatch(/^[0-9a-f]{16}$/);
    const changed = buildSearchIndex({ ...input, articles: [input.articles[1]!, article('c', ['Espionage again.'])] });
    expect(changed.version).not.toBe(one.version);
  });

  it('writes every file in the published shape', () => {
    const schemas: [RegExp, { parse: (data: unknown) => unknown }][] = [
      [/^manifest\.json$/, manifestFile],
      [/^terms\.json$/, termsFile],
      [/^articles\.json$/, articlesFile],
      [/^postings\//, shardFile],
      [/^rest\//, restFile],
      [/^pairs\//, pairsFile],
      [/^mentions\//, mentionsFile],
      [/^entities\//, entitiesFile],
      [/^docs\//, docFile],
    ];
    const { files } = buildSearchIndex(input, { maxPostings: 1, shardBytes: 10, pairBucketBytes: 10 });
    for (const [path, body] of files) {
      const schema = schemas.find(([pattern]) => pattern.test(path))?.[1];
      expect(schema, path).toBeDefined();
      expect(() => schema?.parse(JSON.parse(body)), path).not.toThrow();
    }
    expect([...files.keys()].filter((path) => path.startsWith('rest/')).length).toBeGreaterThan(0);
  });

  it('writes a sorted dictionary without stop words, headline words included, with block frequencies', () => {
    const { files } = buildSearchIndex(input);
    const { terms, df } = parse<TermsFile>(files, 'terms.json');
    expect(terms).toEqual([...terms].sort());
    expect(terms).not.toContain('the');
    expect(terms).toContain('title');
    expect(df[terms.indexOf('espionage')]).toBe(2);
    expect(df[terms.indexOf('hackers')]).toBe(2);
  });

  it('writes postings that point at the blocks holding each term: 0 the headline, k paragraph k', () => {
    const { files } = buildSearchIndex(input);
    const { terms } = parse<TermsFile>(files, 'terms.json');
    const manifest = parse<Manifest>(files, 'manifest.json');
    const all = manifest.shards.flatMap((_, k) => parse<ShardFile>(files, `postings/${k}.json`).postings);
    expect(all).toHaveLength(terms.length);
    const blocksOf = (term: string) => decodePostings(all[terms.indexOf(term)] ?? []).map((p) => [p.article, p.block]);
    expect(blocksOf('espionage')).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(blocksOf('title')).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('keeps the best-weighted postings of a common term, its other blocks in rest/, and its full df', () => {
    const { files } = buildSearchIndex(input, { maxPostings: 1 });
    const { terms, df } = parse<TermsFile>(files, 'terms.json');
    const manifest = parse<Manifest>(files, 'manifest.json');
    const hackers = terms.indexOf('hackers');
    expect(df[hackers]).toBe(2);
    expect(decodePostings(parse<ShardFile>(files, 'postings/0.json').postings[hackers] ?? [])).toHaveLength(1);
    const rest = manifest.rest.flatMap((_, k) => {
      const shard = parse<RestFile>(files, `rest/${k}.json`);
      return shard.terms.map((id, i) => [id, decodeBlocks(shard.blocks[i] ?? [])] as const);
    });
    expect(rest.find(([id]) => id === hackers)?.[1]).toHaveLength(1);
    expect(manifest.maxPostings).toBe(1);
  });

  it('records the blocks where two words stand together, in order, in the bucket their key hashes to', () => {
    const { files } = buildSearchIndex(input);
    const { terms } = parse<TermsFile>(files, 'terms.json');
    const manifest = parse<Manifest>(files, 'manifest.json');
    const pairBlocks = (first: string, second: string) => {
      const key = pairKey(terms.indexOf(first), terms.indexOf(second));
      const bucket = parse<PairsFile>(files, `pairs/${pairBucket(key, manifest.pairBuckets)}.json`);
      return decodeBlocks(bucket.pairs[key] ?? []);
    };
    expect(pairBlocks('economic', 'espionage')).toEqual([blockKey(0, 1)]);
    // Across a stop word ("espionage by hackers"), but not backwards or across a full stop.
    expect(pairBlocks('espionage', 'hackers')).toEqual([blockKey(0, 1)]);
    expect(pairBlocks('espionage', 'economic')).toEqual([]);
    expect(pairBlocks('hackers', 'hackers')).toEqual([]);
  });

  it('writes per-article outlets, days and paragraph type masks, and the paragraphs mentioning each entity', () => {
    const { files } = buildSearchIndex(input);
    const table = parse<ArticlesFile>(files, 'articles.json');
    expect(table.outlets).toEqual(['Post', 'Wire']);
    expect(table.outlet).toEqual([1, 0]);
    expect(table.day).toEqual([18263, 18263]);
    expect(table.types).toEqual([`0${typeMaskChar(typeBit('person'))}`, '00']);
    const shard = parse<{ first: number; blocks: number[][] }>(files, 'mentions/0.json');
    expect(decodeBlocks(shard.blocks[1 - shard.first] ?? [])).toEqual([blockKey(0, 2)]);
    expect(decodeBlocks(shard.blocks[0 - shard.first] ?? [])).toEqual([]);
  });

  it('writes the entities in id order, and under each term the entities its word names', () => {
    const { files } = buildSearchIndex(input, { shardBytes: 10 });
    const manifest = parse<Manifest>(files, 'manifest.json');
    expect(manifest.entityCount).toBe(2);
    const records = manifest.entityShards.flatMap((_, k) => parse<EntitiesFile>(files, `entities/${k}.json`).records);
    expect(records.map((r) => r[0])).toEqual(['apt10', 'zhu-hua']);
    expect(manifest.entityShardIds[0]).toBe('apt10');
    expect(records[0]?.[3]).toEqual(['MenuPass', 'Stone Panda']);
    const big = buildSearchIndex({ ...input, articles: [article('z', ['Zhu met Stone Panda.'])] });
    const { terms } = parse<TermsFile>(big.files, 'terms.json');
    const shard = parse<ShardFile>(big.files, 'postings/0.json');
    expect(shard.entities[terms.indexOf('zhu')]).toEqual([1]);
    expect(shard.entities[terms.indexOf('panda')]).toEqual([0]);
    expect(shard.entities[terms.indexOf('met')]).toEqual([]);
  });

  it('writes one doc file per article with its paragraph texts, and entities sorted by id', () => {
    const { files } = buildSearchIndex(input);
    const doc = parse<DocFile>(files, 'docs/1.json');
    expect(doc).toEqual({
      slug: 'b',
      title: 'Title b',
      outlet: 'Post',
      published: '2020-01-02',
      paragraphs: ['Espionage charges were filed.', 'Nothing to see.'],
    });
    const manifest = parse<Manifest>(files, 'manifest.json');
    expect(manifest.blocks).toBe(6);
    expect(manifest.articles).toBe(2);
  });
});
