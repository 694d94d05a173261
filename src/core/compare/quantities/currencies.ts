import countries from 'world-countries';
import { entityId } from '../../knowledge/entity-id.ts';
import { withoutAccents } from '../../knowledge/word-classes.ts';
import { CODES_THAT_ARE_WORDS, CURRENCY_NOUNS, DEFAULT_CURRENCY, IRREGULAR_PLURALS, SIGNS } from './currency-words.ts';

const plain = (s: string): string => withoutAccents(s).toLowerCase();

interface Tables {
  /** ISO 4217 codes of every country's currencies. */
  codes: Set<string>;
  /** Country (alpha-2) → its currency codes. */
  byCountry: Map<string, string[]>;
  /** Currency noun (singular) → the codes whose name ends in it. */
  byNoun: Map<string, string[]>;
  /** Lower-case name, short name or demonym ("denmark", "danish", "us") → country (alpha-2). */
  countryByWord: Map<string, string>;
  /** Entity id of a country ("denmark") → country (alpha-2). */
  countryByEntity: Map<string, string>;
}

let tables: Tables | undefined;

function build(): Tables {
  const t: Tables = {
    codes: new Set(),
    byCountry: new Map(),
    byNoun: new Map(),
    countryByWord: new Map(),
    countryByEntity: new Map(),
  };
  for (const country of countries) {
    const codes = Object.keys(country.currencies);
    t.byCountry.set(country.cca2, codes);
    t.countryByEntity.set(entityId(country.name.common), country.cca2);
    const words = [
      country.name.common,
      country.demonyms['eng']?.m,
      ...country.altSpellings.filter((s) => s.length > 2),
    ];
    for (const w of words) if (w && !t.countryByWord.has(plain(w))) t.countryByWord.set(plain(w), country.cca2);
    for (const [code, currency] of Object.entries(country.currencies)) {
      t.codes.add(code);
      const name = plain(currency.name);
      for (const [noun, names] of CURRENCY_NOUNS)
        if (names.some((n) => name === n || name.endsWith(` ${n}`) || name.startsWith(`${n} `))) {
          const list = t.byNoun.get(noun) ?? [];
          if (!list.includes(code)) list.push(code);
          t.byNoun.set(noun, list);
        }
    }
  }
  // "US" and "UK" are two-letter spellings that news uses as adjectives ("US dollars").
  t.countryByWord.set('us', 'US').set('u.s.', 'US').set('uk', 'GB').set('britain', 'GB').set('british', 'GB');
  return t;
}

function data(): Tables {
  tables ??= build();
  return tables;
}

/** The singular currency noun a word stands for ("crowns" → "crown"), or null. */
export function currencyNoun(lower: string, lemma: string): string | null {
  const singular = IRREGULAR_PLURALS.get(lower) ?? lemma;
  return CURRENCY_NOUNS.has(singular) && data().byNoun.has(singular) ? singular : null;
}

/** The candidate codes of a currency sign ("S$" → SGD), or null when it is none. */
export function codesOfSign(sign: string): readonly string[] | null {
  return SIGNS.get(sign.toLowerCase()) ?? null;
}

/** Whether a capitalised word is an ISO 4217 code written out ("USD 5 million"). */
export function isCurrencyCode(word: string): boolean {
  return /^[A-Z]{3}$/.test(word) && data().codes.has(word) && !CODES_THAT_ARE_WORDS.has(word);
}

/** The country a name or demonym before a currency names ("Danish", "Singapore", "US"), or null. */
export function countryOfWord(words: string): string | null {
  return data().countryByWord.get(plain(words)) ?? null;
}

/** The country (alpha-2) of a country entity id, or null. */
export function countryOfEntity(id: string): string | null {
  return data().countryByEntity.get(id) ?? null;
}

/**
 * The one code of a currency sign or noun: the country the text gives it
 * ("Danish crowns"), else the fixed reading of the conventions (dollars are
 * USD), else the currency of the country the article names most, else a
 * default, else the first code.
 */
export function resolveCurrency(
  candidates: readonly string[],
  noun: string | null,
  country: string | null,
  articleCountries: readonly string[],
): string | null {
  const { byCountry } = data();
  const own = country ? candidates.find((c) => byCountry.get(country)?.includes(c)) : undefined;
  if (own) return own;
  if (candidates.length <= 1) return candidates[0] ?? null;
  if (noun === 'dollar' || candidates[0] === 'USD') return 'USD';
  for (const c of articleCountries) {
    const hit = candidates.find((code) => byCountry.get(c)?.includes(code));
    if (hit) return hit;
  }
  const fallback = noun ? DEFAULT_CURRENCY.get(noun) : undefined;
  return fallback && candidates.includes(fallback) ? fallback : (candidates[0] ?? null);
}

/** The candidate codes of a currency noun. */
export function codesOfNoun(noun: string): readonly string[] {
  return data().byNoun.get(noun) ?? [];
}
