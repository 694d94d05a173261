import { headType } from '../heads.ts';
import { LEGISLATURES } from '../lexicon.ts';
import type { TokenRule } from './rule.ts';

/**
 * "Officials said …": an ordinary word capitalised because it opens a
 * sentence is no name, unless it opens a person's name ("Will Smith"). A lone
 * one is kept, weakly, for an earlier full name of the same article to claim.
 */
export const ordinaryOpener: TokenRule = {
  stage: 'token',
  name: 'ordinary-opener',
  reads: 'an ordinary English word that opens a sentence',
  emits: 'a weak lone word when no capitalised word follows it; else nothing',
  overrides: 'nothing',
  read(reader, state, i) {
    const { ctx } = reader;
    const t = ctx.at(i);
    const { last } = state.chunk;
    if (!t.initial || state.titled || !ctx.isCommon(t) || reader.startsPersonName(i, last)) return undefined;
    // "Parliament voted": a chamber is a name even when it opens the sentence.
    if (i === last && LEGISLATURES.has(t.text)) return undefined;
    if (i === last || !ctx.at(i + 1).cap) {
      reader.pend(i, { weak: true });
      return i + 1;
    }
    // "National Grid said …", "Water Ministry officials …": the opener belongs to a name its head types.
    // "Top Justice Department officials": not when a known name follows the opener.
    const end = reader.nameEnd(i, last);
    const head = headType(ctx, i, end - 1);
    if (head && head !== 'document' && !reader.longestKnown(i + 1, last)) return undefined;
    // "Quantum Harbor Logistics grew": kept aside whole too, in case another article types that name.
    reader.untyped(i, end - 1);
    return i + 1;
  },
};
