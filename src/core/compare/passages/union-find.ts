/** Disjoint sets over 0…n−1, with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }

  find(x: number): number {
    let at = x;
    while (this.parent[at] !== at) {
      const up = this.parent[at] ?? at;
      this.parent[at] = this.parent[up] ?? up;
      at = this.parent[at] ?? at;
    }
    return at;
  }

  /** Joins the sets of `a` and `b`; returns the root of the joined set. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if ((this.size[ra] ?? 0) < (this.size[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] ?? 0) + (this.size[rb] ?? 0);
    return ra;
  }
}
