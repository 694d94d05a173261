import type { Entity } from '../../types.ts';
import { ACRONYM, LOOSE_ACRONYM, longFormStart, spells } from '../acronyms.ts';
import type { ArticleReader } from '../article-reader.ts';
import type { Candidate } from '../candidate.ts';
import { governmental, headType } from '../heads.ts';
import { lookupKnown } from '../known-names.ts';
import type { Token } from '../tokens.ts';
import type { ChunkRefiner } from './rule.ts';

const CLOSING = new Set(['”', '"', '’', "'"]);
const BODIES: ReadonlySet<string> = new Set(['agency', 'organization', 'group']);

/**
 * "Ministry of State Security (MSS)", "“Advanced Persistent Threat 10”
 * (APT10)", "Royal United Services Institute (Rusi)": an acronym in brackets
 * after a name stands for it in the rest of the corpus.
 */
export const acronymDefinition: ChunkRefiner = {
  stage: 'chunk',
  name: 'acronym-definition',
  reads: 'a bracketed acronym right after the chunk, and the words before it that spell it',
  emits:
    'the spelled-out name (typed by its head, the known acronym, or what was found) and the definition; a body before a known acronym joins it',
  overrides: 'candidates inside the spelled-out name (replaced by it); a person that defines an acronym becomes a body',
  refine(reader, { chunk, emitted }) {
    const { ctx } = reader;
    let k = chunk.last + 1;
    if (CLOSING.has(ctx.peek(k)?.text ?? '')) k++;
    const open = ctx.peek(k);
    const acronym = ctx.peek(k + 1);
    const close = ctx.peek(k + 2);
    if (open?.text !== '(' || close?.text !== ')' || !acronym) return;
    if (!ACRONYM.test(acronym.text) && !LOOSE_ACRONYM.test(acronym.text)) return;
    const chunkEnd = ctx.at(chunk.last).end;
    let target = emitted?.end === chunkEnd ? emitted : undefined;
    const known = lookupKnown(ctx.knowledge, acronym.text, false);
    const entity = known ? ctx.knowledge.entities.get(known) : undefined;
    if (!target || !spells(acronym.text, target.surface.split(/\s+/))) {
      const start = longFormStart(ctx, chunk.last, acronym.text);
      if (start !== undefined) target = replaceWithLongForm(reader, start, chunk.last, target, entity);
      // "General Staff Main Intelligence Directorate (GRU)": a body's long form before a known acronym is that body.
      else if (entity && target && BODIES.has(target.type) && BODIES.has(entity.type) && target.known === undefined) {
        target.known = entity.id;
        target.type = entity.type;
      }
      // "John Smith (FBI)": brackets that spell nothing before them define nothing.
      else if (!shortNameOf(reader, target, acronym)) return;
    }
    if (!target) return;
    // People are not known by acronyms: a name that defines one is a body.
    if (target.type === 'person') {
      target.type = 'organization';
      target.words = undefined;
    }
    reader.local.set(acronym.text, target);
    reader.out.acronyms.push({ acronym: acronym.text, target });
  },
};

/**
 * "National Communications Agency (Enacom)": a single unusual word in brackets right after a body's
 * name is that body's short name, even when its letters are not the initials.
 */
function shortNameOf(reader: ArticleReader, target: Candidate | undefined, word: Token): boolean {
  if (!target || !BODIES.has(target.type)) return false;
  return !reader.ctx.isCommon(word) && lookupKnown(reader.knowledge, word.text, false) === undefined;
}

/** "Committee on Foreign Investment in the United States (CFIUS)": the spelled-out name replaces what was found inside it. */
function replaceWithLongForm(
  reader: ArticleReader,
  start: number,
  last: number,
  found: Candidate | undefined,
  known: Entity | undefined,
): Candidate {
  const { ctx, out } = reader;
  const from = ctx.at(start).start;
  const to = ctx.at(last).end;
  out.candidates = out.candidates.filter((c) => c.end <= from || c.start >= to);
  out.pending = out.pending.filter((p) => p.token.end <= from || p.token.start >= to);
  out.untyped = out.untyped.filter((u) => u.end <= from || u.start >= to);
  const head = headType(ctx, start, last);
  const foundType = found && !['person', 'country', 'place'].includes(found.type) ? found.type : undefined;
  const words = ctx.tokens
    .slice(start, last + 1)
    .filter((t) => t.cap)
    .map((t) => t.text);
  const fallback = governmental(words) ? 'agency' : 'organization';
  const type = (head !== 'document' ? head : undefined) ?? known?.type ?? foundType ?? fallback;
  if (known && known.type === type) return reader.emit(start, last, type, known.id);
  return reader.emitTyped(start, last, type);
}
