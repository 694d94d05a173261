import { nameKey } from '../../knowledge/name-key.ts';
import type { EntityType } from '../../types.ts';
import type { ArticleReader } from '../article-reader.ts';
import type { ArticleRefiner } from './rule.ts';

/** What stands between two items of a list: "A, B", "A and B", "A, B, and C", "A or B". */
const LIST_GLUE = /^(?:, |,? and |,? or |; )$/;
const SHARED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'agency', 'group', 'place']);

type Item =
  | { kind: 'candidate'; start: number; end: number; index: number }
  | { kind: 'untyped'; start: number; end: number; index: number }
  | { kind: 'pending'; start: number; end: number; index: number };

/**
 * "charged Zhu Hua, Ould Mohamed, Jana Nováková and Petr Dvořák", "AT&T,
 * Verizon and Kestrel Mobile": the names of one list are of one type. Where
 * the typed members agree, the untyped ones, the people only their look made
 * people, and the lone words take that type.
 */
export const coordination: ArticleRefiner = {
  stage: 'article',
  name: 'coordination',
  reads: 'names joined by commas, "and" or "or" within a sentence, and the types of their typed members',
  emits: 'untyped members of the list, with the type the typed members agree on',
  overrides: 'unconfirmed people (confirmed, or retyped) and the suggested type of lone words in the list',
  refine(reader) {
    const { out, ctx } = reader;
    const items: Item[] = [
      ...out.candidates.map((c, index) => ({ kind: 'candidate' as const, start: c.start, end: c.end, index })),
      ...out.untyped.map((u, index) => ({ kind: 'untyped' as const, start: u.start, end: u.end, index })),
      ...out.pending.map((p, index) => ({ kind: 'pending' as const, start: p.token.start, end: p.token.end, index })),
    ].sort((a, b) => a.start - b.start);
    let list: Item[] = [];
    const flush = (): void => {
      // "… off Porvoo, and Zhu said": two names with a comma before "and" join clauses, not a list.
      const clauses = list.length === 2 && /^, (?:and|or) $/.test(ctx.text.slice(list[0]?.end, list[1]?.start));
      if (list.length >= 2 && !clauses) applyList(reader, list);
      list = [];
    };
    for (const item of items) {
      const previous = list.at(-1);
      if (previous && LIST_GLUE.test(ctx.text.slice(previous.end, item.start))) list.push(item);
      else {
        flush();
        list = [item];
      }
    }
    flush();
  },
};

function applyList(reader: ArticleReader, list: readonly Item[]): void {
  const { out, ctx } = reader;
  const types = new Set<EntityType>();
  for (const item of list)
    if (item.kind === 'candidate') {
      const c = out.candidates[item.index];
      if (c && !c.unconfirmed && c.type !== 'country') types.add(c.type);
    }
  const [type] = types;
  if (types.size !== 1 || type === undefined || !SHARED.has(type)) return;
  const added = new Set<number>();
  for (const item of list) {
    if (item.kind === 'candidate') {
      const c = out.candidates[item.index];
      if (!c?.unconfirmed) continue;
      c.unconfirmed = false;
      if (type !== 'person') {
        c.type = type;
        c.words = undefined;
      }
    } else if (item.kind === 'untyped') {
      const u = out.untyped[item.index];
      if (!u) continue;
      const surface = ctx.text.slice(u.start, u.end);
      const words = type === 'person' ? surface.split(/\s+/).filter((w) => !/^\p{Lu}\.?$/u.test(w)) : undefined;
      out.candidates.push({ start: u.start, end: u.end, surface, type, key: nameKey(surface), words });
      added.add(item.index);
    } else {
      const p = out.pending[item.index];
      if (p && !p.titled && !p.weak && p.cue === undefined) p.cue = type;
    }
  }
  if (added.size > 0) out.untyped = out.untyped.filter((_, i) => !added.has(i));
}
