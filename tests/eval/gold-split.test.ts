import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADDED_TO_TUNE, splitUnseen } from '../../src/core/eval/split-unseen.ts';

const list = (set: string): string[] =>
  readdirSync(`tests/gold/${set}`)
    .filter((f) => f.endsWith('.md'))
    .sort();

const added: ReadonlySet<string> = new Set(ADDED_TO_TUNE);

describe('unseen gold split', () => {
  it('is the recorded seeded split of all pooled unseen articles', () => {
    const tune = list('tune').filter((f) => !added.has(f));
    const heldout = list('heldout');
    expect(splitUnseen([...tune, ...heldout])).toEqual({ tune, heldout });
  });

  it('keeps every article added after the split in tune and none in heldout', () => {
    expect(added.size).toBe(ADDED_TO_TUNE.length);
    const tune = new Set(list('tune'));
    expect(ADDED_TO_TUNE.filter((f) => !tune.has(f))).toEqual([]);
    expect(list('heldout').filter((f) => added.has(f))).toEqual([]);
  });

  it('holds at least ten pooled unseen articles', () => {
    expect(list('tune').filter((f) => !added.has(f)).length + list('heldout').length).toBeGreaterThanOrEqual(10);
  });
});
