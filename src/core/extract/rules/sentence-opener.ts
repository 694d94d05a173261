import { ARTICLES } from '../lexicon.ts';
import type { TokenRule } from './rule.ts';

/** "But", "It", "When" opening a sentence are capitalised only because they open it; "New" in "NEW DELHI" starts a known name. */
export const sentenceOpener: TokenRule = {
  stage: 'token',
  name: 'sentence-opener',
  reads: 'a function word that opens a sentence',
  emits: 'nothing',
  overrides: 'nothing',
  read(reader, state, i) {
    const { ctx } = reader;
    const t = ctx.at(i);
    if (!t.initial || !ctx.knowledge.stopWords.has(t.text.toLowerCase())) return undefined;
    const known = state.known(i);
    const startsKnown = known !== undefined && known.end - i > 1 && !ARTICLES.has(t.text);
    // "Will Smith did not attend": a given name that is also a function word.
    return startsKnown || reader.startsPersonName(i, state.chunk.last) ? undefined : i + 1;
  },
};
