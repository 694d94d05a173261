import { describe, expect, it } from 'vitest';
import { slugFromHeadline } from '../../src/core/ingest/article-slug.ts';
import { parseByline } from '../../src/core/ingest/byline.ts';
import { parseDateLine } from '../../src/core/ingest/date-line.ts';
import { findHeader } from '../../src/core/ingest/find-header.ts';

describe('parseDateLine', () => {
  it.each([
    ['March 3, 2021', '2021-03-03'],
    ['Mar. 3, 2021', '2021-03-03'],
    ['Sept. 30, 2019', '2019-09-30'],
    ['3 March 2021', '2021-03-03'],
    ['3rd March, 2021', '2021-03-03'],
    ['Wednesday, March 3, 2021', '2021-03-03'],
    ['Published: March 3, 2021', '2021-03-03'],
    ['Updated March 3, 2021 10:41 AM ET', '2021-03-03'],
    ['March 3, 2021 at 3.15pm', '2021-03-03'],
    ['2021-03-03', '2021-03-03'],
  ])('reads %j as %s', (line, date) => {
    expect(parseDateLine(line)).toBe(date);
  });

  it.each([
    ['February 30, 2021'],
    ['2021-02-30'],
    ['March 3, 21'],
    ['March 3, 2021, officials said the port would reopen.'],
    ['WASHINGTON (AP) - March 3, 2021'],
    ['In 2021 the port reopened.'],
  ])('refuses %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', { author: 'Jane Doe' }],
    ['BY JANE DOE', { author: 'JANE DOE' }],
    ['By Jane Doe and Juan de la Cruz', { author: 'Jane Doe and Juan de la Cruz' }],
    ['By Jane Doe | The Daily Planet', { author: 'Jane Doe' }],
    ['By Jane Doe, Staff Writer', { author: 'Jane Doe' }],
    ['By Jane Doe, Mar. 3, 2021', { author: 'Jane Doe', published: '2021-03-03' }],
    ['By Jane Doe - The Daily Planet, March 3, 2021', { author: 'Jane Doe', published: '2021-03-03' }],
  ])('reads %j', (line, byline) => {
    expect(parseByline(line)).toEqual(byline);
  });

  it.each([
    ['By Thursday, officials expect the port to reopen.'],
    ['By the end of the year the debt had doubled.'],
    ['By Jane Doe, who has covered the region for years and knows every harbour master on the coast by name'],
    ['Bylines are not names'],
  ])('refuses %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('findHeader', () => {
  const body = ['LISBON (Reuters) - Ferry services resumed on Monday.', 'More sailings are planned.'];

  it('takes the first substantial line as the headline, after a one-word kicker', () => {
    const header = findHeader(['Shipping', 'Ferries return to the islands', ...body]);
    expect(header).toMatchObject({ headline: 'Ferries return to the islands', body });
    expect(header?.removed).toEqual([{ rule: 'section kicker', text: 'Shipping' }]);
  });

  it('reads a date line and a byline after the headline', () => {
    const header = findHeader(['Ferries return to the islands', 'By Jane Doe', 'March 3, 2021', ...body]);
    expect(header).toMatchObject({
      headline: 'Ferries return to the islands',
      author: 'Jane Doe',
      published: '2021-03-03',
      body,
    });
  });

  it('reads a date line above the headline', () => {
    expect(findHeader(['Monday, March 1, 2021', 'Ferries return to the islands', ...body])).toMatchObject({
      headline: 'Ferries return to the islands',
      published: '2021-03-01',
      body,
    });
  });

  it('keeps the first date when there are two', () => {
    expect(
      findHeader(['Ferries return to the islands', 'March 1, 2021', 'Updated: March 2, 2021', ...body])?.published,
    ).toBe('2021-03-01');
  });

  it('leaves a dateline that opens a paragraph in the body', () => {
    expect(findHeader(['Ferries return to the islands', ...body])?.body).toEqual(body);
  });

  it('leaves dates and bylines further down in the body', () => {
    const later = [...body, 'March 3, 2021', 'By Jane Doe'];
    expect(findHeader(['Ferries return to the islands', ...later])?.body).toEqual(later);
  });

  it('finds no headline in kickers alone', () => {
    expect(findHeader(['World', 'Asia Pacific'])).toBeNull();
  });
});

describe('slugFromHeadline', () => {
  it('slugifies the headline', () => {
    expect(slugFromHeadline('Ferries return to the islands — at last!')).toBe('ferries-return-to-the-islands-at-last');
  });

  it('cuts a long headline at a word boundary within 60 characters', () => {
    const slug = slugFromHeadline(
      'The Ministry Of Transport Says Ferries Will Return To All Of The Outer Islands By Spring',
    );
    expect(slug).toBe('the-ministry-of-transport-says-ferries-will-return-to-all-of');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('cuts one endless word hard', () => {
    expect(slugFromHeadline('x'.repeat(80))).toBe('x'.repeat(60));
  });

  it('is empty when nothing transliterates', () => {
    expect(slugFromHeadline('«»—')).toBe('');
  });
});
