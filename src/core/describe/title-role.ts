import { isHonorific, isTitleHead } from '../extract/titles.ts';
import type { Token } from '../extract/tokens.ts';
import { TITLE_MODIFIERS } from '../extract/lexicon.ts';
import type { Span } from '../types.ts';
import { isRoleModifier, isRoleNoun } from './role-words.ts';

const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
/** Inside a title only, between capitalised words: "Secretary of State", "Minister for the Environment". */
const CONNECTORS = new Set(['of', 'for', 'the']);
const MAX_TOKENS = 10;

const participle = (token: Token): boolean => !token.cap && token.text.endsWith('ing');

/**
 * The title or role written before the name whose first token is `first`:
 * "Deputy Attorney General Rod Rosenstein" → "Deputy Attorney General",
 * "Foreign Ministry spokeswoman Hua" → "Foreign Ministry spokeswoman",
 * "the company's founder Jane Doe" → "company's founder". Walks left over
 * capitalised words, role nouns, their modifiers, possessives and the
 * connectors of a title, and keeps the run only when it holds a role.
 * `outside` names capitalised words that cannot belong to a title: a
 * common word that merely opens the sentence ("Meanwhile"), a weekday.
 */
export function titleRole(
  tokens: readonly Token[],
  first: number,
  outside: (token: Token) => boolean,
): Span | undefined {
  const sentence = tokens[first]?.sentence;
  let start = first;
  let role = false;
  for (let k = first - 1; k >= 0 && first - k <= MAX_TOKENS; k--) {
    const token = tokens[k];
    if (token === undefined || token.sentence !== sentence) break;
    const word = token.text;
    if (!token.word) {
      // "Trump’s adviser": the possessive joins the owner's name to the role.
      if (POSSESSIVE.has(word) && tokens[k - 1]?.cap && start < first) {
        start = k;
        continue;
      }
      break;
    }
    const titleWord = isTitleHead(word) || TITLE_MODIFIERS.has(word);
    if (token.cap) {
      // "Mr", "Dr": a courtesy, not a role; directly before the name it is stepped over.
      if (isHonorific(word)) {
        if (start === first && !role) {
          start = k;
          continue;
        }
        break;
      }
      if (!titleWord && outside(token)) break;
    } else if (CONNECTORS.has(word)) {
      if (!tokens[k + 1]?.cap || !tokens[k - 1]?.cap) break;
    } else if (!isRoleNoun(word) && !isRoleModifier(word)) break;
    if (isRoleNoun(word) || isTitleHead(word)) role = true;
    start = k;
  }
  // Nothing but the name's own honorific, or words that hold no role.
  while (start < first && !(tokens[start] as Token).word) start++;
  // "visiting then-president X": a participle before the run is the sentence's verb, not the title's.
  while (start < first && (CONNECTORS.has((tokens[start] as Token).text) || participle(tokens[start] as Token)))
    start++;
  let end = first - 1;
  while (end >= start && isHonorific((tokens[end] as Token).text)) end--;
  if (!role || end < start) return undefined;
  return { start: (tokens[start] as Token).start, end: (tokens[end] as Token).end };
}
