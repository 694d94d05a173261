import type { AstroIntegration } from 'astro';
import { buildReport } from '../core/analyze/build-report.ts';
import type { UnmarkedName } from '../core/analyze/unmarked-names.ts';
import type { IgnoredFile } from '../core/content/article-files.ts';
import type { CorpusAnalysis } from '../core/types.ts';

/** What the report reads: the build's analysis, the files it skipped and the names it left unmarked, handed in by the config. */
export interface BuildReportSource {
  corpus: () => CorpusAnalysis;
  ignored: () => IgnoredFile[];
  unmarked: () => UnmarkedName[];
}

/** Prints the build report (`buildReport`) once the site is written. */
export function buildReportIntegration(source: BuildReportSource): AstroIntegration {
  return {
    name: 'newsroom:build-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const line of buildReport(source.corpus(), source.ignored(), source.unmarked())) logger.info(line);
      },
    },
  };
}
