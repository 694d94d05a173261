import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../../../../../tests/fixtures/fixture-corpus.ts';
import { compareOutlets } from '../../../compare/compare-outlets.ts';
import { publishedAnalysisFile } from '../../published-analysis.ts';
import { publishedAnalysis } from './analysis.ts';

const corpus = fixtureCorpus([
  fixtureArticle('one', '2024-11-12', ['The court ruled on Tuesday. The appeal is due in 2025.'], []),
  fixtureArticle('two', '2024-11-13', ['The court ruled on Tuesday, lawyers said.'], []),
]);
const comparison = compareOutlets(corpus);
const issues = (value: unknown): string[] => {
  const parsed = publishedAnalysis.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('the timeline of /data/analysis.json', () => {
  it('is published with the events, and holds for a corpus with dates', () => {
    expect(comparison.events.length).toBe(3);
    expect(publishedAnalysisFile(comparison, corpus).timeline).toEqual(comparison.timeline);
  });

  it('refuses a group naming an unknown event, an event in two groups, or an event in none', () => {
    const [first, ...rest] = comparison.timeline ?? [];
    if (!first) throw new Error('no group');
    expect(issues({ ...comparison, timeline: [{ ...first, events: [...first.events, 'e-nope'] }, ...rest] })).toEqual(
      expect.arrayContaining([expect.stringContaining('no event e-nope')]),
    );
    expect(issues({ ...comparison, timeline: [first, first, ...rest] })).toEqual(
      expect.arrayContaining([expect.stringContaining('is in two groups')]),
    );
    expect(issues({ ...comparison, timeline: rest })).toEqual(
      expect.arrayContaining([expect.stringContaining('is in no group')]),
    );
  });

  it('refuses an unknown outlet, and stays optional', () => {
    const [first, ...rest] = comparison.timeline ?? [];
    if (!first) throw new Error('no group');
    expect(issues({ ...comparison, timeline: [{ ...first, outlets: ['Nobody'] }, ...rest] })).toEqual(
      expect.arrayContaining([expect.stringContaining('unknown outlet Nobody')]),
    );
    const { timeline: _timeline, ...without } = comparison;
    expect(issues(without)).toEqual([]);
  });
});
