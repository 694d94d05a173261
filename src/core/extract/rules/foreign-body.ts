import type { EntityId } from '../../types.ts';
import { datelineCountry } from '../dateline.ts';
import type { ArticleRefiner } from './rule.ts';
import {} from '../../ids.ts';

/**
 * A national body known by a name other countries share ("National Cyber
 * Security Centre") is that country's only in an article that names the
 * country; elsewhere it is a body of its own, found by its name.
 */
export const foreignBody: ArticleRefiner = {
  stage: 'article',
  name: 'foreign-body',
  reads: 'known bodies with a country, and the countries the article names (by name, demonym or dateline)',
  emits: 'nothing',
  overrides: 'the knowledge link of such a body when its country is not named (it becomes a body of its own)',
  refine(reader) {
    const { candidates } = reader.out;
    const dateline = datelineCountry(reader);
    const named = new Set<EntityId>([
      ...reader.countries,
      ...(dateline ? [dateline] : []),
      ...candidates.flatMap((c) => (c.type === 'country' && c.known ? [c.known] : [])),
    ]);
    for (const c of candidates) {
      const country = c.known ? reader.knowledge.entities.get(c.known)?.country : undefined;
      if (country && !named.has(country)) {
        c.known = undefined;
        c.unlinked = true;
      }
    }
  },
};
