import type { Block } from './block.ts';
import { readHeaderLine, type HeaderLine, type UnresolvedDate } from './header-line.ts';
import { comparable } from './paragraphs.ts';
import { endsSentence, wordCount } from './rules/rule.ts';
import type { Removal } from './strip-residue.ts';

export interface ArticleHeader {
  headline: string;
  /** `YYYY-MM-DD` from a date line or the byline; a first-publication date wins over an update's. */
  published?: string;
  /** The header line the date was read from. */
  publishedFrom?: string;
  author?: string;
  /** A date line that gave no date ("3 hours ago", "11/12/2021"), when no line gave one. */
  unresolved?: UnresolvedDate;
  /** The blocks after the header, a standfirst among them. */
  body: Block[];
  /** Header lines that are not article text (kicker, date line, byline). */
  removed: Removal[];
}

export interface HeaderHints {
  /** The headline when the page names it (HTML); otherwise the first substantial line is. */
  headline?: string | undefined;
  /** The writer when known, so that a line naming them is taken for their byline. */
  author?: string | undefined;
}

/** How far past the headline the header may reach, in blocks. */
const HEADER_REACH = 12;
/** The header ends at the last header line before this many blocks of text in a row. */
const TEXT_RUN = 2;

/**
 * A section kicker printed above a headline ("Cybersecurity", "Middle East"):
 * at most two words and no sentence punctuation. A headline is longer.
 */
export function isKicker(line: string): boolean {
  return line.split(/\s+/).length <= 2 && line.length <= 30 && !/[.!?]$/.test(line);
}

/**
 * Reads the head of an article whose residue is already gone. Before the
 * headline: kickers, date lines and bylines. The headline is the first
 * substantial line, unless the page named it. After it, the header runs to
 * the last date line, byline or byline part ("Author:", a bare name beside
 * a date, a role) before two blocks of text in a row; text inside it (a
 * standfirst) stays in the body. Returns null when no line can be the headline.
 */
export function findHeader(blocks: readonly Block[], hints: HeaderHints = {}): ArticleHeader | null {
  const removed: Removal[] = [];
  const facts: Facts = {};
  let index = 0;
  let headline = hints.headline;
  const named = headline === undefined ? -1 : findRepeat(blocks, headline);
  if (headline === undefined || named >= 0) {
    for (; index < blocks.length; index++) {
      const block = blocks[index];
      if (!block || index === named) break;
      const line = readHeaderLine(block.text, hints.author);
      if (line.kind === 'meta') {
        note(facts, line, block.text);
        removed.push({ rule: ruleFor(line), text: block.text });
        continue;
      }
      if (headline === undefined && block.kind !== 'item' && !isKicker(block.text) && !isKickerBefore(blocks, index))
        break;
      removed.push({ rule: isKicker(block.text) ? 'section kicker' : 'above the headline', text: block.text });
    }
    const found = blocks[index];
    if (found === undefined) return null;
    const title = pageTitle(found.text, blocks[index + 1]?.text);
    if (headline === undefined && title) {
      removed.push({ rule: 'page title', text: found.text });
      index++;
    }
    headline ??= title ?? found.text;
    if (index === named) removed.push({ rule: 'headline repeat', text: found.text });
    index++;
  }

  const rest = blocks.slice(index);
  const lines = classify(rest.slice(0, HEADER_REACH), hints.author);
  const end = headerEnd(lines);
  const body: Block[] = [];
  rest.forEach((block, i) => {
    const line = lines[i];
    if (i >= end || !line || line.kind === 'text') {
      if (i < end && line?.kind === 'text' && isKicker(block.text) && block.kind !== 'item') {
        removed.push({ rule: 'section kicker', text: block.text });
      } else {
        body.push(block);
      }
      return;
    }
    note(facts, line, block.text);
    removed.push({ rule: ruleFor(line), text: block.text });
  });
  return { headline, ...settle(facts), body, removed };
}

/** "Headline | Outlet" right above "Headline": the page's title, then the headline itself. */
function pageTitle(line: string, next: string | undefined): string | null {
  if (next === undefined) return null;
  const match = /^(.*\S)\s+[|–—-]\s+[^|]{1,60}$/.exec(line);
  return match?.[1] && comparable(match[1]) === comparable(next) ? next : null;
}

/** A short capitalised line right above a longer headline-like one: "Cyber Security News" over the headline. */
function isKickerBefore(blocks: readonly Block[], index: number): boolean {
  const line = blocks[index]?.text ?? '';
  const next = blocks[index + 1]?.text ?? '';
  const capitalised = line.split(/\s+/).every((word) => /^[\p{Lu}\p{N}&]/u.test(word));
  return (
    wordCount(line) <= 4 &&
    capitalised &&
    !endsSentence(line) &&
    wordCount(next) > wordCount(line) + 1 &&
    !/[.]$/.test(next)
  );
}

/** Where the page's own headline repeats among the first blocks, or -1. */
function findRepeat(blocks: readonly Block[], headline: string): number {
  const target = comparable(headline);
  return blocks.slice(0, HEADER_REACH).findIndex((block) => comparable(block.text) === target);
}

/** Header lines after the headline, a bare name or role settled by its neighbours. */
function classify(blocks: readonly Block[], author: string | undefined): HeaderLine[] {
  const lines = blocks.map((block): HeaderLine =>
    block.kind === 'item' ? { kind: 'text' } : readHeaderLine(block.text, author),
  );
  const isFact = (line: HeaderLine | undefined): boolean =>
    line !== undefined && (line.kind === 'meta' || line.kind === 'label' || line.kind === 'role');
  return lines.map((line, i) => {
    if (line.kind === 'name') {
      const byLabel = lines[i - 1]?.kind === 'label';
      const byline = byLabel || isFact(lines[i - 1]) || isFact(lines[i + 1]);
      return byline && line.author !== undefined ? { kind: 'meta', author: line.author } : TEXT_LINE;
    }
    if (line.kind === 'label') return lines[i + 1]?.kind === 'name' ? line : TEXT_LINE;
    if (line.kind === 'role') {
      const nextToName = [lines[i - 1], lines[i + 1]].some((other) => other?.kind === 'name' || other?.author);
      return nextToName ? line : TEXT_LINE;
    }
    return line;
  });
}

const TEXT_LINE: HeaderLine = { kind: 'text' };

/** The index after the last header line that comes before a run of text. */
function headerEnd(lines: readonly HeaderLine[]): number {
  let end = 0;
  let text = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.kind === 'text') {
      if (++text >= TEXT_RUN) break;
    } else {
      text = 0;
      end = i + 1;
    }
  }
  return end;
}

function ruleFor(line: HeaderLine): string {
  if (line.author !== undefined || line.kind === 'label' || line.kind === 'role') return 'byline';
  return line.date || line.unresolved ? 'date line' : 'reading time';
}

interface Facts {
  published?: { date: string; from: string };
  updated?: { date: string; from: string };
  author?: string;
  unresolved?: UnresolvedDate;
}

function note(facts: Facts, line: HeaderLine, text: string): void {
  if (line.author) facts.author ??= line.author;
  if (line.date && !line.date.updated) facts.published ??= { date: line.date.date, from: text };
  if (line.date?.updated) facts.updated ??= { date: line.date.date, from: text };
  if (line.unresolved) facts.unresolved ??= line.unresolved;
}

function settle(facts: Facts): Pick<ArticleHeader, 'published' | 'publishedFrom' | 'author' | 'unresolved'> {
  const date = facts.published ?? facts.updated;
  return {
    ...(date ? { published: date.date, publishedFrom: date.from } : {}),
    ...(facts.author !== undefined ? { author: facts.author } : {}),
    ...(!date && facts.unresolved ? { unresolved: facts.unresolved } : {}),
  };
}
