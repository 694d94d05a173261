import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { unmarkedNames } from '../../src/core/analyze/unmarked-names.ts';
import { knowledgeFile } from '../../src/core/knowledge/knowledge-file.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { plainArticle } from '../fixtures/plain-article.ts';

const knowledge = loadKnowledge();

function corpus(...texts: string[]) {
  return analyzeCorpus(
    texts.map((text, i) =>
      plainArticle(`a${i + 1}`, { title: 'T', outlet: 'O', published: `2024-01-0${i + 1}` }, text),
    ),
    knowledge,
  );
}

describe('unmarkedNames', () => {
  const analysis = corpus(
    'Officials blamed the Ghostwriter leaks on Monday. President Okafor said the Ghostwriter posts were fake. China denied it.',
    'Analysts said the Ghostwriter material was back. Nobody in China agreed. Harbour Forum met on Tuesday.',
    'Harbour Forum said little. Harbour Forum spoke again. The Ministry said nothing, and the Ministry waited.',
  );
  const found = unmarkedNames(analysis, knowledge);

  it('lists a capitalised word used three times that no mention covers, with its count and articles', () => {
    expect(found.map((f) => [f.name, f.count, f.articles])).toEqual([['Ghostwriter', 3, ['a1', 'a2']]]);
  });

  it('leaves out marked names, titles, dates, names only seen opening a sentence and lone body words', () => {
    const names = found.map((f) => f.name);
    for (const absent of ['China', 'President', 'Monday', 'Harbour Forum', 'Okafor'])
      expect(names).not.toContain(absent);
  });

  it('offers an entry the knowledge file accepts', () => {
    const entry = found[0]?.entry ?? '';
    const parsed = knowledgeFile.safeParse(
      parse(`entities:\n${entry.replace('description: … # optional, one line', 'description: A campaign.')}`),
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data?.entities[0]?.name).toBe('Ghostwriter');
  });

  it('honours a lower threshold and sorts by count, then name', () => {
    const all = unmarkedNames(analysis, knowledge, { minCount: 2 });
    expect(all.map((f) => f.name)).toEqual(['Ghostwriter', 'Ministry']);
  });
});
