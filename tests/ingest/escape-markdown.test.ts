import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownParagraph } from '../../src/core/ingest/escape-markdown.ts';
import { markdownToText } from '../../src/core/text/markdown-to-text.ts';
import { trickyLine } from './tricky-lines.ts';

const roundTrip = (paragraphs: string[]): string =>
  markdownToText(paragraphs.map(escapeMarkdownParagraph).join('\n\n')).text;

describe('escapeMarkdownParagraph', () => {
  it.each([
    ['# not a heading'],
    ['#hashtag'],
    ['> not a quote'],
    ['- not a list'],
    ['+ not a list'],
    ['* not a list'],
    ['1. not a list'],
    ['2018) not a list'],
    ['---'],
    ['***'],
    ['___'],
    ['```js'],
    ['~~~'],
    ['<div>raw html</div>'],
    ['<script>alert(1)</script>'],
    ['a <b>bold</b> claim'],
    ['*emphasis* and _emphasis_ and **strong**'],
    ['~~struck~~ and ~one~'],
    ['[a link](http://example.com) and ![an image](x.png)'],
    ['[ref]: http://example.com'],
    ['a footnote[^1]'],
    ['&amp; &copy; &#169; &#xA9; stay as typed'],
    ['AT&T & co'],
    ['C:\\Users\\news ends with a backslash\\'],
    ['| a | b |'],
    ['`code` and ``more``'],
    ['<http://example.com> and www.example.com and a@b.co'],
    ['see http://example.com/a_b_*c* or https://x.y/~z~'],
    ['<http://x.y>* and WWW.example.org/_x_'],
    ['mail first_last@example.com or @handle'],
    ['US$250 billion (S$342.58 billion)'],
    ['“Quotes” — dashes – and no\u00a0break spaces'],
  ])('%j renders back to itself', (line) => {
    expect(roundTrip([line])).toBe(line);
  });

  it('leaves ordinary prose untouched', () => {
    const prose = 'The U.S. and 12 allies (including Japan) said: “enough” — on Thursday.';
    expect(escapeMarkdownParagraph(prose)).toBe(prose);
  });

  it('renders any trimmed line back to itself', () => {
    fc.assert(
      fc.property(trickyLine, (line) => roundTrip([line]) === line),
      { numRuns: 2000 },
    );
  });

  it('renders any paragraphs back to themselves joined by one blank line', () => {
    fc.assert(
      fc.property(
        fc.array(trickyLine, { minLength: 1, maxLength: 6 }),
        (lines) => roundTrip(lines) === lines.join('\n\n'),
      ),
      { numRuns: 500 },
    );
  });
});
