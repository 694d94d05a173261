/**
 * The query logic end to end on the real corpus: the index is built from
 * content/articles as the site builds it, and read through a loader that
 * serves the built files, as the browser's fetch would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getCorpus } from '../../pipeline/corpus.ts';
import { loadKnowledge } from '../../pipeline/knowledge.ts';
import { buildSearchIndex, type SearchIndexFiles } from './build-index.ts';
import { docPath, shardPath, type TermsFile } from './format.ts';
import { SearchEngine, shardOf, type ParagraphResult } from './search-engine.ts';

const corpus = getCorpus();
let index: SearchIndexFiles;
let engine: SearchEngine;

beforeAll(async () => {
  index = buildSearchIndex({
    articles: corpus.articles,
    entities: corpus.entities,
    stopWords: loadKnowledge().stopWords,
  });
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

/** The text of paragraph k (1-based) of an article, straight from the analysis. */
function paragraphText(slug: string, k: number): string {
  const article = corpus.articles.find((a) => a.slug === slug);
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
      expect(hit.href).toBe(`/articles/${hit.slug}/#p-${hit.paragraph}`);
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

  it('ranks paragraphs holding every word of a multi-word query first', async () => {
    const results = await engine.search('economic espionage');
    expect(results.words).toEqual(['economic', 'espionage']);
    const both = results.ranked.filter((r) => r.words === 2).length;
    expect(both).toBeGreaterThan(0);
    expect(results.ranked.slice(0, both).every((r) => r.words === 2)).toBe(true);
    expect(results.ranked.length).toBeGreaterThan(both);
    for (const hit of await engine.paragraphs(results, 0, both)) {
      expect(new Set(marks(hit).map((m) => m.toLowerCase()))).toEqual(new Set(['economic', 'espionage']));
    }
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
    const small = buildSearchIndex(
      { articles: corpus.articles, entities: corpus.entities, stopWords: loadKnowledge().stopWords },
      { shardBytes: 1000 },
    );
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
    const capped = buildSearchIndex(
      { articles: corpus.articles, entities: corpus.entities, stopWords: loadKnowledge().stopWords },
      { maxPostings: 3 },
    );
    const { engine: small } = await open('/', capped);
    const results = await small.search('espionage');
    expect(results.ranked).toHaveLength(3);
    expect(results).toMatchObject({ approximate: true, total: exact.total });
  });

  it('builds links under the site base', async () => {
    const { engine: based } = await open('/news/');
    const results = await based.search('Rosenstien');
    expect(results.entities[0]?.href).toBe('/news/entities/rod-rosenstein/');
    expect((await based.paragraphs(results, 0, 1))[0]?.href).toMatch(/^\/news\/articles\/[^/]+\/#p-\d+$/);
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
