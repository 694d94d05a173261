import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Bumped by hand when the record's shape changes in a way the source hash
 * below would not show (it always does today; the constant is a safety catch).
 */
const RECORD_FORMAT = 1;

/** Where the per-article extraction records live, one folder per version of the extraction code. */
export interface ExtractionCache {
  /** This code version's folder. */
  dir: string;
  /** The record's key: the file's name and bytes and the knowledge files' digest. */
  keyOf(file: string, bytes: Uint8Array): string;
  /** The record as JSON, or undefined when it is not cached. */
  read(key: string): string | undefined;
  /** Stores a record; atomic, so a build reading the cache at the same time never sees half a file. */
  write(key: string, json: string): void;
}

const versions = new Map<string, string>();

/**
 * The version of the extraction code: a digest of the core's source files
 * (`src/core/`, tests aside) and of the lock file, which pins the markdown
 * parser and the data packages the knowledge is built from.
 */
export function extractionCodeVersion(root: string): string {
  const known = versions.get(root);
  if (known) return known;
  const hash = createHash('sha256').update(`record-format ${RECORD_FORMAT}\0`);
  const core = join(root, 'src', 'core');
  const files = existsSync(core)
    ? readdirSync(core, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
    : [];
  for (const file of [...files, join(root, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  const version = hash.digest('hex').slice(0, 16);
  versions.set(root, version);
  return version;
}

/**
 * The cache under `node_modules/.cache/newsroom-extraction/<code version>/`.
 * Folders of other code versions are removed when this one is first made:
 * their records can never be read again.
 */
export function extractionCache(root: string, knowledgeDigest: string): ExtractionCache {
  const base = join(root, 'node_modules', '.cache', 'newsroom-extraction');
  const version = extractionCodeVersion(root);
  const dir = join(base, version);
  if (!existsSync(dir)) {
    if (existsSync(base))
      for (const old of readdirSync(base)) rmSync(join(base, old), { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const path = (key: string): string => join(dir, `${key}.json`);
  return {
    dir,
    keyOf: (file, bytes) =>
      createHash('sha256').update(knowledgeDigest).update('\0').update(file).update('\0').update(bytes).digest('hex'),
    read: (key) => {
      try {
        return readFileSync(path(key), 'utf8');
      } catch {
        // Missing (or removed by a concurrent run): extracted again.
        return undefined;
      }
    },
    write: (key, json) => {
      const partial = `${path(key)}.${process.pid}-${threadId}.part`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(partial, json);
      renameSync(partial, path(key));
    },
  };
}
