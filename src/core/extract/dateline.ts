import type { EntityId } from '../types.ts';
import type { ArticleReader } from './article-reader.ts';
import { lookupKnown } from './known-names.ts';

/** "CANBERRA, Aug 6 (…) -", "VIENNA/FRANKFURT, Feb 18 -": the country of the place a report opens with, in capitals. */
export function datelineCountry(reader: ArticleReader): EntityId | undefined {
  const { ctx } = reader;
  let end = 0;
  while (ctx.peek(end)?.caps && ctx.at(end).sentence === 0) end++;
  if (end === 0 || ![',', '(', '-', '–', '—', '/'].includes(ctx.peek(end)?.text ?? '')) return undefined;
  const id = lookupKnown(reader.knowledge, ctx.slice(0, end - 1), true);
  if (id === undefined) return undefined;
  return reader.typeOf(id) === 'country' ? id : reader.knowledge.placeCountries.get(id);
}
