/**
 * Word classes for reading the role a text gives a person: the nouns that
 * name a role ("adviser", "spokeswoman", "hacker"), the words that qualify
 * one ("senior", "former"), and the words that end the noun phrase a role
 * must head. Facts about English news prose, not about any story.
 */
import { PERSON_APPOSITIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../extract/lexicon.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const lower = (words: ReadonlySet<string>): string[] => [...words].map((word) => word.toLowerCase());

/** Lower-case singular nouns that say what a person does or is. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_APPOSITIONS,
  ...lower(TITLE_HEADS),
  ...set(`
    hacker suspect defendant manager businessman businesswoman billionaire journalist activist engineer
    employee dissident tycoon entrepreneur physician scholar scientist historian student teacher lecturer
    doctor nurse owner worker staffer aide negotiator candidate legislator councillor councilor mp
    commentator columnist blogger writer novelist producer presenter host anchor photographer
    banker trader accountant architect designer developer programmer specialist technician pilot
    soldier veteran spy operative informant whistleblower victim witness survivor resident native
    organizer organiser coordinator campaigner lobbyist strategist pollster economist sociologist
    chairperson ceo cfo cto coo boss president-elect vice-president`),
]);

/** Lower-case words that qualify a role without being one ("senior", "former", "then"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  ...lower(TITLE_MODIFIERS),
  ...set(`
    top senior junior former then ex longtime long-time veteran retired acting interim outgoing incoming
    current new leading founding managing visiting ranking co joint assistant associate principal lead
    chief deputy vice`),
]);

/** Words that end the noun phrase before its role noun is reached ("Smith, who …", "Smith, speaking at …"). */
export const PHRASE_BREAKS: ReadonlySet<string> = set(`
  and or but nor who whom whose which that when where while because although though if as
  is was were are be been being has had have will would can could may might must should do does did
  it he she they we i you him them us also however meanwhile instead still not never
  at in on of for with from to by into onto about after before during since until against between
  among through over under without within near alongside according`);

/** Possessive pronouns: "Smith, his lawyer" says whose lawyer, not what Smith is out of context. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = set(`his her their its our my your`);

/** "advisers" → "adviser", "then-president" → "president": the key a role noun is looked up by. */
export function roleKey(word: string): string {
  const last = (word.toLowerCase().split('-').at(-1) ?? '').replace(/\.$/, '');
  if (ROLE_NOUNS.has(last)) return last;
  if (last.endsWith('ies')) return `${last.slice(0, -3)}y`;
  if (last.endsWith('s') && !last.endsWith('ss')) return last.slice(0, -1);
  return last;
}

export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(roleKey(word));
}

export function isRoleModifier(word: string): boolean {
  return ROLE_MODIFIERS.has(word.toLowerCase());
}
