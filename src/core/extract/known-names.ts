import type { Knowledge } from '../knowledge/knowledge.ts';
import { foldedKey, nameKey } from '../knowledge/name-key.ts';
import type { EntityId } from '../types.ts';

const foldedCache = new WeakMap<Knowledge, Map<string, EntityId>>();
const firstWordCache = new WeakMap<Knowledge, Set<string>>();

/**
 * Lower-case first words of every known name: a cheap test that spares the
 * full lookup for the many capitalised words no known name begins with.
 */
export function mayStartKnownName(knowledge: Knowledge, word: string): boolean {
  let words = firstWordCache.get(knowledge);
  if (!words) {
    words = new Set();
    for (const key of knowledge.names.keys()) words.add((key.split(' ')[0] ?? '').toLowerCase());
    firstWordCache.set(knowledge, words);
  }
  // Spelt the way the keys are: "Indo-Pacific" → "indo", "Centre" → "center".
  return words.has((nameKey(word).split(' ')[0] ?? '').toLowerCase());
}

const lengthCache = new WeakMap<Knowledge, number>();

/** How many words the longest known name has (counting hyphen and dot parts generously). */
export function longestKnownName(knowledge: Knowledge): number {
  let longest = lengthCache.get(knowledge);
  if (longest === undefined) {
    longest = 1;
    for (const key of knowledge.names.keys()) longest = Math.max(longest, key.split(/[\s'&,]+/).length * 2);
    lengthCache.set(knowledge, longest);
  }
  return longest;
}

/** Case-free index of multi-letter, mixed-case names, for text in capitals ("WASHINGTON POST"). */
function foldedNames(knowledge: Knowledge): Map<string, EntityId> {
  let folded = foldedCache.get(knowledge);
  if (!folded) {
    folded = new Map();
    for (const [key, ids] of knowledge.names) {
      const id = ids[0];
      const fold = foldedKey(key);
      if (id !== undefined && /\p{Ll}/u.test(key) && !folded.has(fold)) folded.set(fold, id);
    }
    foldedCache.set(knowledge, folded);
  }
  return folded;
}

/**
 * The entity a name refers to according to the knowledge data. Text in
 * capitals is matched case-free; other text must match case as well.
 */
export function lookupKnown(knowledge: Knowledge, surface: string, inCapitals: boolean): EntityId | undefined {
  const exact = knowledge.names.get(nameKey(surface))?.[0];
  if (exact !== undefined || !inCapitals) return exact;
  return foldedNames(knowledge).get(foldedKey(surface));
}
