import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus, type FixtureMark } from '../../../../tests/fixtures/fixture-corpus.ts';
import type { AnalyzedArticle, EntityId } from '../../types.ts';
import { coverageGaps } from './coverage-gaps.ts';
import { coverageOf } from './coverage.ts';
import { HeadlineNames } from './headline-names.ts';

const story = (
  slug: string,
  outlet: string,
  title: string,
  paragraphs: string[],
  marks: FixtureMark[],
): AnalyzedArticle => {
  const article = fixtureArticle(slug, '2024-02-01', paragraphs, marks);
  return { ...article, meta: { ...article.meta, outlet, title } };
};

const corpus = fixtureCorpus(
  [
    story(
      'wire',
      'Wire',
      'Ghana’s dockworkers strike',
      ['Dockworkers in Tema walked out.', 'The union met VGT. Ghana said VGT must talk. Kojo Asamoah agreed.'],
      [
        ['Tema', 'tema', 'place'],
        ['VGT', 'vgt', 'organization'],
        ['Ghana', 'ghana', 'country'],
        ['VGT', 'vgt', 'organization'],
        ['Kojo Asamoah', 'kojo-asamoah', 'person'],
      ],
    ),
    story(
      'daily',
      'Daily',
      'Strike shuts TEMA port',
      ['Ghana lost money.', 'VGT said little.'],
      [
        ['Ghana', 'ghana', 'country'],
        ['VGT', 'vgt', 'organization'],
      ],
    ),
    story(
      'review',
      'Review',
      'Port strike: what us importers lose',
      ['Importers counted the cost.', 'Ghana and VGT talked. Importers in Lagos waited.'],
      [
        ['Ghana', 'ghana', 'country'],
        ['VGT', 'vgt', 'organization'],
        ['Lagos', 'lagos', 'place'],
      ],
    ),
  ],
  { ghana: 'Ghana', vgt: 'Volta Gateway Terminals', tema: 'Tema', 'kojo-asamoah': 'Kojo Asamoah' },
);

describe('coverageOf', () => {
  const rows = coverageOf(corpus);
  const row = (id: string) => rows.find((r) => r.entity === id)?.outlets;

  it('counts mentions per outlet and orders rows by how many outlets name the entity', () => {
    expect(rows.map((r) => r.entity)).toEqual(['vgt', 'ghana', 'tema', 'kojo-asamoah', 'lagos']);
    expect(row('vgt')).toEqual({
      Daily: { mentions: 1, lead: false },
      Review: { mentions: 1, lead: false },
      Wire: { mentions: 2, lead: false },
    });
  });

  it('marks the lead: named in the headline (possessive, capitals) or in the first paragraph', () => {
    expect(row('ghana')).toEqual({
      Daily: { mentions: 1, lead: true },
      Review: { mentions: 1, lead: false },
      Wire: { mentions: 1, lead: true },
    });
    // "TEMA" in Daily's headline; Daily never mentions Tema in its body, so the cell counts no mentions.
    expect(row('tema')).toEqual({ Daily: { mentions: 0, lead: true }, Wire: { mentions: 1, lead: true } });
  });

  it('finds what one outlet alone names and what every outlet but one names', () => {
    const gaps = coverageGaps(rows, ['Daily', 'Review', 'Wire']);
    expect(gaps.onlyIn).toEqual([
      { entity: 'kojo-asamoah', outlet: 'Wire' },
      { entity: 'lagos', outlet: 'Review' },
    ]);
    expect(gaps.leftOutBy).toEqual([{ entity: 'tema', outlet: 'Review' }]);
    expect(coverageGaps(rows, ['Daily', 'Wire']).leftOutBy).toEqual([]);
  });
});

describe('HeadlineNames', () => {
  const names = new HeadlineNames([
    ['united-states' as EntityId, 'US'],
    ['united-states' as EntityId, 'United States'],
    ['china' as EntityId, 'China'],
    ['bogota' as EntityId, 'Bogotá'],
    ['mss' as EntityId, 'Ministry of State Security'],
  ]);
  const found = (title: string) => [...names.in(title)].sort();

  it('matches whole words whatever the case, accents and possessives', () => {
    expect(found('US, allies to condemn China’s hacking')).toEqual(['china', 'united-states']);
    expect(found("THE UNITED STATES AND CHINA'S TALKS")).toEqual(['china', 'united-states']);
    expect(found('Protests in Bogota')).toEqual(['bogota']);
    expect(found('ministry of state security named')).toEqual(['mss']);
  });

  it('needs capitals for a name written in capitals, and whole words', () => {
    expect(found('Join us in Chinatown')).toEqual([]);
    expect(found('State security ministry')).toEqual([]);
  });
});
