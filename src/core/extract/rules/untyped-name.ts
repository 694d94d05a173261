import type { NameRule } from './rule.ts';

/** Whatever no other rule typed: kept aside, and marked only if another article types the same name. */
export const untypedName: NameRule = {
  stage: 'name',
  name: 'untyped-name',
  reads: 'any name',
  emits: 'an untyped name',
  overrides: 'nothing',
  type: (reader, span) => reader.untyped(span.i, span.j) ?? null,
};
