import { describe, expect, it } from 'vitest';
import { sampleCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import { buildReport } from './build-report.ts';

describe('buildReport', () => {
  it('counts articles, outlets, entities by type and mentions, and names every ignored file', () => {
    const corpus = sampleCorpus();
    const lines = buildReport(corpus, [{ file: 'content/articles/notes.txt', reason: 'not an article' }]);
    const mentions = corpus.articles.reduce((n, a) => n + a.mentions.length, 0);
    expect(lines[0]).toContain(`${corpus.articles.length} articles`);
    expect(lines[0]).toContain(`${mentions} mentions marked`);
    expect(lines[0]).toMatch(/countries \d+, places \d+, agencies \d+, organizations \d+, groups \d+, people \d+/);
    expect(lines.slice(1)).toEqual(['ignored files (1):', '  content/articles/notes.txt: not an article']);
  });

  it('says when no file was ignored', () => {
    expect(buildReport(sampleCorpus(), []).at(-1)).toBe('ignored files: none');
  });
});
