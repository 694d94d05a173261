import type { APIRoute } from 'astro';
import { publishedEntities } from '../../core/publish/published-entities.ts';
import { getCorpus } from '../../pipeline/corpus.ts';
import { paths } from '../../components/paths.ts';

/** `/data/entities.json`: the design's data contract. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(publishedEntities(getCorpus(), paths)), {
    headers: { 'Content-Type': 'application/json' },
  });
