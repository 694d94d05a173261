import type { LighthouseScores } from './lighthouse-bench.ts';

/** A build's wall time and peak resident memory. */
export interface Timed {
  seconds: number;
  peakMb: number;
}

/** What `scripts/bench-build.ts` measures at one corpus size, as it writes it to JSON and `bench-all.ts` reads it. */
export interface BuildFigures {
  articles: number;
  site: Timed;
  plainDefault: Timed;
  plainUnified: Timed;
  incremental: Timed;
  largestPage: { file: string; gzipKb: number };
  /** The published search index (`search-index/`): files, bytes and gzip bytes. */
  searchIndex: { files: number; bytes: number; gzipBytes: number };
  lighthouse: LighthouseScores[];
}
