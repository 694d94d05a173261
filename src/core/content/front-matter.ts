import { parse as parseYaml } from 'yaml';

export interface SplitFile {
  /** The parsed YAML, or undefined when the file has no front matter block. */
  data: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---` YAML front matter from a markdown body. Throws on YAML syntax errors. */
export function splitFrontMatter(source: string): SplitFile {
  const match = FENCE.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) };
}
