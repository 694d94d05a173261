import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block } from './block.ts';
import { isPersonName, parseByline, PART_SEPARATOR } from './byline.ts';
import { readDateLine } from './date-line.ts';
import { htmlBlocks, isHidden } from './html-blocks.ts';
import { comparable } from './paragraphs.ts';
import type { Removal } from './strip-residue.ts';

/** A fact about the article and where on the page it was read. */
export interface Sourced {
  value: string;
  source: string;
}

/** What ingest reads from a page before the residue rules: its blocks and what the page says about itself. */
export interface Page {
  blocks: Block[];
  removed: Removal[];
  /** Set when the page's markup says what its headings and lists are; plain text has to guess. */
  structured: boolean;
  headline?: Sourced;
  outlet?: Sourced;
  published?: Sourced;
  url?: Sourced;
  author?: Sourced;
}

/** Screen-reader-only text ("Opens in a new window") by the class names every CSS framework gives it. */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-hidden|offscreen)(?:\s|$)/i;

/**
 * Reads a saved HTML page: Mozilla's Readability (over a linkedom document)
 * finds the article's content, title, byline, site name and date; the
 * page's own `<h1>`, `<link rel=canonical>` or `og:url`, and `<time
 * datetime>` inside the article are read before Readability rewrites the
 * document. Hidden and screen-reader-only elements are dropped first.
 */
export function readHtmlPage(html: string): Page {
  const document = parsePage(html);
  const url = pageUrl(document);
  const headings = headlineCandidates(document);
  const time = articleTime(document);
  const markedByline = bylineMarkup(document);
  const dateMarkup = markedDate(document);

  const article = new Readability(document, { serializer: (node: Node) => node }).parse();
  const content = (article?.content ?? null) as Element | null;
  const { blocks, removed } = content ? htmlBlocks(content) : wholePage(html);

  const outlet = clean(article?.siteName);
  const title = clean(article?.title);
  const headline = pickHeadline(headings, title, outlet);
  const metadataDate = dateOf(article?.publishedTime);
  const timeDate = time ? dateOf(time) : undefined;
  const published = metadataDate ?? timeDate ?? dateMarkup?.date;
  const fromMeta = authorOf(article?.byline?.split('\n'));
  const author = fromMeta ?? authorOf(markedByline);
  return {
    blocks,
    removed,
    structured: true,
    ...(headline ? { headline } : {}),
    ...(outlet ? { outlet: { value: outlet, source: 'page metadata (og:site_name or JSON-LD publisher)' } } : {}),
    ...(published
      ? {
          published: {
            value: published,
            source: metadataDate
              ? 'page metadata (JSON-LD datePublished or article:published_time)'
              : timeDate
                ? '<time datetime> in the article'
                : `date markup "${dateMarkup?.text ?? ''}"`,
          },
        }
      : {}),
    ...(url ? { url } : {}),
    ...(author ? { author: { value: author, source: fromMeta ? 'page metadata (author)' : 'byline markup' } } : {}),
  };
}

/** The page as a document, without what no reader sees. */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    if (element.tagName.toLowerCase() === 'script') continue;
    if (isHidden(element) || SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) element.remove();
  }
  return document;
}

/** True when the text looks like an HTML page rather than scraped text. */
export function looksLikeHtml(raw: string): boolean {
  const start = raw
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1000)
    .toLowerCase();
  return start.startsWith('<') && /<(?:!doctype\s+html|html|head|body|article|main|div|p|meta|title)\b/.test(start);
}

/** Without Readability's result: the blocks of the page's `<article>`, `<main>` or `<body>`, read afresh. */
function wholePage(html: string): { blocks: Block[]; removed: Removal[] } {
  const document = parsePage(html);
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return root ? htmlBlocks(root) : { blocks: [], removed: [] };
}

function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

function pageUrl(document: Document): Sourced | undefined {
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  if (canonical && /^https?:\/\//i.test(canonical)) return { value: canonical, source: '<link rel=canonical>' };
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim();
  if (og && /^https?:\/\//i.test(og)) return { value: og, source: 'og:url' };
  return undefined;
}

/** The page's `<h1>` texts outside its site header and navigation. */
function headlineCandidates(document: Document): string[] {
  return Array.from(document.querySelectorAll('h1'))
    .filter((h1) => !h1.closest('nav, footer, aside'))
    .map((h1) => clean(h1.textContent) ?? '')
    .filter((text) => text.split(/\s+/).length >= 2);
}

/**
 * The visible headline when it matches the page's title closely (the title
 * often carries the outlet's name: "Headline | Outlet"), else the title
 * without the outlet.
 */
function pickHeadline(
  headings: readonly string[],
  title: string | undefined,
  outlet: string | undefined,
): Sourced | undefined {
  const bare = title ? withoutOutlet(title, outlet) : undefined;
  if (bare) {
    const match = headings.find((h1) => similar(h1, bare));
    if (match) return { value: match, source: "the page's <h1>" };
    return { value: bare, source: 'page title (metadata or <title>)' };
  }
  const first = headings[0];
  return first ? { value: first, source: "the page's <h1>" } : undefined;
}

/** "Headline | Outlet", "Outlet - Headline" → "Headline", when the outlet is known. */
export function withoutOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const last = /^(.*\S)\s+[|·•–—-]\s+(.+)$/.exec(title);
  if (last?.[1] && comparable(last[2] ?? '') === comparable(outlet)) return last[1];
  const first = /^(.+?)\s+[|·•–—-]\s+(.*\S)$/.exec(title);
  if (first?.[2] && comparable(first[1] ?? '') === comparable(outlet)) return first[2];
  return title;
}

/** Two headlines that are the same but for an outlet's name or a cut: one's words contain most of the other's. */
function similar(a: string, b: string): boolean {
  const words = (text: string): string[] =>
    comparable(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const left = words(a);
  const right = new Set(words(b));
  if (left.length === 0 || right.size === 0) return false;
  const shared = left.filter((word) => right.has(word)).length;
  return shared / Math.min(left.length, right.size) >= 0.8;
}

/** What marks an element as the byline: its class or id, `rel="author"`, `itemprop="author"`. */
const BYLINE_MARK = /(?:^|[\s_-])(?:byline|by-line|author|authors|writer|contributor)(?:$|[\s_-])/i;

/** The lines of the article's byline markup, read as blocks so that a name and a role stay apart. */
function bylineMarkup(document: Document): string[] | undefined {
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!scope) return undefined;
  const marked = Array.from(scope.querySelectorAll('[class], [id], [rel], [itemprop]')).find(
    (element) =>
      !element.closest('nav, footer, aside, [class*="comment"]') &&
      (BYLINE_MARK.test(element.getAttribute('class') ?? '') ||
        BYLINE_MARK.test(element.getAttribute('id') ?? '') ||
        /\bauthor\b/i.test(element.getAttribute('rel') ?? '') ||
        /\bauthor\b/i.test(element.getAttribute('itemprop') ?? '')) &&
      (element.textContent ?? '').trim().length > 0 &&
      (element.textContent ?? '').length <= 200,
  );
  return marked ? htmlBlocks(marked.cloneNode(true) as Element).blocks.map((block) => block.text) : undefined;
}

/** What marks an element as the article's date by its class or id. */
const DATE_MARK =
  /(?:^|[\s_-])(?:date|dateline|timestamp|published|pubdate|posted|posted-on|post-date|entry-date)(?:$|[\s_-])/i;

/** A date printed in markup marked as the date ("<span class="date-published">16/11/2021</span>") inside the article. */
function markedDate(document: Document): { date: string; text: string } | undefined {
  const scope = document.querySelector('article') ?? document.querySelector('main');
  if (!scope) return undefined;
  for (const element of Array.from(scope.querySelectorAll('[class], [id]'))) {
    if (!DATE_MARK.test(element.getAttribute('class') ?? '') && !DATE_MARK.test(element.getAttribute('id') ?? ''))
      continue;
    const text = clean(element.textContent) ?? '';
    if (text.length === 0 || text.length > 80) continue;
    for (const part of [text, ...text.split(PART_SEPARATOR)]) {
      const reading = readDateLine(part);
      if (reading?.kind === 'date' && !reading.updated) return { date: reading.date, text };
    }
  }
  return undefined;
}

/** The first `<time datetime>` inside the article's own markup, never the site header's date. */
function articleTime(document: Document): string | undefined {
  const time = document.querySelector(
    'article time[datetime], main time[datetime], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]',
  );
  return time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? undefined;
}

function dateOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const reading = readDateLine(value.trim());
  return reading?.kind === 'date' ? reading.date : undefined;
}

/**
 * The writer from the page's byline, which may be a bare name, a byline
 * with a role or date ("By Jane Doe | Reporter"), several lines of markup
 * or a profile URL (refused).
 */
function authorOf(byline: readonly string[] | undefined): string | undefined {
  const lines = (byline ?? []).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  for (const line of lines) {
    if (/^https?:\/\/|@|www\./i.test(line)) continue;
    const parsed = parseByline(line) ?? parseByline(`By ${line}`);
    if (parsed) return parsed.author;
    const first = line.split(PART_SEPARATOR)[0]?.trim() ?? '';
    if (isPersonName(first)) return first;
  }
  return undefined;
}
