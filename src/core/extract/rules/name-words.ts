import { SHORT_FORM_HEADS } from '../lexicon.ts';
import type { ArticleReader } from '../article-reader.ts';
import type { Candidate } from '../candidate.ts';
import type { TokenRule } from './rule.ts';

/** What no earlier token rule took: the words up to the next title or honorific are one name, typed by the name rules. */
export const nameWords: TokenRule = {
  stage: 'token',
  name: 'name-words',
  reads: 'the capitalised words from this token up to the next title or honorific',
  emits: 'whatever the name rules make of them',
  overrides: 'nothing',
  read(reader, state, i) {
    const end = reader.nameEnd(i, state.chunk.last);
    state.emitted = reader.classify(i, end - 1, state.titled);
    if (state.emitted && state.theAt === i - 1) withThe(reader, state.emitted, state.theAt);
    state.titled = false;
    return end;
  },
};

/** "told The Korea Herald": a publication's capitalised "The" in mid-sentence belongs to its name. */
function withThe(reader: ArticleReader, candidate: Candidate, at: number): void {
  const lastWord = candidate.surface.split(/\s+/).at(-1) ?? '';
  if (candidate.type !== 'organization' || !SHORT_FORM_HEADS.has(lastWord)) return;
  candidate.start = reader.ctx.at(at).start;
  candidate.surface = reader.ctx.text.slice(candidate.start, candidate.end);
}
