import type { ArticleReader } from '../article-reader.ts';
import type { Chunk } from '../chunks.ts';
import type { TokenRule } from './rule.ts';

const DASHES = new Set(['-', '–', '—']);

/** "WASHINGTON (Reuters) -": the name in brackets before a dateline dash is the news agency. */
export const sourceCredit: TokenRule = {
  stage: 'token',
  name: 'source-credit',
  reads: 'a chunk in brackets between a dateline and a dash',
  emits: 'the whole chunk as an organization',
  overrides: 'nothing',
  read(reader, state, i) {
    const { first, last } = state.chunk;
    if (i !== first || !isSourceCredit(reader, state.chunk)) return undefined;
    reader.emitTyped(first, last, 'organization');
    state.settled = true;
    return last + 1;
  },
};

function isSourceCredit({ ctx }: ArticleReader, chunk: Chunk): boolean {
  const before = ctx.peek(chunk.first - 1);
  const close = ctx.peek(chunk.last + 1);
  const dash = ctx.peek(chunk.last + 2);
  if (before?.text !== '(' || close?.text !== ')' || !dash || !DASHES.has(dash.text)) return false;
  const opener = ctx.peek(chunk.first - 2);
  return (
    opener !== undefined &&
    opener.sentence === ctx.at(chunk.first).sentence &&
    (opener.caps || /\d/.test(opener.text) || opener.cap)
  );
}
