import type { AnalyzedArticle, EntityId, EntitySummary } from '../types.ts';
import { sentenceAt } from './mention-contexts.ts';
import { compareText } from '../compare-text.ts';

/** An entity and the number of sentences it shares with another. */
export interface CoOccurrence {
  entity: EntitySummary;
  sentences: number;
}

/**
 * The entities named in the same sentences as `entity`, counted once per
 * shared sentence; most shared first, then the more mentioned overall, then
 * by name.
 */
export function coOccurrences(
  articles: readonly AnalyzedArticle[],
  entities: ReadonlyMap<EntityId, EntitySummary>,
  entity: EntityId,
): readonly CoOccurrence[] {
  let byEntity = rowCache.get(articles);
  if (!byEntity) {
    byEntity = new WeakMap();
    rowCache.set(articles, byEntity);
  }
  let perEntity = byEntity.get(entities);
  if (!perEntity) {
    perEntity = new Map();
    byEntity.set(entities, perEntity);
  }
  let rows = perEntity.get(entity);
  if (!rows) {
    rows = countCoOccurrences(articles, entities, entity);
    perEntity.set(entity, rows);
  }
  return rows;
}

// Every neighbourhood graph asks for the links of its entity's neighbours, and the most named
// entities are everyone's neighbours: counted once per corpus, not once per page that draws them.
const rowCache = new WeakMap<
  readonly AnalyzedArticle[],
  WeakMap<ReadonlyMap<EntityId, EntitySummary>, Map<EntityId, readonly CoOccurrence[]>>
>();

function countCoOccurrences(
  articles: readonly AnalyzedArticle[],
  entities: ReadonlyMap<EntityId, EntitySummary>,
  entity: EntityId,
): readonly CoOccurrence[] {
  const counts = new Map<EntityId, number>();
  for (const names of sentencesNaming(articles).get(entity) ?? []) {
    for (const other of names) if (other !== entity) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const rows: CoOccurrence[] = [];
  for (const [id, sentences] of counts) {
    const summary = entities.get(id);
    if (summary) rows.push({ entity: summary, sentences });
  }
  return rows.sort(
    (a, b) =>
      b.sentences - a.sentences || b.entity.mentions - a.entity.mentions || compareText(a.entity.name, b.entity.name),
  );
}

const sentenceCache = new WeakMap<readonly AnalyzedArticle[], Map<EntityId, Set<EntityId>[]>>();

/**
 * For each entity, the sets of entities named in each sentence that names
 * it. Built once per corpus, so that every entity page costs only its own
 * sentences rather than a pass over all articles.
 */
function sentencesNaming(articles: readonly AnalyzedArticle[]): Map<EntityId, Set<EntityId>[]> {
  let index = sentenceCache.get(articles);
  if (index) return index;
  index = new Map();
  for (const article of articles) {
    const bySentence = new Map<number, Set<EntityId>>();
    for (const m of article.mentions) {
      const sentence = sentenceAt(article.sentences, m.start);
      if (!sentence) continue;
      const names = bySentence.get(sentence.start) ?? new Set<EntityId>();
      names.add(m.entity);
      bySentence.set(sentence.start, names);
    }
    for (const names of bySentence.values()) {
      for (const id of names) {
        // push, not a spread copy: an entity named in thousands of sentences would cost their square.
        const list = index.get(id);
        if (list) list.push(names);
        else index.set(id, [names]);
      }
    }
  }
  sentenceCache.set(articles, index);
  return index;
}
