import { readDateLine } from './date-line.ts';
import { isReadingTime } from './rules/reading-time.ts';

export interface Byline {
  author: string;
  /** `YYYY-MM-DD`, when the byline also carries the date. */
  published?: string;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const NAME_JOINER = /^(?:and|&|de|del|della|der|den|van|von|da|di|du|la|le|bin|bint|al|el|dos|y|ter|ten)$/;
/** Where the parts of a byline line meet: "Jane Doe | Reporter · 3 min read". */
export const PART_SEPARATOR = /\s+[|·•–—-]\s+|\s*[|·•]\s*/;

/** What a byline calls its writer besides the name. */
const ROLE_WORD =
  /^(?:reporters?|correspondents?|writers?|editors?|editor-at-large|contributors?|contributing|columnists?|journalists?|staff|analysts?|producers?|authors?|freelancer|freelance|interns?|critics?|reviewers?|bloggers?|researchers?|senior|chief|deputy|managing|associate|executive|special|bureau|desk|newsdesk|team|fellow|host|anchor|photographer|videographer)$/i;
/** The words of an outlet's name or a role phrase that are not capitalised. */
const SMALL_WORD = /^(?:the|of|for|at|and|&|on|in|to|a|an)$/i;

const PREFIX =
  /^(?:(?:(?:written|reported|posted|story|words|text|reporting|article)\s+)?by\s*:?|(?:authors?|writers?|reporters?|words|byline)\s*:)\s*/i;

/** True when the text is a person's name and nothing else: two to six capitalised words ("Jane Doe", "Juan de la Cruz"). */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || text.length > 60) return false;
  if (!words.every((w) => NAME_WORD.test(w) || NAME_JOINER.test(w))) return false;
  return NAME_WORD.test(words[0] ?? '') && NAME_WORD.test(words.at(-1) ?? '') && !words.some((w) => ROLE_WORD.test(w));
}

/** True for a role ("Senior Reporter", "Contributor", "Cybersecurity reporter at The Daily Planet"). */
export function isRolePhrase(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || /[.!?;:]$/.test(text.trim())) return false;
  return words.some((w) => ROLE_WORD.test(w)) && words.every((w) => /^[\p{L}\p{M}'’&-]+$/u.test(w));
}

/** True for a short capitalised name such as an outlet's ("The Daily Planet", "AP", "Island Times"). */
function isOutletName(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 6 &&
    NAME_WORD.test(words[0] ?? '') &&
    words.every((w) => NAME_WORD.test(w) || SMALL_WORD.test(w))
  );
}

/**
 * Reads a byline: "By Jane Doe", "By JANE DOE and John Roe | The Hill",
 * "By Jane Doe, John Roe and Ann Poe", "By Jane Doe, Dec. 20, 2018",
 * "Written by Jane Doe, Contributor on Nov. 16, 2021", "Author: Jane Doe";
 * and without "By" a name with a role: "Jane Doe | Reporter", "Jane Doe,
 * Senior Writer". Names are capitalised words (joined by "and", "de",
 * "van"…), so a sentence such as "By Thursday, officials…" is not one;
 * whatever follows the names must be a role, an outlet, a time or a date.
 */
export function parseByline(line: string): Byline | null {
  const trimmed = line.trim();
  const prefix = PREFIX.exec(trimmed);
  const rest = prefix ? trimmed.slice(prefix[0].length) : trimmed;
  const names = readNames(rest);
  if (!names) return null;
  const tail = readTail(names.tail);
  if (!tail) return null;
  // Without "By" only a role says that the name is the writer's.
  if (!prefix && !tail.role) return null;
  return tail.published ? { author: names.author, published: tail.published } : { author: names.author };
}

/** The names a byline starts with ("Jane Doe, John Roe and Ann Poe") and the text after them. */
function readNames(text: string): { author: string; tail: string } | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  const segments: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const [i, token] of tokens.entries()) {
    const comma = token.endsWith(',');
    const word = comma ? token.slice(0, -1) : token;
    const isName = NAME_WORD.test(word) && !ROLE_WORD.test(word) && !startsDate(word, tokens[i + 1]);
    if (!isName && !(NAME_JOINER.test(word) && current.length > 0)) break;
    current.push(word);
    used++;
    if (comma) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  // A segment counts as names only with two capitalised words ("Staff Writer" would, but has a role word).
  const named: string[] = [];
  let consumed = 0;
  for (const segment of segments) {
    const capitalised = segment.filter((w) => NAME_WORD.test(w)).length;
    if (capitalised < 2 || NAME_JOINER.test(segment.at(-1) ?? '') || segment.length > 8) break;
    named.push(segment.join(' '));
    consumed += segment.length;
    // "Jane Doe, John Roe and Ann Poe": the "and" closes the list of names.
    if (segment.some((w) => w === 'and' || w === '&')) break;
  }
  if (named.length === 0) return null;
  const tail = tokens.slice(Math.min(consumed, used)).join(' ');
  return { author: named.join(', '), tail: tail.replace(/^(?:,|[|·•–—-](?=\s))\s*/, '') };
}

/** A clock time on its own: "10:41 AM EST", "17.32". */
export const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const DATE_LABEL = /^(?:published|updated|posted|modified|on)$/i;

/** True at a word that starts the date after a name: "Published", "Updated", or a month before a number. */
function startsDate(word: string, next: string | undefined): boolean {
  return DATE_LABEL.test(word) || (MONTH.test(word) && /^\d/.test(next ?? ''));
}

/** What may follow a byline's names: role, outlet, time and date parts. Null when it reads as a sentence. */
export function readTail(tail: string): { role: boolean; published?: string } | null {
  if (tail.split(/\s+/).length > 14) return null;
  let role = false;
  let published: string | undefined;
  for (const part of tail.split(/\s+[|·•–—-]\s+|\s*[|·•]\s*|,\s+(?=\p{Lu})/u)) {
    const { date, before } = dateAtEnd(part);
    published ??= date ?? undefined;
    const words = before
      .replace(/^(?:for|of|at|from|in)\s+/i, '')
      .replace(/(?:^|[\s,]+)(?:on|at|updated|published|posted)?\s*:?\s*$/i, '')
      .trim();
    if (words === '' || isReadingTime(words) || CLOCK_TIME.test(words)) continue;
    if (isRolePhrase(words)) {
      role = true;
      continue;
    }
    if (!isOutletName(words)) return null;
  }
  return published ? { role, published } : { role };
}

/** The date a byline part ends with ("The Hill, December 20, 2018") and what comes before it. */
function dateAtEnd(part: string): { date: string | null; before: string } {
  const words = part.trim().split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    const reading = readDateLine(words.slice(from).join(' '));
    if (reading?.kind === 'date') return { date: reading.date, before: words.slice(0, from).join(' ') };
    if (reading) return { date: null, before: words.slice(0, from).join(' ') };
  }
  return { date: null, before: part };
}
