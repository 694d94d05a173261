import { ARTICLES } from '../lexicon.ts';
import type { TokenRule } from './rule.ts';

/** "The" is not part of a name, except of a known organisation's or place's ("The Hill", "The Hague"); a mid-sentence one is noted for publications. */
export const leadingArticle: TokenRule = {
  stage: 'token',
  name: 'leading-article',
  reads: 'a capitalised "The", "A" or "An"',
  emits: 'nothing; remembers where a mid-sentence "The" stood (see the name rules)',
  overrides: 'nothing',
  read(reader, state, i) {
    const t = reader.ctx.at(i);
    if (!ARTICLES.has(t.text)) return undefined;
    const known = state.known(i);
    // "The Hill", "The Hague": the article is part of a known publication's or place's name.
    const knownType = known ? reader.typeOf(known.id) : undefined;
    if (knownType === 'organization' || (knownType === 'place' && known && known.end - i > 1)) return undefined;
    if (!t.initial) state.theAt = i;
    return i + 1;
  },
};
