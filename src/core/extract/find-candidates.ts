import type { Knowledge } from '../knowledge/knowledge.ts';
import { nameKey } from '../knowledge/name-key.ts';
import type { EntityType } from '../types.ts';
import type { ArticleCandidates, Candidate, PendingWord } from './candidate.ts';
import { findChunks, isConnector, type Chunk } from './chunks.ts';
import { lookupKnown } from './known-names.ts';
import {
  ADMINISTRATION_WORDS,
  AGENCY_HEADS,
  GROUP_CUE_QUALIFIERS,
  GROUP_CUES,
  HONORIFICS,
  ORGANIZATION_CUES,
  ORGANIZATION_HEADS,
  PERSON_APPOSITIONS,
  SPEECH_VERBS,
  THREAT_ACTOR_CODE,
  THREAT_ACTOR_SUFFIXES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import type { Token } from './tokens.ts';

const ARTICLES = new Set(['The', 'A', 'An']);
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d][\p{L}\d&-]{1,9}$/u;
const OPENING = new Set(['“', '"', '‘', "'", '(', '[']);
const CLOSING = new Set(['”', '"', '’', "'"]);

/**
 * Finds the names in one article: names the knowledge data has, names the
 * text itself reveals (heads, titles, cues around them), acronyms defined in
 * parentheses, and the lone capitalised words left for coreference.
 */
export function findCandidates(text: string, tokens: readonly Token[], knowledge: Knowledge): ArticleCandidates {
  const out: ArticleCandidates = { candidates: [], pending: [], acronyms: [] };
  const finder = new ChunkReader(text, tokens, knowledge, out);
  for (const chunk of findChunks(tokens)) finder.read(chunk);
  return out;
}

class ChunkReader {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly knowledge: Knowledge,
    private readonly out: ArticleCandidates,
  ) {}

  read(chunk: Chunk): void {
    const { first, last } = chunk;
    let i = first;
    let titled = false;
    let lastEmitted: Candidate | undefined;
    while (i <= last) {
      const t = this.at(i);
      if (isConnector(t) || !t.word) {
        i++;
        continue;
      }
      const lower = t.text.toLowerCase();
      if (t.initial && this.knowledge.stopWords.has(lower)) {
        i++;
        continue;
      }
      const known = this.longestKnown(i, last);
      if (ARTICLES.has(t.text) && (!known || this.knowledge.entities.get(known.id)?.type !== 'organization')) {
        i++;
        continue;
      }
      if (known && !titled && this.isCurrency(known.end - 1)) {
        i = known.end;
        continue;
      }
      if (known && !titled) {
        const entity = this.knowledge.entities.get(known.id);
        const rest = this.restEnd(known.end, last);
        const titleFollows = HONORIFICS.has(this.at(Math.min(known.end, last)).text) || this.titleEnd(known.end, last) > known.end;
        if (entity && (entity.type === 'country' || entity.type === 'place') && rest > known.end && !titleFollows && this.makesCompanyName(known.end, rest)) {
          lastEmitted = this.discovered(i, rest - 1, 'organization');
          i = rest;
          continue;
        }
        lastEmitted = this.emit(i, known.end - 1, entity?.type ?? 'organization', known.id);
        i = known.end;
        continue;
      }
      if (HONORIFICS.has(t.text.replace(/\.$/, '')) && i < last) {
        i += this.at(i + 1).text === '.' ? 2 : 1;
        titled = true;
        continue;
      }
      const title = this.titleEnd(i, last);
      if (title > i) {
        titled = title <= last;
        i = title;
        continue;
      }
      if (this.knowledge.demonyms.has(t.text) && !titled) {
        const rest = this.restEnd(i + 1, last);
        if (rest > i + 1 && this.headType(i, rest - 1)) {
          lastEmitted = this.discovered(i, rest - 1, this.headType(i, rest - 1) ?? 'organization');
          i = rest;
          continue;
        }
        i++;
        continue;
      }
      if (this.knowledge.calendarWords.has(lower.replace(/\.$/, ''))) {
        i++;
        continue;
      }
      if (t.initial && !titled && this.isCommon(t) && !this.startsPersonName(i, last)) {
        if (i === last || !this.at(i + 1).cap) this.pend(i, { weak: true });
        i++;
        continue;
      }
      const end = this.restEnd(i, last);
      lastEmitted = this.classify(i, end - 1, titled);
      titled = false;
      i = end;
    }
    this.administration(chunk, lastEmitted);
    this.acronymDefinition(chunk, lastEmitted);
  }

  /** The end (exclusive) of a name starting at `from`: the next honorific or a title followed by more name. */
  private restEnd(from: number, last: number): number {
    for (let j = from + 1; j <= last; j++) {
      const t = this.at(j);
      if (HONORIFICS.has(t.text) && j < last) return j;
      const title = this.titleEnd(j, last);
      if (title > j && title <= last) return j;
    }
    return last + 1;
  }

  /** A title such as "Deputy Attorney General" or "Secretary of State" starting at `i`, or `i` when none. */
  private titleEnd(i: number, last: number): number {
    let j = i;
    let head = false;
    while (j <= last) {
      const word = this.at(j).text;
      if (TITLE_HEADS.has(word)) head = true;
      else if (!TITLE_MODIFIERS.has(word)) {
        const of = word === 'of' || word === 'for';
        const next = j + 1 <= last ? this.at(j + 1).text : '';
        const afterThe = next === 'the' && j + 2 <= last ? this.at(j + 2).text : next;
        if (head && of && TITLE_MODIFIERS.has(afterThe)) {
          j += next === 'the' ? 2 : 1;
          continue;
        }
        break;
      }
      j++;
    }
    if (!head) return i;
    // "General Motors", "Supreme Court": a name ending in a head word is an institution, not a title.
    if (this.headType(i, last)) return i;
    return j;
  }

  private longestKnown(i: number, last: number): { id: NonNullable<Candidate['known']>; end: number } | undefined {
    for (let j = last; j >= i; j--) {
      const end = this.at(j);
      if (isConnector(end) || !end.word) continue;
      const slice = this.tokens.slice(i, j + 1).filter((t) => t.word);
      const caps = slice.every((t) => t.caps || !/\p{L}/u.test(t.text)) && (slice.length > 1 || (slice[0]?.text.length ?? 0) > 4);
      const id = lookupKnown(this.knowledge, this.text.slice(this.at(i).start, end.end), caps);
      if (id !== undefined) return { id, end: j + 1 };
    }
    return undefined;
  }

  /** After a country or city: does the rest make one company name with it ("China Telecom", "Tokyo Electric Power")? */
  private makesCompanyName(from: number, end: number): boolean {
    if (this.longestKnown(from, end - 1)) return false;
    const type = this.headType(from, end - 1);
    if (type === 'agency') return false;
    if (type === 'organization') return true;
    return this.tokens.slice(from, end).some((t) => t.word && t.cap && !this.isCommon(t) && !this.knowledge.calendarWords.has(t.text.toLowerCase()));
  }

  private headType(i: number, j: number): EntityType | undefined {
    const words = this.tokens.slice(i, j + 1).filter((t) => t.word && !isConnector(t)).map((t) => t.text);
    if (words.length < 2) return undefined;
    const lastWord = words.at(-1) ?? '';
    const firstWord = words[0] ?? '';
    const ofAfterFirst = ['of', 'for'].includes(this.at(i + 1).text);
    if (AGENCY_HEADS.has(lastWord)) return 'agency';
    if (ORGANIZATION_HEADS.has(lastWord)) return 'organization';
    if (ofAfterFirst && AGENCY_HEADS.has(firstWord)) return 'agency';
    if (ofAfterFirst && ORGANIZATION_HEADS.has(firstWord)) return 'organization';
    if (THREAT_ACTOR_SUFFIXES.has(lastWord)) return 'group';
    return undefined;
  }

  private classify(i: number, j: number, titled: boolean): Candidate | undefined {
    while (j > i && (isConnector(this.at(j)) || !this.at(j).word)) j--;
    const words = this.tokens.slice(i, j + 1).filter((t) => t.word && !isConnector(t));
    if (words.length === 0) return undefined;
    if (titled) return this.person(i, j);
    if (words.length === 1) {
      const only = words[0] as Token;
      if (THREAT_ACTOR_CODE.test(only.text)) return this.discovered(i, j, 'group');
      if (/^\p{N}+$/u.test(only.text)) return undefined;
      this.pend(i, { cue: this.cueBefore(i) ?? this.speechCue(i, j) });
      return undefined;
    }
    const cue = this.cueBefore(i);
    const head = this.headType(i, j);
    if (head) return this.discovered(i, j, head);
    if (cue) return this.discovered(i, j, cue);
    if (words.some((t) => /\d/.test(t.text))) return undefined;
    const givenFirst = this.knowledge.givenNames.has((words[0] as Token).text.toLowerCase());
    const nameLike = givenFirst || words.every((t) => !this.isCommon(t)) || this.speechCue(i, j) === 'person';
    if (nameLike && words.length <= 5 && words.every((t) => !t.caps || t.text.length <= 2)) return this.person(i, j);
    return undefined;
  }

  private person(i: number, j: number): Candidate | undefined {
    const words = this.tokens.slice(i, j + 1).filter((t) => t.word).map((t) => t.text);
    if (words.length === 1) {
      this.pend(i, { titled: true });
      return undefined;
    }
    const candidate = this.discovered(i, j, 'person');
    candidate.words = words.filter((w) => !/^\p{Lu}$/u.test(w));
    return candidate;
  }

  /** "the Trump administration": a leader's name and "administration" name an agency. */
  private administration(chunk: Chunk, lastEmitted: Candidate | undefined): void {
    const next = this.tokens[chunk.last + 1];
    if (!next || !ADMINISTRATION_WORDS.has(next.text) || next.sentence !== this.at(chunk.last).sentence) return;
    const pending = this.out.pending.at(-1);
    const startsAt = lastEmitted?.end === this.at(chunk.last).end && lastEmitted.type === 'person' ? lastEmitted.start : pending?.token.end === this.at(chunk.last).end && !pending.weak ? pending.token.start : undefined;
    if (startsAt === undefined) return;
    if (lastEmitted?.start === startsAt) this.out.candidates.pop();
    else this.out.pending.pop();
    const surface = this.text.slice(startsAt, next.end);
    this.out.candidates.push({ start: startsAt, end: next.end, surface, type: 'agency', key: nameKey(surface) });
  }

  /** "Ministry of State Security (MSS)", "“Advanced Persistent Threat 10” (APT10)". */
  private acronymDefinition(chunk: Chunk, lastEmitted: Candidate | undefined): void {
    let k = chunk.last + 1;
    if (CLOSING.has(this.tokens[k]?.text ?? '')) k++;
    const open = this.tokens[k];
    const acronym = this.tokens[k + 1];
    const close = this.tokens[k + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acronym || !ACRONYM.test(acronym.text)) return;
    const chunkEnd = this.at(chunk.last).end;
    let target = lastEmitted?.end === chunkEnd ? lastEmitted : undefined;
    if (!target) {
      const known = lookupKnown(this.knowledge, acronym.text, false);
      const entity = known ? this.knowledge.entities.get(known) : undefined;
      if (!entity) return;
      let first = chunk.first;
      while (first < chunk.last && (this.at(first).initial && this.knowledge.stopWords.has(this.at(first).text.toLowerCase()))) first++;
      target = this.emit(first, chunk.last, entity.type, entity.id);
    }
    this.out.acronyms.push({ acronym: acronym.text, target });
  }

  private discovered(i: number, j: number, type: EntityType): Candidate {
    const surface = this.text.slice(this.at(i).start, this.at(j).end);
    const known = lookupKnown(this.knowledge, surface, false);
    const entity = known ? this.knowledge.entities.get(known) : undefined;
    return this.emit(i, j, entity?.type ?? type, known);
  }

  private emit(i: number, j: number, type: EntityType, known?: Candidate['known']): Candidate {
    const start = this.at(i).start;
    const end = this.at(j).end;
    const surface = this.text.slice(start, end);
    const candidate: Candidate = { start, end, surface, type, known, key: nameKey(surface) };
    this.out.candidates.push(candidate);
    return candidate;
  }

  private pend(i: number, flags: Partial<Omit<PendingWord, 'token'>>): void {
    const token = this.at(i);
    const previous = this.tokens[i - 1];
    const before = this.tokens[i - 2];
    this.out.pending.push({
      token,
      titled: flags.titled ?? false,
      weak: flags.weak ?? false,
      afterThe: previous?.text === 'the' || (previous?.text === '.' && before?.text === 'the'),
      cue: flags.cue,
    });
  }

  /** A type suggested by the few words before a name: "the company …", "a hacking group called …". */
  private cueBefore(i: number): EntityType | undefined {
    for (let k = i - 1, seen = 0; k >= 0 && seen < 4; k--) {
      const t = this.at(k);
      if (t.sentence !== this.at(i).sentence || !t.word) {
        if (OPENING.has(t.text) || CLOSING.has(t.text)) continue;
        return undefined;
      }
      seen++;
      const word = t.text.toLowerCase();
      if (['a', 'an', 'the', 'called', 'named', 'dubbed', 'known', 'as', 'its', 'their'].includes(word)) continue;
      if (GROUP_CUES.has(word) && GROUP_CUE_QUALIFIERS.has(this.tokens[k - 1]?.text.toLowerCase() ?? '')) return 'group';
      if (ORGANIZATION_CUES.has(word)) return 'organization';
      if (GROUP_CUE_QUALIFIERS.has(word)) continue;
      return undefined;
    }
    return undefined;
  }

  /** "…, said X." / "X said" / "X, a spokesman": the lone word is a person when nothing else claims it. */
  private speechCue(i: number, j: number): EntityType | undefined {
    const before = this.tokens[i - 1];
    const after = this.tokens[j + 1];
    if (before && SPEECH_VERBS.has(before.text) && before.sentence === this.at(i).sentence) return 'person';
    if (after && SPEECH_VERBS.has(after.text) && after.sentence === this.at(j).sentence) return 'person';
    if (after?.text === ',') {
      const k = ['a', 'an', 'the'].includes(this.tokens[j + 2]?.text ?? '') ? j + 3 : j + 2;
      const next = this.tokens[k]?.text ?? '';
      if (SPEECH_VERBS.has(next) || PERSON_APPOSITIONS.has(next) || PERSON_APPOSITIONS.has(this.tokens[k + 1]?.text ?? '')) return 'person';
    }
    return undefined;
  }

  private startsPersonName(i: number, last: number): boolean {
    const t = this.at(i);
    if (i >= last || !this.knowledge.givenNames.has(t.text.toLowerCase())) return false;
    const next = this.at(i + 1);
    return next.cap && !this.isCommon(next) && !TITLE_HEADS.has(next.text);
  }

  /** "US$250": a country code glued to a currency sign is part of the amount. */
  private isCurrency(j: number): boolean {
    const next = this.tokens[j + 1];
    return next !== undefined && /^[$€£¥]$/.test(next.text) && next.start === this.at(j).end;
  }

  private isCommon(t: Token): boolean {
    const lower = t.text.toLowerCase();
    return this.knowledge.commonWords.has(lower) || this.knowledge.stopWords.has(lower);
  }

  private at(i: number): Token {
    const token = this.tokens[i];
    if (!token) throw new RangeError(`token ${i} out of range`);
    return token;
  }
}
