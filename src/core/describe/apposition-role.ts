import { SPEECH_VERBS } from '../extract/lexicon.ts';
import type { Token } from '../extract/tokens.ts';
import type { Span } from '../types.ts';
import { isRoleModifier, isRoleNoun, PHRASE_BREAKS, POSSESSIVE_PRONOUNS } from './role-words.ts';

/** Marks that end an apposition: "Lena Okafor, a researcher at the institute, said …". */
const ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '—', '–', '“', '”', '"']);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const DROPPED_ARTICLES = new Set(['a', 'an']);
/** The role noun must come early: a long run of words before it is a clause, not a title. */
const MAX_WORDS_BEFORE_ROLE = 6;
const MAX_WORDS = 16;

/**
 * The role an apposition gives the name whose last token is `last`:
 * "X, senior adviser for Asia at the Center for …," → "senior adviser for
 * Asia at the Center for …"; "X, 34, a former engineer at Y" → "former
 * engineer at Y". The phrase must be headed by a role noun before any word
 * that starts a clause or a prepositional phrase ("X, who …", "X, speaking
 * at …" give nothing). A leading "a"/"an" is dropped.
 */
export function appositionRole(tokens: readonly Token[], last: number): Span | undefined {
  const sentence = tokens[last]?.sentence;
  const at = (k: number): Token | undefined => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  if (at(last + 1)?.text !== ',') return undefined;
  let k = last + 2;
  // An age in apposition comes first: "X, 34, a former engineer".
  if (at(k)?.digit && at(k + 1)?.text === ',') k += 2;
  const first = at(k);
  if (!first?.word || POSSESSIVE_PRONOUNS.has(first.text.toLowerCase())) return undefined;
  if (DROPPED_ARTICLES.has(first.text.toLowerCase())) k++;
  // "X, visiting Paris, …" is a participle clause; "X, a visiting scholar" has its article.
  else if (first.text.endsWith('ing')) return undefined;

  const start = k;
  let words = 0;
  let headed = false;
  for (; at(k) !== undefined; k++) {
    const token = at(k) as Token;
    if (ENDS.has(token.text)) break;
    if (!token.word) {
      if (POSSESSIVE.has(token.text) || token.text === '&' || token.text === '-') continue;
      return undefined;
    }
    const word = token.text.toLowerCase();
    if (SPEECH_VERBS.has(word)) break;
    if (++words > MAX_WORDS) return undefined;
    if (headed) continue;
    if (isRoleNoun(token.text) && !isRoleModifierOnly(tokens, k, sentence)) {
      headed = true;
      continue;
    }
    if (words >= MAX_WORDS_BEFORE_ROLE) return undefined;
    if (PHRASE_BREAKS.has(word) || (word.endsWith('ing') && !isRoleModifier(word))) return undefined;
  }
  const end = k - 1;
  if (!headed || end < start) return undefined;
  const from = tokens[start] as Token;
  const to = tokens[end] as Token;
  return { start: from.start, end: to.end };
}

/**
 * "chief" and "deputy" are roles alone ("the bank's chief") and modifiers
 * before another role ("chief executive"): the role is then the later word.
 */
function isRoleModifierOnly(tokens: readonly Token[], k: number, sentence: number | undefined): boolean {
  const next = tokens[k + 1];
  const word = tokens[k]?.text ?? '';
  return next !== undefined && isRoleModifier(word) && next.sentence === sentence && next.word && isRoleNoun(next.text);
}
