import {
  ENTITY_TYPES,
  type AnalyzedArticle,
  type Entity,
  type EntityId,
  type EntitySummary,
  type Mention,
} from '../types.ts';
import { compareText } from '../compare-text.ts';

/**
 * Counts every entity's mentions and articles, in the order the pages list
 * them: by type (ENTITY_TYPES order), then most mentioned, then name.
 * `entityOf` gives the entity the first mention of an id stands for;
 * mentions it returns nothing for are left out.
 */
export function summarizeEntities(
  articles: readonly AnalyzedArticle[],
  entityOf: (mention: Mention) => Entity | undefined,
): EntitySummary[] {
  const summaries = new Map<EntityId, EntitySummary>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      const entity = summaries.get(mention.entity) ?? entityOf(mention);
      if (!entity) continue;
      const summary = summaries.get(entity.id) ?? { ...entity, articles: [], mentions: 0 };
      summary.mentions++;
      if (summary.articles.at(-1) !== article.slug) summary.articles.push(article.slug);
      summaries.set(entity.id, summary);
    }
  }
  return [...summaries.values()].sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) ||
      b.mentions - a.mentions ||
      compareText(a.name, b.name),
  );
}
