import { describe, expect, it } from 'vitest';
import { GoldError } from '../../src/core/eval/gold-error.ts';
import { parseGold } from '../../src/core/eval/parse-gold.ts';

const header = ['---', 'title: Test', 'outlet: The Wire', 'published: 2020-01-02', '---', ''].join('\n');

function gold(body: string, file = 'tests/gold/tune/sample.md') {
  return parseGold(file, header + body);
}

function errorOf(body: string): GoldError {
  try {
    gold(body);
  } catch (error) {
    if (error instanceof GoldError) return error;
    throw error;
  }
  throw new Error('expected a GoldError');
}

describe('parseGold', () => {
  it('maps marks to plain-text offsets across paragraphs', () => {
    const result = gold(
      '[[BEIJING|place|beijing]] - [[China|country|china]]’s hackers.\n\nThe [[US|country|united-states]] [[Justice Department|agency|us-department-of-justice]] said so.\n',
    );
    expect(result.slug).toBe('sample');
    expect(result.text).toBe('BEIJING - China’s hackers.\n\nThe US Justice Department said so.');
    expect(result.mentions).toEqual([
      { start: 0, end: 7, surface: 'BEIJING', type: 'place', entity: 'beijing' },
      { start: 10, end: 15, surface: 'China', type: 'country', entity: 'china' },
      { start: 32, end: 34, surface: 'US', type: 'country', entity: 'united-states' },
      { start: 35, end: 53, surface: 'Justice Department', type: 'agency', entity: 'us-department-of-justice' },
    ]);
    for (const m of result.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('gives back the article file exactly once the marks are removed', () => {
    const body = 'Said [[Zhu|person|zhu-hua]], a *hacker* with [[APT10|group|apt10]].\n';
    expect(gold(body).source).toBe(header + 'Said Zhu, a *hacker* with APT10.\n');
  });

  it('measures offsets in the rendered text, not in the markdown', () => {
    const result = gold(
      'A *quick* note: **[[Reuters|organization|reuters]]** reported from [[Paris|place|paris]] [link](https://example.com/x).\n',
    );
    expect(result.text).toBe('A quick note: Reuters reported from Paris link.');
    expect(result.mentions.map((m) => [m.start, m.end])).toEqual([
      [14, 21],
      [36, 41],
    ]);
  });

  it('keeps a mark inside link text', () => {
    const result = gold('See [[[The Hill|organization|the-hill]]](https://thehill.com) today.\n');
    expect(result.text).toBe('See The Hill today.');
    expect(result.mentions[0]).toMatchObject({ start: 4, end: 12, surface: 'The Hill' });
  });

  it('names the file and line of an unknown type', () => {
    const error = errorOf('First line.\n\nSecond [[Acme|company|acme]].\n');
    expect(error.message).toBe(
      'tests/gold/tune/sample.md:8: unknown type "company" in "[[Acme|company|acme]]"; expected one of country, place, agency, organization, group, person',
    );
    expect(error.line).toBe(8);
  });

  it('rejects unbalanced marks', () => {
    expect(errorOf('An [[open|place|open mark.\n').message).toMatch(/sample\.md:6: "\[\[" at column 4 is not closed/);
    expect(errorOf('A stray]] close.\n').message).toMatch(/sample\.md:6: "\]\]" without an opening/);
    expect(errorOf('[[a [[b|place|b]]|place|a]]\n').message).toMatch(/cannot nest/);
  });

  it('rejects malformed marks', () => {
    expect(errorOf('[[China|country]] x\n').message).toMatch(/expected \[\[surface\|type\|id\]\]/);
    expect(errorOf('[[China|country|China]] x\n').message).toMatch(/not a lower-case slug/);
    expect(errorOf('[[ China|country|china]] x\n').message).toMatch(/no spaces at either end/);
  });

  it('rejects a surface that the markdown renders differently', () => {
    const error = errorOf('Line one.\n[[AT&amp;T|organization|at-t]] said.\n');
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/reads as "AT&T"/);
  });

  it('rejects a mark that is not in the text at all', () => {
    expect(errorOf('Text <!-- [[China|country|china]] --> here.\n').message).toMatch(
      /sample\.md:6: mark "China" is not part of the article text/,
    );
  });
});
