import { describe, expect, it } from 'vitest';
import { isPhotoCaption, withoutTrailingCredit } from '../../src/core/ingest/photo-credit.ts';
import { bodyRules, RESIDUE_RULES, RULE_NAMES } from '../../src/core/ingest/residue-rules.ts';
import { stripResidue } from '../../src/core/ingest/strip-residue.ts';
import { textBlocks } from '../../src/core/ingest/text-blocks.ts';
import { RESIDUE_CASES, type Page } from './residue-cases.ts';

const HEADLINE = 'Storm closes ports along the coast';
const AUTHOR = 'Jane Doe';
/** Every rule in the order ingest runs them: the line rules, then the body rules. */
const ALL_RULES = [...RESIDUE_RULES, ...bodyRules({ headline: HEADLINE, author: AUTHOR })];

const MARK = '✗ ';
const read = (page: Page) => textBlocks(page.map((line) => line.replace(MARK, '')).join('\n')).blocks;
const texts = (page: Page) => read(page.filter((line) => !line.startsWith(MARK))).map((b) => b.text);
const strip = (page: Page) => stripResidue(read(page), ALL_RULES);

describe.each(Object.entries(RESIDUE_CASES))('%s', (rule, { drops, keeps }) => {
  it.each(drops.map((page) => [page.filter((l) => l.startsWith(MARK)).join(' / '), page]))(
    'drops %s',
    (_name, page) => {
      const result = strip(page);
      expect(result.blocks.map((b) => b.text)).toEqual(texts(page));
      expect(result.removed.map((r) => r.rule)).toEqual(page.filter((l) => l.startsWith(MARK)).map(() => rule));
    },
  );

  it.each(keeps.map((page) => [page.join(' / '), page]))('keeps %s', (_name, page) => {
    const result = strip(page);
    expect(result.removed).toEqual([]);
    expect(result.blocks.map((b) => b.text)).toEqual(texts(page));
  });
});

it('has drop cases and at least two keep cases for every rule', () => {
  for (const name of RULE_NAMES) {
    expect(RESIDUE_CASES[name]?.drops.length ?? 0, name).toBeGreaterThan(0);
    expect(RESIDUE_CASES[name]?.keeps.length ?? 0, name).toBeGreaterThanOrEqual(2);
  }
  expect(Object.keys(RESIDUE_CASES).sort()).toEqual([...new Set(RULE_NAMES)].sort());
});

describe('ad marker inside a paragraph', () => {
  it.each([
    ['{mosads}The port reopened on Friday.', 'The port reopened on Friday.'],
    ['The port reopened {ad_slot-2} on Friday.', 'The port reopened on Friday.'],
    ['The port reopened on Friday.{endad}', 'The port reopened on Friday.'],
  ])('takes %j out of the paragraph', (input, kept) => {
    const result = stripResidue(read([input]), ALL_RULES);
    expect(result.blocks.map((b) => b.text)).toEqual([kept]);
    expect(result.removed[0]?.rule).toBe('ad marker');
  });
});

describe('photo credits', () => {
  it.each([
    'The satellite sent back the first pictures of the far side (a world first, the agency said).',
    'Photographers were kept away from the court, a spokesman said.',
    'The agency will publish the images: all 300 of them, by December.',
    'The clip of the rescue spread quickly online (video).',
  ])('keeps article text %j', (text) => {
    expect(isPhotoCaption(text)).toBe(false);
  });

  it('finds where a glued credit starts', () => {
    expect(withoutTrailingCredit('The harbour at dawn.PHOTO: AFP')).toBe('The harbour at dawn.');
    expect(withoutTrailingCredit('Officials met on Monday.')).toBeNull();
  });
});

it('never changes a block it does not remove residue from', () => {
  const text = '“Quotes”, dashes — and  double spaces stay as published.';
  expect(strip([text]).blocks.map((b) => b.text)).toEqual([text]);
});
