import type { NameRule } from './rule.ts';

/** "Australian Greens", "Saudi Aramco": a name led by a demonym is a body's, never a person's. */
export const demonymLedBody: NameRule = {
  stage: 'name',
  name: 'demonym-led-body',
  reads: 'a name of two words or more whose first word is a demonym or adjective',
  emits: 'an organization',
  overrides: 'nothing',
  type(reader, span) {
    return reader.knowledge.adjectives.has(span.first.text)
      ? reader.emitTyped(span.i, span.j, 'organization')
      : undefined;
  },
};
