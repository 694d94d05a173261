/**
 * Search queries chosen from the built site's own data, so the search tests hold on any corpus
 * (not only the four seed articles) and still fail when a feature breaks: each query is picked
 * so that a broken operator would show a wrong result. Words are cut with the search's own
 * tokenizer and stop list, so a chosen word is a word the index holds.
 */
import { SEARCH_STOP_WORDS } from '../../src/core/search/stop-words.ts';
import { tokenize } from '../../src/core/search/tokens.ts';
import { maxErrors } from '../../src/core/search/dictionary.ts';
import type { PublishedEntity } from './site-data.ts';

export interface CorpusQueries {
  /** A frequent long word, in lower case, that no other indexed word contains. */
  word: string;
  /** `word` with two inner letters swapped: within the typo allowance of `word` and of no other indexed word. */
  typo: string;
  /** A word found with `word` in some paragraph, and missing from another paragraph that has `word`. */
  companion: string;
  /** Two words adjacent in the text, always with one space between, never found in the reverse order. */
  phrase: [string, string];
  /** The most mentioned group, or the most mentioned entity when there is no group. */
  entity: PublishedEntity;
}

const STOP = new Set(SEARCH_STOP_WORDS);
// Plain lower-case words only: their surface is their term, so a text regex and the index agree.
const PLAIN = /^[a-z]+$/;

/** The queries for a corpus: its articles' text (headline and body) and its published entities. */
export function corpusQueries(texts: readonly string[], entities: readonly PublishedEntity[]): CorpusQueries {
  const paragraphs = texts.flatMap((text) => text.split(/\n\s*\n/u)).filter((p) => p.trim() !== '');
  const terms = paragraphs.map((p) => tokenize(p));
  const vocabulary = new Set(terms.flat().map((t) => t.term));
  for (const entity of entities)
    for (const name of [entity.name, ...entity.aliases]) for (const t of tokenize(name)) vocabulary.add(t.term);
  const inParagraphs = paragraphs.map((_, i) => new Set((terms[i] ?? []).map((t) => t.term)));
  const df = new Map<string, number>();
  for (const set of inParagraphs) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
  const spread = (term: string): number => df.get(term) ?? 0;
  // A word no other indexed word contains has no neighbours (`hacker` in `hackers`) for search to add.
  const joined = `\n${[...vocabulary].join('\n')}\n`;
  const alone = (term: string): boolean => {
    const first = joined.indexOf(term);
    return first >= 0 && joined.indexOf(term, first + 1) < 0;
  };
  const indexed = [...vocabulary].map((term) => ({ term, grams: bigrams(term) }));
  const candidates = [...vocabulary]
    .filter((term) => PLAIN.test(term) && !STOP.has(term) && term.length >= 4 && alone(term))
    .map((term) => ({ term, spread: spread(term) }))
    .sort((a, b) => b.spread - a.spread || a.term.localeCompare(b.term));

  const choice = candidates
    .filter(({ term }) => term.length >= 8 && term.length <= 12)
    .map(({ term }) => ({ term, typo: uniqueTypo(term, indexed) }))
    .find((c): c is { term: string; typo: string } => c.typo !== undefined);
  if (choice === undefined) throw new Error('no long word of the corpus has a typo search could only read as it');
  const word = choice.term;

  const withWord = inParagraphs.filter((set) => set.has(word));
  const companion = candidates
    .filter(({ term }) => term !== word)
    .map(({ term }) => ({ term, together: withWord.filter((set) => set.has(term)).length }))
    .filter(({ together }) => together > 0 && together < withWord.length)
    .sort((a, b) => b.together - a.together || a.term.localeCompare(b.term))[0]?.term;
  if (companion === undefined) throw new Error(`no word both goes with and goes without "${word}"`);

  const entity =
    entities.filter((e) => e.type === 'group').sort((a, b) => b.mentions - a.mentions)[0] ??
    [...entities].sort((a, b) => b.mentions - a.mentions)[0];
  if (entity === undefined) throw new Error('the corpus has no entities');

  return {
    word,
    typo: choice.typo,
    companion,
    phrase: choosePhrase(paragraphs, new Set(candidates.map((c) => c.term))),
    entity,
  };
}

/** The first swap of two different inner letters of `word` that search can only read as `word`. */
function uniqueTypo(word: string, vocabulary: readonly IndexedTerm[]): string | undefined {
  for (let i = 1; i + 2 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const typo = word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    const allowed = maxErrors(typo);
    if (substringDistance(typo, word) > allowed) continue;
    // An edit breaks at most two of the typo's letter pairs: a term sharing fewer cannot be within reach.
    const grams = bigrams(typo);
    const needed = grams.size - 2 * allowed;
    const reachable = ({ term, grams: own }: IndexedTerm): boolean => {
      let shared = 0;
      for (const gram of own) if (grams.has(gram)) shared++;
      return term !== word && shared >= needed && substringDistance(typo, term) <= allowed;
    };
    if (!vocabulary.some(reachable)) return typo;
  }
  return undefined;
}

interface IndexedTerm {
  term: string;
  grams: Set<string>;
}

function bigrams(word: string): Set<string> {
  return new Set(Array.from({ length: Math.max(0, word.length - 1) }, (_, i) => word.slice(i, i + 2)));
}

/** The fewest edits turning `pattern` into some part of `text` (search's fuzzy match finds a word inside a longer one). */
function substringDistance(pattern: string, text: string): number {
  let previous = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return Math.min(...previous);
}

/**
 * The most frequent pair of words that follow each other in the text. Search drops stop words,
 * so pairs are counted over the words it keeps: a pair qualifies only when every time it occurs
 * the two words stand side by side with one space between, and never in the reverse order.
 */
function choosePhrase(paragraphs: readonly string[], usable: ReadonlySet<string>): [string, string] {
  const pairs = new Map<string, { count: number; spaced: boolean }>();
  for (const paragraph of paragraphs) {
    const kept = tokenize(paragraph).filter((t) => !STOP.has(t.term));
    for (let i = 0; i + 1 < kept.length; i++) {
      const [a, b] = [kept[i], kept[i + 1]];
      if (a === undefined || b === undefined) continue;
      const key = `${a.term} ${b.term}`;
      const entry = pairs.get(key) ?? { count: 0, spaced: true };
      entry.count++;
      entry.spaced &&= paragraph.slice(a.end, b.start) === ' ';
      pairs.set(key, entry);
    }
  }
  const best = [...pairs]
    .filter(([key, { spaced }]) => {
      const [a = '', b = ''] = key.split(' ');
      return spaced && a !== b && usable.has(a) && usable.has(b) && !pairs.has(`${b} ${a}`);
    })
    .sort(([ka, a], [kb, b]) => b.count - a.count || ka.localeCompare(kb))[0]?.[0];
  if (best === undefined) throw new Error('no two words of the corpus stand side by side in one order only');
  const [a = '', b = ''] = best.split(' ');
  return [a, b];
}
