import type { NameRule } from './rule.ts';

/** "President Trump", "Deputy Attorney General Rod Rosenstein", "Mr Scissors of the AEI": after a title, a person. */
export const titledPerson: NameRule = {
  stage: 'name',
  name: 'titled-person',
  reads: 'a name right after a title or honorific',
  emits: 'a person (a lone word waits for coreference), and the body after "of" when there is one',
  overrides: 'nothing',
  type(reader, span) {
    if (!span.titled) return undefined;
    const withBody = reader.personOf(span.i, span.j, true);
    return withBody !== undefined ? withBody : (reader.person(span.i, span.j) ?? null);
  },
};
