import { nameKey } from '../../knowledge/name-key.ts';
import { ADMINISTRATION_WORDS } from '../lexicon.ts';
import type { ChunkRefiner } from './rule.ts';

/** "the Trump administration": a leader's name and "administration" name an agency. */
export const administration: ChunkRefiner = {
  stage: 'chunk',
  name: 'administration',
  reads: 'a person or lone word ending the chunk, followed by "administration" or "government"',
  emits: 'the name and that word as one agency',
  overrides: 'the person or lone word it is made of (removed)',
  refine(reader, { chunk, emitted }) {
    const { ctx, out } = reader;
    const lastToken = ctx.at(chunk.last);
    const next = ctx.peek(chunk.last + 1);
    if (!next || !ADMINISTRATION_WORDS.has(next.text) || next.sentence !== lastToken.sentence) return;
    const pending = out.pending.at(-1);
    let start: number | undefined;
    if (emitted?.end === lastToken.end && emitted.type === 'person') {
      start = emitted.start;
      out.candidates.splice(out.candidates.indexOf(emitted), 1);
    } else if (pending?.token.end === lastToken.end && !pending.weak) {
      start = pending.token.start;
      out.pending.pop();
    }
    if (start === undefined) return;
    const surface = ctx.text.slice(start, next.end);
    out.candidates.push({ start, end: next.end, surface, type: 'agency', key: nameKey(surface) });
  },
};
