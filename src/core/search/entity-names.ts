import { contentWords } from './content-words.ts';
import type { EntityRecord } from './format.ts';

/** Query words (consecutive, as typed) that spell an entity's name or alias, and the entities they name. */
export interface EntityRun {
  words: number[];
  /** Entity numbers (see manifest.entityCount). */
  entities: number[];
}

/** Entities one run may stand for (several share a name: two countries' “Ministry of Defence”). */
const MAX_ENTITIES_PER_RUN = 3;

/**
 * Every entity's name and aliases as sequences of search terms, so that a
 * query naming an entity (`Ministry of State Security`, `MSS`) is known to
 * name it, whichever form the paragraph uses.
 */
export class EntityNames {
  private readonly byKey = new Map<string, number[]>();
  private readonly longest: number;

  /** `records` with their entity numbers (`numbers[i]` for `records[i]`; positions when not given). */
  constructor(records: readonly EntityRecord[], stop: ReadonlySet<string>, numbers?: readonly number[]) {
    let longest = 0;
    records.forEach(([, name, , aliases], i) => {
      const position = numbers?.[i] ?? i;
      for (const form of [name, ...aliases]) {
        const terms = contentWords(form, stop).map((w) => w.term);
        if (terms.length === 0) continue;
        longest = Math.max(longest, terms.length);
        const key = terms.join(' ');
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(position)) list.push(position);
        this.byKey.set(key, list);
      }
    });
    this.longest = longest;
  }

  /**
   * The runs of `terms` (the query's words, each as its best dictionary term)
   * that name entities: consecutive words joined in the query (`joined(i)`:
   * word i follows word i − 1 directly), longest run first, never
   * overlapping.
   */
  runs(terms: readonly string[], joined: (i: number) => boolean): EntityRun[] {
    const runs: EntityRun[] = [];
    let i = 0;
    while (i < terms.length) {
      let found: EntityRun | undefined;
      for (let end = i; end < terms.length && end - i < this.longest; end++) {
        if (end > i && !joined(end)) break;
        const entities = this.byKey.get(terms.slice(i, end + 1).join(' '));
        if (entities !== undefined) {
          const words = Array.from({ length: end - i + 1 }, (_, k) => i + k);
          found = { words, entities: entities.slice(0, MAX_ENTITIES_PER_RUN) };
        }
      }
      runs.push(...(found === undefined ? [] : [found]));
      i = found === undefined ? i + 1 : (found.words.at(-1) ?? i) + 1;
    }
    return runs;
  }
}
