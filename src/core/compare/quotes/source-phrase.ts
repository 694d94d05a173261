import { HONORIFICS } from '../../extract/lexicon.ts';
import type { EntityId, EntityType, Mention, Span } from '../../types.ts';
import type { ArticleContext, Word } from './article-context.ts';
import {
  BODY_NOUNS,
  DOCUMENT_NOUNS,
  INDEFINITE_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  ROLE_NOUNS,
  ROLE_SYNONYMS,
} from './speech-lexicon.ts';

/** Entity types that can say something. */
export const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['person', 'agency', 'organization', 'group']);

/** What the words naming a speaker are, before any coreference: the source stage. */
export type SourcePhrase =
  /** Named: "Bonnie Glaser", "USTR", "Mike Pompeo and Kirstjen Nielsen", "a White House statement". */
  | { kind: 'named'; entities: EntityId[]; text: string }
  /** "he", "she", "they", "it". */
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'they' | 'it'; text: string }
  /** A definite role: "the spokesman", "the union’s general secretary", "the official". */
  | { kind: 'role'; role: string; text: string }
  /** People who hold a role, together: "the two ministers", "both leaders". */
  | { kind: 'roles'; role: string; text: string }
  /** A definite body: "the company", "the ministry"; `qualifiers` say which one ("the Zambian army", "the ministry of mines"). */
  | { kind: 'body'; noun: string; text: string; qualifiers: string[] }
  /** Bodies together: "the two airlines", "both companies". */
  | { kind: 'bodies'; noun: string; text: string }
  /** A definite document with no author named: "the statement", "the letter". */
  | { kind: 'document'; noun: string; text: string }
  /** An unnamed source: "a senior official", "one Western official", "people familiar with the talks". */
  | { kind: 'unnamed'; text: string; role: string | null; plural: boolean }
  /** Named, but not an entity that can speak here ("China", or a name the extraction did not mark). */
  | { kind: 'other'; text: string }
  | { kind: 'none' };

interface Chunk extends Span {
  words: Word[];
  mentions: Mention[];
}

const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
const COORDINATORS = new Set(['and', '&']);
const POSSESSIVE = /^[’']s$/;
const hasLetter = (w: Word): boolean => /[\p{L}\p{N}]/u.test(w.text);
const isCap = (w: Word | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w.text);

export function normalRole(word: string): string {
  const lower = word.toLowerCase();
  return ROLE_SYNONYMS.get(lower) ?? lower;
}

/**
 * Reads the words that name a speaker (a cue's region). The region is cut
 * into comma-separated chunks (a relative clause stays with its noun) and
 * read from the verb outwards, so "Mr Derek Scissors, a China analyst at the
 * American Enterprise Institute, said" passes over the apposition to the
 * name, and "Addressing a rally, the union’s general secretary, Efua Nyarko,
 * said" stops at the name next to the verb.
 */
export function readSource(ctx: ArticleContext, region: Span, inverted: boolean): SourcePhrase {
  const chunks = chunksOf(ctx, region);
  const order = inverted ? chunks : [...chunks].reverse();
  let fallback: SourcePhrase = { kind: 'none' };
  for (let k = 0; k < order.length; k++) {
    const chunk = order[k];
    if (!chunk) continue;
    const phrase = classify(ctx, chunk, false);
    const next = order[k + 1];
    // An apposition next to a bare name: the name is the speaker, and the role says it is a person.
    if ((phrase.kind === 'role' || phrase.kind === 'unnamed') && next && isNameOnly(next)) {
      const named = classify(ctx, next, true);
      if (named.kind === 'named') return withAppositiveCoordinate(ctx, chunks, chunks.indexOf(next), named);
    }
    // A name that cannot speak ("China", "one of the carriers serving Tema") is kept only if nothing better is found.
    if (phrase.kind === 'other') {
      if (fallback.kind === 'none') fallback = phrase;
    } else if (phrase.kind === 'named') return withAppositiveCoordinate(ctx, chunks, chunks.indexOf(chunk), phrase);
    else if (phrase.kind !== 'none') return phrase;
  }
  return fallback;
}

const opensWithAnd = (chunk: Chunk | undefined): boolean => chunk?.words[0]?.text.toLowerCase() === 'and';

/**
 * Two people each with an apposition, joined by "and" ("The utility's chief
 * executive, Martin Hale, and the city's mayor, Rosa Lindqvist, said";
 * "Martin Hale, the chief executive, and Rosa Lindqvist, the mayor, said"):
 * commas cut the list into chunks, so the name found next to the verb is
 * joined by the name-only chunk before its "and", past one role chunk.
 */
function withAppositiveCoordinate(
  ctx: ArticleContext,
  chunks: readonly Chunk[],
  at: number,
  phrase: Extract<SourcePhrase, { kind: 'named' }>,
): SourcePhrase {
  const role = (chunk: Chunk | undefined): boolean =>
    chunk !== undefined && classify(ctx, chunk, false).kind === 'role';
  const join = (chunk: Chunk, before: boolean): SourcePhrase => {
    const other = classify(ctx, chunk, true);
    if (other.kind !== 'named') return phrase;
    const entities = [
      ...new Set(before ? [...other.entities, ...phrase.entities] : [...phrase.entities, ...other.entities]),
    ];
    const people = entities.every((id) => ctx.entity(id)?.type === 'person');
    return people && entities.length > 1 ? { ...phrase, entities } : phrase;
  };
  // The "and" opens the named chunk ("and Rosa Lindqvist") or the role just before it ("and the city's mayor").
  const joint = opensWithAnd(chunks[at]) ? at : opensWithAnd(chunks[at - 1]) && role(chunks[at - 1]) ? at - 1 : -1;
  if (joint >= 0) {
    for (let k = joint - 1; k >= Math.max(0, joint - 2); k--) {
      const chunk = chunks[k];
      if (!chunk) break;
      if (isNameOnly(chunk)) return join(chunk, true);
      if (!role(chunk)) break;
    }
    return phrase;
  }
  // After an inverted verb the second person follows: "said Ines Falk, the director, and Piet Ramos".
  for (let k = at + 1; k <= at + 2; k++) {
    const chunk = chunks[k];
    if (!chunk) break;
    if (opensWithAnd(chunk)) return isNameOnly(chunk) ? join(chunk, false) : phrase;
    if (!role(chunk)) break;
  }
  return phrase;
}

function chunksOf(ctx: ArticleContext, region: Span): Chunk[] {
  const words = ctx.words.filter((w) => w.start >= region.start && w.end <= region.end);
  const groups: Word[][] = [[]];
  for (const w of words) {
    if (w.text === ',') {
      groups.push([]);
      continue;
    }
    const current = groups.at(-1);
    // ", who asked not to be named": the relative clause belongs to the noun before it.
    if (current?.length === 0 && groups.length > 1 && RELATIVES.has(w.text.toLowerCase())) {
      groups.pop();
    }
    groups.at(-1)?.push(w);
  }
  const marked = ctx.mentions.filter((m) => m.start >= region.start && m.end <= region.end);
  const mentions = [...marked, ...unmarkedNames(ctx, words, marked)].sort((a, b) => a.start - b.start);
  return groups
    .filter((g) => g.some(hasLetter))
    .map((g) => {
      const start = g[0]?.start ?? region.start;
      const end = g.at(-1)?.end ?? start;
      return { start, end, words: g, mentions: mentions.filter((m) => m.start >= start && m.end <= end) };
    });
}

const NAME_JOINERS = new Set([
  'of',
  'the',
  'and',
  'for',
  'van',
  'de',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'al',
  'bin',
]);

/**
 * Names of corpus entities that the extraction did not mark here ("Efua
 * Nyarko of the union and Pieter van Leeuwen…" with only the second marked):
 * runs of two or more capitalised words equal to a speaker's name or alias.
 */
function unmarkedNames(ctx: ArticleContext, words: readonly Word[], marked: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const free = (w: Word): boolean => !marked.some((m) => w.start < m.end && w.end > m.start);
  const surnames = surnamesOf(ctx);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || !isCap(word) || !free(word)) continue;
    // "Mr Mwamba said" where only "Joseph Mwamba" is marked: a surname of a person this article names.
    const bySurname = surnames.get(word.text);
    if (bySurname && !isCap(words[i + 1])) {
      found.push({ start: word.start, end: word.end, surface: word.text, entity: bySurname, type: 'person' });
      continue;
    }
    for (let j = Math.min(words.length, i + 6); j > i + 1; j--) {
      const run = words.slice(i, j);
      if (!run.every((w) => free(w) && (isCap(w) || NAME_JOINERS.has(w.text))) || !isCap(run.at(-1))) continue;
      const start = run[0]?.start ?? 0;
      const end = run.at(-1)?.end ?? 0;
      const entity = ctx.entityNamed(ctx.text.slice(start, end));
      if (!entity || !SPEAKER_TYPES.has(entity.type)) continue;
      found.push({ start, end, surface: ctx.text.slice(start, end), entity: entity.id, type: entity.type });
      i = j - 1;
      break;
    }
  }
  return found;
}

function textOf(ctx: ArticleContext, chunk: Chunk): string {
  return ctx.text.slice(chunk.start, chunk.end);
}

/** Words of the chunk before and after a mention. */
function around(chunk: Chunk, m: Mention): { before: Word[]; after: Word[] } {
  return { before: chunk.words.filter((w) => w.end <= m.start), after: chunk.words.filter((w) => w.start >= m.end) };
}

/**
 * A name that heads its phrase, not one in a dependent phrase ("a lawyer for
 * Smith", "Smith’s lawyer"). Titles and role words before it are stepped
 * over ("U.S. Secretary of State Mike Pompeo", "Helder chief executive …").
 */
function isIndependent(chunk: Chunk, m: Mention): boolean {
  const { before, after } = around(chunk, m);
  if (after[0] && POSSESSIVE.test(after[0].text)) return false;
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k];
    if (!w) continue;
    const lower = w.text.toLowerCase();
    if (isCap(w) || ROLE_NOUNS.has(lower) || /-[\p{L}]+$/u.test(w.text) || POSSESSIVE.test(w.text)) continue;
    if (lower === 'the' || lower === 'a' || lower === 'an') continue;
    if ((lower === 'of' || lower === 'for' || lower === 'the' || lower === 'de') && isCap(before[k - 1])) continue;
    // "signed by X and Y", "issued by X": the agent of a statement, not a dependent phrase.
    if ((lower === 'by' || lower === 'from') && /ed$/.test(before[k - 1]?.text ?? '')) return true;
    return !PREPOSITIONS.has(lower);
  }
  return true;
}

/** The chunk is a name and little else: "Kwame Addo", "Mr Derek Scissors", "Transport Minister Kojo Asamoah". */
function isNameOnly(chunk: Chunk): boolean {
  const rest = chunk.words.filter(
    (w) =>
      hasLetter(w) &&
      !chunk.mentions.some((m) => w.start >= m.start && w.end <= m.end) &&
      !HONORIFICS.has(w.text.replace(/\.$/, '')) &&
      !(isCap(w) && ROLE_NOUNS.has(w.text.toLowerCase())),
  );
  return chunk.mentions.length > 0 && rest.length <= 1;
}

/**
 * The words that say which body a definite phrase means. A government body is
 * named by all its words ("the mines ministry", "the ministry of mines", "the
 * Zambian army"); a company by its capitals only, as "the state-owned
 * company" is a description.
 */
function qualifiersOf(words: readonly Word[], noun: Word): string[] {
  const agency = BODY_NOUNS.get(noun.text)?.[0] === 'agency';
  return words
    .filter(
      (w) => w !== noun && !DEFINITE.has(w.text.toLowerCase()) && !PREPOSITIONS.has(w.text) && !POSSESSIVE.test(w.text),
    )
    .filter((w) => isCap(w) || agency)
    .map((w) => w.text);
}

/** The chunk is names joined by "and" (and titles): "Zambia and the DR Congo", "Beijing". */
function namesOnly(chunk: Chunk): boolean {
  return chunk.words.every(
    (w) =>
      !hasLetter(w) ||
      chunk.mentions.some((m) => w.start >= m.start && w.end <= m.end) ||
      COORDINATORS.has(w.text.toLowerCase()) ||
      w.text.toLowerCase() === 'the' ||
      HONORIFICS.has(w.text.replace(/\.$/, '')),
  );
}

interface Role {
  role: string;
  plural: boolean;
}

/** A role word and whether it is plural: "officials" → official, plural; "people" is plural too. */
function roleOf(word: string): Role | null {
  const lower = word.toLowerCase();
  if (lower === 'people') return { role: 'person', plural: true };
  const singular = lower.endsWith('ies')
    ? `${lower.slice(0, -3)}y`
    : lower.endsWith('s') && !lower.endsWith('ss')
      ? lower.slice(0, -1)
      : lower;
  if (singular !== lower && ROLE_NOUNS.has(singular)) return { role: normalRole(singular), plural: true };
  return ROLE_NOUNS.has(lower) ? { role: normalRole(lower), plural: false } : null;
}

/** The head role of a descriptor: the last role word before its first preposition ("senior adviser for Asia" → adviser). */
function headRole(words: readonly Word[]): Role | null {
  let head: Role | null = null;
  for (const w of words) {
    const lower = w.text.toLowerCase();
    // The head comes before a relative clause: "Per Lie, who heads the union" is not a plural of "head".
    if (RELATIVES.has(lower) || (head !== null && PREPOSITIONS.has(lower))) break;
    head = roleOf(w.text) ?? head;
  }
  return head;
}

function classify(ctx: ArticleContext, chunk: Chunk, personEvidence: boolean): SourcePhrase {
  const text = textOf(ctx, chunk);
  const words = chunk.words.filter(hasLetter);
  const first = words[0]?.text.toLowerCase() ?? '';
  if (words.length === 1 && PRONOUNS.has(first)) return { kind: 'pronoun', pronoun: PRONOUNS.get(first) ?? 'he', text };

  // A name inside a relative clause is not the speaker: "a trade body whose members include Quillon".
  const relative = words.find((w, i) => i > 0 && RELATIVES.has(w.text));
  const heads = chunk.mentions.filter((m) => !relative || m.start < relative.start);
  const speakerMentions = heads.filter(
    (m) => SPEAKER_TYPES.has(m.type) || (personEvidence && chunk.mentions.length === 1),
  );
  const persons = speakerMentions.filter((m) => (m.type === 'person' || personEvidence) && isIndependent(chunk, m));
  if (persons.length > 0) return { kind: 'named', entities: coordinated(chunk, persons), text };

  const documentNoun = words.find((w) => DOCUMENT_NOUNS.has(w.text.toLowerCase()) && w.text === w.text.toLowerCase());
  if (documentNoun) {
    const owner = speakerMentions.at(-1);
    if (owner) return { kind: 'named', entities: [owner.entity], text };
    // "the ministry’s statement": the statement's author is the phrase before the possessive.
    const possessive = words.findIndex((w) => POSSESSIVE.test(w.text) && w.start < documentNoun.start);
    if (possessive > 0) {
      const author = classify(
        ctx,
        { ...chunk, words: words.slice(0, possessive), end: words[possessive]?.start ?? chunk.end },
        false,
      );
      if (author.kind !== 'none') return author;
    }
    if (DEFINITE.has(first)) return { kind: 'document', noun: documentNoun.text.toLowerCase(), text };
    const from = words.findIndex((w) => ['from', 'by'].includes(w.text.toLowerCase()));
    const author = from >= 0 ? headRole(words.slice(from + 1)) : null;
    return author
      ? { kind: 'unnamed', text: ctx.text.slice(words[from + 1]?.start ?? chunk.start, chunk.end), ...author }
      : { kind: 'none' };
  }

  const role = headRole(words);
  const independentBodies = speakerMentions.filter((m) => isIndependent(chunk, m));
  if (role !== null) {
    // "the two ministers", "both leaders": the people who hold the role, together.
    if (role.plural && (DEFINITE.has(first) || first === 'both')) return { kind: 'roles', role: role.role, text };
    if (INDEFINITE_WORDS.has(first) || role.plural) return { kind: 'unnamed', text, ...role };
    if (independentBodies.length === 0 || DEFINITE.has(first) || !isCap(words[0]))
      return { kind: 'role', role: role.role, text };
  }

  if (independentBodies.length === 0 && (DEFINITE.has(first) || first === 'both')) {
    const body = words.find((w) => BODY_NOUNS.has(w.text));
    if (body && first !== 'both')
      return {
        kind: 'body',
        noun: body.text,
        text,
        qualifiers: qualifiersOf(words, body),
      };
    const bodies = words.find((w) => BODY_NOUNS.has(singular(w.text)) && singular(w.text) !== w.text);
    if (bodies) return { kind: 'bodies', noun: singular(bodies.text), text };
  }

  if (independentBodies.length > 0) return { kind: 'named', entities: coordinated(chunk, independentBodies), text };
  // "Zambia said", "Beijing said": a country or city named alone as the speaker stands for its government.
  // "Zambia and Congo said in a joint statement": names and nothing else, joined by "and".
  if (chunk.mentions.length > 0 && namesOnly(chunk))
    return { kind: 'named', entities: coordinated(chunk, chunk.mentions), text };
  if (heads.every((m) => !isIndependent(chunk, m))) {
    const unnamed = describedSource(words, first);
    if (unnamed) return { kind: 'unnamed', text, ...unnamed };
  }
  // Named, but not as a speaker the site knows: a country ("China said"), an unmarked name, "China’s foreign ministry".
  const place = chunk.mentions.find((m) => !SPEAKER_TYPES.has(m.type) && isIndependent(chunk, m));
  if (place) return { kind: 'other', text: place.surface };
  const name = capitalisedRun(
    ctx,
    words.filter((w) => !chunk.mentions.some((m) => w.start < m.end && w.end > m.start)),
  );
  if (name) return { kind: 'other', text: name };
  if (chunk.mentions.length > 0) return { kind: 'other', text };
  return { kind: 'none' };
}

/** Modal and auxiliary verbs: a phrase holding one is a clause, not the description of a source. */
const AUXILIARIES = new Set(
  'can could will would shall should may might must is are was were has have had do does did'.split(' '),
);

/** Head words of an indefinite phrase that is a time or an amount, not a person ("A day after the ruling, …"). */
const NOT_SOURCES = new Set(
  `day days week weeks month months year years time times moment hour hours minute minutes number lot few couple
  series decade decades while bit range host`
    .trim()
    .split(/\s+/),
);

/** "companies" → "company", "carriers" → "carrier". */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/**
 * An unnamed source described in words the role list lacks: an indefinite
 * phrase ("one miner, who asked not to be named", "a shopkeeper in Nkole")
 * or a bare plural ("Villagers", "Local traders"), as a reporting verb's
 * subject. Its head is its last word before a preposition or relative.
 */
function describedSource(words: readonly Word[], first: string): { role: string; plural: boolean } | null {
  // "Residents of Lowmoor can drink tap water again, the utility said": a clause with its own verb is what
  // was said, not who said it (a relative clause, "who were there", belongs to the description).
  const relative = words.findIndex((w) => RELATIVES.has(w.text.toLowerCase()));
  if (words.slice(0, relative < 0 ? words.length : relative).some((w) => AUXILIARIES.has(w.text.toLowerCase())))
    return null;
  const cut = words.findIndex(
    (w, i) => i > 0 && (PREPOSITIONS.has(w.text) || RELATIVES.has(w.text) || /ing$/.test(w.text)),
  );
  const head = (cut > 0 ? words[cut - 1] : words.at(-1))?.text ?? '';
  const lower = head.toLowerCase();
  if (!/^\p{L}{3,}$/u.test(head) || NOT_SOURCES.has(lower)) return null;
  if (INDEFINITE_WORDS.has(first) && words.length > 1)
    return { role: singular(head), plural: !['a', 'an', 'one'].includes(first) };
  const bare = cut < 0 ? words.length : cut;
  const headAt = bare - 1;
  // A bare plural is two words at most ("Villagers", "Local traders"), none a verb form ("matched the ones").
  if (bare <= 2 && words.slice(0, bare).some((w) => /(?:ed|ing)$/.test(w.text))) return null;
  if (
    !DEFINITE.has(first) &&
    bare <= 2 &&
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    (headAt === 0 || !isCap(words[headAt]))
  )
    return { role: singular(head), plural: true };
  return null;
}

/** The surnames of the people an article names, each standing for one person (a surname two share is left out). */
function surnamesOf(ctx: ArticleContext): Map<string, EntityId> {
  const surnames = new Map<string, EntityId | null>();
  for (const m of ctx.mentions) {
    if (m.type !== 'person') continue;
    const name = ctx.entity(m.entity)?.name ?? m.surface;
    const last = name.split(/\s+/).at(-1);
    if (!last || last === name) continue;
    const known = surnames.get(last);
    surnames.set(last, known === undefined || known === m.entity ? m.entity : null);
  }
  return new Map([...surnames].filter((entry): entry is [string, EntityId] => entry[1] !== null));
}

/** The first run of two or more capitalised words (a name the extraction did not mark: "Marten de Vries"). */
function capitalisedRun(ctx: ArticleContext, words: readonly Word[]): string | null {
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (
      j < words.length &&
      (isCap(words[j]) || (j > i && NAME_JOINERS.has(words[j]?.text ?? '') && isCap(words[j + 1])))
    )
      j++;
    if (j - i >= 2 && !(i === 0 && INDEFINITE_WORDS.has(words[0]?.text.toLowerCase() ?? '')))
      return ctx.text.slice(words[i]?.start ?? 0, words[j - 1]?.end ?? 0);
  }
  return null;
}

/** The speakers of "A and B": every name joined to the last by "and"; otherwise the last name alone. */
function coordinated(chunk: Chunk, names: Mention[]): EntityId[] {
  const last = names.at(-1);
  if (!last) return [];
  const joined: Mention[] = [last];
  for (let k = names.length - 2; k >= 0; k--) {
    const a = names[k];
    const b = joined[0];
    if (!a || !b) break;
    const between = chunk.words.filter((w) => w.start >= a.end && w.end <= b.start);
    if (!between.some((w) => COORDINATORS.has(w.text.toLowerCase()))) break;
    joined.unshift(a);
  }
  return [...new Set(joined.map((m) => m.entity))];
}
