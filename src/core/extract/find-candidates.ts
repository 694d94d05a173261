import type { Knowledge } from '../knowledge/knowledge.ts';
import { ArticleReader, type KnownMatch } from './article-reader.ts';
import type { ArticleCandidates, Candidate } from './candidate.ts';
import { findChunks, type Chunk } from './chunks.ts';
import { findKnownPhrases } from './known-phrases.ts';
import { RULES } from './rules/index.ts';
import { NameSpan } from './rules/name-span.ts';
import type { ArticleRefiner, ChunkRefiner, ChunkState, NameRule, Rule, TokenRule } from './rules/rule.ts';
import type { Token } from './tokens.ts';

const ofStage = <S extends Rule['stage']>(stage: S): Extract<Rule, { stage: S }>[] =>
  RULES.filter((r): r is Extract<Rule, { stage: S }> => r.stage === stage);

const TOKEN_RULES: readonly TokenRule[] = ofStage('token');
const NAME_RULES: readonly NameRule[] = ofStage('name');
const CHUNK_REFINERS: readonly ChunkRefiner[] = ofStage('chunk');
const ARTICLE_REFINERS: readonly ArticleRefiner[] = ofStage('article');

/**
 * Finds the names in one article by running `RULES` (see `rules/index.ts`)
 * over each run of capitalised words, then over the whole article.
 */
export function findCandidates(text: string, tokens: readonly Token[], knowledge: Knowledge): ArticleCandidates {
  const reader = new ArticleReader(text, tokens, knowledge, classify);
  for (const chunk of findChunks(tokens, (t) => reader.ctx.isCommon(t), findKnownPhrases(text, tokens, knowledge)))
    readChunk(reader, chunk);
  for (const rule of ARTICLE_REFINERS) rule.refine(reader);
  return reader.out;
}

function readChunk(reader: ArticleReader, chunk: Chunk): void {
  let knownAt = -1;
  let knownMatch: KnownMatch | undefined;
  const state: ChunkState = {
    chunk,
    titled: false,
    emitted: undefined,
    theAt: undefined,
    settled: false,
    known(i) {
      if (knownAt !== i) {
        knownAt = i;
        knownMatch = reader.longestKnown(i, chunk.last);
      }
      return knownMatch;
    },
  };
  for (let i = chunk.first; i <= chunk.last;) {
    let next: number | undefined;
    for (const rule of TOKEN_RULES) {
      next = rule.read(reader, state, i);
      if (next !== undefined) break;
    }
    // The last token rule always applies; a step of at least one keeps the loop finite whatever a rule returns.
    i = Math.max(i + 1, next ?? i + 1);
  }
  if (!state.settled) for (const rule of CHUNK_REFINERS) rule.refine(reader, state);
}

function classify(reader: ArticleReader, i: number, j: number, titled: boolean): Candidate | undefined {
  const span = new NameSpan(reader, i, j, titled);
  if (span.words.length === 0) return undefined;
  for (const rule of NAME_RULES) {
    const result = rule.type(reader, span);
    if (result !== undefined) return result ?? undefined;
  }
  return undefined;
}
