import type { NameRule } from './rule.ts';

/**
 * "a company called Borealis Quantum", "hackers Zhu Hua", "Dragos, an
 * American company", "AT&T, Verizon and other carriers", "which Microsoft
 * tracks as Storm-1359": the words around a name say what it is.
 */
export const contextCue: NameRule = {
  stage: 'name',
  name: 'context-cue',
  reads: 'naming verbs, nouns before, appositions after and list tails around the name',
  emits: 'the name with the type they suggest (a person only if some word is unusual or a given name)',
  overrides: 'nothing',
  type(reader, span) {
    const { cue } = span;
    if (!cue) return undefined;
    if (cue !== 'person') return reader.emitTyped(span.i, span.j, cue);
    const allCommon = span.words.every((t) => reader.ctx.isCommon(t)) && !reader.ctx.isGivenName(span.first);
    return allCommon ? (reader.untyped(span.i, span.j) ?? null) : (reader.person(span.i, span.j) ?? null);
  },
};
