import { entityId } from '../knowledge/entity-id.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { nameKey } from '../knowledge/name-key.ts';
import { ENTITY_TYPES, type ArticleSlug, type Entity, type EntityId, type EntityType, type Mention } from '../types.ts';
import type { ArticleCandidates, Candidate, PendingWord } from './candidate.ts';
import { SHORT_FORM_HEADS } from './lexicon.ts';
import { byCodeUnit, compareText } from '../compare-text.ts';
import { isOrdinaryWord } from '../knowledge/word-classes.ts';

export interface ResolvedCorpus {
  entities: Map<EntityId, Entity>;
  mentions: Map<ArticleSlug, Mention[]>;
}

interface Cluster {
  known?: EntityId | undefined;
  type: EntityType;
  votes: Map<EntityType, number>;
  surfaces: Map<string, number>;
  /** The longest full form seen, for names of people. */
  longest: string;
  /** The country a generic body's name is qualified with. */
  scope?: EntityId | undefined;
}

/**
 * Turns every article's candidates into entities shared by the whole corpus:
 * known names join their knowledge entry, discovered names join by name key,
 * acronyms join what they were defined as, and lone words join the person
 * (same article first, then the unique one in the corpus) or the publication
 * they shorten.
 */
export function resolveEntities(
  perArticle: Map<ArticleSlug, ArticleCandidates>,
  texts: Map<ArticleSlug, string>,
  knowledge: Knowledge,
): ResolvedCorpus {
  const clusters = new Map<string, Cluster>();
  const clusterKey = (c: Candidate): string =>
    c.known !== undefined
      ? `known:${c.known}`
      : `${c.type === 'person' ? 'person' : 'name'}:${personKey(c)}${c.scope ? `@${c.scope}` : ''}`;
  const note = (c: Candidate): string => {
    const key = clusterKey(c);
    let cluster = clusters.get(key);
    if (!cluster) {
      cluster = { known: c.known, type: c.type, votes: new Map(), surfaces: new Map(), longest: '', scope: c.scope };
      clusters.set(key, cluster);
    }
    cluster.votes.set(c.type, (cluster.votes.get(c.type) ?? 0) + 1);
    cluster.surfaces.set(c.surface, (cluster.surfaces.get(c.surface) ?? 0) + 1);
    if (c.surface.length > cluster.longest.length) cluster.longest = c.surface;
    return key;
  };

  const acronyms = new Map<string, Candidate>();
  for (const found of perArticle.values())
    for (const d of found.acronyms) if (!acronyms.has(d.acronym)) acronyms.set(d.acronym, d.target);

  const assigned = new Map<ArticleSlug, { candidate: Candidate; cluster: string }[]>();
  for (const [slug, found] of perArticle)
    assigned.set(
      slug,
      found.candidates.map((c) => ({ candidate: c, cluster: note(c) })),
    );

  // People whose name alone made them people stay only when something else confirms them.
  const confirmed = new Set<string>();
  for (const list of assigned.values()) {
    for (const { candidate, cluster } of list)
      if (candidate.type === 'person' && !candidate.unconfirmed) confirmed.add(cluster);
  }
  const people = [...perArticle.entries()].flatMap(([slug, found]) =>
    found.candidates
      .filter((c) => c.type === 'person' && (c.words?.length ?? 0) > 1)
      .map((c) => ({ slug, candidate: c, cluster: clusterKey(c) })),
  );
  // Indexed by each word a lone mention could match (surname, or a first name that is no given name),
  // keeping one person per cluster corpus-wide and per article, so that a lookup costs the same however
  // many articles name the person.
  type Person = (typeof people)[number];
  interface PeopleNamed {
    clusters: Map<string, Person>;
    bySlug: Map<ArticleSlug, Map<string, Person>>;
  }
  const peopleByWord = new Map<string, PeopleNamed>();
  for (const person of people) {
    for (const word of new Set([person.candidate.words?.at(-1), person.candidate.words?.[0]])) {
      if (word === undefined || !matchesPerson(word, person.candidate, knowledge)) continue;
      const entry: PeopleNamed = peopleByWord.get(word) ?? { clusters: new Map(), bySlug: new Map() };
      if (!entry.clusters.has(person.cluster)) entry.clusters.set(person.cluster, person);
      const local = entry.bySlug.get(person.slug) ?? new Map<string, Person>();
      if (!local.has(person.cluster)) local.set(person.cluster, person);
      entry.bySlug.set(person.slug, local);
      peopleByWord.set(word, entry);
    }
  }
  const onlyOne = (map: Map<string, Person> | undefined): Person | undefined =>
    map?.size === 1 ? map.values().next().value : undefined;
  const singleNamed = new Map<string, string>();
  const unclaimed = new Map<string, { slug: ArticleSlug; p: PendingWord }[]>();

  // Titled lone words first ("President Trump"), so a later plain "Trump" finds the person they made.
  const ordered = [...perArticle.entries()]
    .flatMap(([slug, found]) => found.pending.map((p) => ({ slug, p })))
    .sort((a, b) => Number(b.p.titled) - Number(a.p.titled));
  for (const { slug, p } of ordered) {
    const word = p.token.text;
    const list = assigned.get(slug) ?? [];
    const mention = (type: EntityType, cluster: string, prefix = ''): void => {
      const text = texts.get(slug) ?? '';
      const start =
        prefix && text.slice(p.token.start - prefix.length, p.token.start) === prefix
          ? p.token.start - prefix.length
          : p.token.start;
      const candidate: Candidate = {
        start,
        end: p.token.end,
        surface: text.slice(start, p.token.end),
        type,
        key: nameKey(word),
      };
      list.push({ candidate, cluster });
      const c = clusters.get(cluster);
      // Listed as an alias, but a short form must not count towards the canonical name.
      if (c && !c.surfaces.has(word)) c.surfaces.set(word, 0);
    };
    const defined = acronyms.get(word);
    if (defined && !p.weak) {
      mention(defined.type, clusterKey(defined));
      continue;
    }
    const named = peopleByWord.get(word);
    const local = named?.bySlug.get(slug);
    const person = local?.size ? onlyOne(local) : p.weak ? undefined : onlyOne(named?.clusters);
    if (person) {
      if (p.titled) confirmed.add(person.cluster);
      mention('person', person.cluster, particlesBefore(word, person.candidate));
      continue;
    }
    if (p.weak) continue;
    // "Veridian" after "Veridian Silicon": a body shortened to its first word, in the same article.
    const shortened =
      !p.titled &&
      !isOrdinaryWord(knowledge, word) &&
      list.find(
        (x) =>
          (x.candidate.type === 'organization' || x.candidate.type === 'group') &&
          x.candidate.start < p.token.start &&
          x.candidate.surface.split(/\s+/)[0] === word &&
          x.candidate.surface !== word,
      );
    if (shortened) {
      mention(shortened.candidate.type, shortened.cluster);
      continue;
    }
    const same = clusters.has(`name:${nameKey(word)}`) ? `name:${nameKey(word)}` : undefined;
    if (same && !p.titled) {
      mention(clusters.get(same)?.type ?? 'organization', same);
      continue;
    }
    const single = singleNamed.get(word);
    if (single) {
      mention('person', single);
      continue;
    }
    if (p.afterThe && SHORT_FORM_HEADS.has(word)) {
      const publication = shortFormTarget(
        word,
        list.map((x) => x.candidate),
      );
      if (publication) {
        mention(publication.type, clusterKey(publication));
        continue;
      }
    }
    if (p.titled || p.cue) {
      const type = p.titled ? 'person' : (p.cue as EntityType);
      const candidate: Candidate = { start: p.token.start, end: p.token.end, surface: word, type, key: nameKey(word) };
      const key = note(candidate);
      if (type === 'person') singleNamed.set(word, key);
      if (p.titled) confirmed.add(key);
      list.push({ candidate, cluster: key });
    } else if (!isOrdinaryWord(knowledge, word) && !knowledge.givenNames.has(word.toLowerCase())) {
      const key = `${slug}\u0000${word}`;
      unclaimed.set(key, [...(unclaimed.get(key) ?? []), { slug, p }]);
    }
  }

  // "Huemul … Huemul … Huemul": an unusual word an article keeps using on its own, that no title,
  // role or coreference claimed, is most often a company's short name.
  for (const uses of unclaimed.values()) {
    if (uses.length < 2) continue;
    for (const { slug, p } of uses) {
      const word = p.token.text;
      const candidate: Candidate = {
        start: p.token.start,
        end: p.token.end,
        surface: word,
        type: 'organization',
        key: nameKey(word),
      };
      assigned.get(slug)?.push({ candidate, cluster: note(candidate) });
    }
  }

  // A name the article alone could not type counts when another article typed the same name.
  for (const [slug, found] of perArticle) {
    const list = assigned.get(slug) ?? [];
    for (const u of found.untyped) {
      const cluster = clusters.get(`name:${u.key}`);
      if (!cluster) continue;
      list.push({ candidate: { ...u, type: cluster.type }, cluster: `name:${u.key}` });
    }
  }

  const unconfirmed = (cluster: string): boolean => cluster.startsWith('person:') && !confirmed.has(cluster);
  for (const [slug, list] of assigned)
    assigned.set(
      slug,
      list.filter((x) => !unconfirmed(x.cluster)),
    );
  for (const key of [...clusters.keys()]) if (unconfirmed(key)) clusters.delete(key);

  const entities = new Map<EntityId, Entity>();
  const idOf = new Map<string, EntityId>();
  const used = new Set<EntityId>();
  for (const [key, cluster] of [...clusters.entries()].sort(([a], [b]) => byCodeUnit(a, b))) {
    const known = cluster.known !== undefined ? knowledge.entities.get(cluster.known) : undefined;
    const type = known?.type ?? winner(cluster.votes);
    const country = cluster.scope ? knowledge.entities.get(cluster.scope)?.name : undefined;
    const plain = known?.name ?? canonicalName(cluster, type);
    // "Senate (Philippines)": a generic body's page says whose it is.
    const name = country ? `${plain} (${country})` : plain;
    let id = known?.id ?? entityId(name);
    if (used.has(id) && !known) id = `${id}-${type}` as EntityId;
    for (let n = 2; used.has(id) && !known; n++) id = `${entityId(name)}-${type}-${n}` as EntityId;
    used.add(id);
    idOf.set(key, id);
    // Clusters are visited known ones first ("known:" sorts before "name:" and "person:") and a
    // discovered name never takes a used id, so each id gets exactly one cluster.
    const seen = [...cluster.surfaces.keys()].filter((s) => s !== name);
    entities.set(id, {
      id,
      name,
      type,
      aliases: [...new Set([...(known?.aliases ?? []), ...seen])].filter((a) => a !== name).sort(),
      description: known?.description,
      wikidata: known?.wikidata,
      attack: known?.attack,
    });
  }

  const mentions = new Map<ArticleSlug, Mention[]>();
  for (const [slug, list] of assigned) {
    const raw = list.map(({ candidate, cluster }): Mention => {
      const id = idOf.get(cluster) as EntityId;
      const entity = entities.get(id) as Entity;
      return { start: candidate.start, end: candidate.end, surface: candidate.surface, entity: id, type: entity.type };
    });
    mentions.set(slug, withoutOverlaps(raw));
  }
  return { entities, mentions };
}

/** "Michael R. Pompeo" and "Michael Pompeo" are one person: initials do not count. */
function personKey(c: Candidate): string {
  if (c.type !== 'person' || !c.words) return c.key;
  return nameKey(c.words.join(' '));
}

/** A lone word refers to a person when it is their surname, or their first name when that is not a given name (Xi, Zhu). */
function matchesPerson(word: string, person: Candidate, knowledge: Knowledge): boolean {
  const words = person.words ?? [];
  if (words.length < 2) return false;
  if (words.at(-1) === word) return true;
  return words[0] === word && !knowledge.givenNames.has(word.toLowerCase());
}

/** "von der " before "Leyen": the lower-case particles of the full name that precede its surname. */
function particlesBefore(word: string, person: Candidate): string {
  const words = person.words ?? [];
  if (words.at(-1) !== word) return '';
  const particles: string[] = [];
  for (let i = words.length - 2; i >= 0 && /^\p{Ll}/u.test(words[i] ?? ''); i--) particles.unshift(words[i] ?? '');
  return particles.length > 0 ? `${particles.join(' ')} ` : '';
}

function shortFormTarget(word: string, earlier: Candidate[]): Candidate | undefined {
  return earlier.find((c) => c.type === 'organization' && c.surface !== word && c.surface.split(/\s+/).at(-1) === word);
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

/** Keeps mentions sorted by start and disjoint, preferring the longer of two that overlap. */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const previous = kept.at(-1);
    if (previous && m.start < previous.end) {
      if (m.end - m.start > previous.end - previous.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
