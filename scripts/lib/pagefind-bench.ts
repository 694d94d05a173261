/**
 * Pagefind as the yardstick of the search benchmark: the generated corpus as
 * a minimal static site (one page per article at `/articles/<slug>/`, its
 * headline and paragraphs, nothing else, so Pagefind indexes exactly the text
 * our index holds), indexed with Pagefind's Node API, and searched with
 * Pagefind's own browser API (`pagefind.js` and its WebAssembly) in Debian's
 * Chromium, a fresh browser context per query so every search is a first one.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createIndex, close } from 'pagefind';
import type { SourceArticle } from '../../src/core/types.ts';
import { launchChromium } from '../../tests/e2e/harness.ts';
import { transferSize } from './transfer-size.ts';

export interface PagefindRun {
  /** Result URLs in rank order (at most `depth`). */
  urls: string[];
  /** Bytes the search downloaded: all of it, and the part that is Pagefind's code (pagefind.js, WebAssembly). */
  bytes: number;
  codeBytes: number;
  milliseconds: number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes the site and its Pagefind index under `dir`; returns indexing seconds. */
export async function buildPagefindSite(dir: string, articles: readonly SourceArticle[]): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><title>bench</title><body></body></html>',
  );
  const start = performance.now();
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (index === undefined) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const article of articles) {
    const paragraphs = article.paragraphs
      .map((span, k) => `<p id="p-${k + 1}">${escape(article.text.slice(span.start, span.end))}</p>`)
      .join('\n');
    const content =
      `<!doctype html><html lang="en"><head><title>${escape(article.meta.title)}</title></head>` +
      `<body><main data-pagefind-body><h1>${escape(article.meta.title)}</h1>\n${paragraphs}</main></body></html>`;
    const added = await index.addHTMLFile({ url: `/articles/${article.slug}/`, content });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await close();
  return (performance.now() - start) / 1000;
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.html')
          ? 'text/html'
          : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs each query as a first search in a fresh context; results are the URLs of the first `depth` hits. */
export async function runPagefind(dir: string, queries: readonly string[], depth: number): Promise<PagefindRun[]> {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const runs: PagefindRun[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`${origin}/`);
      fetched.length = 0;
      const { urls, milliseconds } = await page.evaluate(
        async ({ query, depth, script }) => {
          const start = performance.now();
          const pagefind = (await import(script)) as {
            init: () => Promise<void>;
            search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
          };
          await pagefind.init();
          const found = await pagefind.search(query);
          const data = await Promise.all(found.results.slice(0, depth).map((result) => result.data()));
          return { urls: data.map((d) => d.url), milliseconds: performance.now() - start };
        },
        { query, depth, script: '/pagefind/pagefind.js' },
      );
      const sizes = fetched.map((pathname) => ({
        pathname,
        size: transferSize(readFileSync(path.join(dir, pathname))),
      }));
      const isCode = (pathname: string) => pathname.endsWith('.js') || pathname.includes('wasm');
      runs.push({
        urls,
        bytes: sizes.reduce((sum, s) => sum + s.size, 0),
        codeBytes: sizes.filter((s) => isCode(s.pathname)).reduce((sum, s) => sum + s.size, 0),
        milliseconds,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return runs;
}
