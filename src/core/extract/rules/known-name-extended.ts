import type { EntityType } from '../../types.ts';
import type { ArticleReader } from '../article-reader.ts';
import { headType } from '../heads.ts';
import { isHonorific, titleEnd } from '../titles.ts';
import type { TokenRule } from './rule.ts';

/**
 * A known name with more name words after it that make one longer name: a
 * city's company or office ("Brisbane Mutual Health", "Abu Dhabi Investment
 * Authority"), a country's company ("China Telecom"), a chamber's committee
 * ("Senate Economics References Committee"), another group named after a
 * known one ("Anonymous Sudan") or a company's national subsidiary ("MTN Nigeria").
 */
export const knownNameExtended: TokenRule = {
  stage: 'token',
  name: 'known-name-extended',
  reads: 'a known name and the capitalised words after it up to the next title or honorific',
  emits: 'the whole run as a new entity, typed by its head or by the known part',
  overrides: 'the known name it starts with (not marked on its own)',
  read(reader, state, i) {
    const known = state.known(i);
    const knownType = known ? reader.typeOf(known.id) : undefined;
    if (!known || !knownType || state.titled) return undefined;
    const { ctx } = reader;
    const { last } = state.chunk;
    const rest = reader.nameEnd(known.end, last);
    if (rest <= known.end) return undefined;
    const titleFollows = isHonorific(ctx.at(known.end).text) || titleEnd(ctx, known.end, last) > known.end;
    if (titleFollows) return undefined;
    const whole = wholeName(reader, i, known.end, rest, knownType);
    const type =
      whole ??
      (knownType === 'group' || (knownType === 'organization' && reader.isCountry(known.end, rest - 1))
        ? knownType
        : undefined);
    if (!type) return undefined;
    state.emitted = reader.emitTyped(i, rest - 1, type);
    return rest;
  },
};

/** The type of a known name and the words after it read as one name, or undefined when they are two. */
function wholeName(reader: ArticleReader, i: number, from: number, end: number, knownType: EntityType) {
  const { ctx } = reader;
  if (reader.longestKnown(from, end - 1)) return undefined;
  const head = headType(ctx, i, end - 1);
  if (head === 'document') return undefined;
  const rest = ctx.tokens
    .slice(from, end)
    .filter((t) => t.word && t.cap && !ctx.knowledge.calendarWords.has(t.text.toLowerCase()));
  if (rest.length === 0) return undefined;
  if (knownType === 'agency') return head === 'agency' ? 'agency' : undefined;
  // "Sydney Smith", "Adelaide Kane": a city that is also a given name, before a name with no head, is a person's.
  if (knownType === 'place' && !head && end - from === rest.length && givenName(reader, i, from)) return 'person';
  if (knownType === 'place') return head ?? 'organization';
  if (knownType !== 'country') return undefined;
  if (head === 'agency' || head === 'place') return undefined;
  if (head === 'organization') return head;
  return rest.some((t) => !ctx.isCommon(t)) ? 'organization' : undefined;
}

/** The known part is one word that is also somebody's given name. */
function givenName(reader: ArticleReader, i: number, from: number): boolean {
  const t = reader.ctx.at(i);
  return from === i + 1 && reader.ctx.knowledge.givenNames.has(t.text.toLowerCase());
}
