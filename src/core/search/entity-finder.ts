import Fuse, { type FuseResultMatch } from 'fuse.js/basic';
import type { EntityType } from '../types.ts';
import type { EntityRecord } from './format.ts';
import type { Segment } from './snippet.ts';
import { tokenize } from './tokens.ts';

/** An entity that matches a query, with the name or alias that matched, its words marked. */
export interface EntityHit {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  /** `'alias'` when an alias matched better than the name. */
  field: 'name' | 'alias';
  /** The matched name or alias, cut into segments; matched words are marked. */
  segments: Segment[];
  /** Fuse's score: 0 is exact. */
  score: number;
  /**
   * How the query names it, best first: 0 the query is its name or an alias;
   * 1 the query holds its name or an alias among other words; 2 every word of
   * the query is a word of its name or an alias; 3 only a fuzzy match.
   */
  tier: 0 | 1 | 2 | 3;
}

interface EntityDoc {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  /** The name and each alias as normalised words, for telling exact matches from fuzzy ones. */
  forms: string[][];
}

export const MAX_ENTITY_HITS = 8;
// Share of the touched words' letters a match must cover: `us` covers all of
// the alias `US` but only 2 of 9 letters of `Australia`, where Fuse, blind to
// word boundaries, finds it too.
const MIN_COVERAGE = 0.6;

/**
 * Fuzzy search over entity names and aliases: a small Fuse index over the
 * entity list of the manifest. Names and aliases are short, so location is
 * ignored (a surname after a first name is as good a match as at the start).
 * Diacritics are not ignored: Fuse would match on a stripped copy and its
 * match offsets would no longer fit the name we mark; an accent costs one
 * edit, which the threshold allows in names of four letters or more.
 */
export class EntityFinder {
  private readonly fuse: Fuse<EntityDoc>;

  constructor(records: readonly EntityRecord[]) {
    const docs = records.map(([id, name, type, aliases, mentions]) => ({
      id,
      name,
      type,
      aliases,
      mentions,
      forms: [name, ...aliases].map((form) => tokenize(form).map((t) => t.term)),
    }));
    this.fuse = new Fuse(docs, {
      keys: [
        { name: 'name', weight: 2 },
        { name: 'aliases', weight: 1 },
      ],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      minMatchCharLength: 2,
      threshold: 0.3,
    });
  }

  /**
   * Entities matching the whole query or, for a query of several words, any
   * of its words (`rosenstien hacking` still finds Rod Rosenstein). Exact
   * matches come first, by tier (see EntityHit), fuzzy ones only after them;
   * then best score, most mentioned, id.
   */
  find(query: string, words: readonly string[], limit = MAX_ENTITY_HITS): EntityHit[] {
    const patterns = [query.trim(), ...(words.length > 1 ? words : [])];
    const queryTerms = tokenize(query).map((t) => t.term);
    const best = new Map<string, EntityHit>();
    for (const pattern of patterns) {
      if (pattern.length < 2) continue;
      for (const result of this.fuse.search(pattern)) {
        const hit = toHit(
          result.item,
          result.score ?? 1,
          result.matches ?? [],
          tierOf(result.item.forms, queryTerms, words),
        );
        const previous = best.get(hit?.id ?? '');
        if (hit !== undefined && (previous === undefined || hit.score < previous.score)) best.set(hit.id, hit);
      }
    }
    return [...best.values()]
      .sort((a, b) => a.tier - b.tier || a.score - b.score || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }
}

/** How exactly the query names an entity with these forms (see EntityHit.tier). */
function tierOf(forms: readonly string[][], query: readonly string[], words: readonly string[]): EntityHit['tier'] {
  const joined = ` ${query.join(' ')} `;
  let tier: EntityHit['tier'] = 3;
  for (const form of forms) {
    if (form.length === 0) continue;
    if (form.join(' ') === query.join(' ')) return 0;
    if (joined.includes(` ${form.join(' ')} `)) tier = 1;
    else if (tier > 2 && words.length > 0 && words.every((w) => form.includes(w))) tier = 2;
  }
  return tier;
}

/** The hit for a Fuse result, from its best covered match; none when no match covers whole-enough words. */
function toHit(
  doc: EntityDoc,
  score: number,
  matches: readonly FuseResultMatch[],
  tier: EntityHit['tier'],
): EntityHit | undefined {
  let chosen: { field: 'name' | 'alias'; segments: Segment[]; coverage: number } | undefined;
  for (const match of matches) {
    const value = match.value ?? '';
    const { coverage, segments } = markWords(value, match.indices);
    const field = match.key === 'name' ? 'name' : 'alias';
    // The name wins a tie: it is what the reader knows the entity by.
    if (coverage >= MIN_COVERAGE && (chosen === undefined || coverage > chosen.coverage)) {
      chosen = { field, segments, coverage };
    }
  }
  if (chosen === undefined) return undefined;
  return {
    id: doc.id,
    name: doc.name,
    type: doc.type,
    mentions: doc.mentions,
    field: chosen.field,
    segments: chosen.segments,
    score,
    tier,
  };
}

/** Marks each word of `value` that the matched ranges mostly cover; coverage is over the words they touch. */
function markWords(
  value: string,
  ranges: readonly (readonly [number, number])[],
): { coverage: number; segments: Segment[] } {
  let covered = 0;
  let touched = 0;
  const segments: Segment[] = [];
  let at = 0;
  for (const word of tokenize(value)) {
    let overlap = 0;
    for (const [first, last] of ranges)
      overlap += Math.max(0, Math.min(word.end, last + 1) - Math.max(word.start, first));
    if (overlap === 0) continue;
    covered += overlap;
    touched += word.end - word.start;
    if (overlap / (word.end - word.start) < 0.5) continue;
    if (word.start > at) segments.push({ start: at, end: word.start, text: value.slice(at, word.start), mark: false });
    segments.push({ start: word.start, end: word.end, text: value.slice(word.start, word.end), mark: true });
    at = word.end;
  }
  if (value.length > at) segments.push({ start: at, end: value.length, text: value.slice(at), mark: false });
  return { coverage: touched === 0 ? 0 : covered / touched, segments };
}
