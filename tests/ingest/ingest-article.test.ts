import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/content/content-error.ts';
import { splitFrontMatter } from '../../src/core/content/front-matter.ts';
import { ingestArticle } from '../../src/core/ingest/ingest-article.ts';
import { markdownToText } from '../../src/core/text/markdown-to-text.ts';
import { trickyLine } from './tricky-lines.ts';

const scraped = [
  'Follow us on Telegram for breaking news',
  'Shipping',
  'Ferries: the islands are connected again',
  'By Jane Doe | Island Times',
  'March 3, 2021',
  '',
  '{adslot}LISBON (Reuters) - Ferry services resumed on Monday after a three-week pause.',
  '',
  '1. Sailings from the mainland start at 6 a.m.; the *first* boat was full.',
  '- A spokesman said <b>all</b> routes would run by Friday.',
  'Ferries: the islands are connected again',
  'Dockworkers cheer as the first ferry arrives. (Harbour photo by John Roe)',
  'Leave a Reply',
].join('\n');

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
};

describe('ingestArticle', () => {
  const article = ingestArticle(scraped, { outlet: 'Island Times' });

  it('finds headline, byline and date, and writes the front matter in the design order', () => {
    expect(article.slug).toBe('ferries-the-islands-are-connected-again');
    expect(article.file.split('---\n')[1]).toBe(
      'title: "Ferries: the islands are connected again"\noutlet: Island Times\npublished: 2021-03-03\nauthor: Jane Doe\n',
    );
  });

  it('keeps the body paragraphs as published, and the markdown renders back to them', () => {
    const expected = [
      'LISBON (Reuters) - Ferry services resumed on Monday after a three-week pause.',
      '1. Sailings from the mainland start at 6 a.m.; the *first* boat was full.',
      'A spokesman said <b>all</b> routes would run by Friday.',
    ];
    expect(article.paragraphs).toEqual(expected);
    expect(markdownToText(splitFrontMatter(article.file).body).text).toBe(expected.join('\n\n'));
  });

  it('writes a bulleted line as a list item and a lone numbered line as a paragraph', () => {
    expect(splitFrontMatter(article.file).body).toContain(
      '1\\. Sailings from the mainland start at 6 a.m.; the \\*first\\* boat was full.\n\n- A spokesman said \\<b>all\\</b> routes would run by Friday.\n',
    );
  });

  it('reports every removal with its rule', () => {
    expect(article.removed.map((r) => r.rule).sort()).toEqual(
      [
        'ad marker',
        'byline',
        'comment form',
        'date line',
        'headline repeat',
        'newsletter or social prompt',
        'photo caption',
        'section kicker',
      ].sort(),
    );
  });

  it('lets the command line win over the text', () => {
    const given = ingestArticle(scraped, {
      outlet: 'X',
      published: '2021-03-04',
      author: 'Desk',
      url: 'https://example.com/a',
      slug: 'ferries',
    });
    expect(given.slug).toBe('ferries');
    expect(given.file.split('---\n')[1]).toBe(
      'title: "Ferries: the islands are connected again"\noutlet: X\npublished: 2021-03-04\nurl: https://example.com/a\nauthor: Desk\n',
    );
  });

  it.each([
    [{}, 'outlet', '--outlet'],
    [{ outlet: 'X', published: '2021-02-30' }, 'published', '--published'],
    [{ outlet: 'X', published: '03/04/2021' }, 'published', '--published'],
    [{ outlet: 'X', url: 'ftp://example.com/a' }, 'url', '--url'],
    [{ outlet: 'X', slug: 'Not A Slug' }, 'file name', '--slug'],
  ])('refuses %j, naming the file and the field', (options, field, flag) => {
    const problems = problemsOf(() => ingestArticle(scraped, options, { dir: 'out', source: 'scraped.txt' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.file).toMatch(/^out\/.+\.md$/);
    expect(problems[0]?.message).toContain(flag);
  });

  it('needs a date from somewhere', () => {
    const problems = problemsOf(() =>
      ingestArticle('Ferries return to the islands\n\nServices resumed.', { outlet: 'X' }),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/articles/ferries-return-to-the-islands.md', 'published'],
    ]);
  });

  it('needs a headline and a body', () => {
    expect(
      problemsOf(() => ingestArticle('World\n\nLeave a Reply', { outlet: 'X' }, { dir: 'out', source: 'a.txt' })),
    ).toEqual([
      { file: 'a.txt', field: 'title', message: 'expected a headline, but the text has no substantial line' },
    ]);
    expect(
      problemsOf(() => ingestArticle('Ferries return to the islands', { outlet: 'X', published: '2021-03-03' }))[0]
        ?.field,
    ).toBe('body');
  });

  it('asks for --slug when the headline gives none', () => {
    const problems = problemsOf(() =>
      ingestArticle('«» —— «»\n\nServices resumed.', { outlet: 'X', published: '2021-03-03' }),
    );
    expect(problems[0]).toMatchObject({ field: 'slug' });
    expect(problems[0]?.message).toContain('--slug');
  });
});

describe('ingestArticle on arbitrary text', () => {
  it('writes a file that loads and renders back to the kept paragraphs, or names what is missing', () => {
    const rawLine = fc.oneof(trickyLine, fc.constantFrom('', '   ', '\u0000x', 'By Jane Doe', 'March 3, 2021'));
    fc.assert(
      fc.property(fc.array(rawLine, { maxLength: 8 }), (lines) => {
        const raw = ['Ferries return to the islands', ...lines].join('\n');
        try {
          const article = ingestArticle(raw, { outlet: 'X', published: '2021-03-03' });
          return markdownToText(splitFrontMatter(article.file).body).text === article.paragraphs.join('\n\n');
        } catch (error) {
          // Only a missing body may stop it; anything else is a bug.
          return error instanceof ContentError && error.problems.every((p) => p.field === 'body');
        }
      }),
      { numRuns: 300 },
    );
  });
});
