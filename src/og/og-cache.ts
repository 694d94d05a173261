/**
 * The on-disk cache of rendered cards: one PNG per distinct card, named by the hash of the card
 * and of everything that draws it (this folder's code, the font files, the renderer versions),
 * so a rebuild renders only the cards whose text changed, and a change to the layout or a
 * library renders all of them again. Builds under another base share it: a card holds no URL.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OgCard } from '../core/publish/og-cards.ts';
import { cardFonts } from './card-fonts.ts';

const require = createRequire(import.meta.url);

/** Where the cache lives under a project: beside the other tools' caches, never in the build. */
export function ogCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'newsroom', 'og');
}

// The files whose code decides how a card looks; the card data itself is in each key.
const RENDERER_FILES = ['card-fonts.ts', 'card-tree.ts', 'render-card.ts'];
const RENDERER_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp'];

/** A package's version, from the package.json above its entry point (not all export it). */
function packageVersion(pkg: string): string {
  for (let dir = path.dirname(require.resolve(pkg)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === pkg && manifest.version !== undefined) return manifest.version;
  }
  throw new Error(`no package.json with a version found for ${pkg}`);
}

let digest: string | undefined;

/** One hash of the renderer: its code, its fonts' bytes and its libraries' versions. */
export function rendererDigest(): string {
  if (digest === undefined) {
    const hash = createHash('sha256');
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const file of RENDERER_FILES)
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(path.join(here, file)));
    for (const font of cardFonts().fonts) hash.update(path.basename(font.file)).update('\0').update(font.data);
    for (const pkg of RENDERER_PACKAGES) hash.update(`${pkg}@${packageVersion(pkg)}\0`);
    digest = hash.digest('hex');
  }
  return digest;
}

/** The cache file of a card. */
export function cachePath(cacheDir: string, card: OgCard): string {
  const key = createHash('sha256').update(rendererDigest()).update('\0').update(JSON.stringify(card)).digest('hex');
  return path.join(cacheDir, `${key}.png`);
}

/** Entries no build has used for this long are deleted, so the cache does not grow forever. */
const UNUSED_DAYS = 30;

/**
 * Marks `used` entries as just used and deletes PNGs that no build has used for
 * {@link UNUSED_DAYS} days (other projects linking the same node_modules keep theirs alive by
 * building). Returns the number deleted.
 */
export function pruneCache(cacheDir: string, used: Iterable<string>, now = new Date()): number {
  for (const file of used) utimesSync(file, now, now);
  const oldest = now.getTime() - UNUSED_DAYS * 24 * 60 * 60 * 1000;
  let deleted = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    // Half-written files of a build that was killed are old too.
    if (statSync(file).mtimeMs < oldest) {
      rmSync(file, { force: true });
      deleted++;
    }
  }
  return deleted;
}
