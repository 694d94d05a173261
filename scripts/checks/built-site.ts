/**
 * Reading a built site (`dist/`) the way the checks need it: every file, every HTML page parsed
 * once, and the mapping between files and the URL paths they are served at.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { normalizeBase } from '../../src/core/publish/site-paths.ts';

/** One HTML file of the build. */
export interface BuiltPage {
  /** Path inside the build folder, with `/` separators: `articles/x/index.html`. */
  readonly file: string;
  /** The URL path the page is served at, including the base: `/news/articles/x/`. */
  readonly urlPath: string;
  readonly html: string;
  readonly tree: Root;
}

/** A build folder and the base path it was built for. */
export interface BuiltSite {
  readonly dir: string;
  /** Astro's `base`, normalised to start and end with `/`. */
  readonly base: string;
  /** Every file in the build, relative, with `/` separators. */
  readonly files: ReadonlySet<string>;
  readonly pages: readonly BuiltPage[];
}

/** The URL path of a built file: `index.html` files are served at their folder, with a slash. */
export function urlPathOf(file: string, base: string): string {
  const served = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return normalizeBase(base) + served;
}

/** A page from its file name and markup. */
export function pageFromHtml(file: string, html: string, base = '/'): BuiltPage {
  return { file, urlPath: urlPathOf(file, base), html, tree: fromHtml(html) };
}

/** Reads and parses every file of a build once. */
export function readBuiltSite(dir: string, base = '/'): BuiltSite {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => pageFromHtml(file, readFileSync(path.join(dir, file), 'utf8'), base));
  return { dir, base: normalizeBase(base), files: new Set(files), pages };
}

/** Every element of a tree, in document order. */
export function elementsOf(tree: Root | Element): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

/** An attribute as a string: hast keeps `class` and a few others as arrays. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(name === 'className' ? ' ' : ', ');
  return String(value);
}
