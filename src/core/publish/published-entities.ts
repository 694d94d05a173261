import type { CorpusAnalysis } from '../types.ts';
import { publishedEntities as entitiesSchema, type PublishedEntity } from './schemas/entities.ts';
import type { SitePaths } from './site-paths.ts';

/** `/data/entities.json`: every entity of the analysis, in its order (type, then most mentioned), validated by its schema. */
export function publishedEntities(corpus: CorpusAnalysis, paths: SitePaths): PublishedEntity[] {
  return entitiesSchema.parse(
    corpus.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: [...entity.aliases],
      url: paths.entity(entity.id),
      articles: [...entity.articles],
      mentions: entity.mentions,
      ...(entity.description ? { description: entity.description } : {}),
    })),
  );
}
