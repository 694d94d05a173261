import { ARTICLES } from '../lexicon.ts';
import type { TokenRule } from './rule.ts';

/** "The" is not part of a name, except of a known organisation's ("The Hill"); a mid-sentence one is noted for publications. */
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
    if (known && reader.typeOf(known.id) === 'organization') return undefined;
    if (!t.initial) state.theAt = i;
    return i + 1;
  },
};
