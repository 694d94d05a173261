import type { NameRule } from './rule.ts';

/** "Area 1", "Route 66": a name with a number in it is no person; only another article's typing can type it. */
export const numberedName: NameRule = {
  stage: 'name',
  name: 'numbered-name',
  reads: 'a name with a digit in one of its words',
  emits: 'an untyped name (typed if another article types the same name)',
  overrides: 'nothing',
  type: (reader, span) =>
    span.words.some((t) => /\d/.test(t.text)) ? (reader.untyped(span.i, span.j) ?? null) : undefined,
};
