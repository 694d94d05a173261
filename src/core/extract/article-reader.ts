import type { Knowledge } from '../knowledge/knowledge.ts';
import { nameKey } from '../knowledge/name-key.ts';
import type { EntityId, EntityType } from '../types.ts';
import type { ArticleCandidates, Candidate, PendingWord } from './candidate.ts';
import { headType } from './heads.ts';
import { longestKnownName, lookupKnown, mayStartKnownName } from './known-names.ts';
import { AGENCY_HEADS, ARTICLES, ORGANIZATION_HEADS } from './lexicon.ts';
import { isConnector } from './name-words.ts';
import { ReadContext } from './read-context.ts';
import { isHonorific, isTitleHead, titleEnd } from './titles.ts';
import type { Token } from './tokens.ts';

/** A known name found at a token: its entity and the index after its last token. */
export interface KnownMatch {
  id: EntityId;
  end: number;
}

/** Types the capitalised words `i..j`: what the name rules are run as (see `rules/index.ts`). */
export type Classify = (reader: ArticleReader, i: number, j: number, titled: boolean) => Candidate | undefined;

/**
 * What the candidate rules share while they read one article: the text and
 * knowledge (`ctx`), what has been emitted so far (`out`), and the lookups
 * and emitters every rule uses. Rules decide; the reader only records.
 */
export class ArticleReader {
  readonly ctx: ReadContext;
  readonly out: ArticleCandidates = { candidates: [], pending: [], acronyms: [], untyped: [], tools: [] };
  /** Acronyms this article defines; they outrank the knowledge data ("Armed Forces of the Philippines (AFP)"). */
  readonly local = new Map<string, Candidate>();
  /** Countries the article names by a demonym ("Dutch", "North Korean"). */
  readonly countries = new Set<EntityId>();

  // Assigned by hand, not as a parameter property: worker threads load this file with Node's type
  // stripping, which only erases types.
  private readonly classifier: Classify;

  constructor(text: string, tokens: readonly Token[], knowledge: Knowledge, classifier: Classify) {
    this.classifier = classifier;
    this.ctx = new ReadContext(text, tokens, knowledge);
  }

  get knowledge(): Knowledge {
    return this.ctx.knowledge;
  }

  /** Runs the name rules on tokens `i..j`. */
  classify(i: number, j: number, titled: boolean): Candidate | undefined {
    return this.classifier(this, i, j, titled);
  }

  typeOf(id: EntityId): EntityType | undefined {
    return this.ctx.knowledge.entities.get(id)?.type;
  }

  /** The longest known name starting at token `i` and ending by `last`. */
  longestKnown(i: number, last: number): KnownMatch | undefined {
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

  /** The end (exclusive) of a demonym or adjective of up to three words at `i` ("Chinese", "North Korean"), or `i`. */
  demonymEnd(i: number, last: number): number {
    const { ctx } = this;
    for (let j = Math.min(last, i + 2); j >= i; j--) {
      const words = ctx.folded(i, j);
      if (!ctx.knowledge.adjectives.has(words)) continue;
      const country = ctx.knowledge.demonyms.get(words);
      if (country) this.countries.add(country);
      return j + 1;
    }
    return i;
  }

  /** The end (exclusive) of a name starting at `from`: the next honorific, or a title followed by more name. */
  nameEnd(from: number, last: number): number {
    for (let j = from + 1; j <= last; j++) {
      if (isConnector(this.ctx.at(j - 1))) continue;
      if (isHonorific(this.ctx.at(j).text) && j < last) return j;
      const title = titleEnd(this.ctx, j, last);
      if (title > j && title <= last) return j;
    }
    return last + 1;
  }

  /**
   * "Nick Papadakis of the Australian Greens": a person's name, then the body they belong to.
   * The person, or null when the name before "of" is one word left for coreference; undefined when no such reading.
   */
  personOf(i: number, j: number, titled = false): Candidate | null | undefined {
    const { ctx } = this;
    if (!titled && !ctx.isGivenName(ctx.at(i))) return undefined;
    // "Mr Scissors of the AEI": after a title one name word may stand before "of".
    for (let k = titled ? i + 1 : i + 2; k < j; k++) {
      if (ctx.at(k).text !== 'of') continue;
      if (headType(ctx, i, k - 1)) return undefined;
      const from = ctx.at(k + 1).text === 'the' ? k + 2 : k + 1;
      const person = this.person(i, k - 1);
      const known = this.longestKnown(from, j);
      if (known?.end === j + 1) this.emit(from, j, this.typeOf(known.id) ?? 'organization', known.id);
      else this.classify(from, j, false);
      return person ?? null;
    }
    return undefined;
  }

  /** A person's name of two words or more; a lone word waits for coreference as a titled word. */
  person(i: number, j: number): Candidate | undefined {
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

  /** Whether tokens `i..j` are a known country's name. */
  isCountry(i: number, j: number): boolean {
    if (i > j) return false;
    const id = lookupKnown(this.ctx.knowledge, this.ctx.slice(i, j), false);
    return id !== undefined && this.typeOf(id) === 'country';
  }

  /** "John Smith": a given name and a capitalised word after it, even an ordinary one, open a person's name. */
  startsPersonName(i: number, last: number): boolean {
    const { ctx } = this;
    if (i >= last || !ctx.isGivenName(ctx.at(i))) return false;
    const next = ctx.at(i + 1);
    // "Will China …" opens a question, not a name: the word after a given name must be no known name.
    return (
      next.cap &&
      !isTitleHead(next.text) &&
      !AGENCY_HEADS.has(next.text) &&
      !ORGANIZATION_HEADS.has(next.text) &&
      this.longestKnown(i + 1, last) === undefined
    );
  }

  /** Records a name the article alone cannot type; another article may. */
  untyped(i: number, j: number): undefined {
    const surface = this.ctx.slice(i, j);
    this.out.untyped.push({ start: this.ctx.at(i).start, end: this.ctx.at(j).end, surface, key: nameKey(surface) });
    return undefined;
  }

  /** A discovered name; the knowledge data still wins when it has the same name. */
  emitTyped(i: number, j: number, type: EntityType): Candidate {
    const known = lookupKnown(this.ctx.knowledge, this.ctx.slice(i, j), false);
    const entity = known ? this.ctx.knowledge.entities.get(known) : undefined;
    return this.emit(i, j, entity?.type ?? type, known);
  }

  emit(i: number, j: number, type: EntityType, known?: EntityId, key?: string): Candidate {
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

  /** Leaves a lone word for coreference across the corpus. */
  pend(i: number, flags: Partial<Omit<PendingWord, 'token'>>): void {
    const previous = this.ctx.peek(i - 1);
    this.out.pending.push({
      token: this.ctx.at(i),
      titled: flags.titled ?? false,
      weak: flags.weak ?? false,
      afterThe: previous?.text.toLowerCase() === 'the',
      cue: flags.cue,
    });
  }
}
