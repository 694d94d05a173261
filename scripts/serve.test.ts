import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, lookupFile, normalizeBase, resolveUrlPath, startServer, type RunningServer } from './serve.ts';

describe('normalizeBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['news', '/news/'],
    ['/news', '/news/'],
    ['news/', '/news/'],
    ['//a/b//', '/a/b/'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('resolveUrlPath', () => {
  it.each([
    ['/', '/', { kind: 'path', relative: '', trailingSlash: true }],
    ['/', '/articles/a/', { kind: 'path', relative: 'articles/a', trailingSlash: true }],
    ['/', '/articles/a', { kind: 'path', relative: 'articles/a', trailingSlash: false }],
    ['/', '/search/?q=espionage#x', { kind: 'path', relative: 'search', trailingSlash: true }],
    ['/', '/data/entities.json', { kind: 'path', relative: 'data/entities.json', trailingSlash: false }],
    ['/', '/a%20b.txt', { kind: 'path', relative: 'a b.txt', trailingSlash: false }],
    ['/', '/a//b/./c', { kind: 'path', relative: 'a/b/c', trailingSlash: false }],
    ['/news/', '/news/', { kind: 'path', relative: '', trailingSlash: true }],
    ['/news/', '/news/entities/x/', { kind: 'path', relative: 'entities/x', trailingSlash: true }],
    ['/news/', '/news', { kind: 'redirect', location: '/news/' }],
    ['/news/', '/news?q=1', { kind: 'redirect', location: '/news/?q=1' }],
    ['/news/', '/', { kind: 'redirect', location: '/news/' }],
    ['/news/', '/newsroom/', { kind: 'not-found' }],
    ['/news/', '/entities/', { kind: 'not-found' }],
    // Dot segments in the raw path are folded by URL parsing and then fall outside the base.
    ['/news/', '/news/../../etc/passwd', { kind: 'not-found' }],
    ['/', '/..%2f..%2fetc/passwd', { kind: 'forbidden' }],
    ['/', '/%2e%2e/%2e%2e/etc/passwd', { kind: 'path', relative: 'etc/passwd', trailingSlash: false }],
    ['/', '/a/%2E%2E%2F%2E%2E%2Fsecret', { kind: 'forbidden' }],
    ['/', '/a/..%5c..%5csecret', { kind: 'forbidden' }],
    ['/', '/a%00.html', { kind: 'bad-request' }],
    ['/', '/%E0%A4%A', { kind: 'bad-request' }],
  ] as const)('base %s, %s', (base, target, expected) => {
    expect(resolveUrlPath(base, target)).toEqual(expected);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['x.js', 'text/javascript; charset=utf-8'],
    ['entities.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['blob', 'application/octet-stream'],
  ])('%s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});

describe('serving a folder', () => {
  let dir: string;
  let outside: string;
  let server: RunningServer;

  beforeAll(async () => {
    const tmp = await realpath(await mkdtemp(path.join(tmpdir(), 'serve-test-')));
    dir = path.join(tmp, 'dist');
    outside = path.join(tmp, 'secret.txt');
    await mkdir(path.join(dir, 'articles', 'one'), { recursive: true });
    await mkdir(path.join(dir, 'data'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '<p>home</p>');
    await writeFile(path.join(dir, '404.html'), '<p>not here</p>');
    await writeFile(path.join(dir, 'about.html'), '<p>about</p>');
    await writeFile(path.join(dir, 'articles', 'one', 'index.html'), '<p>one</p>');
    await writeFile(path.join(dir, 'data', 'entities.json'), '[]');
    await writeFile(outside, 'secret');
    await symlink(outside, path.join(dir, 'leak.txt'));
    server = await startServer({ dir, base: '/news/' });
  });

  afterAll(async () => {
    await server.close();
    await rm(path.dirname(dir), { recursive: true, force: true });
  });

  it('finds directory indexes, .html fallbacks and files', async () => {
    await expect(lookupFile(dir, '/news/', '/news/')).resolves.toEqual({
      kind: 'file',
      file: path.join(dir, 'index.html'),
    });
    await expect(lookupFile(dir, '/news/', '/news/articles/one/')).resolves.toEqual({
      kind: 'file',
      file: path.join(dir, 'articles', 'one', 'index.html'),
    });
    await expect(lookupFile(dir, '/news/', '/news/articles/one?x=1')).resolves.toEqual({
      kind: 'redirect',
      location: '/news/articles/one/?x=1',
    });
    await expect(lookupFile(dir, '/news/', '/news/about')).resolves.toEqual({
      kind: 'file',
      file: path.join(dir, 'about.html'),
    });
    await expect(lookupFile(dir, '/news/', '/news/articles/two/')).resolves.toEqual({ kind: 'not-found' });
    await expect(lookupFile(dir, '/news/', '/news/index.html/x')).resolves.toEqual({ kind: 'not-found' });
  });

  it('refuses a symbolic link that leads outside the folder', async () => {
    await expect(lookupFile(dir, '/news/', '/news/leak.txt')).resolves.toEqual({ kind: 'forbidden' });
  });

  it('answers over HTTP with status, content type and the 404 page', async () => {
    const home = await fetch(server.url);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<p>home</p>');

    const json = await fetch(new URL('data/entities.json', server.url));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.json()).toEqual([]);

    const missing = await fetch(new URL('nope/', server.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<p>not here</p>');

    const redirect = await fetch(new URL('/news', server.url), { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/news/');

    const traversal = await fetch(new URL('/news/..%2f..%2fsecret.txt', server.url));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('secret');

    const post = await fetch(server.url, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
