import { DIRECTIONS } from '../lexicon.ts';
import type { TokenRule } from './rule.ts';

/** "North Holland", "West Bengal", "Greater Toronto": a compass word before a known place names a region. */
export const compassRegion: TokenRule = {
  stage: 'token',
  name: 'compass-region',
  reads: 'a compass word followed by a known place or country that ends the name',
  emits: 'the whole as a place',
  overrides: 'nothing',
  read(reader, state, i) {
    const { last } = state.chunk;
    if (!DIRECTIONS.has(reader.ctx.at(i).text) || i >= last || state.known(i)) return undefined;
    const place = reader.longestKnown(i + 1, last);
    const type = place ? reader.typeOf(place.id) : undefined;
    if (!place || (type !== 'place' && type !== 'country') || reader.nameEnd(i, last) !== place.end) return undefined;
    state.emitted = reader.emitTyped(i, place.end - 1, 'place');
    return place.end;
  },
};
