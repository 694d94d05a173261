import { describe, expect, it } from 'vitest';
import { readBuiltSite } from './built-site.ts';
import { findBrokenLinks } from './links.ts';
import { useTempFolders } from './temp-folders.ts';

const folder = useTempFolders();

/** Writes a small build: `{ 'index.html': '<a …>' }`, each page given a doctype and a title. */
function build(files: Record<string, string>): string {
  const pages = Object.entries(files).map(([file, body]): [string, string] => [
    file,
    file.endsWith('.html') ? `<!doctype html><title>t</title>${body}` : body,
  ]);
  return folder(Object.fromEntries(pages));
}

describe('findBrokenLinks', () => {
  it('accepts links to pages, folders, files, ids, queries and other sites; checks ids in the target page', () => {
    const dir = build({
      'index.html':
        '<a href="/news/a/">a</a> <a href="a/#p-1">p</a>' +
        '<a href="/news/search/?q=x">q</a> <a href="#top">top</a> <a href="#">here</a>' +
        '<a href="https://example.org/x">out</a> <a href="mailto:x@example.org">mail</a>' +
        '<img src="/news/i.png" srcset="/news/i.png 1x, i.png 2x" alt="">' +
        '<link rel="icon" href="/news/i.png"><form action="/news/search/"></form>',
      'a/index.html': '<p id="p-1">x</p><a href="../">home</a><a href="/news/#main">main</a>',
      'search/index.html': '<main id="main">s</main>',
      'i.png': 'png',
    });
    const site = readBuiltSite(dir, '/news/');
    expect(findBrokenLinks(site).map((link) => link.url)).toEqual(['/news/#main']);
  });

  it('reports every kind of broken link with the page and the attribute', () => {
    const dir = build({
      'index.html':
        '<a href="/missing/">1</a> <a href="/news/missing/">2</a> <a href="/news/a/#nope">3</a>' +
        // astro preview (trailingSlash 'always') answers a page address without its slash with 404.
        '<a href="/news/a#p-1">no slash</a>' +
        '<a href="javascript:alert(1)">4</a> <script src="/news/x.js"></script>' +
        '<img src="/news/i.png" srcset="/news/gone.png 2x" alt=""> <a href="/news/i.png#frag">5</a>' +
        '<a href="/news/a/#%E0%A4%A">6</a> <a href="">7</a>',
      'a/index.html': '<p id="p-1">x</p>',
      'i.png': 'png',
    });
    const broken = findBrokenLinks(readBuiltSite(dir, '/news/'));
    expect(broken.map((link) => [link.page, link.where, link.url])).toEqual([
      ['index.html', 'a[href]', '/missing/'],
      ['index.html', 'a[href]', '/news/missing/'],
      ['index.html', 'a[href]', '/news/a/#nope'],
      ['index.html', 'a[href]', '/news/a#p-1'],
      ['index.html', 'a[href]', 'javascript:alert(1)'],
      ['index.html', 'script[src]', '/news/x.js'],
      ['index.html', 'img[srcset]', '/news/gone.png'],
      ['index.html', 'a[href]', '/news/i.png#frag'],
      ['index.html', 'a[href]', '/news/a/#%E0%A4%A'],
      ['index.html', 'a[href]', ''],
    ]);
    expect(broken[0]?.problem).toMatch(/outside the base path \/news\//);
    expect(broken[2]?.problem).toBe('no id="nope" in a/index.html');
  });

  it('finds ids given by <a name> and percent-encoded fragments', () => {
    const dir = build({
      'index.html': '<a href="b/#caf%C3%A9">1</a> <a href="b/#old">2</a> <a href="b/#gone">3</a>',
      'b/index.html': '<h2 id="café">c</h2><a name="old"></a>',
    });
    expect(findBrokenLinks(readBuiltSite(dir)).map((link) => link.url)).toEqual(['b/#gone']);
  });
});
