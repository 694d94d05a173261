import { headType } from '../heads.ts';
import type { TokenRule } from './rule.ts';

/**
 * "Chinese", "North Korean" are never mentions. Before a body's name they
 * stay part of it ("Russian Defence Ministry", "American Enterprise
 * Institute"); otherwise they are read past.
 */
export const demonym: TokenRule = {
  stage: 'token',
  name: 'demonym',
  reads: 'a demonym or adjective of up to three words, and the name words after it',
  emits: 'the demonym and the name as one body when the name has a head or unusual words; else nothing',
  overrides: 'nothing',
  read(reader, state, i) {
    if (state.titled) return undefined;
    const { ctx } = reader;
    const end = reader.demonymEnd(i, state.chunk.last);
    if (end <= i) return undefined;
    const rest = reader.nameEnd(end, state.chunk.last);
    const words = ctx.tokens.slice(end, rest).filter((w) => w.word && w.cap);
    const named = words.length > 0 && words.every((w) => !ctx.isCommon(w) && !w.caps) ? 'organization' : undefined;
    const type = rest > end ? (headType(ctx, i, rest - 1) ?? named) : undefined;
    if (!type || type === 'document') return end;
    state.emitted = reader.emitTyped(i, rest - 1, type);
    return rest;
  },
};
