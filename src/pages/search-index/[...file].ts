/**
 * Writes the search index (src/core/search) as static files at
 * `search-index/<version>/…`; the search page fetches them when used.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from './_site-index.ts';

export const getStaticPaths = (() => {
  const { version, files } = siteSearchIndex();
  return [...files].map(([path, body]) => ({ params: { file: `${version}/${path}` }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
