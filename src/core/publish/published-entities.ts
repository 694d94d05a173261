import type { CorpusAnalysis, EntityType } from '../types.ts';
import type { SitePaths } from './site-paths.ts';

/** One entry of `/data/entities.json`, the design's data contract: these keys and no others. */
export interface PublishedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** The entity's page, under the site's base path. */
  url: string;
  /** Slugs of the articles that mention it, in corpus order. */
  articles: string[];
  /** Number of mentions across the corpus. */
  mentions: number;
}

/** `/data/entities.json`: every entity of the analysis, in its order (type, then most mentioned). */
export function publishedEntities(corpus: CorpusAnalysis, paths: SitePaths): PublishedEntity[] {
  return corpus.entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    url: paths.entity(entity.id),
    articles: [...entity.articles],
    mentions: entity.mentions,
  }));
}
