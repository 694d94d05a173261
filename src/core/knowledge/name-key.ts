import { withoutAccents } from './word-classes.ts';

/**
 * The form names are compared in: typographic apostrophes straightened,
 * full stops dropped (U.S. = US), hyphens and spaces folded, British and
 * American spellings of common name words merged. Case is kept, because
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

function computeKey(name: string): string {
  return (
    name
      .replace(/\p{Cf}/gu, '')
      .normalize('NFC')
      .replace(/[’‘`]/g, "'")
      .replace(/\./g, '')
      .replace(/[\s\u00a0-]+/g, ' ')
      .trim()
      .replace(/\bCentre\b/g, 'Center')
      .replace(/\bDefence\b/g, 'Defense')
      .replace(/\bOrganisation\b/g, 'Organization')
      .replace(/\bProgramme\b/g, 'Program')
      // "St. Kitts" is "Saint Kitts", "Mt. Kenya" "Mount Kenya": abbreviations that open a name.
      .replace(/\bSt (?=\p{Lu})/gu, 'Saint ')
      .replace(/\bMt (?=\p{Lu})/gu, 'Mount ')
      .replace(/\bFt (?=\p{Lu})/gu, 'Fort ')
      .replace(/^(?:the|The) /, '')
  );
}

/** A case-free variant used only for text in capitals (datelines, shouted headlines). */
export function foldedKey(name: string): string {
  return withoutAccents(nameKey(name).toLowerCase());
}
