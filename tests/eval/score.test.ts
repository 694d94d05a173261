import { describe, expect, it } from 'vitest';
import { alignEntities } from '../../src/core/eval/align.ts';
import { contextAround } from '../../src/core/eval/context.ts';
import { prf } from '../../src/core/eval/metrics.ts';
import { score, type ScoringArticle } from '../../src/core/eval/score.ts';
import type { EntityType, Mention } from '../../src/core/types.ts';
import { asEntityId } from '../../src/core/ids.ts';

const TEXT = 'China and the US met. Zhu Hua said Zhu was in Beijing.\n\nThe US and China agreed.';

/** The `nth` occurrence of `surface` in TEXT as a mention. */
function at(surface: string, type: EntityType, entity: string, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = TEXT.indexOf(surface, start + 1);
  if (start === -1) throw new Error(`no ${surface} #${nth}`);
  return { start, end: start + surface.length, surface, type, entity: asEntityId(entity) };
}

const GOLD: Mention[] = [
  at('China', 'country', 'china'),
  at('US', 'country', 'united-states'),
  at('Zhu Hua', 'person', 'zhu-hua'),
  at('Zhu', 'person', 'zhu-hua', 1),
  at('Beijing', 'place', 'beijing'),
  at('US', 'country', 'united-states', 1),
  at('China', 'country', 'china', 1),
];

function one(system: Mention[], gold: Mention[] = GOLD): ScoringArticle[] {
  return [{ slug: 'a', text: TEXT, gold, system }];
}

describe('prf', () => {
  it('computes precision, recall and F1 and handles empty sides', () => {
    expect(prf(3, 4, 6)).toEqual({ tp: 3, fp: 1, fn: 3, precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf(0, 0, 5)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('alignEntities', () => {
  it('picks the gold entity with the most shared spans, ties alphabetically, across articles', () => {
    const g = (s: number, id: string): Mention => ({
      start: s,
      end: s + 1,
      surface: 'x',
      type: 'person',
      entity: asEntityId(id),
    });
    const alignment = alignEntities([
      { gold: [g(0, 'bravo'), g(2, 'alpha'), g(4, 'zulu')], system: [g(0, 's'), g(2, 's'), g(4, 't'), g(9, 'u')] },
      { gold: [g(0, 'bravo'), g(2, 'zulu')], system: [g(0, 's'), g(2, 't')] },
    ]);
    expect(alignment.get('s')).toBe('bravo');
    expect(alignment.get('t')).toBe('zulu');
    expect(alignment.get('u')).toBeNull();
    const tie = alignEntities([{ gold: [g(0, 'zulu'), g(2, 'mike')], system: [g(0, 's'), g(2, 's')] }]);
    expect(tie.get('s')).toBe('mike');
  });
});

describe('score', () => {
  it('gives a perfect score to a perfect system whatever its ids are called', () => {
    const system = GOLD.map((m) => ({ ...m, entity: asEntityId(`sys-${m.entity}`) }));
    const result = score(one(system));
    expect(result.overall.mention).toMatchObject({ tp: 7, fp: 0, fn: 0, f1: 1 });
    expect(result.overall.entity).toMatchObject({ tp: 4, fp: 0, fn: 0, f1: 1 });
    expect(result.overall.mentionRecall).toEqual({ found: 7, gold: 7, recall: 1 });
    expect(result.alignment['sys-china']).toBe('china');
    expect(result.errors).toEqual([]);
  });

  it('penalises merging two gold entities into one', () => {
    const merged = GOLD.map((m) => (m.type === 'country' ? { ...m, entity: asEntityId('x') } : m));
    const result = score(one(merged));
    // "x" shares two spans with china and two with united-states: the tie goes to china.
    expect(result.alignment['x']).toBe('china');
    expect(result.byType.country?.mention).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5 });
    expect(result.byType.country?.entity).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(result.byType.country?.mentionRecall.recall).toBe(1);
    expect(result.overall.entity).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(result.entityErrors).toEqual([
      { kind: 'fn', article: 'a', entity: 'united-states', type: 'country', aligned: true },
    ]);
    const fp = result.errors.filter((e) => e.kind === 'fp');
    expect(fp.map((e) => [e.start, e.reason])).toEqual([
      [14, 'aligned to china, gold entity is united-states'],
      [60, 'aligned to china, gold entity is united-states'],
    ]);
  });

  it('does not penalise a split entity whose parts align to the same gold entity', () => {
    const split = GOLD.map((m) => (m.surface === 'Zhu' ? { ...m, entity: asEntityId('zhu') } : m));
    const result = score(one(split));
    expect(result.alignment['zhu']).toBe('zhu-hua');
    expect(result.overall.mention.f1).toBe(1);
    expect(result.byType.person?.entity).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a wrong type against both types and against mention recall', () => {
    const wrong = GOLD.map((m) => (m.surface === 'Beijing' ? { ...m, type: 'country' as const } : m));
    const result = score(one(wrong));
    expect(result.byType.country?.mention).toMatchObject({ tp: 4, fp: 1, fn: 0 });
    expect(result.byType.place?.mention).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(result.byType.place?.mentionRecall).toEqual({ found: 0, gold: 1, recall: 0 });
    expect(result.byType.country?.entity).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(result.byType.place?.entity).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(result.errors.map((e) => `${e.kind} ${e.surface} ${e.reason}`)).toEqual([
      'fp Beijing gold type is place',
      'fn Beijing system type is country',
    ]);
  });

  it('credits mention recall but not mention F1 when the span and type are right but the link is wrong', () => {
    const system = GOLD.map((m) => (m.surface === 'Zhu' ? { ...m, entity: asEntityId('china') } : m));
    const result = score(one(system));
    // "china" still aligns to china (two spans against one), so the Zhu mention is linked wrongly.
    expect(result.byType.person?.mention).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.byType.person?.mentionRecall).toEqual({ found: 2, gold: 2, recall: 1 });
    expect(result.overall.mentionRecall.recall).toBe(1);
  });

  it('does not give partial credit for a wrong span, and explains it', () => {
    const system = GOLD.filter((m) => m.surface !== 'Zhu Hua').concat(at('Zhu Hua said', 'person', 'zhu-hua'));
    const result = score(one(system));
    expect(result.byType.person?.mention).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.byType.person?.mentionRecall.recall).toBe(0.5);
    expect(result.errors.find((e) => e.kind === 'fn')?.reason).toBe('system span is "Zhu Hua said" (person)');
    expect(result.errors.find((e) => e.kind === 'fp')?.reason).toBe('gold span is "Zhu Hua" (person)');
  });

  it('counts entities per article and keeps unaligned system entities apart', () => {
    const articles: ScoringArticle[] = [
      { slug: 'a', text: TEXT, gold: GOLD, system: GOLD },
      {
        slug: 'b',
        text: TEXT,
        gold: GOLD.slice(0, 2),
        system: [...GOLD.slice(0, 1), at('met', 'organization', 'met-inc')],
      },
    ];
    const result = score(articles);
    expect(result.overall.entity).toMatchObject({ tp: 5, fp: 1, fn: 1 });
    expect(result.alignment['met-inc']).toBeNull();
    expect(result.entityErrors).toEqual([
      { kind: 'fp', article: 'b', entity: 'met-inc', type: 'organization', aligned: false },
      { kind: 'fn', article: 'b', entity: 'united-states', type: 'country', aligned: true },
    ]);
    expect(result.byType.organization?.entity).toMatchObject({ precision: 0, recall: 0 });
  });

  it('scores a silent system as zero', () => {
    const result = score(one([]));
    expect(result.overall.mention).toMatchObject({ tp: 0, fp: 0, fn: 7, precision: 0, recall: 0, f1: 0 });
    expect(result.overall.entity.f1).toBe(0);
    expect(result.errors).toHaveLength(7);
    expect(result.errors[0]).toMatchObject({
      kind: 'fn',
      surface: 'China',
      reason: 'missed',
      context: '[China] and the US met. Zhu Hua…',
    });
  });
});

describe('contextAround', () => {
  it('keeps to the paragraph and brackets the span', () => {
    const start = TEXT.indexOf('Beijing');
    expect(contextAround(TEXT, start, start + 7, 3)).toBe('…Zhu was in [Beijing].');
    const second = TEXT.lastIndexOf('US');
    expect(contextAround(TEXT, second, second + 2, 3)).toBe('The [US] and China agreed.');
  });
});
