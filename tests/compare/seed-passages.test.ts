/**
 * Done-when of the issue on the four seed articles (tests/fixtures/seed-articles, not content/):
 * the syndicated passages are found.
 */
import { describe, expect, it } from 'vitest';
import { alignPassages } from '../../src/core/compare/passages/align-passages.ts';
import type { Passage } from '../../src/core/publish/schemas/analysis/passages.ts';
import { seedCorpus } from '../fixtures/seed-corpus.ts';

const corpus = seedCorpus();
const { passages, repeats } = alignPassages(corpus.articles);
const outletOf = new Map(corpus.articles.map((a) => [a.slug as string, a.meta.outlet]));
const textOf = (s: Passage['sentences'][number]): string =>
  corpus.articles.find((a) => a.slug === s.article)?.text.slice(s.start, s.end) ?? '';

/** The group holding a sentence that contains `words`, as outlet → kind. */
function groupWith(words: string, groups: readonly Passage[] = passages): { kind: string; outlets: string[] } {
  const group = groups.find((p) => p.sentences.some((s) => textOf(s).includes(words)));
  return {
    kind: group?.kind ?? 'none',
    outlets: [...new Set(group?.sentences.map((s) => outletOf.get(s.article) ?? ''))].sort(),
  };
}

describe('shared passages of the seed articles', () => {
  it.each([
    ['This appears to be significant and underscores', 'reworded'],
    ['Multilateral efforts have better prospects', 'shared'],
    ['Just as when the Obama administration did it', 'reworded'],
    ['International denouncements may irritate Xi', 'shared'],
  ])('finds the Glaser and Scissors passages in both outlets: %s', (words, kind) => {
    expect(groupWith(words)).toEqual({ kind, outlets: ['American Military News', 'The Straits Times'] });
  });

  it("finds The Straits Times' standfirst repeated in its own body", () => {
    const [repeat] = repeats.filter((r) =>
      r.sentences.some((s) => textOf(s).includes('The US Justice Department is expected')),
    );
    expect(repeat?.sentences.map(textOf)).toEqual([
      expect.stringMatching(/^The US Justice Department is expected to unveil criminal charges/),
      expect.stringMatching(/^The action comes as the US Justice Department is expected to unveil/),
    ]);
    expect(new Set(repeat?.sentences.map((s) => outletOf.get(s.article)))).toEqual(new Set(['The Straits Times']));
  });

  it('finds the edited sanctions sentence, a clause added and an adverb moved, as reworded', () => {
    expect(groupWith('Sanctions')).toEqual({
      kind: 'reworded',
      outlets: ['American Military News', 'The Straits Times'],
    });
  });

  it('pairs no sentences the seed outlets wrote on their own', () => {
    const texts = passages.flatMap((p) => p.sentences.map(textOf));
    expect(
      texts.every((t) =>
        /Glaser|Scissors|Multilateral|International denouncements|Just as when|This appears|^Sanctions/.test(t),
      ),
    ).toBe(true);
  });
});
