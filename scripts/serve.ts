/**
 * A small static file server for the built site (`dist/`), with no dependencies.
 *
 * Usage: `node scripts/serve.ts [--dir dist] [--base /news/] [--port 4321] [--quiet]`
 * Binds to 127.0.0.1 only; `--port 0` (the default) picks a free port.
 */
import { createReadStream, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { normalizeBase } from '../src/core/publish/site-paths.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** The content type for a file name, by extension; unknown ones are `application/octet-stream`. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

export { normalizeBase };

/** What a request target means, before the file system is asked. */
export type UrlResolution =
  /** A path relative to the served folder, in `/`-separated segments (`''` is the folder itself). */
  | { kind: 'path'; relative: string; trailingSlash: boolean }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request' }
  | { kind: 'forbidden' };

/**
 * Maps a request target (`req.url`: path and query) under `base` to a path inside the served folder.
 * Refuses `..` segments (also when percent-encoded), NUL bytes and backslashes.
 */
export function resolveUrlPath(base: string, target: string): UrlResolution {
  const normalizedBase = normalizeBase(base);
  let url: URL;
  try {
    url = new URL(target, 'http://127.0.0.1');
  } catch {
    return { kind: 'bad-request' };
  }
  const { pathname, search } = url;
  if (normalizedBase !== '/' && (pathname === normalizedBase.slice(0, -1) || pathname === '/')) {
    return { kind: 'redirect', location: normalizedBase + search };
  }
  if (!pathname.startsWith(normalizedBase)) return { kind: 'not-found' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(normalizedBase.length));
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0')) return { kind: 'bad-request' };
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes('\\'))) return { kind: 'forbidden' };
  return { kind: 'path', relative: segments.join('/'), trailingSlash: decoded === '' || decoded.endsWith('/') };
}

/** What the server sends for one request. */
export type FileLookup =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request' }
  | { kind: 'forbidden' };

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/**
 * Finds the file for a request target inside `root` (an absolute, real path): directories serve
 * their `index.html` (and are redirected to the form with a trailing slash), `/page` falls back to
 * `page.html`, and nothing outside `root` is ever returned, symbolic links included.
 */
export async function lookupFile(root: string, base: string, target: string): Promise<FileLookup> {
  const resolution = resolveUrlPath(base, target);
  if (resolution.kind !== 'path') return resolution;

  const candidate = path.join(root, ...resolution.relative.split('/'));
  const info = await statOrNull(candidate);
  let file: string | null = null;
  if (info?.isDirectory()) {
    if (!resolution.trailingSlash) {
      const url = new URL(target, 'http://127.0.0.1');
      return { kind: 'redirect', location: `${url.pathname}/${url.search}` };
    }
    const index = path.join(candidate, 'index.html');
    if ((await statOrNull(index))?.isFile()) file = index;
  } else if (info?.isFile()) {
    file = candidate;
  } else if (path.extname(candidate) === '' && !resolution.trailingSlash) {
    const html = `${candidate}.html`;
    if ((await statOrNull(html))?.isFile()) file = html;
  }
  if (file === null) return { kind: 'not-found' };

  const real = await realpath(file);
  if (real !== root && !real.startsWith(root + path.sep)) return { kind: 'forbidden' };
  return { kind: 'file', file: real };
}

/** Options of {@link startServer}. */
export interface ServeOptions {
  /** The folder to serve. */
  dir: string;
  /** The URL path the folder is served under; `/` by default. */
  base?: string;
  /** `0` (the default) picks a free port. */
  port?: number;
  /** Print one line per request to stdout. */
  log?: boolean;
}

/** A running server; `url` includes the base path and ends with `/`. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<void> {
  const info = await stat(file);
  res.writeHead(status, {
    'content-type': contentTypeFor(file),
    'content-length': info.size,
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function handle(root: string, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendText(res, 405, 'Method Not Allowed\n');
    return;
  }
  const found = await lookupFile(root, base, req.url ?? '/');
  switch (found.kind) {
    case 'file':
      await sendFile(req, res, found.file, 200);
      return;
    case 'redirect':
      res.writeHead(301, { location: found.location });
      res.end();
      return;
    case 'bad-request':
      sendText(res, 400, 'Bad Request\n');
      return;
    case 'forbidden':
      sendText(res, 403, 'Forbidden\n');
      return;
    case 'not-found': {
      const page = path.join(root, '404.html');
      if ((await statOrNull(page))?.isFile()) await sendFile(req, res, page, 404);
      else sendText(res, 404, 'Not Found\n');
      return;
    }
  }
}

/** Starts serving `dir` on 127.0.0.1. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = await realpath(path.resolve(options.dir));
  if (!(await stat(root)).isDirectory()) throw new Error(`serve: ${options.dir} is not a directory`);
  const base = normalizeBase(options.base ?? '/');

  const server = createServer((req, res) => {
    handle(root, base, req, res)
      .then(() => {
        if (options.log === true) console.log(`${res.statusCode} ${req.method ?? ''} ${req.url ?? ''}`);
      })
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
        else res.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: process.env['PORT'] ?? '0' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: node scripts/serve.ts [--dir dist] [--base /news/] [--port 4321] [--quiet]');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: bad --port ${values.port}`);
  const server = await startServer({ dir: values.dir, base: values.base, port, log: !values.quiet });
  console.log(`Serving ${values.dir}/ at ${server.url}  (Ctrl+C to stop)`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
