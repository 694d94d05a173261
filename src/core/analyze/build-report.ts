import type { IgnoredFile } from '../content/article-files.ts';
import { ENTITY_TYPES, type CorpusAnalysis } from '../types.ts';
import { TYPE_LABELS, countLabel } from '../views/type-labels.ts';
import type { UnmarkedName } from './unmarked-names.ts';

/** The most unmarked names a report lists; the rest are counted. */
const MAX_UNMARKED = 12;

/**
 * The summary a build prints at its end: what was read, what was found,
 * and what was left out, so a user with their own story sees at once a file
 * that was skipped, a type that came out empty, or a name the story keeps
 * using that nothing marks. One message per entry; the unmarked names come
 * as one message of several lines, so their knowledge-file entries can be
 * copied without a log prefix on each line.
 */
export function buildReport(
  corpus: CorpusAnalysis,
  ignored: readonly IgnoredFile[],
  unmarked: readonly UnmarkedName[],
): string[] {
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
  lines.push(unmarkedSection(unmarked));
  return lines;
}

/** The frequent unmarked names with their counts, then their entries as one block of YAML to copy. */
function unmarkedSection(unmarked: readonly UnmarkedName[]): string {
  if (unmarked.length === 0) return 'unmarked frequent names: none';
  const shown = unmarked.slice(0, MAX_UNMARKED);
  const more = unmarked.length - shown.length;
  return [
    `unmarked frequent names (${unmarked.length}): capitalised, repeated and never marked`,
    ...shown.map((u) => `  ${u.name}: ${countLabel(u.count, 'time')} in ${countLabel(u.articles.length, 'article')}`),
    ...(more > 0 ? [`  … and ${more} more`] : []),
    'To mark one, copy its entry under `entities:` in a file in content/knowledge/, set its type and rebuild:',
    ...shown.map((u) => u.entry),
  ].join('\n');
}
