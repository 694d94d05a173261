import type { EntityType } from '../types.ts';
import {
  AGENCY_CUES,
  GROUP_CUE_QUALIFIERS,
  GROUP_CUES,
  LIST_WORDS,
  ORGANIZATION_CUES,
  PERSON_APPOSITIONS,
  PLACE_CUES,
  PLACE_MODIFIED,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from './lexicon.ts';
import type { ReadContext } from './read-context.ts';
import { isTitleHead } from './titles.ts';

/** Role nouns before a name: "hackers Zhu Hua and Zhang Shilong", "Huawei executive Meng Wanzhou". */
const PERSON_ROLES = new Set([
  ...PERSON_APPOSITIONS,
  ...['hacker', 'suspect', 'defendant', 'manager', 'businessman', 'businesswoman', 'billionaire', 'journalist'],
  ...['activist', 'colleague', 'investor', 'engineer', 'employee', 'dissident', 'tycoon', 'entrepreneur', 'physician'],
]);
const RELATIVES = new Set(['whose', 'that', 'when', 'where', 'while', 'whom']);
const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);
const QUOTES = new Set(['“', '”', '"', '‘', '’', "'"]);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'called',
  'named',
  'dubbed',
  'known',
  'as',
]);

/** "companies" → "company", "carriers" → "carrier". */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

export function nounType(word: string): EntityType | undefined {
  const noun = singular(word);
  if (ORGANIZATION_CUES.has(noun) || ORGANIZATION_CUES.has(word.toLowerCase())) return 'organization';
  if (AGENCY_CUES.has(noun)) return 'agency';
  if (PLACE_CUES.has(noun)) return 'place';
  return undefined;
}

/**
 * A type suggested by the words before a name: "the company …", "a hacking
 * group called …", "companies such as Maersk and …" (capitalised list items,
 * commas and list words are stepped over).
 */
export function cueBefore(ctx: ReadContext, i: number): EntityType | undefined {
  for (let k = i - 1, words = 0; k >= 0 && words < 8 && ctx.sameSentence(k, i); k--) {
    const t = ctx.at(k);
    if (!t.word) {
      if (QUOTES.has(t.text) || t.text === ',') continue;
      return undefined;
    }
    words++;
    const lower = t.text.toLowerCase();
    // A capitalised word opening the sentence ("Hackers Zhu Hua and …") is read as the word it is.
    if ((t.cap && !t.initial) || DETERMINERS.has(lower) || LIST_WORDS.has(lower)) continue;
    // "hackers Zhu Hua", "then-president Barack Obama"
    if (PERSON_ROLES.has(singular(lower.split('-').at(-1) ?? lower))) return 'person';
    if (GROUP_CUES.has(lower) && GROUP_CUE_QUALIFIERS.has(ctx.peek(k - 1)?.text.toLowerCase() ?? '')) return 'group';
    if (GROUP_CUE_QUALIFIERS.has(lower)) continue;
    const type = nounType(t.text);
    return type === 'organization' ? type : undefined;
  }
  return undefined;
}

/**
 * A type suggested by the words after a name: an apposition ("Dragos, an
 * American company"; "Riigikogu, Estonia's parliament"; "Lena Okafor, a
 * researcher"), a list tail ("AT&T, Verizon and other carriers") or a noun
 * the name modifies ("the Nord Pool power exchange").
 */
export function cueAfter(ctx: ReadContext, j: number): EntityType | undefined {
  const next = ctx.peek(j + 1);
  if (!next || !ctx.sameSentence(j, j + 1)) return undefined;
  // "Maxime Lefebvre-Nadeau, 34, of Laval": an age in apposition.
  if (next.text === ',' && /^\d{1,3}$/.test(ctx.peek(j + 2)?.text ?? '') && ctx.peek(j + 3)?.text === ',')
    return 'person';
  if (next.text === ',') {
    for (let k = j + 2, words = 0; words < 5 && ctx.peek(k) && ctx.sameSentence(j, k); k++) {
      const t = ctx.at(k);
      if (POSSESSIVES.has(t.text) || t.text === ',') continue;
      if (!t.word) return undefined;
      words++;
      const lower = t.text.toLowerCase();
      if (words === 1 && lower === 'who') return 'person';
      if (words === 1 && lower === 'which') return 'organization';
      if (RELATIVES.has(lower)) return undefined;
      // "the group's chief executive": a possessor is not what the name is.
      if (POSSESSIVES.has(ctx.peek(k + 1)?.text ?? '')) continue;
      if (!t.cap && PERSON_APPOSITIONS.has(lower)) return 'person';
      // "Amina Diallo, the Secretary-General of …": a capitalised title in apposition.
      if (t.cap && isTitleHead(t.text) && !POSSESSIVES.has(ctx.peek(k + 1)?.text ?? '')) return 'person';
      if (t.cap || DETERMINERS.has(lower) || LIST_WORDS.has(lower) || /^[\p{Ll}-]+$/u.test(t.text)) {
        const type = t.cap ? undefined : nounType(t.text);
        // "a bank analyst": a noun before another noun only modifies it; the second is the head.
        const head = ctx.peek(k + 1);
        if (type && head?.word && !head.cap && (PERSON_APPOSITIONS.has(head.text) || nounType(head.text))) continue;
        if (type === 'organization' && GROUP_CUES.has(singular(t.text)) && cyberContext(ctx, j)) return 'group';
        if (type) return type;
        continue;
      }
      return undefined;
    }
    return undefined;
  }
  // "the Nord Pool power exchange": one or two lower-case words, the last an organisation noun,
  // after a determiner (so "Cybersecurity company Area 1" or "English language newspaper" do not count).
  const single = j === 0 || !ctx.at(j - 1).cap;
  if (!startsAfterDeterminer(ctx, j) && (single || !plainName(ctx, j))) return undefined;
  for (let k = j + 1; k <= j + 2; k++) {
    const t = ctx.peek(k);
    if (!t?.word || t.cap || !ctx.sameSentence(j, k)) return undefined;
    if (nounType(t.text) === 'organization' && !LIST_WORDS.has(t.text)) return 'organization';
    // "the Kyaukphyu port site", but not "the Dubai port operator": a place noun that no other noun follows.
    const head = ctx.peek(k + 1);
    if (
      k === j + 1 &&
      PLACE_MODIFIED.has(t.text) &&
      !(head?.word && !head.cap && nounType(head.text) === 'organization')
    )
      return 'place';
  }
  return undefined;
}

/** A name that is not at a sentence's start and not an ordinary word ("according to Yonhap news agency"). */
function plainName(ctx: ReadContext, j: number): boolean {
  const first = ctx.at(nameStart(ctx, j));
  return !first.initial && !ctx.isCommon(first) && !ctx.knowledge.adjectives.has(first.text);
}

/** The first of the capitalised words that end at token `j`, within its sentence. */
function nameStart(ctx: ReadContext, j: number): number {
  let i = j;
  while (i > 0 && ctx.at(i - 1).cap && ctx.sameSentence(i - 1, j)) i--;
  return i;
}

const CYBER =
  /hack|cyber|malware|ransom|phish|espionage|intrusion|breach|threat|spy|exploit|botnet|disinformation|leak/i;

/** Whether the sentence around token `j` is about hacking, where a "group" is a threat actor. */
export function cyberContext(ctx: ReadContext, j: number): boolean {
  const sentence = ctx.at(j).sentence;
  // This sentence and the one before: "…hit the hospital. The group, which calls itself Duskfall, …"
  for (let k = j; k >= 0 && ctx.at(k).sentence >= sentence - 1; k--) if (CYBER.test(ctx.at(k).text)) return true;
  for (let k = j + 1; ctx.peek(k)?.sentence === sentence; k++) if (CYBER.test(ctx.at(k).text)) return true;
  return false;
}

function startsAfterDeterminer(ctx: ReadContext, j: number): boolean {
  const before = ctx.peek(nameStart(ctx, j) - 1)?.text.toLowerCase() ?? '';
  return ['the', 'a', 'an', '’s', "'s"].includes(before);
}

/** "AT&T, Verizon and other carriers": walks over the rest of a list to its head noun. */
export function listTail(ctx: ReadContext, j: number): EntityType | undefined {
  let k = j + 1;
  let sawOther = false;
  for (let steps = 0; steps < 10 && ctx.peek(k) && ctx.sameSentence(j, k); steps++, k++) {
    const t = ctx.at(k);
    if (t.text === ',' || (t.word && t.cap)) continue;
    const lower = t.text.toLowerCase();
    if (lower === 'and' || lower === 'or') continue;
    if (lower === 'other') {
      sawOther = true;
      continue;
    }
    return sawOther ? nounType(t.text) : undefined;
  }
  return undefined;
}

/** "…, said X." / "X said …": someone or something speaks. */
export function speaks(ctx: ReadContext, i: number, j: number): boolean {
  const before = ctx.peek(i - 1);
  const after = ctx.peek(j + 1);
  // "said X" names a speaker; "told X" names who was told, as often a newspaper as a person.
  if (before && SPEECH_VERBS.has(before.text) && before.text !== 'told' && ctx.sameSentence(i - 1, i)) return true;
  if (after && SPEECH_VERBS.has(after.text) && ctx.sameSentence(j, j + 1)) return true;
  return after?.text === ',' && SPEECH_VERBS.has(ctx.peek(j + 2)?.text ?? '');
}

/** "in Pomerania", "off Porvoo". */
export function placePreposition(ctx: ReadContext, i: number): boolean {
  const before = ctx.peek(i - 1);
  return before !== undefined && ctx.sameSentence(i - 1, i) && PLACE_PREPOSITIONS.has(before.text);
}

/**
 * Who a lone speaking name is: "X said it …" or "X said its …" is an
 * organisation, "X said he/she …" a person; with no pronoun, a lone name that
 * is a family name somewhere ("Zhu said …") is a person, and any other more
 * often a company than a person introduced without a full name.
 */
export function speakerType(ctx: ReadContext, i: number): EntityType {
  for (let k = i + 1; k <= i + 4 && ctx.peek(k) && ctx.sameSentence(i, k); k++) {
    const word = ctx.at(k).text.toLowerCase();
    if (word === 'it' || word === 'its') return 'organization';
    if (word === 'he' || word === 'she' || word === 'his' || word === 'her') return 'person';
  }
  const t = ctx.at(i);
  return !ctx.isCommon(t) && ctx.knowledge.surnames.has(t.text.toLowerCase()) ? 'person' : 'organization';
}
