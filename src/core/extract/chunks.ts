import {
  AGENCY_HEADS,
  HONORIFICS,
  LEADING_PLACE_HEADS,
  NAME_ABBREVIATIONS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
} from './lexicon.ts';
import { isConnector, isInitial, isNameWord, PARTICLES } from './name-words.ts';
import { isTitleHead } from './titles.ts';
import type { Token } from './tokens.ts';

/**
 * A run of capitalised words that may be one or more names, e.g.
 * "Department of Homeland Security Secretary Kirstjen Nielsen". Never crosses
 * a sentence or punctuation (other than an initial's full stop).
 */
export interface Chunk {
  /** Indexes into the article's tokens, first to last. */
  first: number;
  last: number;
}

/** Abbreviated company suffixes whose full stop belongs to the name: "United Microelectronics Corp." */
const DOTTED_SUFFIXES = new Set(['Corp', 'Inc', 'Ltd', 'Co', 'Bros', 'Cía', 'Cie']);

const isHead = (word: string | undefined): boolean =>
  word !== undefined && (AGENCY_HEADS.has(word) || ORGANIZATION_HEADS.has(word));
/** Endings that close a company's name: after "of"/"for" they start a name of its own, not a field of work. */
const WHOLE_NAME_ENDINGS = new Set(['Corp', 'Corporation', 'Inc', 'Ltd', 'LLC', 'PLC', 'Company', 'Group', 'Holdings']);
const CARRIER_ENDINGS = new Set(['Airlines', 'Airways', 'Lines']);
const isAnyHead = (word: string | undefined): boolean => word !== undefined && (isHead(word) || PLACE_HEADS.has(word));

/**
 * "Kotoka Airport for Lake Naivasha", "the Interior Ministry of Borno State": when the words on
 * both sides of "of"/"for" are whole names, each with its own head, they are two names.
 */
function twoHeadedNames(tokens: readonly Token[], first: number, at: number): boolean {
  if (companyEnds(tokens, first, at)) return true;
  if (tokens[at]?.text === 'for' && agencyOfBefore(tokens, first, at) && endsInOrganizationHead(tokens, at))
    return true;
  if (!isAnyHead(tokens[at - 1]?.text)) return false;
  const sentence = tokens[at]?.sentence;
  let k = at + 1;
  if (tokens[k]?.text === 'the') k++;
  const opening = tokens[k]?.text;
  const start = k;
  while (tokens[k + 1]?.cap && tokens[k + 1]?.sentence === sentence) k++;
  const last = tokens[k]?.text ?? '';
  // "Ministry of Mines": one head word after "of" is the body's field, not a second name.
  if (k === start) return false;
  return PLACE_HEADS.has(last) || WHOLE_NAME_ENDINGS.has(last) || LEADING_PLACE_HEADS.has(opening ?? '');
}

/** "Okonkwo Holdings of the Lindqvist family": a company's closing suffix after two or more words ends its name. */
function companyEnds(tokens: readonly Token[], first: number, at: number): boolean {
  return at - 1 > first && WHOLE_NAME_ENDINGS.has(tokens[at - 1]?.text ?? '');
}

/** "Ministry of Mines … for …": the chunk already holds a government body's "<head> of". */
function agencyOfBefore(tokens: readonly Token[], first: number, at: number): boolean {
  for (let i = first + 1; i < at; i++)
    if (tokens[i]?.text === 'of' && AGENCY_HEADS.has(tokens[i - 1]?.text ?? '')) return true;
  return false;
}

/** "… for Kestrel Minerals": two or more capitalised words after `at`, the last a company's head. */
function endsInOrganizationHead(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  let k = at + 1;
  if (tokens[k]?.text === 'the') k++;
  const start = k;
  while (tokens[k + 1]?.cap && tokens[k + 1]?.sentence === sentence) k++;
  return k > start && ORGANIZATION_HEADS.has(tokens[k]?.text ?? '');
}

/** A lone apostrophe, as after a plural possessive ("Workers' Union"). */
const isApostrophe = (t: Token): boolean => t.text === "'" || t.text === '’';

/**
 * "and" may join words only inside an institution's name: after "Centre
 * for …" or "Department of …", or when the words after it end in a head
 * ("Intelligence and Security Committee").
 */
function andAllowed(tokens: readonly Token[], first: number, at: number, common: (t: Token) => boolean): boolean {
  // "Goldman Sachs and First Abu Dhabi Bank" are two names: the word before "and" must be an ordinary word.
  const before = tokens[at - 1];
  if (!before || !common(before)) return false;
  for (let i = at - 1; i > first; i--) {
    const t = tokens[i];
    if (t && (t.text === 'of' || t.text === 'for')) return isHead(tokens[i - 1]?.text);
  }
  // "Delta Air Lines and United Airlines": a carrier's or a company's closing word ends the first name.
  if (at - 1 > first && (CARRIER_ENDINGS.has(before.text) || WHOLE_NAME_ENDINGS.has(before.text))) return false;
  // The whole run after "and", connectors included, must end in the head: "Banco do Brasil" does not.
  let k = at + 1;
  let headBeforeOf = false;
  // "Maple Crest Life and Al Noor Capital": a name word no dictionary has starts a second name.
  let ordinary = true;
  const sentence = tokens[at]?.sentence;
  while (
    tokens[k]?.sentence === sentence &&
    (tokens[k]?.cap ||
      (tokens[k] && (isConnector(tokens[k] as Token) || isApostrophe(tokens[k] as Token)) && tokens[k + 1]?.cap))
  ) {
    // "… and Reports Analysis Centre of Canada": a head before "of" counts too.
    if (tokens[k]?.text === 'of' && isHead(tokens[k - 1]?.text)) headBeforeOf = true;
    if (!headBeforeOf && tokens[k]?.cap && !common(tokens[k] as Token)) ordinary = false;
    k++;
  }
  return k > at + 1 && ordinary && (headBeforeOf || isHead(tokens[k - 1]?.text));
}

function connectorAllowed(tokens: readonly Token[], first: number, at: number, common: (t: Token) => boolean): boolean {
  const word = tokens[at]?.text ?? '';
  if (word === 'the') return ['of', 'for'].includes(tokens[at - 1]?.text ?? '');
  // "Rothschild & Co", "Morrow & Finch", "Procter & Gamble": capitalised words around an ampersand make one firm's name.
  if (word === '&' && tokens[at - 1]?.cap && tokens[at + 1]?.cap) return true;
  if (word === 'and') return andAllowed(tokens, first, at, common);
  if (word === 'of' || word === 'for') return !twoHeadedNames(tokens, first, at);
  return true;
}

/**
 * "Ministry of Trade, Industry and Energy": after "<head> of …", a comma list
 * of ordinary capitalised words closed by "and …" stays in the name. Returns
 * how many tokens after `last` it covers, or 0.
 */
function commaList(tokens: readonly Token[], first: number, last: number, common: (t: Token) => boolean): number {
  if (tokens[last + 1]?.text !== ',' || !hasHeadOf(tokens, first, last)) return 0;
  let k = last + 1;
  let sawAnd = false;
  for (;;) {
    const t = tokens[k];
    if (!t) return 0;
    if (t.text === ',' && !sawAnd) k++;
    else if (t.text === 'and' && !sawAnd) {
      sawAnd = true;
      k++;
    } else if (t.cap && common(t) && t.sentence === tokens[last]?.sentence) {
      while (tokens[k + 1]?.cap && tokens[k + 1]?.sentence === t.sentence) k++;
      if (sawAnd) return k - last;
      k++;
    } else return 0;
  }
}

function hasHeadOf(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first + 1; i <= last; i++) {
    if ((tokens[i]?.text === 'of' || tokens[i]?.text === 'for') && isHead(tokens[i - 1]?.text)) return true;
  }
  return false;
}

/** How many tokens after `last` continue the chunk (0 when it ends). */
function extension(tokens: readonly Token[], first: number, last: number, common: (t: Token) => boolean): number {
  const current = tokens[last];
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (!current || !next || next.sentence !== current.sentence || next.gap > 1) return 0;
  if (isNameWord(next, true)) return 1;
  if (next.text === '.' && isInitial(current) && isNameWord(after, true)) return 1;
  if (next.text === '.' && DOTTED_SUFFIXES.has(current.text) && after?.sentence === current.sentence) return 1;
  // "Klang Port Workers' Union", "Seoul Central District Prosecutors' Office": a plural possessive
  // before a body's head word stays inside the name.
  if (
    isApostrophe(next) &&
    next.gap === 0 &&
    current.cap &&
    current.text.endsWith('s') &&
    after?.cap &&
    after.gap === 1 &&
    after.sentence === current.sentence &&
    isHead(after.text)
  )
    return 2;
  // "the Attorney General's Office", "the Prime Minister's Office": a title's office is one body.
  if (
    (next.text === "'s" || next.text === '’s') &&
    isTitleHead(current.text) &&
    after?.text === 'Office' &&
    after.sentence === current.sentence
  )
    return 2;
  // "St. Kitts", "Mt. Kenya", "Dr. Bonnie Glaser": an abbreviation's full stop inside a name.
  if (
    next.text === '.' &&
    (NAME_ABBREVIATIONS.has(current.text) || HONORIFICS.has(current.text)) &&
    isNameWord(after, true) &&
    after?.cap
  )
    return 1;
  if (
    (isConnector(next) || next.text === '&') &&
    isNameWord(after, true) &&
    after?.cap &&
    connectorAllowed(tokens, first, last + 1, common)
  )
    return 2;
  const list = commaList(tokens, first, last, common);
  if (list > 0) return list;
  // "Ursula von der Leyen": a run of lower-case particles inside a name.
  let k = last + 1;
  while (tokens[k] && isConnector(tokens[k] as Token) && PARTICLES.has((tokens[k] as Token).text)) k++;
  if (k > last + 2 && tokens[k]?.cap && tokens[k]?.sentence === current.sentence) return k - last;
  // "Office of the U.S. Trade Representative"
  const third = tokens[last + 3];
  if (
    (next.text === 'of' || next.text === 'for') &&
    after?.text === 'the' &&
    third?.cap &&
    third.sentence === current.sentence &&
    !companyEnds(tokens, first, last + 1)
  )
    return 3;
  return 0;
}

/**
 * Finds the capitalised runs of an article's tokens. `phrases` (start →
 * last index) are known names that stay whole and stand alone.
 */
export function findChunks(
  tokens: readonly Token[],
  common: (t: Token) => boolean,
  phrases: ReadonlyMap<number, number> = new Map(),
): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phraseEnd = phrases.get(i);
    if (phraseEnd !== undefined) {
      chunks.push({ first: i, last: phraseEnd });
      i = phraseEnd + 1;
      continue;
    }
    if (!isNameWord(tokens[i], false)) {
      i++;
      continue;
    }
    let last = i;
    const sentence = tokens[i]?.sentence;
    for (let step = extension(tokens, i, last, common); step > 0; step = extension(tokens, i, last, common)) {
      // A chunk never takes a known phrase's token, nor one of another sentence (and so of another paragraph).
      let stop = false;
      for (let k = 1; k <= step; k++) if (phrases.has(last + k) || tokens[last + k]?.sentence !== sentence) stop = true;
      if (stop) break;
      last += step;
    }
    chunks.push({ first: i, last });
    i = last + 1;
  }
  return chunks;
}
