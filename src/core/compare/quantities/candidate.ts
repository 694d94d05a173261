import type { RELATIONS } from '../../publish/schemas/analysis/quantities.ts';
import type { Span } from '../../types.ts';
import type { Token } from './tokens.ts';

export type Relation = (typeof RELATIONS)[number];
/** What a number measures: a count of things, a sum of money, or a percentage. */
export type QuantityKind = 'count' | 'money' | 'percent';

/** A number as the rules build it up, in token positions of its article. */
export interface Candidate {
  /** First token of the surface. */
  first: number;
  /** One past the last token of the surface. */
  end: number;
  /** The tokens of the number itself, as its finder saw them, before relation words or a currency joined it. */
  core: { first: number; end: number };
  value: number;
  /** The upper bound of a range ("10 to 12"). */
  upper?: number | undefined;
  relation: Relation;
  kind: QuantityKind;
  unit: string | null;
  /** A plural vague count ("hundreds", "tens of thousands"): at-least by convention. */
  vague: boolean;
  /** The counted noun as written, or null. */
  counts: string | null;
  /** Lemmas of every noun it counts, with coordinated ones ("agencies and tech companies" → agency, company). */
  nouns: string[];
}

/** What the rules see of one sentence. */
export interface SentenceView {
  text: string;
  /** Every token of the article; the sentence is `tokens[from]` to `tokens[to - 1]`. */
  tokens: readonly Token[];
  from: number;
  to: number;
  /** The article's entity mentions. */
  mentions: readonly Span[];
  /** ISO 3166 alpha-2 codes of the countries the article names, most named first: the tie-breaker for a currency word. */
  countries: readonly string[];
  /** Currency words resolved earlier in the sentence ("140 crowns" after "118 Danish crowns"), by lemma. */
  currencies: Map<string, string>;
}

/** A named step that finds, extends, refines or drops candidates in one sentence. */
export interface QuantityRule {
  name: string;
  apply(candidates: readonly Candidate[], sentence: SentenceView): Candidate[];
}

/** The token at `i` when it lies in the sentence. */
export function tokenAt(sentence: SentenceView, i: number): Token | undefined {
  return i >= sentence.from && i < sentence.to ? sentence.tokens[i] : undefined;
}

/** Whether token `i` already belongs to a candidate. */
export function isClaimed(candidates: readonly Candidate[], i: number): boolean {
  return candidates.some((c) => i >= c.first && i < c.end);
}

/** A fresh candidate over tokens [first, end) with the defaults every finder starts from. */
export function newCandidate(first: number, end: number, value: number, vague = false): Candidate {
  return {
    first,
    end,
    core: { first, end },
    value,
    relation: 'exactly',
    kind: 'count',
    unit: null,
    vague,
    counts: null,
    nouns: [],
  };
}

/** Candidates in text order. */
export function inOrder(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => a.first - b.first);
}
