/**
 * An inverted index from word pairs ("shingles") to the sentences that hold
 * them, built as sentences are read in order, for finding near-duplicates
 * without comparing every pair of sentences.
 *
 * Its cost stays linear in the sentences: a posting list stops growing at
 * `postingCap` entries (a pair as common as "of the" says nothing about
 * copying) and keeps at most `perGroup` sentences of one group (the tenth
 * copy of a wire sentence finds the group through the first copies). A pair
 * that has filled up still finds the sentences it holds.
 */
export class ShingleIndex {
  private readonly postings = new Map<number, number[]>();
  /** Scratch counts per sentence id, zero between calls. */
  private readonly counts: number[] = [];

  constructor(
    private readonly postingCap: number,
    private readonly perGroup: number,
  ) {}

  /**
   * Earlier sentences sharing at least `least(id)` shingles with `shingles`,
   * each with how many it shares, most first (ties in reading order).
   */
  candidates(shingles: readonly number[], least: (id: number) => number): [id: number, shared: number][] {
    const touched: number[] = [];
    for (const s of shingles)
      for (const id of this.postings.get(s) ?? []) {
        if (this.counts[id] === undefined) this.counts[id] = 0;
        if (this.counts[id] === 0) touched.push(id);
        this.counts[id]++;
      }
    const found: [number, number][] = [];
    for (const id of touched) {
      const shared = this.counts[id] ?? 0;
      this.counts[id] = 0;
      if (shared >= least(id)) found.push([id, shared]);
    }
    return found.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  /** Files sentence `id` under each of its shingles; `groupOf` names the group a sentence is in now. */
  add(id: number, shingles: readonly number[], groupOf: (id: number) => number): void {
    const group = groupOf(id);
    for (const s of shingles) {
      let posting = this.postings.get(s);
      if (!posting) this.postings.set(s, (posting = []));
      if (posting.length >= this.postingCap) continue;
      let same = 0;
      for (const other of posting) if (groupOf(other) === group) same++;
      if (same < this.perGroup) posting.push(id);
    }
  }
}

/** The distinct word pairs of a sentence's word keys, each hashed to 32 bits (FNV-1a): a collision only adds a candidate. */
export function shinglesOf(keys: readonly string[]): number[] {
  const out = new Set<number>();
  for (let i = 0; i + 1 < keys.length; i++) out.add(fnv1a(`${keys[i] ?? ''} ${keys[i + 1] ?? ''}`));
  return [...out];
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
