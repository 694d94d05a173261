/**
 * One page of each kind the build holds, found from the built files rather than listed by hand, so a
 * page type added later is covered by the tests that use this (layout, print, screenshots) at once.
 * A kind is a top-level folder, with `*` for each level below it: `entities/` (the index) and
 * `entities/*` (one entity) are two kinds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR } from './harness.ts';
import { publishedEntities, type PublishedEntity } from '../../src/core/publish/schemas/entities.ts';

export interface PageType {
  /** A short name, also the screenshots' file name: `home`, `article`, `entities`, `entity`, `search`… */
  readonly name: string;
  /** Relative to the site's base. */
  readonly path: string;
  /** Waits until the page shows what it is for (search results arrive after `load`). */
  readonly ready?: (page: Page) => Promise<void>;
}

/** Names for the kinds whose folder name is not the name a reader would give them. */
const NAMES: Readonly<Record<string, string>> = {
  '': 'home',
  'articles/*': 'article',
  'entities/*': 'entity',
};

/** The kind of a built page: `''` (home), `entities`, `entities/*`, `404`… */
function kindOf(file: string): string {
  const parts = file
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  return parts.map((part, index) => (index === 0 ? part : '*')).join('/');
}

/** Every `.html` file of the build, relative, with `/` separators, in name order. */
function builtPages(): string[] {
  return readdirSync(DIST_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(DIST_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function servedPath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/index\.html$/, '');
}

/** The entity with the most mentions: its page, its first article, and a query sure to find results. */
function top(entities: readonly PublishedEntity[]): PublishedEntity {
  const sorted = [...entities].sort((a, b) => b.mentions - a.mentions);
  if (sorted[0] === undefined) throw new Error('data/entities.json is empty');
  return sorted[0];
}

/** The build's `data/entities.json`, read from disk so that test files can list their cases from it. */
function builtEntities(): PublishedEntity[] {
  const file = path.join(DIST_DIR, 'data', 'entities.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (\`npm run build\`).`);
  return publishedEntities.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * One page per kind: for articles and entities the most-mentioned entity's (the richest pages), for
 * search a query that finds it, otherwise the first in name order.
 */
export function pageTypes(): PageType[] {
  const best = top(builtEntities());
  const preferred: Readonly<Record<string, string>> = {
    'articles/*': `articles/${best.articles[0] ?? ''}/index.html`,
    'entities/*': `entities/${best.id}/index.html`,
  };
  const byKind = new Map<string, string>();
  for (const file of builtPages()) {
    const kind = kindOf(file);
    if (!byKind.has(kind) || preferred[kind] === file) byKind.set(kind, file);
  }
  return [...byKind].map(([kind, file]): PageType => {
    const name = NAMES[kind] ?? kind.replace(/\/\*/g, '-item');
    if (kind === 'search') {
      return {
        name,
        path: `search/?q=${encodeURIComponent(best.name)}`,
        ready: async (page) => {
          await page.locator('main mark').first().waitFor({ state: 'visible' });
        },
      };
    }
    return { name, path: servedPath(file) };
  });
}
