import { dropWhen, lineKey } from './rule.ts';

const READING_TIME =
  /^(?:(?:estimated\s+)?(?:reading|read)\s+time\s*:?\s*)?(?:about\s+)?\d+(?:\s*[-–]\s*\d+)?[\s-]*(?:min|mins|minutes?)(?:\s+(?:read|reading|listen))?(?:\s+time)?$/i;

/** True for "3 minute read", "5 min read", "Reading time: 4 minutes", "4-minute read". */
export function isReadingTime(text: string): boolean {
  return READING_TIME.test(lineKey(text));
}

/**
 * Reading-time labels a page prints by the byline: "3 minute read",
 * "5 min read", "Reading time: 4 minutes". A sentence that counts minutes
 * ("The raid took 5 minutes.") has more words than the label.
 */
export const readingTime = dropWhen('reading time', (block) => isReadingTime(block.text));
