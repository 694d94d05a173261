import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../../../../tests/fixtures/fixture-corpus.ts';
import type { AnalyzedArticle } from '../../types.ts';
import { alignPassages } from './align-passages.ts';

const article = (slug: string, ...paragraphs: string[]): AnalyzedArticle =>
  fixtureArticle(slug, '2024-05-01', paragraphs, []);

/** Each group as "kind similarity: slug#n slug#n…". */
function groups(articles: AnalyzedArticle[]): string[] {
  const { passages, repeats } = alignPassages(articles);
  return [...passages, ...repeats].map(
    (p) => `${p.kind} ${p.similarity}: ${p.sentences.map((s) => `${s.article}#${s.sentence}`).join(' ')}`,
  );
}

describe('alignPassages', () => {
  it('finds a near-duplicate sentence with one word changed, as reworded', () => {
    const result = groups([
      article('wire', 'The minister said the port would reopen on Friday after talks with the union.'),
      article('copy', 'The minister said the port would reopen on Monday after talks with the union.'),
    ]);
    // 14 words each, 13 kept in order: 26/28.
    expect(result).toEqual(['reworded 0.929: wire#1 copy#1']);
  });

  it('finds an edited copy that adds a clause and moves an adverb, as reworded', () => {
    const result = groups([
      article('wire', 'Penalties are also expected to be imposed on the operator.'),
      article('copy', 'Penalties linked to the safety failings also are expected to be imposed.'),
    ]);
    // Seven words kept ("are" moved one place): 14/22; in strict order only six, 12/22, below the threshold.
    expect(result).toEqual(['reworded 0.636: wire#1 copy#1']);
  });

  it('calls an exact copy with other quote marks, case and number spelling shared', () => {
    const result = groups([
      article('wire', '"We will not sign," the union’s leader said of the 3,000 jobs.'),
      article('copy', "“We Will Not Sign,” the union's leader said of the 3000 jobs."),
    ]);
    expect(result).toEqual(['shared 1: wire#1 copy#1']);
  });

  it('does not pair unrelated sentences on the same topic', () => {
    const result = groups([
      article(
        'one',
        'Dockworkers at the port walked off the job on Monday over pay.',
        'The port handles most of the country’s imports.',
      ),
      article(
        'two',
        'The port was quiet on Monday as dockworkers stayed away over pay.',
        'Most imports to the country arrive through the port.',
      ),
    ]);
    expect(result).toEqual([]);
  });

  it('puts every copy and rewording of one sentence in one group, each sentence once', () => {
    const source = 'Shares in the parent company fell 9 per cent, wiping billions off its market value.';
    const result = groups([
      article('a', source, 'An unrelated closing line about the weather in the city.'),
      article('b', source.replace('9 per cent', '9%')),
      article('c', 'Shares in the parent company fell 9 per cent on Tuesday, wiping billions off its value.'),
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^reworded 0\.\d+: a#1 b#1 c#1$/);
  });

  it('keeps a group of two exact copies shared only while no rewording joins it', () => {
    const source = 'The court found that the company had ignored repeated warnings about the flaw.';
    expect(groups([article('a', source), article('b', source)])).toEqual(['shared 1: a#1 b#1']);
  });

  it('reports a sentence one article repeats (a standfirst in the body) as a repeat, not a passage', () => {
    const standfirst = 'The ministry is expected to unveil charges against the hackers on Thursday.';
    const { passages, repeats } = alignPassages([
      article(
        'paper',
        standfirst,
        `Officials said the ministry is expected to unveil charges against the hackers on Thursday.`,
      ),
      article('other', 'Nothing in this article repeats anything written in the first one.'),
    ]);
    expect(passages).toEqual([]);
    expect(repeats.map((r) => r.sentences.map((s) => `${s.article}#${s.sentence}`))).toEqual([['paper#1', 'paper#2']]);
  });

  it('never aligns very short sentences', () => {
    expect(groups([article('a', 'He said no.'), article('b', 'He said no.')])).toEqual([]);
  });

  it('gives whole sentences: their ranges are the analysed sentence spans', () => {
    const wire = article(
      'wire',
      'Opening words here. The union wants a pay rise and a guarantee that no jobs will go.',
    );
    const copy = article('copy', 'The union wants a pay rise and a guarantee that no jobs will go.');
    const [passage] = alignPassages([wire, copy]).passages;
    expect(passage?.sentences).toEqual([
      { article: 'wire', sentence: 2, ...wire.sentences[1] },
      { article: 'copy', sentence: 1, ...copy.sentences[0] },
    ]);
  });

  it('groups a sentence syndicated to many articles, each with its own names, in one reworded passage', () => {
    const towns = Array.from({ length: 300 }, (_, i) => `Town${i}`);
    const articles = towns.map((town, i) =>
      article(`a${i}`, `Officials in ${town} said the new bridge would open next spring after years of delays.`),
    );
    const { passages } = alignPassages(articles);
    expect(passages).toHaveLength(1);
    expect(passages[0]?.kind).toBe('reworded');
    expect(passages[0]?.sentences).toHaveLength(300);
  });
});
