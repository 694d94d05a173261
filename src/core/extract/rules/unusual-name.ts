import type { NameRule } from './rule.ts';

/**
 * "Huaying Haitai": unknown words that only look like a person's name. The
 * candidate is kept only if the corpus confirms the person elsewhere (a
 * title, a role, a given name, speech).
 */
export const unusualName: NameRule = {
  stage: 'name',
  name: 'unusual-name',
  reads: 'a short name whose last word is no ordinary word',
  emits: 'an unconfirmed person',
  overrides: 'nothing',
  type(reader, span) {
    if (!span.looksLikeName || reader.ctx.isCommon(span.last)) return undefined;
    const candidate = reader.person(span.i, span.j);
    if (candidate) candidate.unconfirmed = true;
    return candidate ?? null;
  },
};
