import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { PositionCache } from '../core/compare/graph/graph-layout.ts';

const require = createRequire(import.meta.url);

/**
 * The version of the layout: the source of the file that runs the simulation and d3-force's
 * version. Either changes the positions a set of inputs gives.
 */
export function layoutCodeVersion(root: string): string {
  const source = join(root, 'src', 'core', 'compare', 'graph', 'graph-layout.ts');
  return createHash('sha256')
    .update(existsSync(source) ? readFileSync(source) : '')
    .update(`\0d3-force@${d3ForceVersion()}`)
    .digest('hex')
    .slice(0, 16);
}

/** d3-force's version, from the package.json above its entry point (its exports do not list that file). */
function d3ForceVersion(): string {
  for (let dir = dirname(require.resolve('d3-force')); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === 'd3-force' && manifest.version !== undefined) return manifest.version;
  }
  throw new Error('no package.json with a version found for d3-force');
}

const caches = new Map<string, PositionCache>();

/**
 * Graph positions on disk, under `node_modules/.cache/newsroom/graph-layout/<code version>/`,
 * one file per simulation named by the hash of its inputs: a rebuild lays out again only the
 * neighbourhoods an edit changed. Folders of other code versions are removed when this one is
 * first made. A file that cannot be read is a miss.
 */
export function layoutCache(root = process.cwd()): PositionCache {
  const known = caches.get(root);
  if (known) return known;
  const base = join(root, 'node_modules', '.cache', 'newsroom', 'graph-layout');
  const dir = join(base, layoutCodeVersion(root));
  if (!existsSync(dir)) {
    if (existsSync(base))
      for (const old of readdirSync(base)) rmSync(join(base, old), { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const path = (key: string): string => join(dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  const cache: PositionCache = {
    read: (key) => {
      try {
        const positions: unknown = JSON.parse(readFileSync(path(key), 'utf8'));
        return isPositions(positions) ? positions : undefined;
      } catch {
        return undefined;
      }
    },
    write: (key, positions) => {
      const file = path(key);
      const partial = `${file}.${process.pid}-${threadId}.part`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(partial, JSON.stringify(positions));
      renameSync(partial, file);
    },
  };
  caches.set(root, cache);
  return cache;
}

function isPositions(value: unknown): value is [number, number][] {
  return (
    Array.isArray(value) &&
    value.every(
      (p) => Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v)),
    )
  );
}
