import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runIngestCommand } from '../../scripts/lib/ingest-command.ts';
import { splitFrontMatter } from '../../src/core/content/front-matter.ts';
import { markdownToText } from '../../src/core/text/markdown-to-text.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = join(root, 'tests/fixtures/ingest-pages');
const manifest = parse(await readFile(join(pages, 'manifest.yaml'), 'utf8')) as { page: string; args: string[] }[];
const out = await mkdtemp(join(tmpdir(), 'ingest-pages-'));
afterAll(() => rm(out, { recursive: true, force: true }));

const expectedFile = (page: string): string => join(pages, page.replace(/\.\w+$/, '.md'));

/** Runs `npm run ingest` on one page into a folder of its own; the file written, and the report. */
async function ingest(page: string, args: string[]): Promise<{ file: string; log: string }> {
  const stdout: string[] = [];
  const log: string[] = [];
  const dir = join(out, page);
  const code = await runIngestCommand([join(pages, page), ...args, '--out', dir], {
    cwd: root,
    defaultOut: dir,
    stdout: (line) => stdout.push(line),
    stderr: (line) => log.push(line),
  });
  expect(code, log.join('\n')).toBe(0);
  return { file: await readFile(join(root, stdout[0] ?? ''), 'utf8'), log: log.join('\n') };
}

/** The page's text as a reader sees it: for HTML the document's text with whitespace collapsed. */
async function visibleText(page: string): Promise<string> {
  const raw = await readFile(join(pages, page), 'utf8');
  if (!page.endsWith('.html')) return raw;
  return (parseHTML(raw).document.body?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
}

describe('ingest on raw pages', () => {
  it('lists every page of the folder in the manifest, each with its expected article', async () => {
    const files = (await readdir(pages)).filter((name) => /\.(?:html|txt)$/.test(name)).sort();
    expect(manifest.map((entry) => entry.page).sort()).toEqual(files);
    expect(files.filter((name) => name.endsWith('.html')).length).toBeGreaterThanOrEqual(6);
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(manifest)('$page ingests to the article beside it', async ({ page, args }) => {
    const { file } = await ingest(page, args);
    if (process.env['UPDATE'] === '1') await writeFile(expectedFile(page), file);
    expect(file).toBe(await readFile(expectedFile(page), 'utf8'));
  });

  it.each(manifest)('$page: every kept block is text the page shows, unchanged', async ({ page, args }) => {
    const { file } = await ingest(page, [...args, '--slug', 'check']);
    const shown = await visibleText(page);
    const { text } = markdownToText(splitFrontMatter(file).body);
    for (const block of text.split('\n\n')) expect(shown.includes(block), block).toBe(true);
  });
});
