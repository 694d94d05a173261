import { CLOCK_TIME, isPersonName, isRolePhrase, parseByline, PART_SEPARATOR, readTail } from './byline.ts';
import { readDateLine } from './date-line.ts';
import { isReadingTime } from './rules/reading-time.ts';

/** A date the page gives in a form that needs more than the page to resolve. */
export interface UnresolvedDate {
  text: string;
  reason: 'relative' | 'ambiguous';
}

/** What one line of an article's header says about the article. */
export interface HeaderLine {
  /**
   * `meta`: a date line, a byline or header furniture (reading time), never
   * article text. `label`: "Author:", "By" alone, the name being on the next
   * line. `name`: a bare name, a byline only beside a date, a label or a
   * role. `role`: "Senior Reporter" alone. `text`: anything else.
   */
  kind: 'meta' | 'label' | 'name' | 'role' | 'text';
  author?: string;
  date?: { date: string; updated: boolean };
  unresolved?: UnresolvedDate;
}

const TEXT: HeaderLine = { kind: 'text' };
const LABEL_ONLY = /^(?:by|written\s+by|posted\s+by|words(?:\s+by)?|authors?|byline|reporter)\s*:?$/i;
const BY_PREFIX = /^(?:(?:(?:written|reported|posted|story|words|text)\s+)?by\s*:?|(?:authors?|words|byline)\s*:)$/i;

/**
 * Classifies one header line. `author` is the writer's name when already
 * known (from `--author` or the page's metadata): a line that names them
 * with nothing but byline parts around it is their byline.
 */
export function readHeaderLine(text: string, author?: string): HeaderLine {
  const line = text.trim();
  if (line.split(/\s+/).length > 30) return TEXT;
  const date = readDateLine(line);
  if (date?.kind === 'date') return { kind: 'meta', date: { date: date.date, updated: date.updated } };
  if (date) return { kind: 'meta', unresolved: { text: date.text, reason: date.kind } };
  if (LABEL_ONLY.test(line)) return { kind: 'label' };
  const known = author ? namedByline(line, author) : null;
  if (known) return known;
  const byline = parseByline(line);
  if (byline) return bylineLine(byline.author, byline.published);
  if (isPersonName(line)) return { kind: 'name', author: line };
  if (isReadingTime(line) || CLOCK_TIME.test(line)) return { kind: 'meta' };
  if (isRolePhrase(line)) return { kind: 'role' };
  return readParts(line, author) ?? readTrailingDate(line, author) ?? readDateThenByline(line, author) ?? TEXT;
}

/** "Posted on November 16, 2021 by Jane Doe": a date line, then "by" and the names. */
function readDateThenByline(line: string, author: string | undefined): HeaderLine | null {
  const match = /^(.+?)\s+(by\s+.+)$/i.exec(line);
  if (!match?.[1] || !match[2]) return null;
  const date = readDateLine(match[1]);
  const byline = readHeaderLine(match[2], author);
  if (!date || byline.kind !== 'meta' || !byline.author) return null;
  return date.kind === 'date'
    ? { kind: 'meta', author: byline.author, date: { date: date.date, updated: date.updated } }
    : { kind: 'meta', author: byline.author, unresolved: { text: date.text, reason: date.kind } };
}

/** "Staff reporter 16/11/2021", "Jane Doe November 16, 2021": byline parts run into a date without a separator. */
function readTrailingDate(line: string, author: string | undefined): HeaderLine | null {
  const words = line.split(/\s+/);
  for (let from = 1; from < words.length; from++) {
    const date = readDateLine(words.slice(from).join(' '));
    if (!date) continue;
    const before = readHeaderLine(
      words
        .slice(0, from)
        .join(' ')
        .replace(/[\s,|·•–—-]+$/, ''),
      author,
    );
    if (before.kind === 'text') return null;
    const facts: HeaderLine =
      date.kind === 'date'
        ? { kind: 'meta', date: { date: date.date, updated: date.updated } }
        : { kind: 'meta', unresolved: { text: date.text, reason: date.kind } };
    return before.author ? { ...facts, author: before.author } : facts;
  }
  return null;
}

function bylineLine(author: string, published: string | undefined): HeaderLine {
  return published ? { kind: 'meta', author, date: { date: published, updated: false } } : { kind: 'meta', author };
}

/** The byline of a known writer: "Jane Doe", "JANE DOE | Reporter", "Words by Jane Doe, Nov. 16, 2021". */
function namedByline(line: string, author: string): HeaderLine | null {
  const words = author.trim().split(/\s+/).map(escapeRegExp);
  const match = new RegExp(String.raw`(?<![\p{L}\p{N}])${words.join(String.raw`\s+`)}(?![\p{L}\p{N}])`, 'iu').exec(
    line,
  );
  if (!match) return null;
  const before = line.slice(0, match.index).trim();
  if (before !== '' && !BY_PREFIX.test(before)) return null;
  const after = line
    .slice(match.index + match[0].length)
    .replace(/^(?:,|[|·•–—-](?=\s|$))\s*/, '')
    .trim();
  const tail = readTail(after);
  return tail ? bylineLine(author, tail.published) : null;
}

/**
 * A line of parts ("Jane Doe | November 16, 2021 | 3 min read"): a header
 * line when every part is a date, a name, a role or reading time and at
 * least one is a date or a byline.
 */
function readParts(line: string, author: string | undefined): HeaderLine | null {
  const parts = line.split(PART_SEPARATOR).filter((part) => part.trim() !== '');
  if (parts.length < 2) return null;
  const merged: HeaderLine = { kind: 'meta' };
  let facts = false;
  for (const part of parts) {
    const read = readHeaderLine(part, author);
    if (read.kind === 'text' || read.kind === 'label') return null;
    if (read.author) merged.author ??= read.author;
    if (read.date) merged.date ??= read.date;
    if (read.unresolved) merged.unresolved ??= read.unresolved;
    facts ||= read.kind === 'meta' && (read.date ?? read.unresolved ?? read.author) !== undefined;
  }
  return facts ? merged : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
