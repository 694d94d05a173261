/**
 * The theme button can reach every colour only if no style depends on the system setting directly:
 * a colour that changes with the scheme is a light-dark() pair in theme.css, decided by `color-scheme`
 * (which <html data-theme> sets). A `prefers-color-scheme` query anywhere in the site's styles would
 * keep its colours on the system's scheme whatever the reader chose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { THEME_CSS } from './palette.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function styleSources(): string[] {
  return readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(css|astro)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

it('has no prefers-color-scheme query in any stylesheet or component of the site', () => {
  const files = styleSources();
  expect(files.length).toBeGreaterThan(5);
  const offending = files.filter((file) =>
    /prefers-color-scheme/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')),
  );
  expect(offending.map((file) => path.relative(SRC, file))).toEqual([]);
});

it('lets the theme attribute decide the scheme, and the system when there is none', () => {
  const css = THEME_CSS.replace(/\s+/g, ' ');
  expect(css).toContain(':root { color-scheme: light dark;');
  expect(css).toContain(":root[data-theme='light'] { color-scheme: light; }");
  expect(css).toContain(":root[data-theme='dark'] { color-scheme: dark; }");
});
