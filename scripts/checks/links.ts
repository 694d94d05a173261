/**
 * Every internal link of a built site resolves: each `href`/`src`/`srcset`/`action` that points
 * into the site names a built file, and each `#fragment` names an `id` in the page it points to.
 */
import type { Element } from 'hast';
import { attribute, elementsOf, type BuiltPage, type BuiltSite } from './built-site.ts';

/** One link that does not resolve. */
export interface BrokenLink {
  /** The built file holding the link. */
  readonly page: string;
  /** `a[href]`, `img[srcset]`, … */
  readonly where: string;
  readonly url: string;
  readonly problem: string;
}

// hast property names of the attributes that hold a URL, per element.
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
};

// The origin links are resolved against; any other origin is outside the site.
const ORIGIN = 'http://site.invalid';

/** Each URL of a `srcset` (`a.png 1x, b.png 2x`). */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The ids a fragment may name in a page: `id` on any element, `name` on `<a>` (HTML's rule). */
function anchorsOf(page: BuiltPage): Set<string> {
  const anchors = new Set<string>();
  for (const element of elementsOf(page.tree)) {
    const id = attribute(element, 'id');
    if (id !== undefined && id !== '') anchors.add(id);
    const name = element.tagName === 'a' ? attribute(element, 'name') : undefined;
    if (name !== undefined && name !== '') anchors.add(name);
  }
  return anchors;
}

/** The file a URL path is served from, or `undefined`; as `astro preview` serves it with `trailingSlash: 'always'`. */
function fileFor(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(site.base.length));
  } catch {
    return undefined;
  }
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative];
  return candidates.find((candidate) => site.files.has(candidate));
}

function checkUrl(
  site: BuiltSite,
  page: BuiltPage,
  where: string,
  raw: string,
  anchors: (file: string) => Set<string>,
): BrokenLink | undefined {
  const broken = (problem: string): BrokenLink => ({ page: page.file, where, url: raw, problem });
  const value = raw.trim();
  if (value === '') return broken('empty URL');
  let url: URL;
  try {
    url = new URL(value, ORIGIN + page.urlPath);
  } catch {
    return broken('not a valid URL');
  }
  if (url.protocol === 'javascript:') return broken('javascript: URL');
  if (url.origin !== ORIGIN) return undefined;
  const file = fileFor(site, url.pathname);
  if (file === undefined) {
    return broken(
      url.pathname.startsWith(site.base)
        ? `no built file for ${url.pathname}`
        : `${url.pathname} is outside the base path ${site.base}`,
    );
  }
  // A bare `#` or `#top` scrolls to the top of any page (HTML's "indicated part of the document").
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return broken('malformed percent-encoding in the fragment');
  }
  if (fragment === '' || fragment.toLowerCase() === 'top') return undefined;
  if (!file.endsWith('.html')) return broken(`fragment #${fragment} on a file that is not a page (${file})`);
  if (!anchors(file).has(fragment)) return broken(`no id="${fragment}" in ${file}`);
  return undefined;
}

/** Every link of every page of `site` that does not resolve; empty when all do. */
export function findBrokenLinks(site: BuiltSite): BrokenLink[] {
  const pagesByFile = new Map(site.pages.map((page) => [page.file, page]));
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let found = anchorCache.get(file);
    if (found === undefined) {
      const page = pagesByFile.get(file);
      found = page === undefined ? new Set() : anchorsOf(page);
      anchorCache.set(file, found);
    }
    return found;
  };

  const broken: BrokenLink[] = [];
  for (const page of site.pages) {
    for (const element of elementsOf(page.tree)) {
      for (const [where, url] of urlsOf(element)) {
        const problem = checkUrl(site, page, where, url, anchors);
        if (problem !== undefined) broken.push(problem);
      }
    }
  }
  return broken;
}

/** `[where, url]` for each URL an element holds. */
function urlsOf(element: Element): [string, string][] {
  const names = URL_ATTRIBUTES[element.tagName] ?? [];
  const found: [string, string][] = [];
  for (const name of names) {
    const value = attribute(element, name);
    if (value === undefined) continue;
    const where = `${element.tagName}[${name.toLowerCase()}]`;
    if (name === 'srcSet') for (const url of srcsetUrls(value)) found.push([where, url]);
    else found.push([where, value]);
  }
  return found;
}

/** One line per broken link, for a test failure message. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.where}="${link.url}": ${link.problem}`).join('\n');
}
