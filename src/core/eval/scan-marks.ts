import { ENTITY_TYPES, type EntityType } from '../types.ts';
import { GoldError } from './gold-error.ts';

/** One `[[surface|type|id]]` mark as written in a gold file's markdown. */
export interface SourceMark {
  surface: string;
  type: EntityType;
  id: string;
  /** 1-based line of the mark in the gold file. */
  line: number;
}

export interface ScannedBody {
  /** The markdown with every mark replaced by `before + surface + after`. */
  markdown: string;
  marks: SourceMark[];
}

const OPEN = '[[';
const CLOSE = ']]';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);

/**
 * Finds the marks in a gold body and rewrites them as their surface wrapped
 * in the given delimiters (empty strings give the plain article markdown).
 * `firstLine` is the file line the body starts on, so errors point into the file.
 * Marks may not span lines or nest: both are almost always a typo.
 */
export function scanMarks(file: string, body: string, firstLine: number, before = '', after = ''): ScannedBody {
  const marks: SourceMark[] = [];
  const out: string[] = [];
  body.split('\n').forEach((text, index) => {
    const line = firstLine + index;
    let at = 0;
    for (;;) {
      let open = text.indexOf(OPEN, at);
      // `[[[Name|…]]](url)`: a mark as the text of a markdown link.
      while (open !== -1 && text[open + OPEN.length] === '[') open += 1;
      const stray = text.indexOf(CLOSE, at);
      if (stray !== -1 && (open === -1 || stray < open))
        throw new GoldError(file, line, `"]]" without an opening "[[" at column ${stray + 1}`);
      if (open === -1) break;
      const close = text.indexOf(CLOSE, open + OPEN.length);
      if (close === -1)
        throw new GoldError(file, line, `"[[" at column ${open + 1} is not closed by "]]" on the same line`);
      const inner = text.slice(open + OPEN.length, close);
      if (inner.includes(OPEN)) throw new GoldError(file, line, `marks cannot nest: "[[${inner}]]"`);
      const mark = readMark(file, line, inner);
      marks.push(mark);
      out.push(text.slice(at, open), before, mark.surface, after);
      at = close + CLOSE.length;
    }
    out.push(text.slice(at), '\n');
  });
  out.pop();
  return { markdown: out.join(''), marks };
}

function readMark(file: string, line: number, inner: string): SourceMark {
  const parts = inner.split('|');
  if (parts.length !== 3) throw new GoldError(file, line, `expected [[surface|type|id]], got "[[${inner}]]"`);
  const [surface = '', type = '', id = ''] = parts;
  if (surface.trim() === '' || surface !== surface.trim()) {
    throw new GoldError(file, line, `the surface of "[[${inner}]]" must be non-empty with no spaces at either end`);
  }
  if (!TYPES.has(type))
    throw new GoldError(
      file,
      line,
      `unknown type "${type}" in "[[${inner}]]"; expected one of ${ENTITY_TYPES.join(', ')}`,
    );
  if (!ID.test(id)) throw new GoldError(file, line, `id "${id}" in "[[${inner}]]" is not a lower-case slug`);
  return { surface, type: type as EntityType, id, line };
}
