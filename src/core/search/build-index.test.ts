import { describe, expect, it } from 'vitest';
import type { ArticleSlug, EntityId } from '../types.ts';
import { buildSearchIndex, type IndexInput } from './build-index.ts';
import type { DocFile, Manifest, ShardFile, TermsFile } from './format.ts';
import { decodePostings } from './postings.ts';

/** An article whose blocks are `paragraphs`, laid out as the analysis lays them out. */
function article(slug: string, paragraphs: string[]): IndexInput['articles'][number] {
  const text = paragraphs.join('\n\n');
  let start = 0;
  const spans = paragraphs.map((p) => {
    const span = { start, end: start + p.length };
    start += p.length + 2;
    return span;
  });
  return {
    slug: slug as ArticleSlug,
    meta: { title: `Title ${slug}`, outlet: 'Wire', published: '2020-01-02' },
    text,
    paragraphs: spans,
  };
}

const input: IndexInput = {
  articles: [
    article('a', ['Economic espionage by hackers.', 'The hackers hacked a bank.']),
    article('b', ['Espionage charges were filed.', 'Nothing to see.']),
  ],
  entities: [
    { id: 'zhu-hua' as EntityId, name: 'Zhu Hua', type: 'person', aliases: ['Zhu'], mentions: 2 },
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

  it('writes a sorted dictionary without stop words, with paragraph frequencies', () => {
    const { files } = buildSearchIndex(input);
    const { terms, df } = parse<TermsFile>(files, 'terms.json');
    expect(terms).toEqual([...terms].sort());
    expect(terms).not.toContain('the');
    expect(df[terms.indexOf('espionage')]).toBe(2);
    expect(df[terms.indexOf('hackers')]).toBe(2);
  });

  it('writes postings that point at the paragraphs holding each term', () => {
    const { files } = buildSearchIndex(input);
    const { terms } = parse<TermsFile>(files, 'terms.json');
    const manifest = parse<Manifest>(files, 'manifest.json');
    expect(manifest.shards[0]).toBe(0);
    const shards = manifest.shards.map((_, k) => parse<ShardFile>(files, `postings/${k}.json`));
    const all = shards.flatMap((s) => s.postings);
    expect(all).toHaveLength(terms.length);
    const espionage = decodePostings(all[terms.indexOf('espionage')] ?? []);
    expect(espionage.map((p) => [p.article, p.paragraph])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    for (const p of espionage) expect(p.weight).toBeGreaterThanOrEqual(1);
  });

  it('splits postings into shards by term id when they exceed the shard size', () => {
    const { files } = buildSearchIndex(input, { shardBytes: 10 });
    const manifest = parse<Manifest>(files, 'manifest.json');
    expect(manifest.shards.length).toBeGreaterThan(2);
    manifest.shards.forEach((first, k) => expect(parse<ShardFile>(files, `postings/${k}.json`).first).toBe(first));
  });

  it('keeps only the best-weighted postings of a term, but its full df', () => {
    const { files } = buildSearchIndex(input, { maxPostings: 1 });
    const { terms, df } = parse<TermsFile>(files, 'terms.json');
    const shard = parse<ShardFile>(files, 'postings/0.json');
    const hackers = terms.indexOf('hackers');
    expect(df[hackers]).toBe(2);
    expect(decodePostings(shard.postings[hackers] ?? [])).toHaveLength(1);
    expect(parse<Manifest>(files, 'manifest.json').maxPostings).toBe(1);
  });

  it('writes one doc file per article with its paragraph texts, and entities sorted by id', () => {
    const { files } = buildSearchIndex(input);
    const doc = parse<DocFile>(files, 'docs/1.json');
    expect(doc).toEqual({
      slug: 'b',
      title: 'Title b',
      outlet: 'Wire',
      published: '2020-01-02',
      paragraphs: ['Espionage charges were filed.', 'Nothing to see.'],
    });
    const manifest = parse<Manifest>(files, 'manifest.json');
    expect(manifest.entities.map((e) => e[0])).toEqual(['apt10', 'zhu-hua']);
    expect(manifest.entities[0]?.[3]).toEqual(['MenuPass', 'Stone Panda']);
    expect(manifest.paragraphs).toBe(4);
    expect(manifest.articles).toBe(2);
  });
});
