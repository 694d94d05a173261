import { describe, expect, it } from 'vitest';
import { analysisProgress, summaryLine, type ProgressStream } from './analysis-progress.ts';

/** A stream that keeps what is written; `isTTY` says whether it plays a terminal. */
function sink(isTTY: boolean): ProgressStream & { text: () => string } {
  const chunks: string[] = [];
  return {
    isTTY,
    columns: 100,
    write: (chunk: string) => chunks.push(chunk),
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    text: () => chunks.join(''),
  } as ProgressStream & { text: () => string };
}

const summary = { articles: 1200, cached: 1100, extracted: 100, threads: 2, seconds: 4 };

describe('the progress of the analysis', () => {
  it('prints one summary line and nothing else without a terminal (CI)', () => {
    const stream = sink(false);
    const progress = analysisProgress(1200, stream);
    for (let i = 0; i < 1200; i++) progress.advance();
    progress.finish(summary);
    expect(stream.text()).toBe(
      'analysis: 1,200 articles in 4.0 s (300 articles/s): 1,100 from the cache, 100 extracted on 2 threads\n',
    );
  });

  it('shows articles done, the rate and the time left on a terminal, then the summary line', async () => {
    const stream = sink(true);
    const progress = analysisProgress(1200, stream);
    // An update redraws the bar at once when the last redraw is 0.2 s old (cli-progress at 10 fps).
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress.advance(600);
    const bar = stream.text();
    expect(bar).toMatch(/600\/1200 articles \| [\d,]+ articles\/s \| .+ left/);
    progress.finish(summary);
    expect(stream.text().endsWith(`${summaryLine(summary)}\n`)).toBe(true);
  });

  it('names no threads when nothing was extracted', () => {
    expect(summaryLine({ articles: 4, cached: 4, extracted: 0, threads: 0, seconds: 0.5 })).toBe(
      'analysis: 4 articles in 0.5 s (8 articles/s): 4 from the cache, 0 extracted',
    );
  });
});
