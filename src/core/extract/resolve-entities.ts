import type { Knowledge } from '../knowledge/knowledge.ts';
import type { ArticleSlug, Entity, EntityId, Mention } from '../types.ts';
import type { ArticleCandidates } from './candidate.ts';
import { Clusters, isUnconfirmed } from './clusters.ts';
import { resolveLoneWords, typeUntypedNames, type Assigned } from './coreference.ts';
import { assignEntities } from './ids.ts';
import { withoutOverlaps } from './overlaps.ts';

export interface ResolvedCorpus {
  entities: Map<EntityId, Entity>;
  mentions: Map<ArticleSlug, Mention[]>;
}

/**
 * Turns every article's candidates into entities shared by the whole corpus:
 * candidates join clusters (`clusters.ts`), lone words and untyped names join
 * them by coreference (`coreference.ts`), people nothing confirmed are
 * dropped, clusters get their ids (`ids.ts`), and each article's mentions are
 * made disjoint (`overlaps.ts`).
 */
export function resolveEntities(
  perArticle: Map<ArticleSlug, ArticleCandidates>,
  texts: Map<ArticleSlug, string>,
  knowledge: Knowledge,
): ResolvedCorpus {
  const clusters = new Clusters();
  const assigned = new Map<ArticleSlug, Assigned[]>();
  for (const [slug, found] of perArticle)
    assigned.set(
      slug,
      found.candidates.map((candidate) => ({ candidate, cluster: clusters.note(candidate) })),
    );
  // People whose name alone made them people stay only when something else confirms them.
  for (const list of assigned.values())
    for (const { candidate, cluster } of list)
      if (candidate.type === 'person' && !candidate.unconfirmed) cluster.confirmed = true;

  const input = { perArticle, texts, knowledge, clusters, assigned };
  resolveLoneWords(input);
  typeUntypedNames(input);
  clusters.dropUnconfirmed();

  const byCluster = assignEntities(clusters, knowledge);
  const entities = new Map([...byCluster.values()].map((e) => [e.id, e]));
  const mentions = new Map<ArticleSlug, Mention[]>();
  for (const [slug, list] of assigned) {
    const raw: Mention[] = [];
    for (const { candidate, cluster } of list) {
      const entity = byCluster.get(cluster);
      if (!entity || isUnconfirmed(cluster)) continue;
      raw.push({
        start: candidate.start,
        end: candidate.end,
        surface: candidate.surface,
        entity: entity.id,
        type: entity.type,
      });
    }
    mentions.set(slug, withoutOverlaps(raw));
  }
  return { entities, mentions };
}
