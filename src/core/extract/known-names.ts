import type { Knowledge } from '../knowledge/knowledge.ts';
import { foldedKey, nameKey } from '../knowledge/name-key.ts';
import type { EntityId } from '../types.ts';

const foldedCache = new WeakMap<Knowledge, Map<string, EntityId>>();
const firstWordCache = new WeakMap<Knowledge, Set<string>>();
const variantCache = new WeakMap<Knowledge, Map<string, EntityId>>();

/**
 * Lower-case first words of every known name: a cheap test that spares the
 * full lookup for the many capitalised words no known name begins with.
 */
export function mayStartKnownName(knowledge: Knowledge, word: string): boolean {
  let words = firstWordCache.get(knowledge);
  if (!words) {
    words = new Set();
    for (const key of knowledge.names.keys()) {
      const first = key.split(' ')[0] ?? '';
      words.add(first.toLowerCase());
      // Also in the folded spelling, which text spelt either way folds to.
      if (MAY_VARY.test(first)) words.add(spellingVariant(first).toLowerCase());
    }
    firstWordCache.set(knowledge, words);
  }
  // Spelt the way the keys are: "Indo-Pacific" → "indo", "Centre" → "center".
  const first = nameKey(word).split(' ')[0] ?? '';
  return words.has(first.toLowerCase()) || (MAY_VARY.test(first) && words.has(spellingVariant(first).toLowerCase()));
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

/**
 * Known names under another form of their key (the first entity wins a
 * clash); `fold` returns undefined for names the index leaves out.
 */
function namesBy(
  cache: WeakMap<Knowledge, Map<string, EntityId>>,
  knowledge: Knowledge,
  fold: (key: string) => string | undefined,
): Map<string, EntityId> {
  let index = cache.get(knowledge);
  if (!index) {
    index = new Map();
    for (const [key, ids] of knowledge.names) {
      const id = ids[0];
      const form = fold(key);
      if (id !== undefined && form !== undefined && !index.has(form)) index.set(form, id);
    }
    cache.set(knowledge, index);
  }
  return index;
}

/** Case-free index of multi-letter, mixed-case names, for text in capitals ("WASHINGTON POST"). */
function foldedNames(knowledge: Knowledge): Map<string, EntityId> {
  return namesBy(foldedCache, knowledge, (key) => (/\p{Ll}/u.test(key) ? foldedKey(key) : undefined));
}

/** Known names by their spelling variant, for text that spells them the other way. */
function variantNames(knowledge: Knowledge): Map<string, EntityId> {
  return namesBy(variantCache, knowledge, spellingVariant);
}

/**
 * The entity a name refers to according to the knowledge data. Text in
 * capitals is matched case-free; other text must match case as well.
 */
export function lookupKnown(knowledge: Knowledge, surface: string, inCapitals: boolean): EntityId | undefined {
  const key = nameKey(surface);
  const exact = knowledge.names.get(key)?.[0];
  if (exact !== undefined) return exact;
  // "Labour Party" for a known "Labor Party", "Harbour Authority" for "Harbor Authority".
  const spelt = MAY_VARY.test(key) ? variantNames(knowledge).get(spellingVariant(key)) : undefined;
  if (spelt !== undefined || !inCapitals) return spelt;
  return foldedNames(knowledge).get(foldedKey(surface));
}

/**
 * British and American spellings of name words that name keys keep apart
 * (see `nameKey` for those every key folds): "Labour Party" and "Labor
 * Party" are two parties, so the variant is looked up only when the name as
 * spelt is unknown.
 */
const VARIANT_WORDS: Readonly<Record<string, string>> = {
  Labour: 'Labor',
  Harbour: 'Harbor',
  Honour: 'Honor',
  Neighbourhood: 'Neighborhood',
  Behaviour: 'Behavior',
  Theatre: 'Theater',
};
/** Words spelt two ways, in either spelling: only names with one need the variant lookup. */
const MAY_VARY = /Labou?r|Harbou?r|Honou?r|Neighbou?rhood|Behaviou?r|Theat(?:re|er)|i[sz]ation/;
const VARIANT = /\b(?:Labour|Harbour|Honour|Neighbourhood|Behaviour|Theatre|\p{L}+isation)\b/gu;

/** A name key with British spellings made American: "Labour Privatisation" → "Labor Privatization". */
export function spellingVariant(key: string): string {
  return key.replace(VARIANT, (w) => VARIANT_WORDS[w] ?? w.replace(/isation$/, 'ization'));
}
