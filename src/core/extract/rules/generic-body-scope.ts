import { isOrdinaryWord } from '../../knowledge/word-classes.ts';
import type { EntityId } from '../../types.ts';
import type { ArticleReader } from '../article-reader.ts';
import type { Candidate } from '../candidate.ts';
import { AGENCY_HEADS, LEGISLATURES } from '../lexicon.ts';
import type { Token } from '../tokens.ts';
import { datelineCountry } from '../dateline.ts';
import type { ArticleRefiner } from './rule.ts';

const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);
/** Key of `countriesOfNouns` under which the dateline's country is kept. */
const DATELINE = '\u0000dateline';
const BODY_NOUNS = new Set([...AGENCY_HEADS, ...LEGISLATURES].map((w) => w.toLowerCase()));

/**
 * A body with a generic name ("Parliament", "the Senate", "Defence
 * Ministry", or a known national body of a country the article never names)
 * gets a country only where the text gives it: right before it ("Lithuania's
 * Defense Ministry", "the Philippine Senate", "Norway's parliament"), right
 * after it ("… of Ghana"), or earlier in the article for the same kind of body
 * ("the German parliament … Parliament voted"), or by the dateline of a
 * report ("CANBERRA, Aug 6 - … a Senate inquiry"). Otherwise it stays a
 * generic entity with no country.
 */
export const genericBodyScope: ArticleRefiner = {
  stage: 'article',
  name: 'generic-body-scope',
  reads:
    'unknown agencies whose words are all ordinary, and the countries and demonyms next to them or to their head noun',
  emits: 'nothing',
  overrides: 'the scope (country) of those agencies',
  refine(reader) {
    let given: Map<string, EntityId> | undefined;
    for (const c of reader.out.candidates) {
      if (c.type !== 'agency' || c.known !== undefined) continue;
      const words = c.surface.split(/\s+/);
      if (!c.unlinked && !words.every((w) => isOrdinaryWord(reader.knowledge, w))) continue;
      const head = headNoun(words);
      given ??= countriesOfNouns(reader);
      c.scope = countryNextTo(reader, c) ?? (head ? given.get(head) : undefined) ?? given.get(DATELINE);
      if (c.scope && head && !given.has(head)) given.set(head, c.scope);
    }
  },
};

/** "Ministry of Defence" → "ministry", "Defence Ministry" → "ministry", "Parliament" → "parliament". */
function headNoun(words: readonly string[]): string | undefined {
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return (of > 0 ? words[of - 1] : words.at(-1))?.toLowerCase();
}

/** The country of a demonym or of a country's mention ending at this token, if it is one. */
function countryOf(reader: ArticleReader, t: Token | undefined): EntityId | undefined {
  if (!t?.cap) return undefined;
  return reader.knowledge.demonyms.get(t.text) ?? countriesEndingAt(reader).get(t.end);
}

const countryEnds = new WeakMap<ArticleReader, Map<number, EntityId>>();

/** Where the article's country mentions end, read once per article. */
function countriesEndingAt(reader: ArticleReader): Map<number, EntityId> {
  let ends = countryEnds.get(reader);
  if (!ends) {
    ends = new Map();
    for (const c of reader.out.candidates) if (c.type === 'country' && c.known) ends.set(c.end, c.known);
    countryEnds.set(reader, ends);
  }
  return ends;
}

/** The country named right before the body (possessive or modifier) or right after it ("of Ghana"). */
function countryNextTo(reader: ArticleReader, c: Candidate): EntityId | undefined {
  const { ctx } = reader;
  const at = ctx.tokens.findIndex((t) => t.start === c.start);
  if (at < 0) return undefined;
  let k = at - 1;
  if (POSSESSIVES.has(ctx.peek(k)?.text ?? '')) k--;
  const before = ctx.sameSentence(k, at) ? countryOf(reader, ctx.peek(k)) : undefined;
  if (before) return before;
  const end = ctx.tokens.findIndex((t) => t.end === c.end);
  if (end < 0 || ctx.peek(end + 1)?.text !== 'of') return undefined;
  const next = ctx.peek(end + 2)?.text === 'the' ? end + 3 : end + 2;
  return ctx.sameSentence(end, next) ? countryOf(reader, ctx.peek(next)) : undefined;
}

/** "the German parliament", "Norway's defence ministry", "the Philippine Senate": body nouns the text gives a country. */
function countriesOfNouns(reader: ArticleReader): Map<string, EntityId> {
  const { ctx } = reader;
  const given = new Map<string, EntityId>();
  const dateline = datelineCountry(reader);
  if (dateline) given.set(DATELINE, dateline);
  for (let k = 0; k < ctx.tokens.length; k++) {
    const country = countryOf(reader, ctx.at(k));
    if (!country) continue;
    let n = k + 1;
    if (POSSESSIVES.has(ctx.peek(n)?.text ?? '')) n++;
    // "the German defence ministry": a body's head noun among the next lower-case words.
    let head: string | undefined;
    for (let m = n; m < n + 3 && !head && ctx.sameSentence(k, m); m++) {
      const t = ctx.peek(m);
      if (!t?.word) break;
      if (BODY_NOUNS.has(t.text.toLowerCase())) head = t.text.toLowerCase();
    }
    if (head && !given.has(head)) given.set(head, country);
  }
  return given;
}
