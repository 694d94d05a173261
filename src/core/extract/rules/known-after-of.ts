import { headType } from '../heads.ts';
import type { NameRule } from './rule.ts';

/** "Unit 74455 of the GRU": a known body after "of" is its own mention when the words before it have a head. */
export const knownAfterOf: NameRule = {
  stage: 'name',
  name: 'known-after-of',
  reads: 'a name with "of" (the) and a known agency, organization or group ending it',
  emits: 'the part before "of", typed by its head, and the known body',
  overrides: 'nothing',
  type(reader, { i, j }) {
    const { ctx } = reader;
    for (let k = i + 1; k < j; k++) {
      if (ctx.at(k).text !== 'of') continue;
      const from = ctx.at(k + 1).text === 'the' ? k + 2 : k + 1;
      const known = from <= j ? reader.longestKnown(from, j) : undefined;
      const type = known ? reader.typeOf(known.id) : undefined;
      if (!known || known.end !== j + 1 || (type !== 'agency' && type !== 'organization' && type !== 'group'))
        return undefined;
      const head = headType(ctx, i, k - 1);
      if (!head || head === 'document') return undefined;
      reader.emitTyped(i, k - 1, head);
      return reader.emit(from, j, type, known.id);
    }
    return undefined;
  },
};
