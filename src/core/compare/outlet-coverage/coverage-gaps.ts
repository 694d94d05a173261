import type { CoverageRow } from '../../publish/schemas/analysis/coverage.ts';

/** An entity one outlet alone names, or that every outlet but one names. */
export interface CoverageGap {
  entity: CoverageRow['entity'];
  /** The outlet that alone names it, or the one that leaves it out. */
  outlet: string;
}

export interface CoverageGaps {
  /** Entities only one outlet names ("only in …"), in coverage order; none when the corpus has one outlet. */
  onlyIn: CoverageGap[];
  /** Entities that every outlet but one names ("not in …"), in coverage order; only with three or more outlets. */
  leftOutBy: CoverageGap[];
}

/** What the coverage says one outlet has that the others do not, and the other way round. */
export function coverageGaps(rows: readonly CoverageRow[], outlets: readonly string[]): CoverageGaps {
  const onlyIn: CoverageGap[] = [];
  const leftOutBy: CoverageGap[] = [];
  for (const row of rows) {
    const naming = Object.keys(row.outlets);
    const [only] = naming;
    if (outlets.length >= 2 && naming.length === 1 && only !== undefined)
      onlyIn.push({ entity: row.entity, outlet: only });
    const missing = outlets.filter((o) => !Object.hasOwn(row.outlets, o));
    const [gap] = missing;
    if (outlets.length >= 3 && missing.length === 1 && gap !== undefined)
      leftOutBy.push({ entity: row.entity, outlet: gap });
  }
  return { onlyIn, leftOutBy };
}
