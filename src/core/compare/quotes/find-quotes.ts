import type { CorpusAnalysis, Entity, EntityId } from '../../types.ts';
import { articleContext } from './article-context.ts';
import { articleQuotes, type ArticleQuote } from './article-quotes.ts';
import { personGenders } from './gender.ts';
import { givenNames, type GivenNames } from './given-names.ts';

/** Every name and alias of the corpus's entities, lower-cased; a name two entities share is left out. */
function namesOf(entities: readonly Entity[]): Map<string, Entity> {
  const names = new Map<string, Entity | null>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = name.toLowerCase();
      const known = names.get(key);
      names.set(key, known === undefined || known?.id === entity.id ? entity : null);
    }
  }
  return new Map([...names].filter((entry): entry is [string, Entity] => entry[1] !== null));
}

/** Every quotation of every article, each with its speaker and the rule that found it, in corpus order. */
export function findArticleQuotes(corpus: CorpusAnalysis, names: GivenNames = givenNames()): ArticleQuote[] {
  const entities = new Map<EntityId, Entity>(corpus.entities.map((e) => [e.id, e]));
  const byName = namesOf(corpus.entities);
  const genders = personGenders(corpus, names);
  return corpus.articles.flatMap((article) =>
    articleQuotes(articleContext(article, entities, byName), (id) => genders.get(id) ?? null),
  );
}
