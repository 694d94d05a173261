import { parseByline } from './byline.ts';
import { parseDateLine } from './date-line.ts';
import type { Removal } from './strip-residue.ts';

export interface ArticleHeader {
  headline: string;
  /** `YYYY-MM-DD` from a date line or the byline. */
  published?: string;
  author?: string;
  /** The paragraphs after the header. */
  body: string[];
  /** Header lines that are not article text (kicker, date line, byline). */
  removed: Removal[];
}

/**
 * A section kicker printed above a headline ("Cybersecurity", "Middle East"):
 * at most two words and no sentence punctuation. A headline is longer.
 */
export function isKicker(line: string): boolean {
  return line.split(/\s+/).length <= 2 && line.length <= 30 && !/[.!?]$/.test(line);
}

/**
 * Reads the head of an article whose residue is already gone: kickers,
 * date lines and bylines up to the headline (the first substantial line),
 * then date lines and bylines straight after it. The body is the rest.
 * Returns null when no line can be the headline.
 */
export function findHeader(paragraphs: readonly string[]): ArticleHeader | null {
  const removed: Removal[] = [];
  const found: { published?: string; author?: string } = {};

  const takeMeta = (line: string): boolean => {
    const date = parseDateLine(line);
    if (date) {
      found.published ??= date;
      removed.push({ rule: 'date line', text: line });
      return true;
    }
    const byline = parseByline(line);
    if (byline) {
      found.author ??= byline.author;
      if (byline.published) found.published ??= byline.published;
      removed.push({ rule: 'byline', text: line });
      return true;
    }
    return false;
  };

  let index = 0;
  for (; index < paragraphs.length; index++) {
    const line = paragraphs[index] ?? '';
    if (takeMeta(line)) continue;
    if (!isKicker(line)) break;
    removed.push({ rule: 'section kicker', text: line });
  }
  const headline = paragraphs[index];
  if (headline === undefined) return null;
  index++;
  while (index < paragraphs.length && takeMeta(paragraphs[index] ?? '')) index++;
  return { headline, ...found, body: paragraphs.slice(index), removed };
}
