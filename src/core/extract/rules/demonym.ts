import { headType } from '../heads.ts';
import { isHonorific, titleEnd } from '../titles.ts';
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
    // "Chinese President Xi Jinping": a title after the demonym starts a person's name.
    if (end <= state.chunk.last && (isHonorific(ctx.at(end).text) || titleEnd(ctx, end, state.chunk.last) > end))
      return end;
    const rest = reader.nameEnd(end, state.chunk.last);
    const words = ctx.tokens.slice(end, rest).filter((w) => w.word && w.cap);
    // "Australian Greens", "Saudi Aramco": a demonym and name words are a body; "Russian Vladimir Putin" is a person.
    const person = words[0] !== undefined && ctx.isGivenName(words[0]);
    const named = words.length > 0 && !person && words.every((w) => !w.caps) ? 'organization' : undefined;
    const type = rest > end ? (headType(ctx, i, rest - 1) ?? named) : undefined;
    if (!type || type === 'document') return end;
    state.emitted = reader.emitTyped(i, rest - 1, type);
    return rest;
  },
};
