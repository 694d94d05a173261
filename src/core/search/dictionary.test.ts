import { describe, expect, it } from 'vitest';
import { Dictionary, MAX_EXPANSIONS, maxErrors } from './dictionary.ts';

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
    ['rosenstien', 3],
    ['2018', 0],
  ])('%s allows %i', (word, errors) => expect(maxErrors(word)).toBe(errors));
});

describe('Dictionary.expand', () => {
  it('forgives typos in words the dictionary lacks', () => {
    expect(expand('espoinage')[0]).toBe('espionage');
    expect(expand('rosenstien')).toEqual(['rosenstein']);
  });

  it('puts the exact word first, then longer words starting with it, then words containing it', () => {
    expect(expand('espionage')).toEqual(['espionage', 'cyberespionage']);
    expect(expand('hack')).toEqual(['hack', 'hacked', 'hackers']);
    const [exact, prefix] = dictionary.expand('hack');
    expect(exact?.quality).toBe(1);
    expect(prefix?.quality).toBeLessThan(1);
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
