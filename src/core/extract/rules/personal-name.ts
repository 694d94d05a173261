import { speaks } from '../cues.ts';
import { PARTICLES } from '../name-words.ts';
import type { NameRule } from './rule.ts';

/** "Lena Okafor", "Marloes de Wit", "said Huang Wei": a given name, a particle inside, or speech makes a person. */
export const personalName: NameRule = {
  stage: 'name',
  name: 'personal-name',
  reads: 'a short name opening with a given name, holding a particle, or speaking',
  emits: 'a person',
  overrides: 'nothing',
  type(reader, span) {
    if (!span.looksLikeName) return undefined;
    const { ctx } = reader;
    const { i, j } = span;
    const particle = ctx.tokens.slice(i + 1, j).some((t) => t.word && !t.cap && PARTICLES.has(t.text));
    if (!ctx.isGivenName(span.first) && !particle && !speaks(ctx, i, j)) return undefined;
    return reader.person(i, j) ?? null;
  },
};
