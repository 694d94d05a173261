import type { EntityId } from '../../types.ts';
import { nameWords, type NameWord } from './name-words.ts';

interface NameForm {
  entity: EntityId;
  words: NameWord[];
}

/**
 * Finds which entities a headline names. The extraction marks only the body,
 * so the headline is matched against every form of every entity (its name,
 * its aliases, the surfaces it has in the corpus), word by word: case,
 * accents, possessives and quote marks do not matter, except that a name
 * written in capitals (an acronym: "US", "MSS") needs capitals in the headline
 * too, unless the whole headline is in capitals, so "Join us" never names the
 * United States.
 */
export class HeadlineNames {
  private readonly byFirstKey = new Map<string, NameForm[]>();

  constructor(forms: Iterable<[entity: EntityId, name: string]>) {
    const seen = new Set<string>();
    for (const [entity, name] of forms) {
      const words = nameWords(name);
      const first = words[0];
      const id = `${entity}\0${words.map((w) => `${w.key}${w.capitals ? '!' : ''}`).join(' ')}`;
      if (!first || seen.has(id)) continue;
      seen.add(id);
      this.byFirstKey.set(first.key, [...(this.byFirstKey.get(first.key) ?? []), { entity, words }]);
    }
  }

  /** Every entity one of whose forms appears, as whole words, in `title`. */
  in(title: string): Set<EntityId> {
    const words = nameWords(title);
    const allCapitals = words.every((w) => w.capitals || !/\p{L}/u.test(w.key));
    const found = new Set<EntityId>();
    words.forEach((word, at) => {
      for (const form of this.byFirstKey.get(word.key) ?? []) {
        const matches = form.words.every((w, k) => {
          const t = words[at + k];
          return t !== undefined && t.key === w.key && (!w.capitals || t.capitals || allCapitals);
        });
        if (matches) found.add(form.entity);
      }
    });
    return found;
  }
}
