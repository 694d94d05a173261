import Fuse from 'fuse.js/basic';

/** A dictionary term that a query word stands for, and how well it matches (0‥1]. */
export interface Expansion {
  term: number;
  quality: number;
}

/** Terms one query word may expand to: bounds how many postings shards a word can pull in. */
export const MAX_EXPANSIONS = 6;

// The loosest ratio of edits to word length that maxErrors allows (2 of 6);
// Fuse's score with ignoreLocation is exactly that ratio, so this threshold
// lets Fuse drop everything maxErrors would drop anyway.
const THRESHOLD = 0.34;

/**
 * Typos forgiven by word length: none in short words or numbers (`spy`
 * must not become `sky`, `2018` not `2017`), one in 4–5 letters, two up to
 * nine (`espoinage`), three beyond (`Rosenstien` needs two).
 */
export function maxErrors(word: string): number {
  if (/\p{N}/u.test(word) || word.length <= 3) return 0;
  if (word.length <= 5) return 1;
  if (word.length <= 9) return 2;
  return 3;
}

/**
 * The term dictionary with a Fuse index over it. Each entry is one
 * normalised word of at most 32 characters, so each is matched by a single
 * Bitap pass. We set `ignoreLocation`: with Fuse's defaults (location 0,
 * distance 100, threshold 0.6) a match starting k characters into the text
 * costs k/100 more, so matches past ~60 characters of a field are never
 * found; for single words position carries no meaning, and with
 * `ignoreLocation` (and `ignoreFieldNorm`) the score is exactly
 * edits / word length, which maxErrors can read back.
 */
export class Dictionary {
  readonly terms: readonly string[];
  readonly df: readonly number[];
  private readonly ids: Map<string, number>;
  private readonly fuse: Fuse<string>;

  constructor(terms: readonly string[], df: readonly number[]) {
    this.terms = terms;
    this.df = df;
    this.ids = new Map(terms.map((term, id) => [term, id]));
    this.fuse = new Fuse(terms, {
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: THRESHOLD,
    });
  }

  /** The id of a term, when the dictionary has it exactly. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /**
   * The best terms for a normalised query word, best first: the word itself,
   * words containing it (`hack` → `hackers`), and, only when the word is not
   * in the dictionary, misspellings within maxErrors (`espoinage` →
   * `espionage`). Quality is (1 − edits / length) × √(shorter / longer
   * length), halved for a match inside a word rather than at its start.
   */
  expand(word: string): Expansion[] {
    const allowed = this.ids.has(word) ? 0 : maxErrors(word);
    const found: Expansion[] = [];
    for (const result of this.fuse.search(word)) {
      const term = result.item;
      const errors = Math.round((result.score ?? 1) * word.length);
      if (errors > allowed) continue;
      const inside = errors === 0 && term !== word && !term.startsWith(word);
      // A short word inside a longer one is mostly chance (`eu` in `neutral`).
      if (inside && word.length <= 3) continue;
      const lengthRatio = Math.sqrt(Math.min(word.length, term.length) / Math.max(word.length, term.length));
      const quality = (1 - errors / word.length) * lengthRatio * (inside ? 0.5 : 1);
      found.push({ term: result.refIndex, quality });
    }
    return found
      .sort((a, b) => b.quality - a.quality || (this.df[b.term] ?? 0) - (this.df[a.term] ?? 0) || a.term - b.term)
      .slice(0, MAX_EXPANSIONS);
  }
}
