import { withoutAccents } from './word-classes.ts';

/**
 * The form names are compared in: typographic apostrophes straightened,
 * full stops dropped (U.S. = US), hyphens and spaces folded, a spaced "&"
 * read as "and", British and American spellings of common name words
 * merged. Case is kept, because
 * "US" and "us" or "Apple" and "apple" are different words.
 */
export function nameKey(name: string): string {
  if (name.length > 120) return computeKey(name);
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size > 100_000) memo.clear();
    key = computeKey(name);
    memo.set(name, key);
  }
  return key;
}

// The extraction asks for the keys of the same names over and over; long strings are not worth keeping.
const memo = new Map<string, string>();

/** British spellings of name words and abbreviations that open names, with the form keys use. */
const SPELLINGS: Readonly<Record<string, string>> = {
  Centre: 'Center',
  Defence: 'Defense',
  Organisation: 'Organization',
  Programme: 'Program',
};
// "St. Kitts" is "Saint Kitts", "Mt. Kenya" "Mount Kenya": abbreviations that open a name.
const OPENERS: Readonly<Record<string, string>> = { St: 'Saint', Mt: 'Mount', Ft: 'Fort' };
const SPELLING = /\b(?:Centre|Defence|Organisation|Programme)\b/g;
const OPENER = /\b(St|Mt|Ft) (?=\p{Lu})/gu;
const ASCII_PLAIN = /^[\w ,&'()/]*$/;

function computeKey(name: string): string {
  // Most names are plain words: skip the passes that cannot change them.
  let key = ASCII_PLAIN.test(name)
    ? name
    : name
        .replace(/\p{Cf}/gu, '')
        .normalize('NFC')
        .replace(/[’‘`]/g, "'")
        .replace(/\./g, '')
        .replace(/[\s\u00a0-]+/g, ' ');
  if (key.includes('  ')) key = key.replace(/ +/g, ' ');
  key = key.trim();
  // "Bosnia & Herzegovina" is "Bosnia and Herzegovina"; "AT&T" keeps its ampersand.
  if (key.includes(' & ')) key = key.replaceAll(' & ', ' and ');
  if (SPELLING.test(key)) key = key.replace(SPELLING, (w) => SPELLINGS[w] ?? w);
  SPELLING.lastIndex = 0;
  if (OPENER.test(key)) key = key.replace(OPENER, (_m, w: string) => `${OPENERS[w] ?? w} `);
  OPENER.lastIndex = 0;
  return key.startsWith('the ') || key.startsWith('The ') ? key.slice(4) : key;
}

/** A case-free variant used only for text in capitals (datelines, shouted headlines). */
export function foldedKey(name: string): string {
  return withoutAccents(nameKey(name).toLowerCase());
}
