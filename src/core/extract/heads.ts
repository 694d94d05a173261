import type { EntityType } from '../types.ts';
import {
  AGENCY_HEADS,
  DOCUMENT_HEADS,
  LEADING_ORGANIZATION_HEADS,
  LEADING_PLACE_HEADS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  THREAT_ACTOR_SUFFIXES,
} from './lexicon.ts';
import { isConnector } from './name-words.ts';
import type { ReadContext } from './read-context.ts';
import type { Token } from './tokens.ts';
import { nameKey } from '../knowledge/name-key.ts';

/** What a name's head word says it is; `document` marks laws and treaties, which are no entity. */
export type HeadType = EntityType | 'document';

const GOVERNMENT_LEADS = new Set([
  'National',
  'Federal',
  'Central',
  'State',
  'Defence',
  'Defense',
  'Government',
  'Presidential',
  'Inter-Services',
  'Armed',
  'Military',
  'Naval',
  'Imperial',
]);
const COMPANY_ENDINGS = new Set([
  'Corp',
  'Corporation',
  'Inc',
  'Ltd',
  'LLC',
  'PLC',
  'plc',
  'Co',
  'Company',
  'Group',
  'Holdings',
  'AG',
  'SA',
  'GmbH',
  'Airlines',
  'Airways',
  'Motors',
  'Electric',
  'Power',
  'Grid',
  'Telecom',
  'Oil',
  'Petroleum',
  'Gas',
]);
const LINKS = new Set(['of', 'for', 'on', 'de', 'do', 'da', 'di', 'du', 'des', 'del', 'della']);

function typeOfHead(word: string): HeadType | undefined {
  if (DOCUMENT_HEADS.has(word)) return 'document';
  if (AGENCY_HEADS.has(word)) return 'agency';
  if (PLACE_HEADS.has(word)) return 'place';
  if (ORGANIZATION_HEADS.has(word)) return 'organization';
  return undefined;
}

/**
 * The type a multi-word name's head gives it. The head is the word before
 * the first "of"/"for" ("Bureau of Investigation", "Banco do Brasil") or else
 * the last word ("Maritime Safety Bureau"). Central banks are government bodies.
 */
export function headType(ctx: ReadContext, i: number, j: number): HeadType | undefined {
  const words = ctx.tokens.slice(i, j + 1).filter((t) => t.word && !isConnector(t));
  if (words.length < 2) return undefined;
  const texts = words.map((t) => t.text);
  const type = bodyType(ctx, i, j, words, texts);
  return type === 'organization' && intergovernmental(texts) ? 'agency' : type;
}

const MEMBER_STATES = new Set(['States', 'Nations', 'Countries']);
const COOPERATION = new Set(['Cooperation', 'Co-operation']);
const COOPERATION_HEADS = new Set(['Organization', 'Organisation', 'Council', 'Community', 'Forum']);

/**
 * "Organization of American States", "Alliance of Sahel States", "Shanghai Cooperation
 * Organisation": a body of states, or a cooperation body of governments, is intergovernmental,
 * which the design types as an agency.
 */
function intergovernmental(texts: readonly string[]): boolean {
  const last = texts.at(-1) ?? '';
  if (MEMBER_STATES.has(last) && texts.at(-2) !== 'United' && texts.length >= 3) return true;
  return COOPERATION_HEADS.has(last) && texts.some((w) => COOPERATION.has(w));
}

function bodyType(
  ctx: ReadContext,
  i: number,
  j: number,
  words: readonly Token[],
  texts: readonly string[],
): HeadType | undefined {
  if (/\b(?:Central|Reserve) Bank\b/.test(texts.join(' '))) return 'agency';
  if (texts[0] === 'Unit' && /^\d+$/.test(texts[1] ?? '')) return 'agency';
  for (let k = i + 1; k <= j; k++) {
    const t = ctx.at(k);
    if (t.word && !t.cap && LINKS.has(t.text)) {
      const before = ctx.at(k - 1);
      const type = before.word ? typeOfHead(before.text) : undefined;
      if ((type === 'agency' || type === 'organization') && nonGovernmental(texts)) return 'organization';
      if (type) return type;
      break;
    }
  }
  const last = texts.at(-1) ?? '';
  const byLast = typeOfHead(last) ?? (THREAT_ACTOR_SUFFIXES.has(last) ? 'group' : undefined);
  const leading = LEADING_ORGANIZATION_HEADS.has(texts[0] ?? '')
    ? 'organization'
    : LEADING_PLACE_HEADS.has(texts[0] ?? '')
      ? 'place'
      : undefined;
  // "Morrow & Finch": names joined by an ampersand are a firm's.
  const type =
    byLast ?? leading ?? (ctx.tokens.slice(i, j + 1).some((t) => t.text === '&') ? 'organization' : undefined);
  if ((type === 'agency' || type === 'organization') && (nonGovernmental(texts) || regionalArmy(ctx, words)))
    return 'organization';
  return type === 'organization' && governmental(texts) ? 'agency' : type;
}

/** Heads of an armed force that a state or a rebel movement may have. */
const FORCE_HEADS = new Set(['Army', 'Militia', 'Brigade', 'Brigades']);

/**
 * "Arakan Army", "Kachin Militia": an armed force named after no country (its words no ordinary
 * word, country, demonym or word of state) is a rebel movement's, where "Pakistan Army" is a state's.
 */
function regionalArmy(ctx: ReadContext, words: readonly Token[]): boolean {
  const last = words.at(-1);
  if (!last || !FORCE_HEADS.has(last.text) || words.length < 2) return false;
  return words.slice(0, -1).every((t) => {
    if (ctx.isCommon(t) || GOVERNMENT_LEADS.has(t.text) || ctx.knowledge.adjectives.has(t.text)) return false;
    const id = ctx.knowledge.names.get(nameKey(t.text))?.[0];
    return id === undefined || ctx.knowledge.entities.get(id)?.type === 'place';
  });
}

/** Words that make a body a party's, a union's or an armed movement's: organisations, not government. */
const PARTY_WORDS = new Set(['Party', 'Politburo', 'Unions', 'Trades', 'Workers', "Workers'", 'Workers’']);
const MOVEMENT_WORDS = new Set([
  'Liberation',
  'Republican',
  'Independence',
  'Resistance',
  'Revolutionary',
  'Rebel',
  'Patriotic',
  'Salvation',
]);
const ARMED_HEADS = new Set(['Army', 'Brigade', 'Brigades', 'Militia', 'Forces', 'Front', 'Movement']);

/**
 * "Central Committee of the Communist Party", "Malaysian Trades Union Congress", "Kachin Independence
 * Army": a party's committee, a union's congress and a rebel army are organisations, whatever their head.
 */
function nonGovernmental(words: readonly string[]): boolean {
  if (words.some((w) => PARTY_WORDS.has(w))) return true;
  return ARMED_HEADS.has(words.at(-1) ?? '') && words.some((w) => MOVEMENT_WORDS.has(w));
}

/**
 * "National Technical Research Organisation", "Defence Research and
 * Development Organisation": an organisation-like name that opens with a
 * word of state is a government body, unless it ends as a company does.
 */
export function governmental(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return GOVERNMENT_LEADS.has(first) && !COMPANY_ENDINGS.has(words.at(-1) ?? '');
}
