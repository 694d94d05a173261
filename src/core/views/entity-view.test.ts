import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus, sampleCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import type { AnalyzedArticle, CorpusAnalysis, EntitySummary } from '../types.ts';
import { clipSegments } from './clip-context.ts';
import { entityView, shownContexts } from './entity-view.ts';
import { mentionContexts, type Segment } from './mention-contexts.ts';
import { PAGE_LIMITS } from './paging/page-limits.ts';

const OUTLETS = ['North Wire', 'South Post', 'East Daily', 'West Herald'];

/**
 * `count` articles over four months, each naming Ruritania in three sentences (twice in the
 * second) and Borduria once, from four outlets in turn.
 */
function heavyCorpus(count: number): CorpusAnalysis {
  const articles: AnalyzedArticle[] = Array.from({ length: count }, (_, i) => {
    const slug = `story-${String(i + 1).padStart(3, '0')}`;
    const day = `2024-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const article = fixtureArticle(
      slug,
      day,
      ['Ruritania closed its border. Ruritania and Borduria talked, and Ruritania agreed.', 'Ruritania said so.'],
      [
        ['Ruritania', 'ruritania', 'country'],
        ['Ruritania', 'ruritania', 'country'],
        ['Borduria', 'borduria', 'country'],
        ['Ruritania', 'ruritania', 'country'],
        ['Ruritania', 'ruritania', 'country'],
      ],
    );
    return { ...article, meta: { ...article.meta, outlet: OUTLETS[i % OUTLETS.length] ?? '' } };
  });
  articles.sort((a, b) => a.meta.published.localeCompare(b.meta.published) || a.slug.localeCompare(b.slug));
  return fixtureCorpus(articles, { ruritania: 'Ruritania', borduria: 'Borduria' });
}

const entity = (corpus: CorpusAnalysis, id: string): EntitySummary => {
  const found = corpus.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

const limits = {
  ...PAGE_LIMITS,
  mentionsPerPage: 20,
  sampleMentions: 4,
  outlets: 2,
  coMentioned: 1,
  entityArticles: 3,
};

/** Every mention a page shows, as "slug#m-n". */
const shownMentions = (segments: Segment[][], slug: string): string[] =>
  segments.flatMap((s) => s.flatMap((seg) => (seg.mention === undefined ? [] : [`${slug}#m-${seg.mention}`])));

describe('entityView of a small entity', () => {
  it('keeps everything on one page: every mention, every article, no sample', () => {
    const corpus = sampleCorpus();
    const view = entityView(corpus, entity(corpus, 'china'));
    expect(view.paged).toBe(false);
    expect(view.mentions.pages).toHaveLength(1);
    expect(view.mentions.total).toBe(3);
    expect(view.sample).toEqual([]);
    expect(view.articles.rows.map((r) => [r.article.slug, r.mentions])).toEqual([
      ['first', 2],
      ['second', 1],
    ]);
    const contexts = shownContexts(view.mentions.pages[0]?.sentences ?? []);
    expect(contexts).toEqual(mentionContexts(corpus.articles, entity(corpus, 'china').id));
  });

  it('counts by outlet and over time, the time steps by day for a short span', () => {
    const corpus = sampleCorpus();
    const view = entityView(corpus, entity(corpus, 'china'));
    expect(view.byOutlet.rows).toEqual([
      { outlet: 'Outlet first', mentions: 2, articles: 1 },
      { outlet: 'Outlet second', mentions: 1, articles: 1 },
    ]);
    expect(view.byOutlet.others).toBeUndefined();
    expect(view.overTime.step).toEqual({ unit: 'day' });
    expect(view.overTime.buckets.map((b) => [b.datetime, b.count])).toEqual([
      ['2018-12-20', 2],
      ['2018-12-21', 1],
    ]);
  });
});

describe('entityView of an entity with more mentions than a page holds', () => {
  const corpus = heavyCorpus(30);
  const ruritania = entity(corpus, 'ruritania');
  const view = entityView(corpus, ruritania, limits);

  it('is a summary, its 120 mentions on pages of at most 20, never splitting a sentence', () => {
    expect(ruritania.mentions).toBe(120);
    expect(view.paged).toBe(true);
    expect(view.mentions.total).toBe(120);
    expect(view.mentions.pages.length).toBe(6);
    for (const page of view.mentions.pages) {
      expect(page.sentences.reduce((n, s) => n + s.indexes.length, 0)).toBeLessThanOrEqual(20);
      expect(page.last - page.first + 1).toBe(page.sentences.reduce((n, s) => n + s.indexes.length, 0));
    }
  });

  it('puts every mention on exactly one page, in corpus order, numbered without gaps', () => {
    const expected = corpus.articles.flatMap((a) =>
      a.mentions.flatMap((m, i) => (m.entity === ruritania.id ? [`${a.slug}#m-${i + 1}`] : [])),
    );
    const shown = view.mentions.pages.flatMap((page) =>
      shownContexts(page.sentences, limits).flatMap((group) =>
        shownMentions(
          group.sentences.map((s) => s.segments),
          group.article.slug,
        ),
      ),
    );
    expect(shown).toEqual(expected);
    expect(view.mentions.pages.map((p) => [p.first, p.last])).toEqual([
      [1, 20],
      [21, 40],
      [41, 60],
      [61, 80],
      [81, 100],
      [101, 120],
    ]);
  });

  it('knows the page of each article’s first mention', () => {
    // Four mentions an article and twenty a page: five articles a page, none split.
    corpus.articles.forEach((article, k) => {
      expect(view.mentions.pageOfArticle.get(article.slug), article.slug).toBe(Math.floor(k / 5) + 1);
    });
  });

  it('samples mentions spread over the corpus, the same every time, each with its page', () => {
    expect(view.sample).toHaveLength(4);
    const again = entityView(corpus, ruritania, limits);
    expect(again.sample.map((s) => [s.sentence.article.slug, s.sentence.sentence.start])).toEqual(
      view.sample.map((s) => [s.sentence.article.slug, s.sentence.sentence.start]),
    );
    const pages = view.sample.map((s) => s.page);
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBe(6);
    for (const s of view.sample) {
      const page = view.mentions.pages[s.page - 1];
      expect(page?.sentences).toContain(s.sentence);
    }
  });

  it('counts by outlet (the rest summed), by month, and cuts the lists it summarises', () => {
    expect(view.byOutlet.rows.map((r) => [r.outlet, r.mentions, r.articles])).toEqual([
      ['North Wire', 32, 8],
      ['South Post', 32, 8],
    ]);
    expect(view.byOutlet.others).toEqual({ outlets: 2, mentions: 56, articles: 14 });
    expect(view.overTime.step).toEqual({ unit: 'month' });
    expect(view.overTime.buckets.map((b) => [b.datetime, b.count])).toEqual([
      ['2024-01', 32],
      ['2024-02', 32],
      ['2024-03', 28],
      ['2024-04', 28],
    ]);
    expect(view.together).toMatchObject({ total: 1 });
    expect(view.together.rows.map((r) => r.entity.id)).toEqual(['borduria']);
    expect(view.articles.total).toBe(30);
    expect(view.articles.rows).toHaveLength(3);
  });
});

describe('clipSegments', () => {
  const options = { whole: 60, window: 10 };
  it('keeps a short sentence whole', () => {
    const segments: Segment[] = [{ text: 'Then ' }, { text: 'Ruritania', mention: 1 }, { text: ' agreed.' }];
    expect(clipSegments(segments, options)).toEqual(segments);
  });

  it('cuts a long one around its mentions at word boundaries, keeping every mention', () => {
    const long = 'word '.repeat(30);
    const segments: Segment[] = [
      { text: long },
      { text: 'Ruritania', mention: 3 },
      { text: ` ${long}` },
      { text: 'Ruritania', mention: 4 },
      { text: ` ${long}end.` },
    ];
    const clipped = clipSegments(segments, options);
    expect(clipped.filter((s) => s.mention !== undefined)).toEqual([
      { text: 'Ruritania', mention: 3 },
      { text: 'Ruritania', mention: 4 },
    ]);
    expect(clipped[0]?.text).toBe('…word word ');
    expect(clipped[2]?.text).toBe(' word word … word word ');
    expect(clipped[4]?.text).toBe(' word word…');
    expect(clipped.reduce((n, s) => n + s.text.length, 0)).toBeLessThan(80);
  });
});
