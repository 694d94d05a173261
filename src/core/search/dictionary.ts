import Fuse from 'fuse.js/basic';

/**
 * How a dictionary term stands for a query word: the word itself; a fallback
 * for a word the dictionary lacks (a typo's correction, or a longer word
 * starting with it); or a neighbour of a word the dictionary has (a longer
 * word containing it), which counts for much less.
 */
export type MatchLevel = 'exact' | 'fallback' | 'neighbour';

/** A dictionary term that a query word stands for, and how well it matches (0‥1]. */
export interface Expansion {
  term: number;
  quality: number;
  level: MatchLevel;
}

/**
 * What a neighbour is worth beside the word itself: `states` for `state`,
 * `traded` for `trade`. A reader who typed a word the corpus has meant that
 * word; its neighbours only order the paragraphs that lack it.
 */
export const NEIGHBOUR_QUALITY = 0.2;

/** Terms one query word may expand to: bounds how many postings shards a word can pull in. */
export const MAX_EXPANSIONS = 6;

// The loosest ratio of edits to word length that maxErrors allows (2 of 6);
// Fuse's score with ignoreLocation is exactly that ratio, so this threshold
// lets Fuse drop everything maxErrors would drop anyway.
const THRESHOLD = 0.34;

/**
 * Typos forgiven by word length: none in short words or numbers (`spy`
 * must not become `sky`, `2018` not `2017`), one in 4–5 letters, two up to
 * twelve (`espoinage`, `Rosenstien`: a swap costs two), three beyond.
 */
export function maxErrors(word: string): number {
  if (/\p{N}/u.test(word) || word.length <= 3) return 0;
  if (word.length <= 5) return 1;
  if (word.length <= 12) return 2;
  return 3;
}

/**
 * The term dictionary and its fuzzy lookup. Each entry is one normalised
 * word of at most 32 characters, so each is matched by a single Bitap pass.
 *
 * Fuse scans every string it is given, about 8 µs a term: 0.9 s a word for
 * the ~100,000 terms of 10,000 real articles. So a lookup first narrows the
 * dictionary with a bigram index (q-gram lemma: an edit destroys at most two
 * of a word's distinct bigrams, so a term within k edits of the word, or
 * containing such a string, shares at least `distinct − 2k` of them), then
 * lets Fuse score only those candidates.
 *
 * We set `ignoreLocation`: with Fuse's defaults (location 0, distance 100,
 * threshold 0.6) a match starting k characters into the text costs k/100
 * more, so matches past ~60 characters of a field are never found; for
 * single words position carries no meaning, and with `ignoreLocation` (and
 * `ignoreFieldNorm`) the score is exactly edits / word length, which
 * maxErrors can read back.
 */
export class Dictionary {
  readonly terms: readonly string[];
  readonly df: readonly number[];
  private readonly grams = new Map<number, number[]>();
  private readonly shared: Uint8Array;

  /** `prefilter: false` makes Fuse scan every term: slower, for checking that the bigram filter loses nothing. */
  constructor(
    terms: readonly string[],
    df: readonly number[],
    private readonly prefilter = true,
  ) {
    this.terms = terms;
    this.df = df;
    terms.forEach((term, id) => {
      for (let i = 0; i + 2 <= term.length; i++) {
        const gram = bigramAt(term, i);
        let list = this.grams.get(gram);
        if (list === undefined) this.grams.set(gram, (list = []));
        // Ids arrive in order, so a repeated bigram of this term is the last entry.
        if (list[list.length - 1] !== id) list.push(id);
      }
    });
    this.shared = new Uint8Array(terms.length);
  }

  /** The id of a term, when the dictionary has it exactly (binary search: the terms are sorted by code unit). */
  id(term: string): number | undefined {
    let [low, high] = [0, this.terms.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.terms[middle] ?? '';
      if (found === term) return middle;
      if (found < term) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /**
   * The best terms for a normalised query word, best first: the word itself,
   * words containing it (`hack` → `hackers`), and, only when the word is not
   * in the dictionary, misspellings within maxErrors (`espoinage` →
   * `espionage`). Of the misspellings, only those with the fewest edits
   * are kept, and among them only the common ones (df at least a tenth of
   * the commonest): a typo most likely stands for a frequent word, so
   * `hakcers` means `hackers`, not `speakers`. Quality is (1 − edits /
   * length) × √(shorter / longer length), halved for a match inside a word
   * rather than at its start; for a word the dictionary has, its neighbours'
   * quality is scaled by NEIGHBOUR_QUALITY.
   */
  expand(word: string): Expansion[] {
    const known = this.id(word) !== undefined;
    const allowed = known ? 0 : maxErrors(word);
    const candidates = this.candidates(word, allowed);
    const fuse = new Fuse(
      candidates.map((id) => this.terms[id] ?? ''),
      {
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        threshold: THRESHOLD,
      },
    );
    const found: (Expansion & { errors: number })[] = [];
    for (const result of fuse.search(word)) {
      const term = result.item;
      const errors = Math.round((result.score ?? 1) * word.length);
      if (errors > allowed) continue;
      // A misspelling stands for a word, not for a longer word around it
      // (`rosenstien` is not a typo inside `prosecution`).
      if (errors > 0 && Math.abs(term.length - word.length) > errors) continue;
      const inside = errors === 0 && term !== word && !term.startsWith(word);
      // A short word inside a longer one is mostly chance (`eu` in `neutral`).
      if (inside && word.length <= 3) continue;
      const lengthRatio = Math.sqrt(Math.min(word.length, term.length) / Math.max(word.length, term.length));
      const level: MatchLevel = term === word ? 'exact' : known ? 'neighbour' : 'fallback';
      const quality =
        (1 - errors / word.length) * lengthRatio * (inside ? 0.5 : 1) * (level === 'neighbour' ? NEIGHBOUR_QUALITY : 1);
      found.push({ term: candidates[result.refIndex] ?? -1, quality, level, errors });
    }
    const df = (e: Expansion) => this.df[e.term] ?? 0;
    const fewest = Math.min(...found.filter((e) => e.errors > 0).map((e) => e.errors));
    const commonest = Math.max(0, ...found.filter((e) => e.errors === fewest).map(df));
    return found
      .filter((e) => e.errors === 0 || (e.errors === fewest && df(e) * 10 >= commonest))
      .map(({ term, quality, level }) => ({ term, quality, level }))
      .sort((a, b) => b.quality - a.quality || (this.df[b.term] ?? 0) - (this.df[a.term] ?? 0) || a.term - b.term)
      .slice(0, MAX_EXPANSIONS);
  }

  /** Term ids that may match `word` within `allowed` edits: those sharing enough of its bigrams. */
  private candidates(word: string, allowed: number): number[] {
    const grams = bigrams(word);
    const needed = grams.size - 2 * allowed;
    // Too short to filter soundly: let Fuse look at everything.
    if (needed < 1 || !this.prefilter) return this.terms.map((_, id) => id);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.grams.get(gram) ?? []) {
        if (this.shared[id] === 0) touched.push(id);
        this.shared[id] = (this.shared[id] ?? 0) + 1;
      }
    }
    const found = touched.filter((id) => (this.shared[id] ?? 0) >= needed).sort((a, b) => a - b);
    for (const id of touched) this.shared[id] = 0;
    return found;
  }
}

/** The distinct two-letter pieces of a word (`hack` → ha, ac, ck), as numbers. */
function bigrams(word: string): Set<number> {
  const grams = new Set<number>();
  for (let i = 0; i + 2 <= word.length; i++) grams.add(bigramAt(word, i));
  return grams;
}

// Two UTF-16 code units in one number: cheaper map keys than two-letter strings.
function bigramAt(word: string, i: number): number {
  return word.charCodeAt(i) * 0x10000 + word.charCodeAt(i + 1);
}
