/** Reading the published data and the site's URLs from the browser tests. */

/** The fields of `/data/entities.json` the browser tests use (see the design's data contract). */
export interface PublishedEntity {
  id: string;
  name: string;
  type: string;
  url: string;
  articles: string[];
  mentions: number;
}

/** Fetches and parses a JSON file of the running site; fails on any status but 200. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The slug of an article URL (`…/articles/<slug>/…`), or `null` for any other URL. */
export function articleSlugOf(url: string): string | null {
  return /\/articles\/([^/?#]+)\//.exec(new URL(url).pathname + '/')?.[1] ?? null;
}

/** The id of an entity URL (`…/entities/<id>/`), or `null` for any other URL. */
export function entityIdOf(url: string): string | null {
  return /\/entities\/([^/?#]+)\//.exec(new URL(url).pathname + '/')?.[1] ?? null;
}

/** `true` for a URL whose path is `/articles/<slug>/` under any base, ignoring query and fragment. */
export function isArticlePage(url: string, slug: string): boolean {
  return new URL(url).pathname.endsWith(`/articles/${slug}/`);
}
