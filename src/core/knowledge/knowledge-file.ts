import { z } from 'zod';
import { ENTITY_TYPES } from '../types.ts';

/** One curated entity of `content/knowledge/*.yaml`. */
export const knownEntityEntry = z.strictObject({
  /** Canonical name; its slug is the entity id unless `id` is given. */
  name: z.string().trim().min(1),
  /** Overrides the id derived from the name. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case slug' })
    .optional(),
  /** One of the design's six entity types. */
  type: z.enum(ENTITY_TYPES),
  /** Other names it is written as. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * Names it had before a rename ("Twitter" for X Corp). A mention written so stays what the text
   * names: an entity of its own under the old name, with the current name among its aliases.
   */
  formerly: z.array(z.string().trim().min(1)).default([]),
  /** One line saying what it is, shown on its page; optional, as for every entity the text alone reveals. */
  description: z
    .string()
    .trim()
    .min(1, { error: 'expected a one-line description, or no description field' })
    .optional(),
  /** Wikidata item id. */
  wikidata: z
    .string()
    .regex(/^Q\d+$/, { error: 'expected a Wikidata id such as Q458' })
    .optional(),
  /**
   * For a national body with a name other countries use too ("National Cyber Security Centre",
   * "Foreign Office"): its country's ISO code. The entry then only claims a mention in an article
   * that names that country; elsewhere the name is a body of its own.
   */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as GB' })
    .optional(),
  /** MITRE ATT&CK group id. */
  attack: z
    .string()
    .regex(/^G\d{4}$/, { error: 'expected an ATT&CK group id such as G0045' })
    .optional(),
});

/** The knowledge file as a whole. */
export const knowledgeFile = z.strictObject({
  /** Extra names of countries, keyed by ISO 3166-1 alpha-2 code. */
  countryAliases: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().trim().min(1))).default({}),
  /** Extra demonyms and adjectives of a country, keyed by ISO 3166-1 alpha-2 code. */
  demonyms: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().trim().min(1))).default({}),
  /** Capitalised adjectives that are no country's demonym ("European", "Western"). */
  adjectives: z.array(z.string().trim().min(1)).default([]),
  entities: z.array(knownEntityEntry).default([]),
});

export type KnowledgeFile = z.output<typeof knowledgeFile>;
export type KnownEntityEntry = z.output<typeof knownEntityEntry>;
