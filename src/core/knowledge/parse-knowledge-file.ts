import { isNode, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from '../content/content-error.ts';
import { knowledgeFile, type KnowledgeFile } from './knowledge-file.ts';

export type ParsedKnowledgeFile = { ok: true; data: KnowledgeFile } | { ok: false; problems: ContentProblem[] };

/**
 * Reads one knowledge file. A problem names the file and line, and for an
 * entity its name (printed `content/knowledge/x.yaml:41: entity "NATO": type: …`),
 * never a bare schema path such as `entities.336.type`.
 */
export function parseKnowledgeFile(file: string, text: string): ParsedKnowledgeFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file: `${file}:${lines.linePos(e.pos[0]).line}`,
        field: 'YAML',
        message: e.message.split('\n')[0] ?? '',
      })),
    };
  const raw: unknown = doc.toJS();
  const parsed = knowledgeFile.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const line = lineOf(doc, lines, path);
    return { file: line === undefined ? file : `${file}:${line}`, field: subject(raw, path), message: issue.message };
  });
  return { ok: false, problems };
}

/** The line of the deepest node of `path` that exists: the field itself, or the entry it is missing from. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** `entity "NATO": type` for a field of an entity, `countryAliases.XX` elsewhere. */
function subject(raw: unknown, path: readonly (string | number)[]): string {
  if (path[0] === 'entities' && typeof path[1] === 'number') {
    const entry: unknown = Array.isArray((raw as { entities?: unknown }).entities)
      ? (raw as { entities: unknown[] }).entities[path[1]]
      : undefined;
    const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
    const label = typeof name === 'string' && name.trim() ? `entity "${name.trim()}"` : `entity number ${path[1] + 1}`;
    const field = path.slice(2).join('.');
    return field ? `${label}: ${field}` : label;
  }
  return path.length > 0 ? path.join('.') : '(root)';
}
