import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus, type FixtureMark } from '../../../../tests/fixtures/fixture-corpus.ts';
import { compareQuantities } from './compare-quantities.ts';

const CHINA: FixtureMark = ['China', 'china', 'country'];
const PORT: FixtureMark = ['Tema', 'tema', 'place'];

/** The discrepancies of two one-paragraph articles, each as the surfaces of its quantities. */
function discrepancies(
  first: [published: string, text: string, marks: FixtureMark[]],
  second: [published: string, text: string, marks: FixtureMark[]],
): { about: string; surfaces: string[] }[] {
  const corpus = fixtureCorpus([
    fixtureArticle('one', first[0], [first[1]], first[2]),
    fixtureArticle('two', second[0], [second[1]], second[2]),
  ]);
  const { quantities, discrepancies: found } = compareQuantities(corpus);
  const surface = new Map(quantities.map((q) => [q.id, q.surface]));
  return found.map((d) => ({ about: d.about, surfaces: d.quantities.map((id) => surface.get(id) ?? id) }));
}

describe('discrepancies', () => {
  it('flags two outlets counting the same countries differently, and says what they count', () => {
    const found = discrepancies(
      ['2024-05-07', 'At least four other countries joined the condemnation of China on Thursday.', [CHINA]],
      ['2024-05-07', 'More than a dozen allies joined the condemnation of China on Thursday.', [CHINA]],
    );
    expect(found.map((d) => d.surfaces)).toEqual([['At least four', 'More than a dozen']]);
    expect(found[0]?.about).toMatch(/^countries or allies in sentences about .*condemnation/);
  });

  it('does not flag equal numbers of different things: U.S. states are not countries', () => {
    expect(
      discrepancies(
        ['2024-05-07', 'Hackers from China broke into firms in 12 U.S. states last year.', [CHINA]],
        ['2024-05-07', 'Hackers from China broke into firms in 14 countries last year.', [CHINA]],
      ),
    ).toEqual([]);
  });

  it('does not flag outlets that agree', () => {
    expect(
      discrepancies(
        ['2024-05-07', 'Hackers from China stole $4 million from the bank.', [CHINA]],
        ['2024-05-07', 'Hackers from China stole $4 million from the bank in March.', [CHINA]],
      ),
    ).toEqual([]);
  });

  it('flags one figure given two ways', () => {
    expect(
      discrepancies(
        ['2024-05-07', 'Hackers from China broke into more than 45 companies.', [CHINA]],
        ['2024-05-07', 'Hackers from China broke into 45 companies and agencies.', [CHINA]],
      ).map((d) => d.surfaces),
    ).toEqual([['more than 45', '45']]);
  });

  it('reads counts for two different days as an update, not a disagreement', () => {
    expect(
      discrepancies(
        ['2025-03-04', 'Agents said 14 vessels were waiting off Tema on Tuesday.', [PORT]],
        ['2025-03-10', 'Agents said 23 vessels were still waiting off Tema on Sunday.', [PORT]],
      ),
    ).toEqual([]);
  });

  it('never compares a daily rate with a total', () => {
    expect(
      discrepancies(
        ['2025-03-04', 'Importers at Tema put the cost of the strike at $15 million a day.', [PORT]],
        ['2025-03-10', 'Importers at Tema put the cost of the strike at $100 million.', [PORT]],
      ),
    ).toEqual([]);
  });

  it('lets a vague count agree with a figure inside its span', () => {
    expect(
      discrepancies(
        ['2024-05-07', 'Tariffs hit billions of dollars of goods from China.', [CHINA]],
        ['2024-05-07', 'Tariffs hit more than US$250 billion of goods from China.', [CHINA]],
      ),
    ).toEqual([]);
  });

  it('never compares articles on different stories', () => {
    expect(
      discrepancies(
        ['2024-05-07', 'Hackers from China broke into more than 45 companies.', [CHINA]],
        ['2024-05-07', 'Dockers at Tema walked out of 12 companies.', [PORT]],
      ),
    ).toEqual([]);
  });
});
