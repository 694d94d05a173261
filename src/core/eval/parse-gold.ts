import { splitFrontMatter } from '../content/front-matter.ts';
import { slugFromFileName } from '../content/parse-article.ts';
import { markdownToText } from '../text/markdown-to-text.ts';
import type { ArticleSlug, Mention } from '../types.ts';
import { GoldError } from './gold-error.ts';
import { scanMarks, type SourceMark } from './scan-marks.ts';
import { asEntityId, asArticleSlug } from '../ids.ts';

/** A gold file, read: the article it annotates and its mentions in plain-text coordinates. */
export interface GoldArticle {
  /** Path as given, for messages. */
  file: string;
  slug: ArticleSlug;
  /** The whole file with the marks removed: byte for byte the article file it annotates. */
  source: string;
  /** `markdownToText` of the article body: the text the extraction sees. */
  text: string;
  /** Sorted by `start`; `text.slice(start, end) === surface`. */
  mentions: Mention[];
}

// Private-use characters: they survive markdown parsing as ordinary text and
// never occur in articles, so they show where each mark's surface lands in
// the plain text without our having to re-implement markdown's offsets.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Reads one gold file. Throws a GoldError naming the file and line of the first problem. */
export function parseGold(file: string, content: string): GoldArticle {
  const source = content.replace(/^\uFEFF/, '');
  for (const [index, line] of source.split('\n').entries()) {
    if (line.includes(OPEN) || line.includes(CLOSE))
      throw new GoldError(file, index + 1, 'contains a private-use character U+E000/U+E001');
  }
  let body: string;
  try {
    body = splitFrontMatter(source).body;
  } catch (error) {
    throw new GoldError(file, 1, `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const header = source.slice(0, source.length - body.length);
  const firstLine = header.split('\n').length;

  const plain = scanMarks(file, body, firstLine);
  const delimited = scanMarks(file, body, firstLine, OPEN, CLOSE);
  const { text } = markdownToText(plain.markdown);
  const withDelimiters = markdownToText(delimited.markdown).text;
  const mentions = locate(file, withDelimiters, delimited.marks);

  // The delimiters could in principle change how markdown reads the text next
  // to them (emphasis flanking rules); then the offsets would be wrong.
  const recovered = withDelimiters.replaceAll(OPEN, '').replaceAll(CLOSE, '');
  if (recovered !== text) {
    const at = firstDifference(recovered, text);
    const culprit = mentions.findIndex((m) => m.end >= at);
    const line = delimited.marks[culprit === -1 ? delimited.marks.length - 1 : culprit]?.line ?? firstLine;
    throw new GoldError(file, line, 'a mark changes how the markdown around it is read; move it or rewrite the markup');
  }
  return { file, slug: asArticleSlug(slugFromFileName(file)), source: header + plain.markdown, text, mentions };
}

/** Pairs the k-th delimiter pair in the plain text with the k-th mark. */
function locate(file: string, delimited: string, marks: SourceMark[]): Mention[] {
  const mentions: Mention[] = [];
  let removed = 0;
  let start = -1;
  let openedAt = -1;
  for (let i = 0; i < delimited.length; i += 1) {
    const char = delimited[i];
    if (char !== OPEN && char !== CLOSE) continue;
    const mark = marks[mentions.length];
    const line = mark?.line ?? 1;
    if (!mark) throw new GoldError(file, line, 'more marks in the text than in the file');
    const at = i - removed;
    removed += 1;
    if (char === OPEN) {
      if (start !== -1)
        throw new GoldError(file, line, `mark "${mark.surface}" does not land in the text as one piece`);
      start = at;
      openedAt = i;
      continue;
    }
    if (start === -1) throw new GoldError(file, line, `mark "${mark.surface}" does not land in the text as one piece`);
    const surface = delimited.slice(openedAt + 1, i);
    if (surface !== mark.surface) {
      throw new GoldError(
        file,
        line,
        `mark "${mark.surface}" reads as "${surface}" in the plain text; write the surface as it is shown`,
      );
    }
    mentions.push({ start, end: at, surface, type: mark.type, entity: asEntityId(mark.id) });
    start = -1;
  }
  const lost = marks[mentions.length];
  if (lost)
    throw new GoldError(
      file,
      lost.line,
      `mark "${lost.surface}" is not part of the article text (inside a link target, comment or removed markup?)`,
    );
  return mentions;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}
