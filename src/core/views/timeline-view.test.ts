import { describe, expect, it } from 'vitest';
import { strikeCorpus } from '../../../tests/fixtures/view-fixtures.ts';
import { compareOutlets } from '../compare/compare-outlets.ts';
import { entityIndex } from './article-entities.ts';
import { shownDate, timelineView } from './timeline-view.ts';

describe('shownDate', () => {
  it.each([
    ['2018-12-20', 'day', '20 December 2018'],
    ['2018-11', 'month', 'November 2018'],
    ['2006', 'year', '2006'],
  ] as const)('%s at %s precision reads "%s"', (date, precision, label) => {
    expect(shownDate(date, precision)).toEqual({ datetime: date, label });
  });
});

describe('timelineView', () => {
  const corpus = strikeCorpus();
  const years = timelineView(compareOutlets(corpus), corpus.articles, entityIndex(corpus.entities));

  it('arranges happenings by year, year-only ones first, then by month or day', () => {
    expect(years.map((y) => y.year.label)).toEqual(['2019', '2025']);
    expect(years[0]?.yearOnly.map((e) => e.date.label)).toEqual(['2019']);
    expect(years[1]?.periods.map((p) => p.date.label)).toEqual(['February 2025', '2 March 2025']);
  });

  it('shows a conflict with each date and the outlets that give it, and each telling cut around its date', () => {
    const strike = years[1]?.periods[1]?.entries[0];
    expect(strike?.conflict).toBe(true);
    expect(strike?.dates.map((d) => [d.date.label, d.outlets])).toEqual([
      ['2 March 2025', ['Outlet wire']],
      ['3 March 2025', ['Outlet rewrite']],
    ]);
    expect(strike?.tellings.map((t) => [t.before, t.surface, t.after])).toEqual([
      ['Dockworkers in Tema began a strike on ', 'March 2', ', the union said.'],
      ['Dockworkers in Tema began a strike on ', 'Monday, March 3', ', the union said.'],
    ]);
    expect(strike?.entities.map((e) => e.name)).toEqual(['Tema']);
  });

  it('numbers the entries in page order for their anchors', () => {
    const anchors = years.flatMap((y) => [...y.yearOnly, ...y.periods.flatMap((p) => p.entries)]).map((e) => e.anchor);
    expect(anchors).toEqual(['t-1', 't-2', 't-3']);
  });
});
