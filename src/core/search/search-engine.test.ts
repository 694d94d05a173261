/**
 * The query logic end to end on the seed articles: the index is built from
 * their committed copies (tests/fixtures/seed-articles/, never content/,
 * which may hold any story) as the site builds it, and read through a loader
 * that serves the built files, as the browser's fetch would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCorpus } from '../../../tests/fixtures/seed-corpus.ts';
import type { ArticleSlug } from '../types.ts';
import { buildSearchIndex, type IndexInput, type SearchIndexFiles } from './build-index.ts';
import { docPath, shardPath, type TermsFile } from './format.ts';
import { SearchEngine, shardOf, type ParagraphResult } from './search-engine.ts';

const corpus = seedCorpus();
let index: SearchIndexFiles;
let engine: SearchEngine;

beforeAll(async () => {
  index = buildSearchIndex({ articles: corpus.articles, entities: corpus.entities });
  ({ engine } = await open('/'));
});

async function open(base: string, files = index): Promise<{ engine: SearchEngine; loaded: string[] }> {
  const paths: string[] = [];
  const opened = await SearchEngine.open((path) => {
    paths.push(path);
    const body = files.files.get(path);
    return body === undefined ? Promise.reject(new Error(`404 ${path}`)) : Promise.resolve(JSON.parse(body) as unknown);
  }, base);
  return { engine: opened, loaded: paths };
}

async function firstPage(query: string): Promise<ParagraphResult[]> {
  return engine.paragraphs(await engine.search(query), 0, 10);
}

/** The text of paragraph k (1-based; 0 the headline) of an article, straight from the analysis. */
function paragraphText(slug: string, k: number): string {
  const article = corpus.articles.find((a) => a.slug === slug);
  if (k === 0) return article?.meta.title ?? '';
  const span = article?.paragraphs[k - 1];
  return article === undefined || span === undefined ? '' : article.text.slice(span.start, span.end);
}

const marks = (hit: ParagraphResult) => hit.snippet.segments.filter((s) => s.mark).map((s) => s.text);

describe('search on the corpus', () => {
  it('forgives “espoinage”: espionage paragraphs, the word marked, links to the paragraph', async () => {
    const hits = await firstPage('espoinage');
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) {
      expect(marks(hit).map((m) => m.toLowerCase())).toContain('espionage');
      const anchor = hit.paragraph === 0 ? '' : `#p-${hit.paragraph}`;
      expect(hit.href).toBe(`/articles/${hit.slug}/?hl=espionage${anchor}`);
      const text = paragraphText(hit.slug, hit.paragraph);
      expect(text).toMatch(/espionage/i);
      // Snippet offsets are offsets into the paragraph the link opens.
      for (const segment of hit.snippet.segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });

  it('forgives “Rosenstien”: Rod Rosenstein first among entities, and his paragraph', async () => {
    const results = await engine.search('Rosenstien');
    expect(results.entities[0]).toMatchObject({
      id: 'rod-rosenstein',
      name: 'Rod Rosenstein',
      href: '/entities/rod-rosenstein/',
    });
    const hits = await engine.paragraphs(results, 0, 10);
    expect(hits[0] && marks(hits[0])).toEqual(['Rosenstein']);
    expect(paragraphText(hits[0]?.slug ?? '', hits[0]?.paragraph ?? 0)).toContain('Rod Rosenstein');
  });

  it('takes several words to mean all of them, the phrase first', async () => {
    const results = await engine.search('chinese hackers');
    expect(results.words).toEqual(['chinese', 'hackers']);
    expect(results.partial).toBe(false);
    expect(results.ranked.length).toBeGreaterThan(3);
    expect(results.ranked.every((r) => r.words === 2)).toBe(true);
    const hits = await engine.paragraphs(results, 0, results.ranked.length);
    for (const hit of hits) {
      expect(paragraphText(hit.slug, hit.paragraph)).toMatch(/chinese/i);
      expect(paragraphText(hit.slug, hit.paragraph)).toMatch(/hackers/i);
    }
    const phrase = (hit: ParagraphResult) => /chinese hackers/i.test(paragraphText(hit.slug, hit.paragraph));
    const firstScattered = hits.findIndex((hit) => !phrase(hit));
    expect(firstScattered).toBeGreaterThan(0);
    expect(hits.slice(firstScattered).some(phrase)).toBe(false);
  });

  it('falls back to the paragraphs holding most of the words when none holds them all', async () => {
    const results = await engine.search('espionage zzqxvw');
    expect(results.partial).toBe(true);
    expect(results.ranked.length).toBeGreaterThan(0);
    expect(results.ranked.every((r) => r.words === 1)).toBe(true);
  });

  it('matches a quoted phrase exactly, and excludes -words', async () => {
    const quoted = await engine.paragraphs(await engine.search('"trade secrets"'), 0, 50);
    expect(quoted.length).toBeGreaterThan(0);
    for (const hit of quoted) expect(paragraphText(hit.slug, hit.paragraph)).toMatch(/trade secrets/i);
    const loose = await engine.search('secrets trade');
    const strict = await engine.search('"secrets trade"');
    expect(loose.ranked.length).toBeGreaterThan(0);
    expect(strict.ranked).toEqual([]);

    const all = await engine.search('espionage');
    const without = await engine.search('espionage -china');
    expect(without.ranked.length).toBeGreaterThan(0);
    expect(without.ranked.length).toBeLessThan(all.ranked.length);
    for (const hit of await engine.paragraphs(without, 0, without.ranked.length)) {
      expect(paragraphText(hit.slug, hit.paragraph)).not.toMatch(/\bchina\b/i);
    }
  });

  it('filters by outlet, entity type and entity', async () => {
    const base = await engine.search('hackers');
    const outlet = corpus.articles[0]?.meta.outlet ?? '';
    const byOutlet = await engine.paragraphs(await engine.search('hackers', { sort: 'relevance', outlet }), 0, 100);
    expect(byOutlet.length).toBeGreaterThan(0);
    expect(byOutlet.length).toBeLessThan(base.total);
    expect(byOutlet.every((hit) => hit.outlet === outlet)).toBe(true);

    // A word of a paragraph that mentions APT10, so that the filtered search has something to find.
    const first = corpus.articles.flatMap((a) =>
      a.mentions.filter((m) => m.entity === 'apt10').map((m) => ({ a, m })),
    )[0];
    const span = first?.a.paragraphs.find((p) => p.start <= (first.m.start ?? 0) && (first.m.end ?? 0) <= p.end);
    const word = 'hacking';
    expect(first && span && first.a.text.slice(span.start, span.end)).toMatch(/hacking/);
    const mentionsApt10 = (hit: ParagraphResult) => {
      const article = corpus.articles.find((a) => a.slug === hit.slug);
      const at = article?.paragraphs[hit.paragraph - 1];
      return (
        article?.mentions.some((m) => m.entity === 'apt10' && at && m.start >= at.start && m.end <= at.end) ?? false
      );
    };
    const byEntity = await engine.paragraphs(await engine.search(word, { sort: 'relevance', entity: 'apt10' }), 0, 100);
    expect(byEntity.length).toBeGreaterThan(0);
    expect(byEntity.length).toBeLessThan((await engine.search(word)).total);
    expect(byEntity.every(mentionsApt10)).toBe(true);
    const byType = await engine.paragraphs(await engine.search(word, { sort: 'relevance', type: 'group' }), 0, 100);
    expect(byType.length).toBeGreaterThanOrEqual(byEntity.length);
    expect(byType.filter(mentionsApt10)).toHaveLength(byEntity.length);
  });

  it('finds nothing for nonsense and for a query under two characters', async () => {
    for (const query of ['zzqxvw', 'q', ' ', 'the of and']) {
      const results = await engine.search(query);
      expect(results.ranked, query).toEqual([]);
      expect(results.entities, query).toEqual([]);
    }
  });

  it('treats a hostile query as words: no error, nothing but text in the results', async () => {
    for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1) China']) {
      const results = await engine.search(query);
      const hits = await engine.paragraphs(results, 0, 10);
      for (const hit of hits) {
        const text = paragraphText(hit.slug, hit.paragraph);
        expect(hit.snippet.segments.map((s) => s.text).join('')).toBe(
          text.slice(hit.snippet.segments[0]?.start, hit.snippet.segments.at(-1)?.end),
        );
      }
    }
    expect((await engine.search('javascript:alert(1) China')).entities[0]?.id).toBe('china');
  });

  it('loads only the shards of the terms a query needs, and the docs of the results shown', async () => {
    const small = buildSearchIndex({ articles: corpus.articles, entities: corpus.entities }, { shardBytes: 1000 });
    const { engine: fresh, loaded: paths } = await open('/', small);
    expect(paths.sort()).toEqual(['manifest.json', 'terms.json']);
    expect(fresh.manifest.shards.length).toBeGreaterThan(5);

    const results = await fresh.search('espoinage hackers');
    const { terms } = JSON.parse(small.files.get('terms.json') ?? '') as TermsFile;
    const wanted = new Set(results.terms.map((term) => shardPath(shardOf(fresh.manifest.shards, terms.indexOf(term)))));
    expect(new Set(paths.filter((p) => p.startsWith('postings/')))).toEqual(wanted);

    await fresh.paragraphs(results, 0, 2);
    const articles = new Set(results.ranked.slice(0, 2).map((r) => docPath(r.article)));
    expect(new Set(paths.filter((p) => p.startsWith('docs/')))).toEqual(articles);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('counts the matching paragraphs, as a lower bound when postings were capped', async () => {
    const exact = await engine.search('espionage');
    expect(exact).toMatchObject({ approximate: false, total: exact.ranked.length });
    const capped = buildSearchIndex({ articles: corpus.articles, entities: corpus.entities }, { maxPostings: 3 });
    const { engine: small } = await open('/', capped);
    const results = await small.search('espionage');
    expect(results.ranked).toHaveLength(3);
    expect(results).toMatchObject({ approximate: true, total: exact.total });
  });

  it('builds links under the site base', async () => {
    const { engine: based } = await open('/news/');
    const results = await based.search('Rosenstien');
    expect(results.entities[0]?.href).toBe('/news/entities/rod-rosenstein/');
    expect((await based.paragraphs(results, 0, 1))[0]?.href).toMatch(/^\/news\/articles\/[^/]+\/\?hl=[^#]+#p-\d+$/);
  });
});

describe('dates', () => {
  const dated = (slug: string, published: string, text: string): IndexInput['articles'][number] => ({
    slug: slug as ArticleSlug,
    meta: { title: `On ${published}`, outlet: 'Wire', published },
    text,
    paragraphs: [{ start: 0, end: text.length }],
  });
  const small = buildSearchIndex({
    articles: [
      dated('one', '2020-03-01', 'Tariffs on steel, and tariffs again.'),
      dated('two', '2021-06-15', 'Tariffs on steel.'),
      dated('three', '2019-01-10', 'Steel tariffs.'),
    ],
    entities: [],
  });

  it('keeps the date range and sorts newest first', async () => {
    const { engine: dates } = await open('/', small);
    const days = async (filters: Parameters<SearchEngine['search']>[1]) =>
      (await dates.paragraphs(await dates.search('tariffs', filters), 0, 10)).map((hit) => hit.published);
    expect(await days({ sort: 'date' })).toEqual(['2021-06-15', '2020-03-01', '2019-01-10']);
    expect(await days({ sort: 'date', from: '2020-01-01' })).toEqual(['2021-06-15', '2020-03-01']);
    expect(await days({ sort: 'relevance', from: '2019-06-01', to: '2020-12-31' })).toEqual(['2020-03-01']);
  });
});

describe('shardOf', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [24, 1],
    [25, 2],
    [999, 2],
  ])('term %i is in shard %i', (id, shard) => expect(shardOf([0, 10, 25], id)).toBe(shard));
});
