import { SingleBar } from 'cli-progress';

/** Where the progress goes: a terminal gets a live bar, anything else (CI, a log file) one closing line. */
export interface ProgressStream {
  isTTY?: boolean | undefined;
  write(text: string): unknown;
}

/** How the analysis went, for the closing line. */
export interface AnalysisSummary {
  articles: number;
  cached: number;
  extracted: number;
  threads: number;
  seconds: number;
}

export interface AnalysisProgress {
  /** `n` more articles done (read from the cache or extracted). */
  advance(n?: number): void;
  /** Ends the bar, if any, and prints the summary line. */
  finish(summary: AnalysisSummary): void;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The closing line, the same with or without a terminal. */
export function summaryLine(s: AnalysisSummary): string {
  const rate = s.seconds > 0 ? ` (${count(Math.round(s.articles / s.seconds))} articles/s)` : '';
  const threads = s.extracted > 0 ? ` on ${s.threads} ${s.threads === 1 ? 'thread' : 'threads'}` : '';
  return `analysis: ${count(s.articles)} articles in ${s.seconds.toFixed(1)} s${rate}: ${count(s.cached)} from the cache, ${count(s.extracted)} extracted${threads}`;
}

/**
 * The analysis step's progress: on a terminal, a bar with the articles done,
 * the rate and the time left (cli-progress); elsewhere nothing until the
 * summary line, so a CI log gets one line however large the corpus.
 */
export function analysisProgress(total: number, stream: ProgressStream = process.stdout): AnalysisProgress {
  const start = performance.now();
  let done = 0;
  const rate = (): string => {
    const seconds = (performance.now() - start) / 1000;
    return seconds > 0 ? count(Math.round(done / seconds)) : '0';
  };
  const bar = stream.isTTY
    ? new SingleBar({
        // cli-progress only needs a stream it can write to and ask whether it is a terminal.
        stream: stream as NodeJS.WriteStream,
        format: 'analysis [{bar}] {value}/{total} articles | {rate} articles/s | {eta_formatted} left',
        hideCursor: false,
        clearOnComplete: true,
        etaBuffer: 200,
      })
    : undefined;
  bar?.start(total, 0, { rate: '0' });
  return {
    advance: (n = 1) => {
      done += n;
      bar?.update(done, { rate: rate() });
    },
    finish: (summary) => {
      bar?.stop();
      stream.write(`${summaryLine(summary)}\n`);
    },
  };
}
