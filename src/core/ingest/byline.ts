import { parseDateLine } from './date-line.ts';

export interface Byline {
  author: string;
  /** `YYYY-MM-DD`, when the byline also carries the date. */
  published?: string;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const NAME_JOINER = /^(?:and|&|de|del|della|der|van|von|da|di|du|la|le|bin|al|el|dos)$/;
const NAME_END = /\s+[|·•–—-]\s+|,\s*/;
const PART = /\s+[|·•–—-]\s+/;

/**
 * Reads a byline ("By Jane Doe", "By JANE DOE and John Roe | The Hill",
 * "By Jane Doe, Dec. 20, 2018"). The name must be two to eight capitalised
 * words (joined by "and", "de", "van"…), so a sentence such as "By Thursday,
 * officials…" is not taken for one.
 */
export function parseByline(line: string): Byline | null {
  const match = /^by\s+(.+)$/i.exec(line.trim());
  if (!match?.[1]) return null;
  const end = NAME_END.exec(match[1]);
  const name = (end ? match[1].slice(0, end.index) : match[1]).trim();
  const tail = end ? match[1].slice(end.index + end[0].length) : '';
  const words = name.split(/\s+/);
  const capitalised = words.filter((word) => NAME_WORD.test(word)).length;
  const named = words.every((word) => NAME_WORD.test(word) || NAME_JOINER.test(word));
  if (!named || capitalised < 2 || words.length > 8 || !NAME_WORD.test(words[0] ?? '')) return null;
  // What follows the name is an outlet, a role or the date; never a sentence.
  if (tail.split(/\s+/).length > 12) return null;
  const published = tail
    .split(PART)
    .map(dateAtEnd)
    .find((date) => date !== null);
  return published ? { author: name, published } : { author: name };
}

/** The date a byline part ends with: "The Hill, December 20, 2018" → 2018-12-20. */
function dateAtEnd(part: string): string | null {
  const pieces = part.split(',');
  for (let from = 0; from < pieces.length; from++) {
    const date = parseDateLine(pieces.slice(from).join(','));
    if (date) return date;
  }
  return null;
}
