import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/core/content/content-error.ts';
import { parseKnowledgeFile } from '../../src/core/knowledge/parse-knowledge-file.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';

const FILE = 'content/knowledge/extra.yaml';

describe('parseKnowledgeFile', () => {
  it('names the entry and its line, not a schema path', () => {
    const text = [
      'entities:',
      '  - name: Harbour Bureau',
      '    type: agency',
      '  - name: Kestrel Labs',
      '    type: company',
      '    aliases: [Kestrel]',
      '  - type: group',
      '    aliases: [Blue Finch]',
    ].join('\n');
    const result = parseKnowledgeFile(FILE, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = formatProblems(result.problems).split('\n').slice(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ {2}content\/knowledge\/extra\.yaml:5: entity "Kestrel Labs": type: /);
    expect(lines[1]).toMatch(/^ {2}content\/knowledge\/extra\.yaml:7: entity number 3: name: /);
    for (const line of lines) expect(line).not.toMatch(/entities\.\d/);
  });

  it('reports a YAML syntax error with its line', () => {
    const result = parseKnowledgeFile(FILE, 'entities:\n  - name: A\n    type: [agency\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.file).toMatch(/^content\/knowledge\/extra\.yaml:\d+$/);
  });

  it('accepts an entry with only a name and a type', () => {
    const result = parseKnowledgeFile(FILE, 'entities:\n  - name: Harbour Bureau\n    type: agency\n');
    expect(result).toEqual({
      ok: true,
      data: {
        countryAliases: {},
        demonyms: {},
        adjectives: [],
        entities: [{ name: 'Harbour Bureau', type: 'agency', aliases: [], formerly: [] }],
      },
    });
  });
});

describe('renamed bodies', () => {
  it('keeps a former name as its own entity with the current name as an alias', () => {
    const knowledge = loadKnowledge();
    const id = knowledge.names.get('Twitter')?.[0];
    const twitter = id === undefined ? undefined : knowledge.entities.get(id);
    expect(twitter?.name).toBe('Twitter');
    expect(twitter?.aliases).toContain('X Corp');
    // The current name is not matched as the old one.
    expect(knowledge.names.get('X Corp')).not.toContain(twitter?.id);
  });
});
