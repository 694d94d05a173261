import type { NameRule } from './rule.ts';

/** "Nick Papadakis of the Australian Greens": a given name opens a person's name, "of" starts the body they belong to. */
export const personOfBody: NameRule = {
  stage: 'name',
  name: 'person-of-body',
  reads: 'a name opening with a given name and holding "of"',
  emits: 'the person, and the body after "of" as known or as the name rules type it',
  overrides: 'nothing',
  type: (reader, { i, j }) => reader.personOf(i, j),
};
