import type { AnalyzedArticle, EntityId, EntitySummary } from '../types.ts';
import { coOccurrences } from '../views/co-occurrence.ts';
import { publishedPreview as previewSchema, type PublishedPreview } from './schemas/preview.ts';
import type { SitePaths } from './site-paths.ts';

/** How many co-mentioned entities a card lists: enough to place the entity, few enough to read at a glance. */
export const PREVIEW_NEIGHBOURS = 5;

/** The preview card's data for one entity (`/data/previews/<id>.json`), validated by its schema. */
export function publishedPreview(
  entity: EntitySummary,
  articles: readonly AnalyzedArticle[],
  entities: ReadonlyMap<EntityId, EntitySummary>,
  paths: SitePaths,
): PublishedPreview {
  const together = coOccurrences(articles, entities, entity.id).slice(0, PREVIEW_NEIGHBOURS);
  return previewSchema.parse({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    ...(entity.description ? { description: entity.description } : {}),
    url: paths.entity(entity.id),
    mentions: entity.mentions,
    articles: entity.articles.length,
    together: together.map(({ entity: other, sentences }) => ({
      id: other.id,
      name: other.name,
      type: other.type,
      url: paths.entity(other.id),
      sentences,
    })),
  });
}
