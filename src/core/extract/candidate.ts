import type { EntityId, EntityType } from '../types.ts';
import type { Token } from './tokens.ts';

/** A name found in one article, before entities are resolved across the corpus. */
export interface Candidate {
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  /** Set when the name matched the knowledge data. */
  known?: EntityId | undefined;
  /** Comparison key of the name (see `nameKey`); for short forms, the key of what they stand for once resolved. */
  key: string;
  /** The words of a person's name, for surname coreference. */
  words?: string[] | undefined;
  /**
   * A name typed as a person only because its words are no ordinary words
   * ("Huaying Haitai" could as well be a company): kept when another mention
   * of the same person is confirmed, by a title, a role, a given name or
   * speech, or when a titled surname refers back to it.
   */
  unconfirmed?: boolean | undefined;
  /**
   * For a body whose name many countries use ("Senate", "Foreign Office"):
   * the country of the article it was found in, so that the Philippine and
   * the Australian Senate stay apart.
   */
  scope?: EntityId | undefined;
  /** Introduced by a naming cue ("known as …"): its bare uses join it even where they open a sentence. */
  introduced?: boolean | undefined;
  /** A known national body whose country the article never names: its knowledge link was dropped. */
  unlinked?: boolean | undefined;
}

/** A lone capitalised word that only coreference or an acronym definition can type. */
export interface PendingWord {
  token: Token;
  /** Preceded by an honorific or a title ("Mr Xi", "President Trump"). */
  titled: boolean;
  /** Preceded by "the" ("the Post"). */
  afterThe: boolean;
  /** A common word at the start of a sentence: only an earlier full name in the same article may claim it. */
  weak: boolean;
  /** Type suggested by the words around it, used when nothing else claims it. */
  cue?: EntityType | undefined;
}

/** "Long Name (LN)": the acronym stands for the candidate. */
export interface AcronymDefinition {
  acronym: string;
  target: Candidate;
}

/** A multi-word name the article alone could not type; it counts if the same name is typed elsewhere. */
export interface UntypedName {
  start: number;
  end: number;
  surface: string;
  key: string;
}

export interface ArticleCandidates {
  candidates: Candidate[];
  pending: PendingWord[];
  acronyms: AcronymDefinition[];
  untyped: UntypedName[];
  /** Words that name a tool ("ransomware dubbed Veilcrypt"): never marked in this article. */
  tools: string[];
}
