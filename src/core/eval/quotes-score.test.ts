import { describe, expect, it } from 'vitest';
import type { Quote } from '../publish/schemas/analysis/quotes.ts';
import type { GoldQuote } from './analysis-gold.ts';
import { scoreQuotes } from './quotes-score.ts';

const gold = (speakers: string[], unnamed: string | null, ...occurrences: [string, number, number][]): GoldQuote => ({
  speakers,
  unnamed,
  occurrences: occurrences.map(([article, start, end]) => ({ article, pieces: [{ article, start, end }] })),
});
const system = (
  speaker: string | null,
  speakerName: string | null,
  occurrences: [string, number, number][],
  speakers?: string[],
): Quote => ({
  id: `q-${occurrences.map((o) => o.join('-')).join('-')}`,
  text: 'words',
  speaker,
  speakerName,
  ...(speakers ? { speakers } : {}),
  occurrences: occurrences.map(([article, start, end]) => ({ article, sentence: 1, start, end, exact: true })),
});
const metrics = (score: ReturnType<typeof scoreQuotes>): Record<string, number> =>
  Object.fromEntries(score.metrics.map((m) => [m.name, m.value]));
// System entity ids are gold ids with a prefix, so the mapping is visible.
const goldIdOf = (id: string): string | null => (id.startsWith('sys-') ? id.slice(4) : null);

describe('scoreQuotes', () => {
  it('matches quotes by overlapping spans in the same article and scores their speakers', () => {
    const score = scoreQuotes({
      gold: [gold(['glaser'], null, ['a', 10, 50], ['b', 100, 140]), gold([], 'a senior official', ['a', 200, 240])],
      system: [
        system('sys-glaser', 'Bonnie Glaser', [
          ['a', 12, 48],
          ['b', 90, 130],
        ]),
        system(null, 'one official', [['a', 205, 230]]),
        system(null, null, [['a', 300, 340]]),
      ],
      goldIdOf,
    });
    expect(metrics(score)).toMatchObject({
      'quote precision': 3 / 4,
      'quote recall': 1,
      'speaker accuracy': 1,
      'grouping accuracy': 1,
    });
    expect(score.errors).toEqual(['spurious a ""']);
  });

  it('wants every speaker of a joint statement, and nothing named for an unnamed or unattributed gold quote', () => {
    const score = scoreQuotes({
      gold: [
        gold(['pompeo', 'nielsen'], null, ['a', 0, 10]),
        gold([], 'a diplomat', ['a', 20, 30]),
        gold([], null, ['a', 40, 50]),
        gold(['pompeo', 'nielsen'], null, ['a', 60, 70]),
      ],
      system: [
        system('sys-pompeo', 'Mike Pompeo and Kirstjen Nielsen', [['a', 0, 10]], ['sys-pompeo', 'sys-nielsen']),
        system('sys-smith', 'John Smith', [['a', 20, 30]]),
        system(null, 'a diplomat', [['a', 40, 50]]),
        system('sys-pompeo', 'Mike Pompeo', [['a', 60, 70]]),
      ],
      goldIdOf,
    });
    expect(metrics(score)['speaker accuracy']).toBe(1 / 4);
  });

  it('counts an item split over two system items, or two gold items merged into one, as a grouping error', () => {
    const split = scoreQuotes({
      gold: [gold(['x'], null, ['a', 0, 10], ['b', 0, 10])],
      system: [system('sys-x', 'X', [['a', 0, 10]]), system('sys-x', 'X', [['b', 0, 10]])],
      goldIdOf,
    });
    const merged = scoreQuotes({
      gold: [gold(['x'], null, ['a', 0, 10]), gold(['x'], null, ['b', 0, 10])],
      system: [
        system('sys-x', 'X', [
          ['a', 0, 10],
          ['b', 0, 10],
        ]),
      ],
      goldIdOf,
    });
    expect(metrics(split)['grouping accuracy']).toBe(0);
    expect(metrics(merged)['grouping accuracy']).toBe(0);
  });

  it('gives a system that finds nothing no precision credit', () => {
    const score = scoreQuotes({ gold: [gold(['x'], null, ['a', 0, 10])], system: [], goldIdOf });
    expect(metrics(score)).toMatchObject({ 'quote precision': 0, 'quote recall': 0 });
  });
});
