import type { Compared } from './same-thing.ts';

/** How many context words name what a discrepancy is about. */
const WORDS = 3;
/** Stems of the verbs of reporting, which every news sentence has and which say nothing of what is counted. */
const REPORTING = new Set(['said', 'say', 'tell', 'told', 'report', 'expect', 'accord', 'includ', 'ad']);

const list = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;

/**
 * What a discrepancy is about, in words: what its quantities count (their
 * nouns as written, the commonest first: "allies or countries"; "sums in
 * USD"; "percentages"), and the words their sentences share, the rarest
 * and nearest first ("… in sentences about condemn, China and United States").
 */
export function describeDiscrepancy(
  members: readonly Compared[],
  idf: (key: string) => number,
  names: ReadonlyMap<string, string>,
): string {
  const first = members[0]?.found;
  if (!first) return 'quantities';
  const subject =
    first.kind === 'money'
      ? `sums in ${first.quantity.unit ?? 'one currency'}`
      : first.kind === 'percent'
        ? 'percentages'
        : nounsOf(members);
  // A word names the thing when it stands near the number in two sentences at least: rank by its second-best weight.
  const weights = new Map<string, number[]>();
  for (const m of members)
    for (const [key, w] of m.context)
      if (!REPORTING.has(key)) weights.set(key, [...(weights.get(key) ?? []), w * idf(key)]);
  const secondBest = (ws: readonly number[]): number => [...ws].sort((x, y) => y - x)[1] ?? 0;
  const keys = [...weights]
    .map(([key, ws]) => [key, secondBest(ws)] as const)
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, WORDS)
    .map(([key]) => wordOf(key, members, names));
  return keys.length > 0 ? `${subject} in sentences about ${list(keys)}` : subject;
}

function nounsOf(members: readonly Compared[]): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const noun = m.found.quantity.counts?.toLowerCase();
    if (noun) counts.set(noun, (counts.get(noun) ?? 0) + 1);
  }
  const nouns = [...counts].sort((a, b) => b[1] - a[1]).map(([n]) => n);
  return nouns.length > 0 ? nouns.slice(0, 3).join(' or ') : 'counts';
}

/** A context key as a reader would write it: the entity's name, or the word as it stands in the first sentence that has it. */
function wordOf(key: string, members: readonly Compared[], names: ReadonlyMap<string, string>): string {
  if (key.startsWith('@')) return names.get(key.slice(1)) ?? key.slice(1);
  for (const m of members) {
    const token = m.found.tokens.find((t) => t.stem === key);
    if (token) return token.pos === 'PROPN' ? token.text : token.lower;
  }
  return key;
}
