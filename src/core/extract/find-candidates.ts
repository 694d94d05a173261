import type { Knowledge } from '../knowledge/knowledge.ts';
import { nameKey } from '../knowledge/name-key.ts';
import type { Entity, EntityId, EntityType } from '../types.ts';
import { ACRONYM, LOOSE_ACRONYM, longFormStart, spells } from './acronyms.ts';
import type { ArticleCandidates, Candidate, PendingWord } from './candidate.ts';
import { findChunks, type Chunk } from './chunks.ts';
import { cueAfter, cueBefore, listTail, namingCue, placePreposition, speakerType, speaks } from './cues.ts';
import { governmental, headType } from './heads.ts';
import { findKnownPhrases } from './known-phrases.ts';
import { longestKnownName, lookupKnown, mayStartKnownName } from './known-names.ts';
import {
  ADMINISTRATION_WORDS,
  AGENCY_HEADS,
  ARTICLES,
  DIRECTIONS,
  FOREIGN_ARTICLES,
  LEGISLATURES,
  ORGANIZATION_HEADS,
  SHORT_FORM_HEADS,
  THREAT_ACTOR_CODE,
} from './lexicon.ts';
import { isConnector, PARTICLES } from './name-words.ts';
import { ReadContext } from './read-context.ts';
import { isHonorific, isTitleHead, titleEnd } from './titles.ts';
import type { Token } from './tokens.ts';
import { isOrdinaryWord } from '../knowledge/word-classes.ts';

const DASHES = new Set(['-', '–', '—']);
const CLOSING = new Set(['”', '"', '’', "'"]);

/**
 * Finds the names in one article: names the knowledge data has, names the
 * text itself reveals (heads, titles, cues around them), acronyms defined in
 * parentheses, and the lone capitalised words left for coreference.
 */
export function findCandidates(text: string, tokens: readonly Token[], knowledge: Knowledge): ArticleCandidates {
  const out: ArticleCandidates = { candidates: [], pending: [], acronyms: [], untyped: [] };
  const ctx = new ReadContext(text, tokens, knowledge);
  const reader = new ChunkReader(ctx, out);
  for (const chunk of findChunks(tokens, (t) => ctx.isCommon(t), findKnownPhrases(text, tokens, knowledge)))
    reader.read(chunk);
  const unlinked = unlinkForeignBodies(out.candidates, reader.countries, knowledge);
  scopeGenericBodies(out.candidates, unlinked, ctx);
  return out;
}

/**
 * Gives bodies with generic names the article's main country (the one it
 * names most often): names made only of ordinary words ("Senate",
 * "Ministry of Defence") and known national bodies of another country.
 */
function scopeGenericBodies(candidates: Candidate[], unlinked: ReadonlySet<Candidate>, ctx: ReadContext): void {
  const counts = new Map<EntityId, number>();
  for (const c of candidates) if (c.type === 'country' && c.known) counts.set(c.known, (counts.get(c.known) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (main === undefined) return;
  for (const c of candidates) {
    if (c.type !== 'agency' || c.known !== undefined) continue;
    const generic = c.surface.split(/\s+/).every((w) => isOrdinaryWord(ctx.knowledge, w));
    if (generic || unlinked.has(c)) c.scope = main;
  }
}

/**
 * A national body known by a name other countries share ("National Cyber
 * Security Centre") is that country's only in an article that names the
 * country; elsewhere it is a body of its own, found by its name.
 */
function unlinkForeignBodies(
  candidates: Candidate[],
  countries: ReadonlySet<string>,
  knowledge: Knowledge,
): Set<Candidate> {
  const named = new Set([
    ...countries,
    ...candidates.filter((c) => c.type === 'country' && c.known).map((c) => c.known as string),
  ]);
  const unlinked = new Set<Candidate>();
  for (const c of candidates) {
    const country = c.known ? knowledge.entities.get(c.known)?.country : undefined;
    if (country && !named.has(country)) {
      c.known = undefined;
      unlinked.add(c);
    }
  }
  return unlinked;
}

class ChunkReader {
  /** Acronyms this article defines; they outrank the knowledge data ("Armed Forces of the Philippines (AFP)"). */
  private readonly local = new Map<string, Candidate>();
  /** Countries the article names by a demonym ("Dutch", "North Korean"). */
  readonly countries = new Set<string>();

  // Fields assigned by hand, not as parameter properties: worker threads load this file with
  // Node's type stripping, which only erases types.
  private readonly ctx: ReadContext;
  private readonly out: ArticleCandidates;

  constructor(ctx: ReadContext, out: ArticleCandidates) {
    this.ctx = ctx;
    this.out = out;
  }

  read(chunk: Chunk): void {
    const { ctx } = this;
    const { first, last } = chunk;
    if (headType(ctx, first, last) === 'document') return;
    if (this.isSourceCredit(chunk)) {
      this.emitTyped(first, last, 'organization');
      return;
    }
    let i = first;
    let titled = false;
    let emitted: Candidate | undefined;
    let theAt: number | undefined;
    while (i <= last) {
      const t = ctx.at(i);
      if (isConnector(t) || !t.word) {
        i++;
        continue;
      }
      const lower = t.text.toLowerCase();
      const defined = this.local.get(t.text);
      if (defined) {
        emitted = this.emit(i, i, defined.type, defined.known, defined.key);
        i++;
        continue;
      }
      const known = this.longestKnown(i, last);
      const knownType = known ? ctx.knowledge.entities.get(known.id)?.type : undefined;
      // "The" opening a sentence is never part of a name; "New" in "NEW DELHI" is.
      const startsKnown = known !== undefined && known.end - i > 1 && !ARTICLES.has(t.text);
      if (t.initial && ctx.knowledge.stopWords.has(lower) && !startsKnown) {
        i++;
        continue;
      }
      if (ARTICLES.has(t.text) && knownType !== 'organization') {
        if (!t.initial) theAt = i;
        i++;
        continue;
      }
      if (known && !titled && this.isCurrency(known.end - 1)) {
        i = known.end;
        continue;
      }
      if (known && knownType && !titled) {
        const split = this.countryPrefix(i, known.end);
        if (split) {
          emitted = this.emit(i, i, 'country', split);
          i++;
          continue;
        }
        const rest = this.nameEnd(known.end, last);
        const titleFollows =
          known.end <= last && (isHonorific(ctx.at(known.end).text) || titleEnd(ctx, known.end, last) > known.end);
        const whole = rest > known.end && !titleFollows ? this.wholeName(i, known.end, rest, knownType) : undefined;
        if (whole) {
          emitted = this.emitTyped(i, rest - 1, whole);
          i = rest;
          continue;
        }
        // "Anonymous Sudan", "MTN Nigeria": a known group's or company's name with more name words
        // (for a company, a country: its national subsidiary) is another group or company.
        if (
          (knownType === 'group' || (knownType === 'organization' && this.isCountry(known.end, rest - 1))) &&
          rest > known.end &&
          !titleFollows
        ) {
          emitted = this.emitTyped(i, rest - 1, knownType);
          i = rest;
          continue;
        }
        emitted = this.emit(i, known.end - 1, knownType, known.id);
        i = known.end;
        continue;
      }
      if (isHonorific(t.text) && i < last) {
        i += ctx.at(i + 1).text === '.' ? 2 : 1;
        titled = true;
        continue;
      }
      const title = titleEnd(ctx, i, last);
      if (title > i) {
        titled = title <= last;
        i = title;
        continue;
      }
      // "North Holland", "West Bengal": a compass word before a known place names a region.
      if (DIRECTIONS.has(t.text) && i < last && !known) {
        const place = this.longestKnown(i + 1, last);
        const placeType = place ? ctx.knowledge.entities.get(place.id)?.type : undefined;
        if (place && (placeType === 'place' || placeType === 'country') && this.nameEnd(i, last) === place.end) {
          emitted = this.emitTyped(i, place.end - 1, 'place');
          i = place.end;
          continue;
        }
      }
      const demonym = titled ? i : this.demonymEnd(i, last);
      if (demonym > i) {
        const rest = this.nameEnd(demonym, last);
        const words = ctx.tokens.slice(demonym, rest).filter((w) => w.word && w.cap);
        const named = words.length > 0 && words.every((w) => !ctx.isCommon(w) && !w.caps) ? 'organization' : undefined;
        const type = rest > demonym ? (headType(ctx, i, rest - 1) ?? named) : undefined;
        if (type && type !== 'document') {
          emitted = this.emitTyped(i, rest - 1, type);
          i = rest;
          continue;
        }
        i = demonym;
        continue;
      }
      if (ctx.knowledge.calendarWords.has(lower.replace(/\.$/, ''))) {
        i++;
        continue;
      }
      if (t.initial && !titled && ctx.isCommon(t) && !this.startsPersonName(i, last)) {
        if (i === last || !ctx.at(i + 1).cap) this.pend(i, { weak: true });
        i++;
        continue;
      }
      const end = this.nameEnd(i, last);
      emitted = this.classify(i, end - 1, titled);
      if (emitted && theAt === i - 1) this.withThe(emitted, theAt);
      titled = false;
      i = end;
    }
    this.administration(chunk, emitted);
    this.acronymDefinition(chunk, emitted);
  }

  /** The end (exclusive) of a demonym or adjective of up to three words at `i` ("Chinese", "North Korean"), or `i`. */
  private demonymEnd(i: number, last: number): number {
    const { ctx } = this;
    for (let j = Math.min(last, i + 2); j >= i; j--) {
      const words = ctx.slice(i, j);
      if (!ctx.knowledge.adjectives.has(words)) continue;
      const country = ctx.knowledge.demonyms.get(words);
      if (country) this.countries.add(country);
      return j + 1;
    }
    return i;
  }

  /** The end (exclusive) of a name starting at `from`: the next honorific, or a title followed by more name. */
  private nameEnd(from: number, last: number): number {
    for (let j = from + 1; j <= last; j++) {
      if (isConnector(this.ctx.at(j - 1))) continue;
      if (isHonorific(this.ctx.at(j).text) && j < last) return j;
      const title = titleEnd(this.ctx, j, last);
      if (title > j && title <= last) return j;
    }
    return last + 1;
  }

  private longestKnown(i: number, last: number): { id: NonNullable<Candidate['known']>; end: number } | undefined {
    const { ctx } = this;
    const first = ctx.at(i).text;
    if (
      !mayStartKnownName(ctx.knowledge, first) &&
      !(ARTICLES.has(first) && i < last && mayStartKnownName(ctx.knowledge, ctx.at(i + 1).text))
    )
      return undefined;
    // No known name is longer than the longest in the data: a run of 10,000 capitalised words costs no more per word.
    for (let j = Math.min(last, i + longestKnownName(ctx.knowledge) - 1); j >= i; j--) {
      const end = ctx.at(j);
      if (isConnector(end) || !end.word) continue;
      const words = ctx.tokens.slice(i, j + 1).filter((t) => t.word);
      const caps =
        words.every((t) => t.caps || !/\p{L}/u.test(t.text)) && (words.length > 1 || (words[0]?.text.length ?? 0) > 4);
      const id = lookupKnown(ctx.knowledge, ctx.slice(i, j), caps);
      if (id !== undefined) return { id, end: j + 1 };
    }
    return undefined;
  }

  /** "US Justice Department" matched whole as a known agency still names the country apart. */
  private countryPrefix(i: number, end: number): Candidate['known'] {
    if (end - i < 2) return undefined;
    const country = lookupKnown(this.ctx.knowledge, this.ctx.at(i).text, false);
    if (country === undefined || this.ctx.knowledge.entities.get(country)?.type !== 'country') return undefined;
    return this.longestKnown(i + 1, end - 1)?.end === end ? country : undefined;
  }

  /**
   * Whether a known name and the capitalised words after it are one longer
   * name, and of what type: a city's company or office ("Brisbane Mutual
   * Health", "Abu Dhabi Investment Authority"), a country's company ("China
   * Telecom") but not its agency ("US Justice Department" stays two), a
   * chamber's committee ("Senate Economics References Committee").
   */
  private wholeName(i: number, from: number, end: number, knownType: EntityType): EntityType | undefined {
    const { ctx } = this;
    if (this.longestKnown(from, end - 1)) return undefined;
    const head = headType(ctx, i, end - 1);
    if (head === 'document') return undefined;
    const rest = ctx.tokens
      .slice(from, end)
      .filter((t) => t.word && t.cap && !ctx.knowledge.calendarWords.has(t.text.toLowerCase()));
    if (rest.length === 0) return undefined;
    if (knownType === 'agency') return head === 'agency' ? 'agency' : undefined;
    if (knownType === 'place') return head ?? 'organization';
    if (knownType !== 'country') return undefined;
    if (head === 'agency' || head === 'place') return undefined;
    if (head === 'organization') return head;
    return rest.some((t) => !ctx.isCommon(t)) ? 'organization' : undefined;
  }

  private classify(i: number, j: number, titled: boolean): Candidate | undefined {
    const { ctx } = this;
    while (j > i && (isConnector(ctx.at(j)) || !ctx.at(j).word)) j--;
    const words = ctx.tokens.slice(i, j + 1).filter((t) => t.word && !isConnector(t));
    if (words.length === 0) return undefined;
    if (titled) return this.personOf(i, j, true) ?? this.person(i, j);
    if (words.length === 1) return this.single(i);
    const inner = this.knownAfterOf(i, j) ?? this.personOf(i, j);
    if (inner) return inner;
    const head = headType(ctx, i, j);
    if (head === 'document') return undefined;
    const cue = namingCue(ctx, i) ?? cueBefore(ctx, i) ?? cueAfter(ctx, j) ?? listTail(ctx, j);
    if (head) return this.emitTyped(i, j, head);
    const allCommon = words.every((t) => ctx.isCommon(t)) && !ctx.isGivenName(words[0] as Token);
    // "Australian Greens", "Saudi Aramco": a name led by a demonym is a body's, never a person's.
    if (ctx.knowledge.adjectives.has((words[0] as Token).text))
      return this.emitTyped(i, j, head && head !== 'document' ? head : 'organization');
    if (cue === 'person') return allCommon ? this.untyped(i, j) : this.person(i, j);
    if (cue) return this.emitTyped(i, j, cue);
    if (words.some((t) => /\d/.test(t.text))) return this.untyped(i, j);
    const lastWord = words.at(-1) as Token;
    const looksLikeName = words.length <= 5 && words.every((t) => !t.caps || t.text.length <= 2);
    // "La Voz", "El Mercurio", "Der Standard": a foreign article opens a title, not a person's name.
    if (FOREIGN_ARTICLES.has((words[0] as Token).text)) return this.emitTyped(i, j, 'organization');
    // "Marloes de Wit": a particle inside the name marks a person's name.
    const particle = ctx.tokens.slice(i + 1, j).some((t) => t.word && !t.cap && PARTICLES.has(t.text));
    if (looksLikeName && (ctx.isGivenName(words[0] as Token) || particle || speaks(ctx, i, j)))
      return this.person(i, j);
    // Unknown words that only look like a name: a person if the corpus confirms it elsewhere.
    if (looksLikeName && !ctx.isCommon(lastWord)) {
      const candidate = this.person(i, j);
      if (candidate) candidate.unconfirmed = true;
      return candidate;
    }
    return this.untyped(i, j);
  }

  /** A lone capitalised word: a threat-actor code, or left for coreference with what its context suggests. */
  private single(i: number): Candidate | undefined {
    const { ctx } = this;
    const t = ctx.at(i);
    if (THREAT_ACTOR_CODE.test(t.text)) return this.emitTyped(i, i, 'group');
    if (/^\p{N}+$/u.test(t.text)) return undefined;
    // A lone head or title word ("the Cabinet", "the Ministry", "the President") is a title-only reference.
    if (LEGISLATURES.has(t.text)) return this.emitTyped(i, i, 'agency');
    const head = AGENCY_HEADS.has(t.text) || (ORGANIZATION_HEADS.has(t.text) && !SHORT_FORM_HEADS.has(t.text));
    if (head || isTitleHead(t.text)) return undefined;
    // "Spanish-language", "Russian-backed": an adjective, not a name.
    if (ctx.knowledge.adjectives.has(t.text.split('-')[0] ?? '')) return undefined;
    const cue = namingCue(ctx, i) ?? cueBefore(ctx, i) ?? cueAfter(ctx, i) ?? listTail(ctx, i);
    const fallback = speaks(ctx, i, i)
      ? speakerType(ctx, i)
      : placePreposition(ctx, i) && !ctx.isCommon(t)
        ? 'place'
        : undefined;
    this.pend(i, { cue: cue ?? fallback });
    return undefined;
  }

  /** "Unit 74455 of the GRU": a known body after "of" is its own mention when the words before it have a head. */
  private knownAfterOf(i: number, j: number): Candidate | undefined {
    const { ctx } = this;
    for (let k = i + 1; k < j; k++) {
      if (ctx.at(k).text !== 'of') continue;
      const from = ctx.at(k + 1).text === 'the' ? k + 2 : k + 1;
      const known = from <= j ? this.longestKnown(from, j) : undefined;
      const type = known ? ctx.knowledge.entities.get(known.id)?.type : undefined;
      if (!known || known.end !== j + 1 || (type !== 'agency' && type !== 'organization' && type !== 'group'))
        return undefined;
      const head = headType(ctx, i, k - 1);
      if (!head || head === 'document') return undefined;
      this.emitTyped(i, k - 1, head);
      return this.emit(from, j, type, known.id);
    }
    return undefined;
  }

  /** "Nick Papadakis of the Australian Greens": a person's name, then the body they belong to. */
  private personOf(i: number, j: number, titled = false): Candidate | undefined {
    const { ctx } = this;
    if (!titled && !ctx.isGivenName(ctx.at(i))) return undefined;
    for (let k = i + 2; k < j; k++) {
      if (ctx.at(k).text !== 'of') continue;
      if (headType(ctx, i, k - 1)) return undefined;
      const from = ctx.at(k + 1).text === 'the' ? k + 2 : k + 1;
      const person = this.person(i, k - 1);
      const known = this.longestKnown(from, j);
      if (known?.end === j + 1)
        this.emit(from, j, ctx.knowledge.entities.get(known.id)?.type ?? 'organization', known.id);
      else this.classify(from, j, false);
      return person;
    }
    return undefined;
  }

  private person(i: number, j: number): Candidate | undefined {
    const words = this.ctx.tokens
      .slice(i, j + 1)
      .filter((t) => t.word)
      .map((t) => t.text);
    if (words.length === 1) {
      this.pend(i, { titled: true });
      return undefined;
    }
    const candidate = this.emitTyped(i, j, 'person');
    candidate.words = words.filter((w) => !/^\p{Lu}$/u.test(w));
    return candidate;
  }

  /** "WASHINGTON (Reuters) -": the name in brackets before a dateline dash is the news agency. */
  private isSourceCredit(chunk: Chunk): boolean {
    const before = this.ctx.peek(chunk.first - 1);
    const close = this.ctx.peek(chunk.last + 1);
    const dash = this.ctx.peek(chunk.last + 2);
    if (before?.text !== '(' || close?.text !== ')' || !dash || !DASHES.has(dash.text)) return false;
    const opener = this.ctx.peek(chunk.first - 2);
    return (
      opener !== undefined &&
      opener.sentence === this.ctx.at(chunk.first).sentence &&
      (opener.caps || /\d/.test(opener.text) || opener.cap)
    );
  }

  /** "told The Korea Herald": a publication's capitalised "The" in mid-sentence belongs to its name. */
  private withThe(candidate: Candidate, at: number): void {
    const lastWord = candidate.surface.split(/\s+/).at(-1) ?? '';
    if (candidate.type !== 'organization' || !SHORT_FORM_HEADS.has(lastWord)) return;
    candidate.start = this.ctx.at(at).start;
    candidate.surface = this.ctx.text.slice(candidate.start, candidate.end);
  }

  /** "the Trump administration": a leader's name and "administration" name an agency. */
  private administration(chunk: Chunk, emitted: Candidate | undefined): void {
    const { ctx, out } = this;
    const lastToken = ctx.at(chunk.last);
    const next = ctx.peek(chunk.last + 1);
    if (!next || !ADMINISTRATION_WORDS.has(next.text) || next.sentence !== lastToken.sentence) return;
    const pending = out.pending.at(-1);
    let start: number | undefined;
    if (emitted?.end === lastToken.end && emitted.type === 'person') {
      start = emitted.start;
      out.candidates.splice(out.candidates.indexOf(emitted), 1);
    } else if (pending?.token.end === lastToken.end && !pending.weak) {
      start = pending.token.start;
      out.pending.pop();
    }
    if (start === undefined) return;
    const surface = ctx.text.slice(start, next.end);
    out.candidates.push({ start, end: next.end, surface, type: 'agency', key: nameKey(surface) });
  }

  /** "Ministry of State Security (MSS)", "“Advanced Persistent Threat 10” (APT10)", "Royal United Services Institute (Rusi)". */
  private acronymDefinition(chunk: Chunk, emitted: Candidate | undefined): void {
    const { ctx } = this;
    let k = chunk.last + 1;
    if (CLOSING.has(ctx.peek(k)?.text ?? '')) k++;
    const open = ctx.peek(k);
    const acronym = ctx.peek(k + 1);
    const close = ctx.peek(k + 2);
    if (open?.text !== '(' || close?.text !== ')' || !acronym) return;
    if (!ACRONYM.test(acronym.text) && !LOOSE_ACRONYM.test(acronym.text)) return;
    const chunkEnd = ctx.at(chunk.last).end;
    let target = emitted?.end === chunkEnd ? emitted : undefined;
    const known = lookupKnown(ctx.knowledge, acronym.text, false);
    const entity = known ? ctx.knowledge.entities.get(known) : undefined;
    if (!target || !spells(acronym.text, target.surface.split(/\s+/))) {
      const start = longFormStart(ctx, chunk.last, acronym.text);
      if (start !== undefined) target = this.replaceWithLongForm(start, chunk.last, target, entity);
      // "John Smith (FBI)": brackets that spell nothing before them define nothing.
      else if (!this.shortNameOf(target, acronym)) return;
    }
    if (!target) return;
    // People are not known by acronyms: a name that defines one is a body.
    if (target.type === 'person') {
      target.type = 'organization';
      target.words = undefined;
    }
    this.local.set(acronym.text, target);
    this.out.acronyms.push({ acronym: acronym.text, target });
  }

  /**
   * "National Communications Agency (Enacom)": a single unusual word in brackets right after a body's
   * name is that body's short name, even when its letters are not the initials.
   */
  private shortNameOf(target: Candidate | undefined, word: Token): boolean {
    if (!target || !['agency', 'organization', 'group'].includes(target.type)) return false;
    return !this.ctx.isCommon(word) && lookupKnown(this.ctx.knowledge, word.text, false) === undefined;
  }

  /** "Committee on Foreign Investment in the United States (CFIUS)": the spelled-out name replaces what was found inside it. */
  private replaceWithLongForm(
    start: number,
    last: number,
    found: Candidate | undefined,
    known: Entity | undefined,
  ): Candidate {
    const { ctx, out } = this;
    const from = ctx.at(start).start;
    const to = ctx.at(last).end;
    out.candidates = out.candidates.filter((c) => c.end <= from || c.start >= to);
    out.pending = out.pending.filter((p) => p.token.end <= from || p.token.start >= to);
    out.untyped = out.untyped.filter((u) => u.end <= from || u.start >= to);
    const head = headType(ctx, start, last);
    const foundType = found && !['person', 'country', 'place'].includes(found.type) ? found.type : undefined;
    const words = ctx.tokens
      .slice(start, last + 1)
      .filter((t) => t.cap)
      .map((t) => t.text);
    const fallback = governmental(words) ? 'agency' : 'organization';
    const type = (head !== 'document' ? head : undefined) ?? known?.type ?? foundType ?? fallback;
    if (known && known.type === type) return this.emit(start, last, type, known.id);
    return this.emitTyped(start, last, type);
  }

  private untyped(i: number, j: number): undefined {
    const surface = this.ctx.slice(i, j);
    this.out.untyped.push({ start: this.ctx.at(i).start, end: this.ctx.at(j).end, surface, key: nameKey(surface) });
    return undefined;
  }

  /** A discovered name; the knowledge data still wins when it has the same name. */
  private emitTyped(i: number, j: number, type: EntityType): Candidate {
    const known = lookupKnown(this.ctx.knowledge, this.ctx.slice(i, j), false);
    const entity = known ? this.ctx.knowledge.entities.get(known) : undefined;
    return this.emit(i, j, entity?.type ?? type, known);
  }

  private emit(i: number, j: number, type: EntityType, known?: Candidate['known'], key?: string): Candidate {
    const surface = this.ctx.slice(i, j);
    const candidate: Candidate = {
      start: this.ctx.at(i).start,
      end: this.ctx.at(j).end,
      surface,
      type,
      known,
      key: key ?? nameKey(surface),
    };
    this.out.candidates.push(candidate);
    return candidate;
  }

  private pend(i: number, flags: Partial<Omit<PendingWord, 'token'>>): void {
    const previous = this.ctx.peek(i - 1);
    this.out.pending.push({
      token: this.ctx.at(i),
      titled: flags.titled ?? false,
      weak: flags.weak ?? false,
      afterThe: previous?.text === 'the',
      cue: flags.cue,
    });
  }

  private startsPersonName(i: number, last: number): boolean {
    const { ctx } = this;
    if (i >= last || !ctx.isGivenName(ctx.at(i))) return false;
    const next = ctx.at(i + 1);
    // "John Smith": a given name and a capitalised word after it, even an ordinary one, open a person's name.
    return next.cap && !isTitleHead(next.text) && !AGENCY_HEADS.has(next.text) && !ORGANIZATION_HEADS.has(next.text);
  }

  private isCountry(i: number, j: number): boolean {
    if (i > j) return false;
    const id = lookupKnown(this.ctx.knowledge, this.ctx.slice(i, j), false);
    return id !== undefined && this.ctx.knowledge.entities.get(id)?.type === 'country';
  }

  /** "US$250": a country code glued to a currency sign is part of the amount. */
  private isCurrency(j: number): boolean {
    const next = this.ctx.peek(j + 1);
    return next !== undefined && /^[$€£¥]$/.test(next.text) && next.start === this.ctx.at(j).end;
  }
}
