/** What one benchmark measured; the report derives the rates. */
export interface BenchFigures {
  /** Best wall-clock time of the measured runs, in seconds. */
  seconds: number;
  /** How many runs the best was taken from (after the warm-up). */
  runs: number;
  /** Items processed per run and what they are called ("articles", "queries"). */
  items: number;
  itemLabel: string;
  /** Input size per run, in bytes (UTF-8). */
  bytes: number;
  /** Anything else worth printing, e.g. entity and mention counts. */
  extra?: Record<string, number | string>;
}

/**
 * Runs `fn` once to warm up, then `runs` more times, single-threaded, and
 * returns the best time in seconds and the last result.
 */
export function measure<T>(fn: () => T, runs = 3): { seconds: number; runs: number; result: T } {
  let result = fn();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = fn();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return { seconds: best, runs, result };
}

const thousands = (n: number): string => n.toLocaleString('en-US');

/** Prints one benchmark section in the common format (1 KB = 1,000 bytes). */
export function report(name: string, f: BenchFigures): void {
  const rows: [string, string][] = [
    [f.itemLabel, thousands(f.items)],
    ['size', `${(f.bytes / 1e6).toFixed(2)} MB (${thousands(f.bytes)} bytes)`],
    [`best of ${f.runs}`, `${(f.seconds * 1000).toFixed(1)} ms`],
    [
      'throughput',
      `${(f.items / f.seconds).toFixed(1)} ${f.itemLabel}/s, ${(f.bytes / 1e3 / f.seconds).toFixed(1)} KB/s, ${(f.bytes / 1e6 / f.seconds).toFixed(2)} MB/s`,
    ],
    ...Object.entries(f.extra ?? {}).map(([key, value]): [string, string] => [
      key,
      typeof value === 'number' ? thousands(value) : value,
    ]),
  ];
  const width = Math.max(...rows.map(([key]) => key.length));
  console.log(`\n== ${name} ==`);
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
}
