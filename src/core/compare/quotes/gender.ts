import type { CorpusAnalysis, EntityId } from '../../types.ts';
import type { GivenNames } from './given-names.ts';

export type Gender = 'female' | 'male';

const HONORIFIC_GENDER = new Map<string, Gender>([
  ...['mr', 'mister', 'sir', 'lord', 'herr', 'monsieur', 'señor', 'senhor'].map((w): [string, Gender] => [w, 'male']),
  ...['mrs', 'ms', 'miss', 'dame', 'lady', 'madam', 'madame', 'frau', 'mme', 'señora', 'senhora'].map(
    (w): [string, Gender] => [w, 'female'],
  ),
]);
const ROLE_GENDER = /\b(?:(spokes|chair|business|congress|council|police|sales)(man|woman))\s*$/i;

/**
 * What the corpus tells of each person's gender, for "he said" and "she
 * said": an honorific before a mention ("Mr Scissors", "Ms Payne"), a
 * gendered role word ("spokeswoman Jane Doe"), else the given name (in one of
 * the two name lists only). Unknown when the evidence is missing or mixed,
 * and an unknown person fits either pronoun.
 */
export function personGenders(corpus: CorpusAnalysis, names: GivenNames): Map<EntityId, Gender> {
  const votes = new Map<EntityId, Set<Gender>>();
  const vote = (id: EntityId, g: Gender): void => {
    const set = votes.get(id) ?? new Set<Gender>();
    set.add(g);
    votes.set(id, set);
  };
  for (const article of corpus.articles) {
    for (const m of article.mentions) {
      if (m.type !== 'person') continue;
      const before = article.text.slice(Math.max(0, m.start - 24), m.start);
      const honorific = /([\p{L}]+)\.?\s+$/u.exec(before)?.[1]?.toLowerCase();
      const fromHonorific = honorific ? HONORIFIC_GENDER.get(honorific) : undefined;
      if (fromHonorific) vote(m.entity, fromHonorific);
      const role = ROLE_GENDER.exec(before)?.[2]?.toLowerCase();
      if (role) vote(m.entity, role === 'woman' ? 'female' : 'male');
    }
  }
  const genders = new Map<EntityId, Gender>();
  for (const entity of corpus.entities) {
    if (entity.type !== 'person') continue;
    const seen = votes.get(entity.id);
    if (seen?.size === 1) {
      genders.set(entity.id, [...seen][0] as Gender);
      continue;
    }
    if (seen && seen.size > 1) continue;
    const given = entity.name.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (names.female.has(given)) genders.set(entity.id, 'female');
    else if (names.male.has(given)) genders.set(entity.id, 'male');
  }
  return genders;
}
