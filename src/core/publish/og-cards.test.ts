import { describe, expect, it } from 'vitest';
import { sampleCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import type { AnalyzedArticle, EntitySummary } from '../types.ts';
import { articleCard, entityCard, ogImageAlt, ogImageJobs, siteCard } from './og-cards.ts';

const corpus = sampleCorpus();
const first = corpus.articles[0] as AnalyzedArticle;
const apt10 = corpus.entities.find((e) => e.id === 'apt10') as EntitySummary;

describe('cards', () => {
  it('shows an article’s headline, outlet, date and counts', () => {
    expect(articleCard(first, 'Site')).toEqual({
      kind: 'article',
      site: 'Site',
      headline: 'Title of first',
      outlet: 'Outlet first',
      date: '20 December 2018',
      counts: '6 mentions · 5 entities',
    });
  });

  it('shows an entity’s name, type and counts', () => {
    expect(entityCard(apt10, 'Site')).toEqual({
      kind: 'entity',
      site: 'Site',
      name: 'APT10',
      type: 'group',
      typeLabel: 'Group',
      description: undefined,
      counts: '2 mentions in 2 articles',
    });
  });

  it('describes each card in its alt text', () => {
    expect(ogImageAlt(articleCard(first, 'Site'))).toBe(
      'Title of first — Outlet first, 20 December 2018; 6 mentions · 5 entities. Site',
    );
    expect(ogImageAlt(entityCard(apt10, 'Site'))).toBe('APT10, group: 2 mentions in 2 articles. Site');
    expect(ogImageAlt(siteCard(corpus, 'Site', 'What it is.'))).toBe(
      'Site: What it is. 2 articles · 2 outlets · 5 entities.',
    );
  });
});

describe('ogImageJobs', () => {
  it('has the site card and one image per article and per entity, at the paths the pages link', () => {
    const files = ogImageJobs(corpus, 'Site', 'What it is.').map((job) => job.file);
    expect(files).toEqual([
      'og/site.png',
      'og/articles/first.png',
      'og/articles/second.png',
      ...corpus.entities.map((e) => `og/entities/${e.id}.png`),
    ]);
  });
});
