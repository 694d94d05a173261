import { FOREIGN_ARTICLES } from '../lexicon.ts';
import type { NameRule } from './rule.ts';

/** "La Voz", "El Mercurio", "Der Standard": a foreign article opens a title, not a person's name. */
export const foreignTitle: NameRule = {
  stage: 'name',
  name: 'foreign-title',
  reads: 'a name whose first word is a foreign definite article',
  emits: 'an organization',
  overrides: 'nothing',
  type: (reader, span) =>
    FOREIGN_ARTICLES.has(span.first.text) ? reader.emitTyped(span.i, span.j, 'organization') : undefined,
};
