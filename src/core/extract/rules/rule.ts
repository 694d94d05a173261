import type { ArticleReader, KnownMatch } from '../article-reader.ts';
import type { Candidate } from '../candidate.ts';
import type { Chunk } from '../chunks.ts';
import type { NameSpan } from './name-span.ts';

/** What every rule says about itself. `name` is also the folder of its fixtures (`tests/extract/fixtures/<name>/`). */
export interface RuleContract {
  /** Kebab-case, named for what the rule finds or fixes. */
  readonly name: string;
  /** What in the text (or in earlier output) it looks at. */
  readonly reads: string;
  /** What it adds to the article's candidates. */
  readonly emits: string;
  /** What earlier output it may change or take back; "nothing" for most. */
  readonly overrides: string;
}

/** Where the token rules stand in one chunk (a run of capitalised words, see `chunks.ts`). */
export interface ChunkState {
  readonly chunk: Chunk;
  /** The words read last were an honorific or a title: the next name is a person's. */
  titled: boolean;
  /** The last candidate emitted in this chunk, for the chunk refiners. */
  emitted: Candidate | undefined;
  /** Index of a mid-sentence "the" just before the current word ("told the Korea Herald"). */
  theAt: number | undefined;
  /** A whole-chunk rule settled the chunk: the chunk refiners leave it alone. */
  settled: boolean;
  /** The longest known name starting at token `i` (computed once per token). */
  known(i: number): KnownMatch | undefined;
}

/**
 * Reads at one token of a chunk, in `RULES` order: the first rule that
 * applies says which token to go on from.
 */
export interface TokenRule extends RuleContract {
  readonly stage: 'token';
  /** The index to go on from, or undefined when the rule does not apply at `i`. */
  read(reader: ArticleReader, state: ChunkState, i: number): number | undefined;
}

/**
 * Types the capitalised words a token rule left as one name, in `RULES`
 * order: the first rule that claims the span decides.
 */
export interface NameRule extends RuleContract {
  readonly stage: 'name';
  /** The candidate emitted; `null` when the rule claims the span but emits none; undefined to pass. */
  type(reader: ArticleReader, span: NameSpan): Candidate | null | undefined;
}

/** Runs once a chunk is read, on what its token rules emitted. */
export interface ChunkRefiner extends RuleContract {
  readonly stage: 'chunk';
  refine(reader: ArticleReader, state: ChunkState): void;
}

/** Runs once the whole article is read, on all its candidates. */
export interface ArticleRefiner extends RuleContract {
  readonly stage: 'article';
  refine(reader: ArticleReader): void;
}

export type Rule = TokenRule | NameRule | ChunkRefiner | ArticleRefiner;
