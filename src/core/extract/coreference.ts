import type { Knowledge } from '../knowledge/knowledge.ts';
import { nameKey } from '../knowledge/name-key.ts';
import { isOrdinaryWord } from '../knowledge/word-classes.ts';
import type { ArticleSlug, EntityType } from '../types.ts';
import type { ArticleCandidates, Candidate, PendingWord } from './candidate.ts';
import type { Cluster, Clusters } from './clusters.ts';
import { SHORT_FORM_HEADS } from './lexicon.ts';

/** A candidate and the cluster it joined. */
export interface Assigned {
  candidate: Candidate;
  cluster: Cluster;
}

/** What coreference reads and adds to: every article's candidates and the clusters they joined. */
export interface CorefInput {
  perArticle: ReadonlyMap<ArticleSlug, ArticleCandidates>;
  texts: ReadonlyMap<ArticleSlug, string>;
  knowledge: Knowledge;
  clusters: Clusters;
  assigned: Map<ArticleSlug, Assigned[]>;
}

interface Person {
  slug: ArticleSlug;
  candidate: Candidate;
  cluster: Cluster;
}

/** People a lone word could name, once corpus-wide and once per article, each person kept once. */
interface PeopleNamed {
  clusters: Map<Cluster, Person>;
  bySlug: Map<ArticleSlug, Map<Cluster, Person>>;
}

/**
 * Gives the lone capitalised words their entities, in this order: an acronym
 * defined anywhere in the corpus; the person whose surname (or first name,
 * when it is no given name) the word is, in the same article first, then the
 * only such person in the corpus; a body shortened to its first word; a name
 * discovered elsewhere; a person known by that one word; a publication's short
 * form ("the Post"); else a titled word is a new person and a cued word a new
 * entity of its cue's type. Titled words go first, so that a later plain
 * "Trump" finds the person "President Trump" made.
 */
export function resolveLoneWords(input: CorefInput): void {
  const { perArticle, texts, knowledge, clusters, assigned } = input;
  const acronyms = new Map<string, Candidate>();
  for (const found of perArticle.values())
    for (const d of found.acronyms) if (!acronyms.has(d.acronym)) acronyms.set(d.acronym, d.target);
  const peopleByWord = indexPeople(input);
  const singleNamed = new Map<string, Cluster>();
  const unclaimed = new Map<string, { slug: ArticleSlug; p: PendingWord }[]>();

  // Names introduced by a naming cue ("known as Ghostwriter") and the names of tools, corpus-wide.
  const introduced = new Set<string>();
  const tools = new Set<string>();
  for (const found of perArticle.values()) {
    for (const c of found.candidates) if (c.introduced && !c.surface.includes(' ')) introduced.add(nameKey(c.surface));
    for (const word of found.tools) tools.add(word);
  }
  const ordered = [...perArticle.entries()]
    .flatMap(([slug, found]) => found.pending.map((p) => ({ slug, p })))
    .sort((a, b) => Number(b.p.titled) - Number(a.p.titled));
  for (const { slug, p } of ordered) {
    const word = p.token.text;
    if (tools.has(word)) continue;
    const list = assigned.get(slug) ?? [];
    const mention = (type: EntityType, cluster: Cluster, prefix = ''): void => {
      const text = texts.get(slug) ?? '';
      const start =
        prefix && text.slice(p.token.start - prefix.length, p.token.start) === prefix
          ? p.token.start - prefix.length
          : p.token.start;
      list.push({
        candidate: { start, end: p.token.end, surface: text.slice(start, p.token.end), type, key: nameKey(word) },
        cluster,
      });
      // Listed as an alias, but a short form must not count towards the canonical name.
      if (!cluster.surfaces.has(word)) cluster.surfaces.set(word, 0);
    };
    const defined = acronyms.get(word);
    if (defined && !p.weak) {
      const cluster = clusters.of(defined);
      if (cluster) mention(defined.type, cluster);
      continue;
    }
    const named = peopleByWord.get(word);
    const local = named?.bySlug.get(slug);
    const person = local?.size ? onlyOne(local) : p.weak ? undefined : onlyOne(named?.clusters);
    if (person) {
      // "Venn said he …": a title or a personal pronoun confirms a person.
      if (p.titled || p.cue === 'person') person.cluster.confirmed = true;
      mention('person', person.cluster, particlesBefore(word, person.candidate));
      continue;
    }
    const same = clusters.named(nameKey(word));
    // "Ghostwriter said …": a name a naming cue introduced is a name even where it opens a sentence.
    if (p.weak && same && introduced.has(nameKey(word))) {
      mention(same.type, same);
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
    if (same && !p.titled) {
      mention(same.type, same);
      continue;
    }
    const single = singleNamed.get(word);
    if (single) {
      mention('person', single);
      continue;
    }
    if (p.afterThe && SHORT_FORM_HEADS.has(word)) {
      const publication = shortFormTarget(word, list);
      if (publication) {
        mention(publication.candidate.type, publication.cluster);
        continue;
      }
    }
    if (p.titled || p.cue) {
      const type = p.titled ? 'person' : (p.cue as EntityType);
      const surface = (texts.get(slug) ?? '').slice(p.token.start, p.token.end);
      const candidate: Candidate = { start: p.token.start, end: p.token.end, surface, type, key: nameKey(word) };
      const cluster = clusters.note(candidate);
      if (type === 'person') singleNamed.set(word, cluster);
      if (p.titled) cluster.confirmed = true;
      list.push({ candidate, cluster });
    } else if (!isOrdinaryWord(knowledge, word) && !knowledge.givenNames.has(word.toLowerCase())) {
      const key = `${slug}\u0000${word}`;
      unclaimed.set(key, [...(unclaimed.get(key) ?? []), { slug, p }]);
    }
  }
  claimRepeatedWords(unclaimed, input);
}

/**
 * "Huemul … Huemul … Huemul": an unusual word an article keeps using on its own, that no title,
 * role or coreference claimed, is most often a company's short name.
 */
function claimRepeatedWords(
  unclaimed: ReadonlyMap<string, { slug: ArticleSlug; p: PendingWord }[]>,
  { clusters, assigned, texts }: CorefInput,
): void {
  for (const uses of unclaimed.values()) {
    if (uses.length < 2) continue;
    for (const { slug, p } of uses) {
      const candidate: Candidate = {
        start: p.token.start,
        end: p.token.end,
        surface: (texts.get(slug) ?? '').slice(p.token.start, p.token.end),
        type: 'organization',
        key: nameKey(p.token.text),
      };
      assigned.get(slug)?.push({ candidate, cluster: clusters.note(candidate) });
    }
  }
}

/** A name the article alone could not type counts when another article typed the same name. */
export function typeUntypedNames({ perArticle, clusters, assigned }: CorefInput): void {
  for (const [slug, found] of perArticle) {
    const list = assigned.get(slug) ?? [];
    for (const u of found.untyped) {
      const cluster = clusters.named(u.key);
      if (cluster) list.push({ candidate: { ...u, type: cluster.type }, cluster });
    }
  }
}

/**
 * People indexed by each word a lone mention could match (surname, or a first name that is no
 * given name), so that a lookup costs the same however many articles name the person.
 */
function indexPeople({ perArticle, clusters, knowledge }: CorefInput): Map<string, PeopleNamed> {
  const peopleByWord = new Map<string, PeopleNamed>();
  for (const [slug, found] of perArticle) {
    for (const candidate of found.candidates) {
      if (candidate.type !== 'person' || (candidate.words?.length ?? 0) < 2) continue;
      const cluster = clusters.of(candidate);
      if (!cluster) continue;
      const person: Person = { slug, candidate, cluster };
      for (const word of new Set([candidate.words?.at(-1), candidate.words?.[0]])) {
        if (word === undefined || !matchesPerson(word, candidate, knowledge)) continue;
        const entry: PeopleNamed = peopleByWord.get(word) ?? { clusters: new Map(), bySlug: new Map() };
        if (!entry.clusters.has(cluster)) entry.clusters.set(cluster, person);
        const local = entry.bySlug.get(slug) ?? new Map<Cluster, Person>();
        if (!local.has(cluster)) local.set(cluster, person);
        entry.bySlug.set(slug, local);
        peopleByWord.set(word, entry);
      }
    }
  }
  return peopleByWord;
}

function onlyOne(map: Map<Cluster, Person> | undefined): Person | undefined {
  return map?.size === 1 ? map.values().next().value : undefined;
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

/** "the Post" after "The Washington Post": an earlier organisation of the article whose last word it is. */
function shortFormTarget(word: string, earlier: readonly Assigned[]): Assigned | undefined {
  return earlier.find(
    ({ candidate: c }) => c.type === 'organization' && c.surface !== word && c.surface.split(/\s+/).at(-1) === word,
  );
}
