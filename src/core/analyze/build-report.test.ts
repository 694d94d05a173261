import { describe, expect, it } from 'vitest';
import { sampleCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import { parse } from 'yaml';
import { buildReport } from './build-report.ts';
import { suggestedEntry, type UnmarkedName } from './unmarked-names.ts';

/** An unmarked name as `unmarkedNames` gives it, with the entry it suggests. */
function name(text: string, count: number, articles: number): UnmarkedName {
  return {
    name: text,
    count,
    articles: Array.from({ length: articles }, (_, i) => `article-${i + 1}`),
    entry: suggestedEntry(text),
  };
}

describe('buildReport', () => {
  it('counts articles, outlets, entities by type and mentions, and names every ignored file', () => {
    const corpus = sampleCorpus();
    const lines = buildReport(corpus, [{ file: 'content/articles/notes.txt', reason: 'not an article' }], []);
    const mentions = corpus.articles.reduce((n, a) => n + a.mentions.length, 0);
    expect(lines[0]).toContain(`${corpus.articles.length} articles`);
    expect(lines[0]).toContain(`${mentions} mentions marked`);
    expect(lines[0]).toMatch(/countries \d+, places \d+, agencies \d+, organizations \d+, groups \d+, people \d+/);
    expect(lines.slice(1, 3)).toEqual(['ignored files (1):', '  content/articles/notes.txt: not an article']);
  });

  it('says when no file was ignored and no name left unmarked', () => {
    expect(buildReport(sampleCorpus(), [], []).slice(-2)).toEqual([
      'ignored files: none',
      'unmarked frequent names: none',
    ]);
  });

  it('lists the unmarked frequent names with counts, then their entries as YAML to copy', () => {
    const unmarked = [name('Ghostwriter', 32, 4), name('Veltra Basin', 3, 1)];
    const section = buildReport(sampleCorpus(), [], unmarked).at(-1) ?? '';
    const lines = section.split('\n');
    expect(lines[0]).toBe('unmarked frequent names (2): capitalised, repeated and never marked');
    expect(lines.slice(1, 3)).toEqual([
      '  Ghostwriter: 32 times in 4 articles',
      '  Veltra Basin: 3 times in 1 article',
    ]);
    const yaml = lines.slice(lines.findIndex((l) => l.startsWith('To mark one')) + 1).join('\n');
    const parsed = parse(`entities:\n${yaml}`) as { entities: { name: string; type: string }[] };
    expect(parsed.entities.map((e) => e.name)).toEqual(['Ghostwriter', 'Veltra Basin']);
    expect(parsed.entities.every((e) => e.type === 'organization')).toBe(true);
  });

  it('lists at most twelve names and counts the rest', () => {
    const unmarked = Array.from({ length: 15 }, (_, i) => name(`Name ${String.fromCharCode(65 + i)}`, 20 - i, 1));
    const lines = (buildReport(sampleCorpus(), [], unmarked).at(-1) ?? '').split('\n');
    expect(lines.filter((l) => l.startsWith('  - name: '))).toHaveLength(12);
    expect(lines).toContain('  … and 3 more');
  });
});
