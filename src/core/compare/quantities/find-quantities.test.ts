import { describe, expect, it } from 'vitest';
import { fixtureArticle, type FixtureMark } from '../../../../tests/fixtures/fixture-corpus.ts';
import { readArticle } from './article-tokens.ts';
import { findQuantities } from './find-quantities.ts';

/** [surface, value, relation, unit, counts] of every quantity of a one-paragraph text. */
function found(text: string, marks: FixtureMark[] = []): unknown[][] {
  return findQuantities(readArticle(fixtureArticle('a', '2024-05-07', [text], marks))).map(({ quantity: q }) => [
    q.surface,
    q.value,
    q.relation,
    q.unit,
    q.counts,
  ]);
}

describe('findQuantities: counts', () => {
  it('reads a number with no noun as counting nothing', () => {
    expect(found('The index closed at 45.')).toEqual([['45', 45, 'exactly', null, null]]);
  });

  it.each([
    ['Hackers broke into 45 US tech companies.', ['45', 45, 'exactly', null, 'companies']],
    ['Police held three Canadian citizens.', ['three', 3, 'exactly', null, 'citizens']],
    ['The feud has lasted two decades.', ['two', 2, 'exactly', null, 'decades']],
    ['They sent twenty-one delegates.', ['twenty-one', 21, 'exactly', null, 'delegates']],
    [
      'The fund holds one hundred and twenty-five paintings.',
      ['one hundred and twenty-five', 125, 'exactly', null, 'paintings'],
    ],
    ['A dozen ships waited.', ['A dozen', 12, 'exactly', null, 'ships']],
    ['The firm has 6.2 million customers.', ['6.2 million', 6200000, 'exactly', null, 'customers']],
    ['It has 3,000 workers.', ['3,000', 3000, 'exactly', null, 'workers']],
    ['Regulators fined 12 New York firms.', ['12', 12, 'exactly', null, 'firms']],
    ['It is a five-year programme.', ['five', 5, 'exactly', null, 'year']],
    ['The breach exposed 2.3 million Australians.', ['2.3 million', 2300000, 'exactly', null, 'Australians']],
    ['They played before a few hundred fans.', ['a few hundred', 100, 'at-least', null, 'fans']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads the whole of a partitive as counting the same noun', () => {
    expect(found('The bank will close about 90 of its 640 branches.')).toEqual([
      ['about 90', 90, 'about', null, 'branches'],
      ['640', 640, 'exactly', null, 'branches'],
    ]);
  });

  it('takes the first of coordinated nouns as the counted noun', () => {
    expect(found('They hit 45 different government agencies and tech companies.')).toEqual([
      ['45', 45, 'exactly', null, 'agencies'],
    ]);
  });
});

describe('findQuantities: money', () => {
  it.each([
    ['The deal is worth $1.2bn.', ['$1.2bn', 1.2e9, 'exactly', 'USD', null]],
    ['A fine of £3m was set.', ['£3m', 3e6, 'exactly', 'GBP', null]],
    ['It spent €40 million on security.', ['€40 million', 4e7, 'exactly', 'EUR', null]],
    ['Tariffs hit billions of dollars of goods.', ['billions of dollars', 1e9, 'at-least', 'USD', null]],
    ['The target fell to 118 Danish crowns.', ['118 Danish crowns', 118, 'exactly', 'DKK', null]],
    ['The bank lent 5 million yen.', ['5 million yen', 5e6, 'exactly', 'JPY', null]],
    ['Members earn 2,600 cedis.', ['2,600 cedis', 2600, 'exactly', 'GHS', null]],
    ['The bond raised USD 5 million.', ['USD 5 million', 5e6, 'exactly', 'USD', null]],
    ['Warsaw will spend 3 billion zlotys.', ['3 billion zlotys', 3e9, 'exactly', 'PLN', null]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads a converted amount in brackets as a quantity of its own', () => {
    expect(found('Tariffs cover more than US$250 billion (S$342.58 billion) in goods.')).toEqual([
      ['more than US$250 billion', 2.5e11, 'more-than', 'USD', null],
      ['S$342.58 billion', 3.4258e11, 'exactly', 'SGD', null],
    ]);
  });

  it('gives a currency noun without its country the one the sentence gave it', () => {
    expect(found('Analysts cut the target to 118 Danish crowns from 140 crowns.')).toEqual([
      ['118 Danish crowns', 118, 'exactly', 'DKK', null],
      ['140 crowns', 140, 'exactly', 'DKK', null],
    ]);
  });
});

describe('findQuantities: percentages', () => {
  it.each([
    ['Inflation reached 12%.', ['12%', 12, 'exactly', '%', null]],
    ['Shares fell 12 per cent.', ['12 per cent', 12, 'exactly', '%', null]],
    ['Its share fell by 3 percentage points.', ['3 percentage points', 3, 'exactly', '%', null]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});

describe('findQuantities: vague counts and relations', () => {
  it.each([
    ['More than a dozen allies joined.', ['More than a dozen', 12, 'more-than', null, 'allies']],
    ['At least four other countries joined.', ['At least four', 4, 'at-least', null, 'countries']],
    ['Now 12+ of our vessels are stuck.', ['12+', 12, 'at-least', null, 'vessels']],
    ['They stole hundreds of gigabytes of data.', ['hundreds', 100, 'at-least', null, 'gigabytes']],
    ['It left tens of thousands of containers.', ['tens of thousands', 10000, 'at-least', null, 'containers']],
    ['Rebels held dozens of villages.', ['dozens', 12, 'at-least', null, 'villages']],
    ['Ships wait 10 to 12 days.', ['10 to 12', 10, 'at-least', null, 'days']],
    ['The union has between 3,000 and 3,500 workers.', ['between 3,000 and 3,500', 3000, 'at-least', null, 'workers']],
    ['Nearly 20 vessels waited.', ['Nearly 20', 20, 'less-than', null, 'vessels']],
    ['It may take up to three weeks.', ['up to three', 3, 'at-most', null, 'weeks']],
    ['The plan puts as many as 600 jobs at risk.', ['as many as 600', 600, 'at-most', null, 'jobs']],
    ['The port takes about 70 per cent of imports.', ['about 70 per cent', 70, 'about', '%', null]],
    ['An estimated 40,000 people fled.', ['An estimated 40,000', 40000, 'about', null, 'people']],
    ['They lost 12 or more boats.', ['12 or more', 12, 'at-least', null, 'boats']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads "over" before a time unit as "during", not "more than"', () => {
    expect(found('The rise is spread over two years.')).toEqual([['two', 2, 'exactly', null, 'years']]);
  });

  it('leaves out the noun that a vague count stands for when it is not there', () => {
    expect(found('He named a few agents out of the tens of thousands involved.')).toEqual([
      ['tens of thousands', 10000, 'at-least', null, null],
    ]);
  });
});

describe('findQuantities: not quantities', () => {
  it.each([
    ['years', 'They have hacked since 2006 and broke the 2015 pact in 2018.'],
    ['dates', 'Canada arrested her on Dec. 1 and charged her on March 3, 2025.'],
    ['a weekday with its date', 'They spoke on Thursday (Dec 20) in Geneva.'],
    ['times', 'The talks start at 3 p.m. in Accra.'],
    ['ordinals', 'It is the eighth indictment and the 8th case.'],
    ['codes', 'The group APT10 used the G7 summit and Covid-19 as a lure.'],
    ['names after a name word', 'The cybersecurity firm Area 1 announced it.'],
    ['an address', 'Talks were held at 10 Downing Street.'],
    ['"one" as a determiner', 'In one campaign, one of them hid.'],
    ['vague words with no number word', 'Several officials and many firms and a handful of agents left.'],
    ['an age in apposition', 'The driver, Smith, 45, said so.'],
    ['a year before a plural', 'In 2012 the virus struck, and in 2017 attackers returned.'],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('knows a number inside an entity mention is part of a name', () => {
    expect(
      found('Officers of Unit 74455 and the Five Eyes met.', [
        ['Unit 74455', 'unit-74455', 'agency'],
        ['Five Eyes', 'five-eyes', 'agency'],
      ]),
    ).toEqual([]);
  });

  it('leaves out ages after "aged"', () => {
    expect(found('The two suspects, aged 19 and 23, were held.')).toEqual([['two', 2, 'exactly', null, 'suspects']]);
  });

  it('keeps a year-shaped number that counts something', () => {
    expect(found('The mine employs 2000 workers.')).toEqual([['2000', 2000, 'exactly', null, 'workers']]);
  });
});

describe('findQuantities: ids and places', () => {
  it('names each quantity by article, sentence and order, and locates it exactly', () => {
    const article = fixtureArticle('a', '2024-05-07', ['It rose 5%. Then 12 firms and 3 banks quit.'], []);
    const quantities = findQuantities(readArticle(article)).map((f) => f.quantity);
    expect(quantities.map((q) => [q.id, q.sentence])).toEqual([
      ['n-a-1-1', 1],
      ['n-a-2-1', 2],
      ['n-a-2-2', 2],
    ]);
    for (const q of quantities) expect(article.text.slice(q.start, q.end)).toBe(q.surface);
  });
});
