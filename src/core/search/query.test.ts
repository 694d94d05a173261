import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, parseQuery } from './query.ts';

const stop = new Set(['of', 'the', 'and']);
const parse = (query: string) => parseQuery(query, stop);

describe('parseQuery', () => {
  it('keeps the words in order, drops stop words and duplicates, and pairs adjacent words', () => {
    const parsed = parse('Ministry of State Security state');
    expect(parsed.words).toEqual(['ministry', 'state', 'security']);
    expect(parsed.pairs).toEqual([
      [0, 1],
      [1, 2],
      [2, 1],
    ]);
    expect(parsed.phrases).toEqual([]);
    expect(parsed.exact).toEqual([false, false, false]);
  });

  it('reads a quoted phrase as required pairs of exact words', () => {
    const parsed = parse('hackers "trade secrets" indicted');
    expect(parsed.words).toEqual(['hackers', 'trade', 'secrets', 'indicted']);
    expect(parsed.exact).toEqual([false, true, true, false]);
    expect(parsed.phrases).toEqual([[[1, 2]]]);
    // The quotes break the phrase with the words around them.
    expect(parsed.pairs).toEqual([[1, 2]]);
  });

  it('takes curly quotes, and an unclosed quote runs to the end', () => {
    expect(parse('“Five Eyes” alliance').phrases).toEqual([[[0, 1]]]);
    expect(parse('"Five Eyes alliance').phrases).toEqual([
      [
        [0, 1],
        [1, 2],
      ],
    ]);
  });

  it('excludes -words, but not hyphenated words', () => {
    const parsed = parse('espionage -China well-known');
    expect(parsed.excluded).toEqual(['china']);
    expect(parsed.words).toEqual(['espionage', 'well', 'known']);
    expect(parsed.pairs).toEqual([[1, 2]]);
    expect(parse('- china').words).toEqual(['china']);
  });

  it(`searches at most ${MAX_QUERY_WORDS} words`, () => {
    expect(parse('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10').words).toHaveLength(MAX_QUERY_WORDS);
  });
});
