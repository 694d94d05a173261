import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../../../../tests/fixtures/fixture-corpus.ts';
import { findEvents } from './find-events.ts';
import { timelineOf } from './timeline.ts';

const wire = fixtureArticle(
  'wire',
  '2025-03-04',
  [
    'Dockworkers in Tema began a strike on March 2, the union said. The strike halted the port.',
    'The Dock Union will meet VGT on Thursday. The last stoppage was in July 2016.',
  ],
  [
    ['Tema', 'tema', 'place'],
    ['Dock Union', 'dock-union', 'organization'],
    ['VGT', 'vgt', 'organization'],
  ],
);
const rewrite = fixtureArticle(
  'rewrite',
  '2025-03-05',
  [
    'Dockworkers in Tema began a strike on Monday, March 3, the union said.',
    'The Dock Union will meet VGT on Thursday, a minister said. The last stoppage was in July 2016.',
  ],
  [
    ['Tema', 'tema', 'place'],
    ['Dock Union', 'dock-union', 'organization'],
    ['VGT', 'vgt', 'organization'],
  ],
);
const other = fixtureArticle(
  'other',
  '2025-03-06',
  ['Fuel prices rose on Thursday in Accra.'],
  [['Accra', 'accra', 'place']],
);
const corpus = fixtureCorpus([wire, rewrite, other]);

describe('findEvents', () => {
  it('gives each event its sentence, offsets, entities and a stable id', () => {
    const events = findEvents(wire);
    expect(events.map((e) => [e.surface, e.date, e.sentence, e.entities])).toEqual([
      ['March 2', '2025-03-02', 1, ['tema']],
      ['Thursday', '2025-03-06', 3, ['dock-union', 'vgt']],
      ['July 2016', '2016-07', 4, []],
    ]);
    for (const e of events) expect(wire.text.slice(e.start, e.end)).toBe(e.surface);
    expect(findEvents(wire).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => /^e-[a-z0-9]+$/.test(e.id))).toBe(true);
  });

  it('leaves out a date-like word inside an entity name', () => {
    const article = fixtureArticle(
      'names',
      '2024-11-12',
      ['April Smith of Unit 2015 spoke on Monday.'],
      [
        ['April Smith', 'april-smith', 'person'],
        ['Unit 2015', 'unit-2015', 'group'],
      ],
    );
    expect(findEvents(article).map((e) => e.surface)).toEqual(['Monday']);
  });

  it('reads no headline and finds nothing in an article without dates', () => {
    const article = fixtureArticle('plain', '2024-11-12', ['The union spoke to the press.'], []);
    article.meta.title = 'Strike on Monday';
    expect(findEvents(article)).toEqual([]);
  });
});

describe('timelineOf', () => {
  const { events, timeline } = timelineOf(corpus);
  const byId = new Map(events.map((e) => [e.id, e]));
  const surfaces = (ids: readonly string[]): string[] => ids.map((id) => byId.get(id)?.surface ?? id);

  it('puts every event in exactly one group, in date order', () => {
    expect(timeline.flatMap((g) => g.events).sort()).toEqual(events.map((e) => e.id).sort());
    const dates = timeline.map((g) => g.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('groups the same happening across outlets, with the outlets that report it', () => {
    const stoppage = timeline.find((g) => g.date === '2016-07');
    expect(stoppage).toMatchObject({ precision: 'month', conflict: false, outlets: ['Outlet rewrite', 'Outlet wire'] });
    expect(surfaces(stoppage?.events ?? [])).toEqual(['July 2016', 'July 2016']);
    const meeting = timeline.find((g) => g.events.length === 2 && g.date === '2025-03-06');
    expect(surfaces(meeting?.events ?? [])).toEqual(['Thursday', 'Thursday']);
  });

  it('keeps apart events of the same day that share no words', () => {
    const fuel = events.find((e) => e.article === 'other');
    const group = timeline.find((g) => fuel !== undefined && g.events.includes(fuel.id));
    expect(group?.events).toHaveLength(1);
    expect(group?.conflict).toBe(false);
  });

  it('flags one happening told with dates a day apart as a conflict', () => {
    const strike = timeline.find((g) => g.conflict);
    expect(strike).toMatchObject({ outlets: ['Outlet rewrite', 'Outlet wire'] });
    expect(surfaces(strike?.events ?? [])).toEqual(['March 2', 'Monday, March 3']);
    expect(timeline.filter((g) => g.conflict)).toHaveLength(1);
  });
});
