/**
 * Splits scraped text into paragraphs. Scrapers write one paragraph per line,
 * so every non-blank line is a paragraph; blank lines carry no meaning.
 * Each line is trimmed at both ends (the spaces, tabs and no-break spaces a
 * scraper leaves there are invisible on the page and would otherwise turn
 * into markdown code blocks); inside a line only NUL changes, to U+FFFD as
 * every markdown reader would show it.
 */
export function splitParagraphs(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replaceAll('\0', '\uFFFD')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The form two paragraphs are compared in: case, spacing and closing punctuation do not count. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s.!?:;,]+$/u, '')
    .trim();
}

/** `text` cut to about `max` characters for a log line, keeping both ends (a credit sits at the end). */
export function shorten(text: string, max = 80): string {
  if (text.length <= max) return text;
  const tail = Math.floor(max / 3);
  return `${text.slice(0, max - tail - 1).trimEnd()}…${text.slice(-tail).trimStart()}`;
}
