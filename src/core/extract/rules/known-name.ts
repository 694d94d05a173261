import type { ArticleReader } from '../article-reader.ts';
import { governmental, headType } from '../heads.ts';
import { isConnector } from '../name-words.ts';
import type { TokenRule } from './rule.ts';

/**
 * "Ghana Police Service", "Netherlands Enterprise Agency": a country before
 * words the data does not know that end in a body's head is part of that
 * body's name. It stays apart when abbreviated, as a modifier ("US" +
 * "District Court"), before a possessive, before a known body ("Justice
 * Department"), a ministry or department named by its field ("Foreign
 * Ministry") and a name complete without it ("National Crime Agency").
 */
function countryInName(reader: ArticleReader, from: number, last: number): boolean {
  const { ctx } = reader;
  if (from > last || !ctx.at(from).word || reader.longestKnown(from, last) !== undefined) return false;
  const end = reader.nameEnd(from, last) - 1;
  const words = ctx.tokens.slice(from, end + 1).filter((t) => t.word && !isConnector(t));
  const head = words.length >= 2 ? headType(ctx, from, end) : undefined;
  if (head !== 'agency' && head !== 'organization') return false;
  const texts = words.map((t) => t.text);
  return !FIELD_HEADS.has(texts.at(-1) ?? '') && !governmental(texts);
}

const FIELD_HEADS = new Set(['Ministry', 'Department', 'Office', 'Embassy', 'Consulate']);

export const knownName: TokenRule = {
  stage: 'token',
  name: 'known-name',
  reads: 'the longest run of words from this token that the knowledge data names',
  emits: 'a mention of the known entity',
  overrides: "nothing; leaves a country that opens an unknown body's name to the name rules",
  read(reader, state, i) {
    const known = state.known(i);
    const type = known ? reader.typeOf(known.id) : undefined;
    if (!known || !type || state.titled) return undefined;
    if (type === 'country' && !reader.ctx.at(i).caps && countryInName(reader, known.end, state.chunk.last))
      return undefined;
    state.emitted = reader.emit(i, known.end - 1, type, known.id);
    return known.end;
  },
};
