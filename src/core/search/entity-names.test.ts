import { describe, expect, it } from 'vitest';
import { EntityNames } from './entity-names.ts';
import type { EntityRecord } from './format.ts';

const records: EntityRecord[] = [
  ['ministry-of-state-security', 'Ministry of State Security', 'agency', ['MSS'], 3],
  ['state', 'State', 'place', [], 1],
  ['zhu-hua', 'Zhu Hua', 'person', ['Zhu'], 4],
];
const names = new EntityNames(records, new Set(['of', 'the']));
const all = () => true;

describe('EntityNames.runs', () => {
  it('finds the longest run of joined query words that names an entity, also by alias', () => {
    expect(names.runs(['ministry', 'state', 'security', 'hackers'], all)).toEqual([
      { words: [0, 1, 2], entities: [0] },
    ]);
    expect(names.runs(['mss', 'zhu', 'hua'], all)).toEqual([
      { words: [0], entities: [0] },
      { words: [1, 2], entities: [2] },
    ]);
  });

  it('needs the words of a run to be typed together', () => {
    expect(names.runs(['zhu', 'hua'], (i) => i !== 1)).toEqual([{ words: [0], entities: [2] }]);
    expect(names.runs(['state', 'security'], all)).toEqual([{ words: [0], entities: [1] }]);
  });
});
