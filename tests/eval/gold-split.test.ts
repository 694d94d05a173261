import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitUnseen } from '../../src/core/eval/split-unseen.ts';

const list = (set: string): string[] =>
  readdirSync(`tests/gold/${set}`)
    .filter((f) => f.endsWith('.md'))
    .sort();

describe('unseen gold split', () => {
  it('is the recorded seeded split of all unseen articles', () => {
    const tune = list('tune');
    const heldout = list('heldout');
    expect(splitUnseen([...tune, ...heldout])).toEqual({ tune, heldout });
  });

  it('holds at least ten unseen articles', () => {
    expect(list('tune').length + list('heldout').length).toBeGreaterThanOrEqual(10);
  });
});
