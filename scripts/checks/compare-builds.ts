/** Comparing two builds file by file, for the determinism check. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { byCodeUnit } from '../../src/core/compare-text.ts';

/** Relative path (with `/`) → sha256 of the content, for every file under `dir`, sorted by path. */
export function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const pairs = files.map((file): [string, string] => [
    path.relative(dir, file).split(path.sep).join('/'),
    createHash('sha256').update(readFileSync(file)).digest('hex'),
  ]);
  return new Map(pairs.sort(([a], [b]) => byCodeUnit(a, b)));
}

/** Where two contents first differ, with a little of each side around it: `at byte 9: "…a…" / "…b…"`. */
export function firstDifference(first: Buffer, second: Buffer): string {
  let at = 0;
  while (at < first.length && at < second.length && first[at] === second[at]) at += 1;
  const around = (content: Buffer): string =>
    JSON.stringify(content.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
  return `at byte ${at}: ${around(first)} / ${around(second)}`;
}

/**
 * Each file that is in one build only or whose bytes differ, with why; empty when identical.
 * `read` gives the two contents of a differing file, to show where they part.
 */
export function differences(
  first: ReadonlyMap<string, string>,
  second: ReadonlyMap<string, string>,
  read?: (file: string) => [Buffer, Buffer],
): string[] {
  const found: string[] = [];
  for (const [file, digest] of first) {
    const other = second.get(file);
    if (other === undefined) found.push(`${file}: only in the first build`);
    else if (other !== digest)
      found.push(`${file}: content differs${read ? ` ${firstDifference(...read(file))}` : ''}`);
  }
  for (const file of second.keys()) if (!first.has(file)) found.push(`${file}: only in the second build`);
  return found;
}
