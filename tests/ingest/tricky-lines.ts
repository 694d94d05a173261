import fc from 'fast-check';

/** Pieces of text that markdown, GFM or HTML would read as syntax, mixed with ordinary words. */
// prettier-ignore
const TRICKY = [
  '#', '## ', '> ', '- ', '+ ', '* ', '**', '__', '_', '*', '1. ', '2) ', '123456789.', '0.', '99)', '`', '```',
  '~~~', '~', '~~', '[', ']', '(', ')', '![', '[^1]', '[x] ', '[link](http://x.y)', '<', '>', '<b>', '</b>',
  '<script>', '<!--', '-->', '<div>', '<http://x.y>', '&amp;', '&#169;', '&#xA9;', '&copy;', '&nbsp;', '&', 'AT&T',
  '\\', '\\*', '|', ' | ', '---', '===', '=', '***', '- - -', 'http://example.com/a_b_', 'www.example.org',
  'a@b.co', ':', '!', '"', "'", '’', '—', '–', ' ', '  ', '    ', '\t', '\u00a0', 'word', 'U.S.', '$', '^', '{',
  '}', '{mosads}', 'é', '中文', 'русский', 'عربي', '😀', '\\\n',
];

/** A trimmed, non-empty line built from tricky pieces and arbitrary graphemes. */
export const trickyLine = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    minLength: 1,
    maxLength: 14,
  })
  .map((pieces) =>
    pieces
      .join('')
      .replace(/[\r\n]/g, ' ')
      .trim(),
  )
  .filter((line) => line.length > 0);
