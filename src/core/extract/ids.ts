import { entityId, typedEntityId } from '../ids.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { ENTITY_TYPES, type Entity, type EntityId, type EntityType } from '../types.ts';
import { compareText } from '../compare-text.ts';
import type { Cluster, Clusters } from './clusters.ts';

/**
 * Gives every cluster its entity: a known entry keeps its id; a discovered
 * name gets the slug of its canonical name, with its type (and a number) added
 * when another cluster has that slug already. Clusters are visited known ones
 * first, so each id gets exactly one cluster.
 */
export function assignEntities(clusters: Clusters, knowledge: Knowledge): Map<Cluster, Entity> {
  const entities = new Map<Cluster, Entity>();
  const used = new Set<EntityId>();
  for (const cluster of clusters.ordered()) {
    const known = cluster.known !== undefined ? knowledge.entities.get(cluster.known) : undefined;
    const type = known?.type ?? winner(cluster.votes);
    const country = cluster.scope ? knowledge.entities.get(cluster.scope)?.name : undefined;
    const plain = known?.name ?? canonicalName(cluster, type);
    // "Senate (Philippines)": a generic body's page says whose it is.
    const name = country ? `${plain} (${country})` : plain;
    const id = known?.id ?? freeId(entityId(name), type, used);
    used.add(id);
    const seen = [...cluster.surfaces.keys()].filter((s) => s !== name);
    entities.set(cluster, {
      id,
      name,
      type,
      aliases: [...new Set([...(known?.aliases ?? []), ...seen])].filter((a) => a !== name).sort(),
      description: known?.description,
      wikidata: known?.wikidata,
      attack: known?.attack,
    });
  }
  return entities;
}

function freeId(id: EntityId, type: EntityType, used: ReadonlySet<EntityId>): EntityId {
  if (!used.has(id)) return id;
  let free = typedEntityId(id, type);
  for (let n = 2; used.has(free); n++) free = typedEntityId(id, type, n);
  return free;
}

function canonicalName(cluster: Cluster, type: EntityType): string {
  if (type === 'person') return cluster.longest;
  return (
    [...cluster.surfaces.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || compareText(a[0], b[0]),
    )[0]?.[0] ?? cluster.longest
  );
}

function winner(votes: Map<EntityType, number>): EntityType {
  return (
    [...votes.entries()].sort(
      (a, b) => b[1] - a[1] || ENTITY_TYPES.indexOf(a[0]) - ENTITY_TYPES.indexOf(b[0]),
    )[0]?.[0] ?? 'organization'
  );
}
