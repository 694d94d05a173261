import type { IgnoredFile } from '../content/article-files.ts';
import { ENTITY_TYPES, type CorpusAnalysis } from '../types.ts';
import { TYPE_LABELS, countLabel } from '../views/type-labels.ts';

/**
 * The summary a build prints at its end: what was read, what was found,
 * and what was left out, so a user with their own story sees at once a file
 * that was skipped or a type that came out empty.
 */
export function buildReport(corpus: CorpusAnalysis, ignored: readonly IgnoredFile[]): string[] {
  const outlets = new Set(corpus.articles.map((a) => a.meta.outlet)).size;
  const mentions = corpus.articles.reduce((n, a) => n + a.mentions.length, 0);
  const byType = ENTITY_TYPES.map((type) => {
    const count = corpus.entities.filter((e) => e.type === type).length;
    return `${TYPE_LABELS[type].plural.toLowerCase()} ${count}`;
  });
  const lines = [
    `${countLabel(corpus.articles.length, 'article')} from ${countLabel(outlets, 'outlet')}; ` +
      `${countLabel(corpus.entities.length, 'entity', 'entities')} (${byType.join(', ')}); ` +
      `${countLabel(mentions, 'mention')} marked`,
  ];
  if (ignored.length === 0) lines.push('ignored files: none');
  else {
    lines.push(`ignored files (${ignored.length}):`);
    for (const file of ignored) lines.push(`  ${file.file}: ${file.reason}`);
  }
  return lines;
}
