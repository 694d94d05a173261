import { lookupKnown } from '../known-names.ts';
import type { TokenRule } from './rule.ts';

/** "US Justice Department" matched whole as a known agency still names the country apart: "US" + "Justice Department". */
export const countryPrefix: TokenRule = {
  stage: 'token',
  name: 'country-prefix',
  reads: 'a known name whose first word is a country and whose other words are a known name too',
  emits: 'the country; the rest is read on its own',
  overrides: 'nothing',
  read(reader, state, i) {
    const known = state.known(i);
    if (!known || state.titled || known.end - i < 2 || !reader.typeOf(known.id)) return undefined;
    const country = lookupKnown(reader.knowledge, reader.ctx.at(i).text, false);
    if (country === undefined || reader.typeOf(country) !== 'country') return undefined;
    if (reader.longestKnown(i + 1, known.end - 1)?.end !== known.end) return undefined;
    state.emitted = reader.emit(i, i, 'country', country);
    return i + 1;
  },
};
