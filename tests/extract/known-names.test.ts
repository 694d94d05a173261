import { describe, expect, it } from 'vitest';
import { lookupKnown, mayStartKnownName, spellingVariant } from '../../src/core/extract/known-names.ts';
import { asEntityId } from '../../src/core/ids.ts';
import type { Knowledge } from '../../src/core/knowledge/knowledge.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';

const knowledge = loadKnowledge();

/** The loaded knowledge with a few made-up names added, spelt one way only. */
function withNames(names: Record<string, string>): Knowledge {
  const all = new Map(knowledge.names);
  for (const [key, id] of Object.entries(names)) all.set(key, [asEntityId(id)]);
  return { ...knowledge, names: all };
}

describe('spelling variants of known names', () => {
  it('folds British spellings to American ones, any word in -isation included', () => {
    expect(spellingVariant('Harbour Privatisation Board')).toBe('Harbor Privatization Board');
    expect(spellingVariant('National Theatre')).toBe('National Theater');
    // Words that merely end like a variant stay as they are.
    expect(spellingVariant('Four Hour Tour')).toBe('Four Hour Tour');
  });

  it('finds a known name spelt the other way, in either direction', () => {
    expect(lookupKnown(knowledge, 'International Labor Organization', false)).toBe('international-labour-organization');
    expect(lookupKnown(knowledge, 'Australian Labour Party', false)).toBe('australian-labor-party');
    const made = withNames({ 'Regional Stabilization Mission': 'stab-mission', 'Harbour Board of Veltra': 'veltra' });
    expect(lookupKnown(made, 'Regional Stabilisation Mission', false)).toBe('stab-mission');
    expect(lookupKnown(made, 'Harbor Board of Veltra', false)).toBe('veltra');
  });

  it('keeps a name known as spelt before its variant: Labour Party and Labor Party are two parties', () => {
    expect(lookupKnown(knowledge, 'Labour Party', false)).toBe('labour-party');
    expect(lookupKnown(knowledge, 'Labor Party', false)).toBe('australian-labor-party');
  });

  it('lets a first word in either spelling start a known name', () => {
    const made = withNames({ 'Stabilization Force': 'stab-force', 'Neighbourhood Watch Council': 'nwc' });
    expect(mayStartKnownName(made, 'Stabilisation')).toBe(true);
    expect(mayStartKnownName(made, 'Stabilization')).toBe(true);
    expect(mayStartKnownName(made, 'Neighborhood')).toBe(true);
    expect(mayStartKnownName(made, 'Zorblatt')).toBe(false);
  });

  it('leaves an unknown name unknown', () => {
    expect(lookupKnown(knowledge, 'Grand Harbour Rowing Club', false)).toBeUndefined();
  });
});
