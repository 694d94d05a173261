import { nameKey } from '../knowledge/name-key.ts';
import type { EntityId, EntityType } from '../types.ts';
import { byCodeUnit } from '../compare-text.ts';
import type { Candidate } from './candidate.ts';

/**
 * What makes two candidates one entity: the knowledge entry they matched,
 * else their name key (a generic body's also its country), and for people
 * their name without initials.
 */
export type ClusterKey =
  | { readonly kind: 'known'; readonly id: EntityId }
  | { readonly kind: 'name'; readonly key: string; readonly scope?: EntityId | undefined }
  | { readonly kind: 'person'; readonly key: string };

/** The candidates of one entity across the corpus, and what they say about it. */
export interface Cluster {
  readonly key: ClusterKey;
  known?: EntityId | undefined;
  type: EntityType;
  votes: Map<EntityType, number>;
  surfaces: Map<string, number>;
  /** The longest full form seen, for names of people. */
  longest: string;
  /** The country a generic body's name is qualified with. */
  scope?: EntityId | undefined;
  /** For a person: something in the corpus (a title, a role, a given name, speech) says it is one. */
  confirmed: boolean;
}

export function clusterKeyOf(c: Candidate): ClusterKey {
  if (c.known !== undefined) return { kind: 'known', id: c.known };
  if (c.type === 'person') return { kind: 'person', key: personKey(c) };
  return { kind: 'name', key: c.key, scope: c.scope };
}

/** "Michael R. Pompeo" and "Michael Pompeo" are one person: initials do not count. */
function personKey(c: Candidate): string {
  return c.words ? nameKey(c.words.join(' ')) : c.key;
}

/**
 * One text per key, for the map and for the order ids are given in: known
 * entries, then names, then people, each by code unit. Never parsed back.
 */
function encode(key: ClusterKey): string {
  switch (key.kind) {
    case 'known':
      return `known:${key.id}`;
    case 'name':
      return `name:${key.key}${key.scope ? `@${key.scope}` : ''}`;
    case 'person':
      return `person:${key.key}`;
  }
}

/** Every cluster of the corpus, by key. */
export class Clusters {
  private readonly byKey = new Map<string, Cluster>();

  /** The candidate's cluster, made on first sight, with the candidate's type and surface counted. */
  note(c: Candidate): Cluster {
    const key = clusterKeyOf(c);
    const code = encode(key);
    let cluster = this.byKey.get(code);
    if (!cluster) {
      cluster = {
        key,
        known: c.known,
        type: c.type,
        votes: new Map(),
        surfaces: new Map(),
        longest: '',
        scope: c.scope,
        confirmed: false,
      };
      this.byKey.set(code, cluster);
    }
    cluster.votes.set(c.type, (cluster.votes.get(c.type) ?? 0) + 1);
    cluster.surfaces.set(c.surface, (cluster.surfaces.get(c.surface) ?? 0) + 1);
    if (c.surface.length > cluster.longest.length) cluster.longest = c.surface;
    return cluster;
  }

  /** The candidate's cluster if there is one yet. */
  of(c: Candidate): Cluster | undefined {
    return this.byKey.get(encode(clusterKeyOf(c)));
  }

  /** The cluster of a discovered name with no country, by name key. */
  named(key: string): Cluster | undefined {
    return this.byKey.get(encode({ kind: 'name', key }));
  }

  /** Drops the people nothing confirmed. */
  dropUnconfirmed(): void {
    for (const [code, cluster] of this.byKey) if (isUnconfirmed(cluster)) this.byKey.delete(code);
  }

  /** In the order ids are given: a known entry's id is never taken by a discovered name. */
  ordered(): Cluster[] {
    return [...this.byKey.entries()].sort(([a], [b]) => byCodeUnit(a, b)).map(([, cluster]) => cluster);
  }
}

/** A person only the look of their name made one, and nothing else in the corpus confirmed. */
export function isUnconfirmed(cluster: Cluster): boolean {
  return cluster.key.kind === 'person' && !cluster.confirmed;
}
