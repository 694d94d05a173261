/** Comparing two builds file by file, for the determinism check. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Relative path (with `/`) → sha256 of the content, for every file under `dir`, sorted by path. */
export function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const pairs = files.map((file): [string, string] => [
    path.relative(dir, file).split(path.sep).join('/'),
    createHash('sha256').update(readFileSync(file)).digest('hex'),
  ]);
  return new Map(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Each file that is in one build only or whose bytes differ, with why; empty when identical. */
export function differences(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, digest] of first) {
    const other = second.get(file);
    if (other === undefined) found.push(`${file}: only in the first build`);
    else if (other !== digest) found.push(`${file}: content differs`);
  }
  for (const file of second.keys()) if (!first.has(file)) found.push(`${file}: only in the second build`);
  return found;
}
