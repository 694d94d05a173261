import { describe, expect, it } from 'vitest';
import { articleProblems, publishedArticle, type PublishedMention } from './article.ts';

const TEXT = 'China and the U.S. met. They talked.';
const SENTENCES = [
  { start: 0, end: 23 },
  { start: 24, end: 36 },
];
const mention = (start: number, end: number, surface: string): PublishedMention => ({
  start,
  end,
  surface,
  entity: 'x',
  type: 'country',
});
const problems = (mentions: PublishedMention[], sentences = SENTENCES): string[] =>
  articleProblems({ text: TEXT, mentions, sentences });

describe('articleProblems', () => {
  it('accepts sorted, separate mentions that match their surface, each inside a sentence', () => {
    expect(problems([mention(0, 5, 'China'), mention(14, 18, 'U.S.')])).toEqual([]);
  });

  it('reports a surface that is not the text at its offsets', () => {
    expect(problems([mention(1, 6, 'China')])).toEqual(['mentions[0] "China": the text there is "hina "']);
  });

  it('reports mentions out of order, overlapping, empty or past the end', () => {
    const found = problems([
      mention(14, 18, 'U.S.'),
      mention(0, 5, 'China'),
      mention(2, 5, 'ina'),
      mention(5, 5, ''),
      mention(30, 40, 'ed.'),
    ]).filter((p) => !p.includes('the text there') && !p.includes('one sentence'));
    expect(found).toEqual([
      'mentions[1] [0, 5): starts before mentions[0] ends (18)',
      'mentions[2] [2, 5): starts before mentions[1] ends (5)',
      'mentions[3] [5, 5): not a non-empty range',
      'mentions[4] [30, 40): ends after the text (36)',
    ]);
  });

  it('reports a mention that crosses a sentence, and sentences out of order', () => {
    expect(problems([mention(19, 28, 'met. They')])).toEqual(['mentions[0] "met. They": not inside one sentence']);
    expect(problems([], [SENTENCES[1]!, SENTENCES[0]!])).toEqual([
      'sentences[1] [0, 23): starts before sentences[0] ends (36)',
    ]);
  });
});

describe('publishedArticle schema', () => {
  const valid = {
    slug: 'story',
    title: 'Story',
    outlet: 'Wire',
    published: '2018-12-20',
    text: TEXT,
    mentions: [mention(0, 5, 'China')],
    sentences: SENTENCES,
  };

  it('accepts the contract and refuses unknown fields, a bad date and a broken mention', () => {
    expect(publishedArticle.safeParse(valid).success).toBe(true);
    expect(publishedArticle.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(publishedArticle.safeParse({ ...valid, published: '2018-02-30' }).success).toBe(false);
    expect(publishedArticle.safeParse({ ...valid, mentions: [mention(1, 6, 'China')] }).success).toBe(false);
  });
});
