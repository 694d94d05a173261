import { cueAfter, cueBefore, listTail, placePreposition, speakerType, speaks } from '../cues.ts';
import { AGENCY_HEADS, LEGISLATURES, ORGANIZATION_HEADS, SHORT_FORM_HEADS, THREAT_ACTOR_CODE } from '../lexicon.ts';
import { isHonorific, isTitleHead } from '../titles.ts';
import { namingCue } from '../naming-cues.ts';
import type { NameRule } from './rule.ts';

const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * A lone capitalised word: a threat-actor code ("APT41") or a chamber
 * ("Parliament") is typed here; any other waits for coreference with the type
 * its context suggests ("said Zhu" → whoever Zhu is; "in Pomerania" → a place).
 */
export const loneWord: NameRule = {
  stage: 'name',
  name: 'lone-word',
  reads: 'a name of one word and the words around it',
  emits:
    'a group for a threat-actor code, an agency for a chamber, nothing for a plural acronym; else a lone word for coreference',
  overrides: 'nothing',
  type(reader, span) {
    if (span.words.length !== 1) return undefined;
    const { ctx } = reader;
    const { i } = span;
    const t = ctx.at(i);
    if (THREAT_ACTOR_CODE.test(t.text)) return reader.emitTyped(i, i, 'group');
    if (/^\p{N}+$/u.test(t.text)) return null;
    // "ATMs", "NGOs", "VPNs": an acronym in the plural is a kind of thing, not one body.
    if (PLURAL_ACRONYM.test(t.text)) return null;
    if (LEGISLATURES.has(t.text)) return reader.emitTyped(i, i, 'agency');
    // A lone head or title word ("the Cabinet", "the Ministry", "the President") is a title-only reference.
    const head = AGENCY_HEADS.has(t.text) || (ORGANIZATION_HEADS.has(t.text) && !SHORT_FORM_HEADS.has(t.text));
    if (head || isTitleHead(t.text) || isHonorific(t.text)) return null;
    // "Spanish-language", "Russian-backed": an adjective, not a name.
    if (ctx.knowledge.adjectives.has(t.text.split('-')[0] ?? '')) return null;
    const cue = namingCue(ctx, i) ?? cueBefore(ctx, i) ?? cueAfter(ctx, i) ?? listTail(ctx, i);
    const fallback = speaks(ctx, i, i)
      ? speakerType(ctx, i)
      : placePreposition(ctx, i) && !ctx.isCommon(t)
        ? 'place'
        : undefined;
    reader.pend(i, { cue: cue ?? fallback });
    return null;
  },
};
