import { describe, expect, it } from 'vitest';
import { dateValue } from './date-value.ts';
import { parseDates } from './parse-dates.ts';

/** Each date expression of a made-up sentence as [surface, date, precision, relative]. */
function dates(sentence: string, published: string): [string, string, string, boolean][] {
  return parseDates(sentence, published).flatMap((result) => {
    const value = dateValue(result);
    return value
      ? [[result.text, value.date, value.precision, value.relative] as [string, string, string, boolean]]
      : [];
  });
}

describe('explicit dates', () => {
  it.each([
    ['The court ruled on December 20, 2018.', ['December 20, 2018', '2018-12-20', 'day', false]],
    ['The court ruled on 14 March 2024.', ['14 March 2024', '2024-03-14', 'day', false]],
    ['The deal was signed in July 2016.', ['July 2016', '2016-07', 'month', false]],
    ['The plant opened in 2015.', ['2015', '2015', 'year', false]],
    ['Prices have risen since 2006.', ['2006', '2006', 'year', false]],
    ['They broke the 2015 Cyber Agreement.', ['2015', '2015', 'year', false]],
    ['By mid-2015 the plant was shut.', ['mid-2015', '2015', 'year', false]],
    ['The hearing is set for Feb. 4, 2025.', ['Feb. 4, 2025', '2025-02-04', 'day', false]],
  ] as const)('%s', (sentence, expected) => {
    expect(dates(sentence, '2024-11-12')).toEqual([expected]);
  });

  it('reads a date without its year in the publication year, and says it needed it', () => {
    expect(dates('Police arrested him on Dec. 1.', '2018-12-20')).toEqual([['Dec. 1', '2018-12-01', 'day', true]]);
    expect(dates('The ruling of Dec 20 stands.', '2018-12-20')).toEqual([['Dec 20', '2018-12-20', 'day', true]]);
    expect(dates('It is the eighth case since July.', '2018-12-20')).toEqual([['July', '2018-07', 'month', true]]);
  });

  it('moves a past date without a year back a year when the publication year would put it ahead', () => {
    expect(dates('The plan, which VGT unveiled on Dec. 1, angered the union.', '2025-03-10')).toEqual([
      ['Dec. 1', '2024-12-01', 'day', true],
    ]);
    expect(dates('The talks will resume in January.', '2024-12-05')).toEqual([['January', '2025-01', 'month', true]]);
  });

  it('reads "Thursday (Dec 20)" as one expression that needs no publication date', () => {
    expect(dates('Allies are expected to call out Beijing on Thursday (Dec 20) for espionage.', '2018-12-20')).toEqual([
      ['Thursday (Dec 20)', '2018-12-20', 'day', false],
    ]);
  });

  it('reads each end of a range as its own expression', () => {
    expect(dates('The campaign ran from 2014 to 2016.', '2024-11-12')).toEqual([
      ['2014', '2014', 'year', false],
      ['2016', '2016', 'year', false],
    ]);
  });
});

describe('relative dates', () => {
  it.each([
    ['Police raided the office yesterday.', ['yesterday', '2024-11-11', 'day', true]],
    ['Today the board meets.', ['Today', '2024-11-12', 'day', true]],
    ['The agency warned last month that it would act.', ['last month', '2024-10', 'month', true]],
    ['Talks began earlier this month.', ['earlier this month', '2024-11', 'month', true]],
    ['Talks are expected to begin early next month.', ['early next month', '2024-12', 'month', true]],
    ['A hearing will follow next month.', ['next month', '2024-12', 'month', true]],
    ['It has been a hard year this year.', ['this year', '2024', 'year', true]],
    ['Profits fell last year.', ['last year', '2023', 'year', true]],
    ['The cranes will enter service later this year.', ['later this year', '2024', 'year', true]],
    ['The plant shut two years ago.', ['two years ago', '2022', 'year', true]],
  ] as const)('%s', (sentence, expected) => {
    expect(dates(sentence, '2024-11-12')).toEqual([expected]);
  });

  it('resolves "last month" in a January article to December of the year before', () => {
    expect(dates('The regulator said last month that fees would rise.', '2019-01-03')).toEqual([
      ['last month', '2018-12', 'month', true],
    ]);
  });

  it('resolves "next month" in a December article to January of the next year', () => {
    expect(dates('A hearing will follow next month.', '2024-12-30')).toEqual([
      ['next month', '2025-01', 'month', true],
    ]);
  });

  it('resolves "last year" and "this year" across the year boundary', () => {
    expect(dates('Sales fell last year but rose this year.', '2020-01-01')).toEqual([
      ['last year', '2019', 'year', true],
      ['this year', '2020', 'year', true],
    ]);
  });
});

describe('weekdays', () => {
  it('reads a bare weekday as the most recent such day, also the publication day itself', () => {
    expect(dates('The ministers met on Monday.', '2024-11-14')).toEqual([['Monday', '2024-11-11', 'day', true]]);
    expect(dates('The ministers met on Thursday.', '2024-11-14')).toEqual([['Thursday', '2024-11-14', 'day', true]]);
  });

  it('reads "Thursday" early in a month as a day of the month before', () => {
    expect(dates('The ministers met on Thursday.', '2019-03-01')).toEqual([['Thursday', '2019-02-28', 'day', true]]);
  });

  it('reads "Thursday" early in January as a day of the year before', () => {
    expect(dates('The ministers met on Thursday in Brussels.', '2019-01-02')).toEqual([
      ['Thursday', '2018-12-27', 'day', true],
    ]);
  });

  it('reads a weekday ahead when the sentence points ahead', () => {
    expect(dates('Parliament will vote on Friday on the bill.', '2024-11-12')).toEqual([
      ['Friday', '2024-11-15', 'day', true],
    ]);
    expect(dates('Officials from three ministries would meet both sides on Thursday.', '2025-03-04')).toEqual([
      ['Thursday', '2025-03-06', 'day', true],
    ]);
    expect(dates('The hearing is due to resume on Monday.', '2024-11-12')).toEqual([
      ['Monday', '2024-11-18', 'day', true],
    ]);
    expect(dates('The deal, which will be signed on Thursday, was agreed on Monday.', '2024-11-12')).toEqual([
      ['Thursday', '2024-11-14', 'day', true],
      ['Monday', '2024-11-11', 'day', true],
    ]);
  });

  it('takes the nearest tense: a past verb beside the weekday wins over a future one further off', () => {
    expect(dates('The union said on Sunday that it would strike on Friday.', '2024-11-12')).toEqual([
      ['Sunday', '2024-11-10', 'day', true],
      ['Friday', '2024-11-15', 'day', true],
    ]);
  });

  it('keeps "last" and "next" as chrono reads them', () => {
    expect(dates('They met last Tuesday.', '2024-11-14')).toEqual([['last Tuesday', '2024-11-12', 'day', true]]);
  });

  it('keeps a possessive weekday', () => {
    expect(dates('According to Thursday’s charges, hackers broke in.', '2018-12-20')).toEqual([
      ['Thursday', '2018-12-20', 'day', true],
    ]);
  });
});

describe('not events', () => {
  it.each([
    'Prices have risen for years.',
    'Hackers have been more aggressive over the past year.',
    'Tariffs have grown in recent months.',
    'The months-long tariff war goes on.',
    'The firm recently moved.',
    'Talks were held last week and again this week.',
    'The talks over the weekend failed.',
    'The ruling came a year before the breach.',
    'Rates rose in the last year.',
    'Shares fell 2015 per cent.',
    'About 2000 workers joined the strike.',
    'The decade began in the 1990s.',
    'They held a march on the capital.',
    'Theresa May spoke to reporters.',
    'The concession runs for 35 years.',
    'The vote is at noon.',
    'Now the union waits.',
    'A few years ago it was new.',
    'Since the 9/11 attacks, security grew.',
    'The port runs 24/7.',
    'The Good Friday Agreement held.',
    'The Sunday Times reported it.',
    'She told the Mail on Sunday.',
  ])('%s', (sentence) => {
    expect(dates(sentence, '2024-11-12')).toEqual([]);
  });

  it('keeps "May" after a preposition', () => {
    expect(dates('Prices have doubled since May.', '2024-11-12')).toEqual([['May', '2024-05', 'month', true]]);
  });

  it('keeps the date and drops the time of day beside it', () => {
    expect(dates('The vote is at 8 a.m. on Monday.', '2024-11-12')).toEqual([['Monday', '2024-11-11', 'day', true]]);
  });
});
