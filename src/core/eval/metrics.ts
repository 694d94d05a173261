/** Precision, recall and F1 with the counts they come from. */
export interface Prf {
  /** Items the system got right. */
  tp: number;
  /** Items the system produced that are wrong. */
  fp: number;
  /** Gold items the system did not get right. */
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * P/R/F1 from a count of correct items, system items and gold items. An
 * empty side scores 1 only when the other side is empty too, so a system
 * that says nothing gets no credit for precision.
 */
export function prf(tp: number, system: number, gold: number): Prf {
  const precision = system > 0 ? tp / system : gold === 0 ? 1 : 0;
  const recall = gold > 0 ? tp / gold : system === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp: system - tp, fn: gold - tp, precision, recall, f1 };
}

/** Share of gold items found, whatever else the system produced. */
export interface Recall {
  found: number;
  gold: number;
  recall: number;
}

export function recallOf(found: number, gold: number): Recall {
  return { found, gold, recall: gold > 0 ? found / gold : 1 };
}
