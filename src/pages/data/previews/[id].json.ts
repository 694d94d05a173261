import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedPreview } from '../../../core/publish/published-preview.ts';
import type { EntitySummary } from '../../../core/types.ts';
import { entityIndex } from '../../../core/views/article-entities.ts';
import { getCorpus } from '../../../pipeline/corpus.ts';
import { paths } from '../../../components/paths.ts';

/** `/data/previews/<id>.json`: the preview card of one entity, fetched when a reader points at one of its marks. */
export const getStaticPaths = (() =>
  getCorpus().entities.map((entity) => ({ params: { id: entity.id }, props: { entity } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entity: EntitySummary }> = ({ props }) => {
  const { articles, entities } = getCorpus();
  return new Response(JSON.stringify(publishedPreview(props.entity, articles, entityIndex(entities), paths)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
