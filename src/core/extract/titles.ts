import { headType } from './heads.ts';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import type { ReadContext } from './read-context.ts';

const parts = (word: string): string[] => word.split('-');

/** "President", "Secretary-General", "Attorney-General". */
export function isTitleHead(word: string): boolean {
  if (TITLE_HEADS.has(word)) return true;
  const p = parts(word);
  return (
    p.length > 1 && p.some((x) => TITLE_HEADS.has(x)) && p.every((x) => TITLE_HEADS.has(x) || TITLE_MODIFIERS.has(x))
  );
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.replace(/\.$/, ''));
}

/**
 * The end (exclusive) of a title such as "Deputy Attorney General" or
 * "Secretary of State" starting at token `i`, or `i` when none starts there.
 * A run that ends in an institution's head word ("General Motors",
 * "Supreme Court") is a name, not a title.
 */
export function titleEnd(ctx: ReadContext, i: number, last: number): number {
  let j = i;
  let head = false;
  while (j <= last) {
    const word = ctx.at(j).text;
    if (isTitleHead(word)) head = true;
    else if (!TITLE_MODIFIERS.has(word)) {
      const next = j + 1 <= last ? ctx.at(j + 1).text : '';
      const afterThe = next === 'the' && j + 2 <= last ? ctx.at(j + 2).text : next;
      if (head && (word === 'of' || word === 'for') && TITLE_MODIFIERS.has(afterThe)) {
        j += next === 'the' ? 2 : 1;
        continue;
      }
      break;
    }
    j++;
  }
  if (!head) return i;
  // "Secretary-General of the Harbour League": a title before "of" is judged by its own words.
  const of = j <= last && (ctx.at(j).text === 'of' || ctx.at(j).text === 'for');
  const type = headType(ctx, i, of ? j - 1 : last);
  if (type && type !== 'document') return i;
  return j;
}
