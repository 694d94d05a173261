import { describe, expect, it } from 'vitest';
import { placeLabels, wrapLabel, type Box } from '../../src/core/compare/svg/place-labels.ts';

const dot: Box = { x0: -5, y0: -5, x1: 5, y1: 5 };

describe('wrapLabel', () => {
  it.each([
    ['China', ['China']],
    ['Center for Strategic and International Studies', ['Center for Strategic and', 'International Studies']],
    ['Supercalifragilisticexpialidocious', ['Supercalifragilisticexpialidocious']],
  ])('%s', (text, lines) => {
    expect(wrapLabel(text, 20)).toEqual(lines);
  });
});

describe('placeLabels', () => {
  it('puts a label right of its shape when that is free, then elsewhere, and never over another', () => {
    const requests = [
      { lines: ['Alpha'], x: 100, y: 100, shape: dot, fontSize: 10 },
      { lines: ['Beta'], x: 100, y: 106, shape: dot, fontSize: 10 },
    ];
    const [first, second] = placeLabels(requests, [
      { x0: 95, y0: 95, x1: 105, y1: 105 },
      { x0: 95, y0: 101, x1: 105, y1: 111 },
    ]);
    expect(first?.anchor).toBe('start');
    expect(first?.x).toBe(107);
    expect(second).toBeDefined();
    expect(second?.anchor).not.toBe('start');
    const [a, b] = [first?.box, second?.box];
    if (!a || !b) throw new Error('both placed');
    expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
  });

  it('centres a label on its point where nothing covers it, and leaves out one that fits nowhere', () => {
    const bounds = { x0: 0, y0: 0, x1: 40, y1: 20 };
    const [centred, crowded] = placeLabels(
      [
        { lines: ['12'], x: 20, y: 10, shape: { x0: -1, y0: -1, x1: 1, y1: 1 }, fontSize: 10 },
        { lines: ['a long label'], x: 20, y: 10, shape: dot, fontSize: 10 },
      ],
      [],
      bounds,
    );
    expect(centred?.anchor).toBe('middle');
    expect(centred?.x).toBe(20);
    expect(crowded).toBeUndefined();
  });
});
