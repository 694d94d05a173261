import { describe, expect, it } from 'vitest';
import { slugFromHeadline } from '../../src/core/ingest/article-slug.ts';
import { parseByline } from '../../src/core/ingest/byline.ts';
import { parseDateLine, readDateLine } from '../../src/core/ingest/date-line.ts';
import { paragraph, type Block } from '../../src/core/ingest/block.ts';
import { findHeader, type ArticleHeader } from '../../src/core/ingest/find-header.ts';

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
    ['2021-03-03T10:41:00+01:00', '2021-03-03'],
    ['3 Mar 2021', '2021-03-03'],
    ['March 3, 2021 5:32 PM ET', '2021-03-03'],
    ['5:32 PM ET, March 3, 2021', '2021-03-03'],
    ['Wed 3 Mar 2021 17.32 GMT', '2021-03-03'],
    ['First published on Wed 3 Mar 2021 17.32 GMT', '2021-03-03'],
    ['Last updated on March 3, 2021 at 9:00 a.m.', '2021-03-03'],
    ['2021/03/03', '2021-03-03'],
    ['23/03/2021', '2021-03-23'],
    ['03/23/2021', '2021-03-23'],
    ['3/3/2021', '2021-03-03'],
    ['12/20/18', '2018-12-20'],
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
    ['03/04/2021'],
    ['3 hours ago'],
  ])('refuses %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });

  it.each([['Published 3 hours ago'], ['Updated 5 mins ago'], ['Yesterday'], ['Today at 9:30 AM'], ['an hour ago']])(
    'calls %j relative',
    (line) => {
      expect(readDateLine(line)).toEqual({ kind: 'relative', text: line });
    },
  );

  it('calls a date that reads two ways ambiguous', () => {
    expect(readDateLine('03/04/2021')).toEqual({
      kind: 'ambiguous',
      text: '03/04/2021',
      readings: ['2021-04-03', '2021-03-04'],
    });
  });

  it('says which dates are updates', () => {
    expect(readDateLine('Updated: March 3, 2021')).toEqual({ kind: 'date', date: '2021-03-03', updated: true });
    expect(readDateLine('Published: March 3, 2021')).toEqual({ kind: 'date', date: '2021-03-03', updated: false });
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
    ['By Jane Doe, John Roe and Ann Poe, Island Times', { author: 'Jane Doe, John Roe and Ann Poe' }],
    ['By Jane Doe on November 16, 2021', { author: 'Jane Doe', published: '2021-11-16' }],
    ['Written by Jane Doe, Contributor on Nov. 16, 2021', { author: 'Jane Doe', published: '2021-11-16' }],
    ['Author: Jane Doe', { author: 'Jane Doe' }],
    ['By Jane Doe | November 16, 2021 | 3 min read', { author: 'Jane Doe', published: '2021-11-16' }],
    ['Jane Doe | Reporter', { author: 'Jane Doe' }],
    ['Jane Doe, Senior Writer', { author: 'Jane Doe' }],
    ['Jane Doe - Cybersecurity Reporter at The Daily Planet', { author: 'Jane Doe' }],
    ['By Jane Doe - 12/20/18 10:41 AM EST', { author: 'Jane Doe', published: '2018-12-20' }],
    ['By Jane Doe | 10:41 AM', { author: 'Jane Doe' }],
    ['By Jane Doe Published November 16, 2021', { author: 'Jane Doe', published: '2021-11-16' }],
    ['By April May', { author: 'April May' }],
  ])('reads %j', (line, byline) => {
    expect(parseByline(line)).toEqual(byline);
  });

  it.each([
    ['By Thursday, officials expect the port to reopen.'],
    ['By the end of the year the debt had doubled.'],
    ['By Jane Doe, who has covered the region for years and knows every harbour master on the coast by name'],
    ['Bylines are not names'],
    ['By Monday Morning the ferries had resumed'],
    ['By Tuesday Evening, officials had left.'],
    ['Jane Doe'],
    ['Jane Doe | The Daily Planet'],
    ['Staff Writer'],
  ])('refuses %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

const blocks = (...lines: string[]): Block[] => lines.map(paragraph);
const texts = (header: ArticleHeader | null) => header?.body.map((b) => b.text);

describe('findHeader', () => {
  const HEADLINE = 'Ferries return to the islands';
  const body = ['LISBON (Reuters) - Ferry services resumed on Monday.', 'More sailings are planned.'];

  it('takes the first substantial line as the headline, after a one-word kicker', () => {
    const header = findHeader(blocks('Shipping', HEADLINE, ...body));
    expect(header).toMatchObject({ headline: HEADLINE });
    expect(texts(header)).toEqual(body);
    expect(header?.removed).toEqual([{ rule: 'section kicker', text: 'Shipping' }]);
  });

  it('takes a short capitalised line above a longer headline for a kicker', () => {
    expect(findHeader(blocks('Cyber Security News', HEADLINE, ...body))?.headline).toBe(HEADLINE);
  });

  it('reads a date line and a byline after the headline', () => {
    const header = findHeader(blocks(HEADLINE, 'By Jane Doe', 'March 3, 2021', ...body));
    expect(header).toMatchObject({ headline: HEADLINE, author: 'Jane Doe', published: '2021-03-03' });
    expect(texts(header)).toEqual(body);
  });

  it('reads a date line above the headline', () => {
    expect(findHeader(blocks('Monday, March 1, 2021', HEADLINE, ...body))).toMatchObject({
      headline: HEADLINE,
      published: '2021-03-01',
    });
  });

  it.each([
    ['a bare name, then the date', ['Jane Doe', 'November 16, 2021']],
    ['the date, then a bare name', ['November 16, 2021', 'Jane Doe']],
    ['"Author:" and the name on the next line', ['Author:', 'Jane Doe', 'Nov. 16, 2021']],
    ['a byline with a role and the date', ['Written by Jane Doe, Contributor on Nov. 16, 2021']],
    ['a name with a role', ['Jane Doe | Reporter', 'November 16, 2021 5:32 PM ET']],
    ['a name, its role below it, and the date', ['Jane Doe', 'Senior Reporter', '16 Nov 2021']],
    ['a line of parts', ['Jane Doe | November 16, 2021 | 3 min read']],
    ['a comment counter and reading time between', ['By Jane Doe', '3 minute read', '2021-11-16']],
    ['an ISO date and time', ['By Jane Doe', '2021-11-16T17:32:00Z']],
    ['a day-first date that cannot be month-first', ['By Jane Doe', '16/11/2021']],
    ['"By" alone, the name, the date and a clock time', ['By', 'Jane Doe', 'November 16, 2021', '05:32 PM']],
    ['a date, then "by" and the name', ['Posted on November 16, 2021 by Jane Doe']],
    ['a role and the date run together', ['Jane Doe', 'Staff reporter 16/11/2021']],
  ])('finds the byline and date in %s', (_name, header) => {
    const found = findHeader(blocks(HEADLINE, ...header, ...body));
    expect(found).toMatchObject({ headline: HEADLINE, author: 'Jane Doe', published: '2021-11-16' });
    expect(texts(found)).toEqual(body);
  });

  it('keeps a standfirst that comes before the date', () => {
    const standfirst = 'The islands have been cut off for three weeks.';
    const found = findHeader(blocks(HEADLINE, standfirst, 'By Jane Doe', 'November 16, 2021', ...body));
    expect(found).toMatchObject({ author: 'Jane Doe', published: '2021-11-16' });
    expect(texts(found)).toEqual([standfirst, ...body]);
  });

  it('reads several writers', () => {
    expect(findHeader(blocks(HEADLINE, 'By Jane Doe and John Roe', ...body))?.author).toBe('Jane Doe and John Roe');
  });

  it('prefers the first publication to an update, and takes an update when it is all there is', () => {
    expect(findHeader(blocks(HEADLINE, 'Updated: March 2, 2021', 'March 1, 2021', ...body))?.published).toBe(
      '2021-03-01',
    );
    expect(findHeader(blocks(HEADLINE, 'Updated: March 2, 2021', ...body))?.published).toBe('2021-03-02');
  });

  it.each([
    ['Published 3 hours ago', 'relative'],
    ['Yesterday', 'relative'],
    ['11/12/2021', 'ambiguous'],
  ])('reports %j as a date it cannot resolve', (line, reason) => {
    const found = findHeader(blocks(HEADLINE, 'By Jane Doe', line, ...body));
    expect(found?.published).toBeUndefined();
    expect(found?.unresolved).toEqual({ text: line, reason });
    expect(texts(found)).toEqual(body);
  });

  it('takes a line naming the known writer for their byline', () => {
    const found = findHeader(blocks(HEADLINE, 'JANE DOE', ...body), { author: 'Jane Doe' });
    expect(texts(found)).toEqual(body);
    expect(found?.removed).toEqual([{ rule: 'byline', text: 'JANE DOE' }]);
  });

  it('uses a headline the page names and drops its repeat and what is above it', () => {
    const found = findHeader(blocks('Shipping', HEADLINE, 'By Jane Doe', ...body), { headline: HEADLINE });
    expect(found).toMatchObject({ headline: HEADLINE, author: 'Jane Doe' });
    expect(texts(found)).toEqual(body);
  });

  it('reads a header without the headline when the page names it elsewhere', () => {
    const found = findHeader(blocks('Shipping', 'By Jane Doe', 'March 3, 2021', ...body), { headline: HEADLINE });
    expect(found).toMatchObject({ headline: HEADLINE, published: '2021-03-03' });
    expect(texts(found)).toEqual(body);
  });

  it('takes "Headline | Outlet" above the headline for the page title', () => {
    const found = findHeader(blocks(`${HEADLINE} | Island Times`, HEADLINE, 'By Jane Doe', ...body));
    expect(found).toMatchObject({ headline: HEADLINE, author: 'Jane Doe' });
    expect(found?.removed[0]).toEqual({ rule: 'page title', text: `${HEADLINE} | Island Times` });
    expect(texts(found)).toEqual(body);
  });

  it('leaves a dateline that opens a paragraph in the body', () => {
    expect(texts(findHeader(blocks(HEADLINE, ...body)))).toEqual(body);
  });

  it('leaves a bare name that is not beside a date or a label', () => {
    expect(texts(findHeader(blocks(HEADLINE, 'Jane Doe', ...body)))).toEqual(['Jane Doe', ...body]);
  });

  it('leaves dates and bylines further down in the body', () => {
    const later = [...body, 'March 3, 2021', 'By Jane Doe'];
    expect(texts(findHeader(blocks(HEADLINE, ...later)))).toEqual(later);
  });

  it('leaves a sentence that starts like a byline', () => {
    const text = ['By Thursday, officials expect the port to reopen.', ...body];
    expect(texts(findHeader(blocks(HEADLINE, ...text)))).toEqual(text);
  });

  it('finds no headline in kickers alone', () => {
    expect(findHeader(blocks('World', 'Asia Pacific'))).toBeNull();
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
