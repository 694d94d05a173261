import type { EntityId } from '../../types.ts';
import { isOrdinaryWord } from '../../knowledge/word-classes.ts';
import type { ArticleRefiner } from './rule.ts';

/**
 * Gives bodies with generic names the article's main country (the one it
 * names most often): names made only of ordinary words ("Senate",
 * "Ministry of Defence") and known national bodies of another country.
 */
export const genericBodyScope: ArticleRefiner = {
  stage: 'article',
  name: 'generic-body-scope',
  reads: 'unknown agencies whose words are all ordinary, and the countries the article names',
  emits: 'nothing',
  overrides: 'the scope of those agencies (their country)',
  refine(reader) {
    const { candidates } = reader.out;
    const counts = new Map<EntityId, number>();
    for (const c of candidates)
      if (c.type === 'country' && c.known) counts.set(c.known, (counts.get(c.known) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (main === undefined) return;
    for (const c of candidates) {
      if (c.type !== 'agency' || c.known !== undefined) continue;
      const generic = c.surface.split(/\s+/).every((w) => isOrdinaryWord(reader.knowledge, w));
      if (generic || c.unlinked) c.scope = main;
    }
  },
};
