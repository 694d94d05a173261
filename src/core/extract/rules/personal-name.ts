import { speaks } from '../cues.ts';
import { PARTICLES } from '../name-words.ts';
import type { ReadContext } from '../read-context.ts';
import type { Token } from '../tokens.ts';
import type { NameRule } from './rule.ts';

/**
 * "Red Bull", "Liberal Democrats", "Cipher Commons": a name that opens with an
 * ordinary word and ends with one that is nobody's name is a phrase, not a
 * person, even when its first word is also a given name ("Red").
 */
function ordinaryPhrase(ctx: ReadContext, first: Token, last: Token): boolean {
  if (first === last || !ctx.isCommon(first) || !ctx.isCommon(last)) return false;
  const word = last.text.toLowerCase();
  return !ctx.knowledge.surnames.has(word) && !ctx.knowledge.givenNames.has(word);
}

/** "Lena Okafor", "Marloes de Wit", "said Huang Wei": a given name, a particle inside, or speech makes a person. */
export const personalName: NameRule = {
  stage: 'name',
  name: 'personal-name',
  reads: 'a short name opening with a given name, holding a particle, or speaking',
  emits: 'a person; an organisation for a phrase of ordinary words that speaks',
  overrides: 'nothing',
  type(reader, span) {
    if (!span.looksLikeName) return undefined;
    const { ctx } = reader;
    const { i, j } = span;
    const particle = ctx.tokens.slice(i + 1, j).some((t) => t.word && !t.cap && PARTICLES.has(t.text));
    const speaking = speaks(ctx, i, j);
    if (!ctx.isGivenName(span.first) && !particle && !speaking) return undefined;
    // A phrase of ordinary words that speaks is a body: "the Liberal Democrats said".
    if (ordinaryPhrase(ctx, span.first, span.last))
      return speaking ? reader.emitTyped(i, j, 'organization') : undefined;
    return reader.person(i, j) ?? null;
  },
};
