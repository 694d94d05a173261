import { createHash } from 'node:crypto';
import { diffArrays } from 'diff';
import type { Quote } from '../../publish/schemas/analysis/quotes.ts';
import type { EntityId } from '../../types.ts';
import type { ArticleQuote } from './article-quotes.ts';
import { overlapPairs } from './overlap-pairs.ts';
import { foldedWords, sameWording } from './quote-words.ts';

/** Share of the shorter quotation's words that must recur, in order, in the other for both to be one quotation. */
const SAME_QUOTE = 0.75;
/** Within one article, a repeated quotation must be almost word for word. */
const SAME_QUOTE_IN_ARTICLE = 0.9;
/** Fewest shared words for two quotations to be one. */
const MIN_SHARED_WORDS = 4;

/** Words the two have in common, in order (a longest common subsequence, from jsdiff). */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  return diffArrays(a as string[], b as string[]).reduce(
    (n, part) => (part.added || part.removed ? n : n + part.count),
    0,
  );
}

/** Cheap bound before the diff: the share of the smaller word set found in the other. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return small.size === 0 ? 0 : n / small.size;
}

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  while (parent[i] !== root) {
    const next = parent[i] ?? root;
    parent[i] = root;
    i = next;
  }
  return root;
}

/**
 * Groups the same quotation across outlets into one item: two quotations are
 * one when most of the shorter one's words recur in order in the other (a
 * changed word, a British spelling, a dropped clause or sentence, other
 * quotation marks). Items are in order of their first occurrence; `quotes`
 * must be in corpus order.
 */
export function groupQuotes(quotes: readonly ArticleQuote[]): Quote[] {
  const words = quotes.map((q) => foldedWords(q.text));
  const sets = words.map((w) => new Set(w));
  const parent = quotes.map((_, i) => i);
  // Only pairs whose overlap can reach the lower bar: every other pair fails the first test below.
  for (const [i, j] of overlapPairs(sets, Math.min(SAME_QUOTE, SAME_QUOTE_IN_ARTICLE))) {
    const a = words[i] ?? [];
    const b = words[j] ?? [];
    const bar = quotes[i]?.article === quotes[j]?.article ? SAME_QUOTE_IN_ARTICLE : SAME_QUOTE;
    if (overlap(sets[i] ?? new Set(), sets[j] ?? new Set()) < bar) continue;
    const shared = sharedWords(a, b);
    if (shared >= MIN_SHARED_WORDS && shared / Math.min(a.length, b.length) >= bar) {
      parent[find(parent, j)] = find(parent, i);
    }
  }
  const groups = new Map<number, ArticleQuote[]>();
  quotes.forEach((q, i) => {
    const root = find(parent, i);
    const group = groups.get(root);
    if (group) group.push(q);
    else groups.set(root, [q]);
  });

  const seen = new Map<string, number>();
  return [...groups.values()].map((occurrences) => {
    const wording = representative(occurrences);
    const speaker = groupSpeaker(occurrences);
    const base = `q-${createHash('sha256').update(foldedWords(wording.text).join(' ')).digest('hex').slice(0, 12)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      text: wording.text,
      speaker: speaker.entities[0] ?? null,
      speakerName: speaker.name,
      ...(speaker.entities.length > 1 ? { speakers: speaker.entities } : {}),
      occurrences: occurrences.map((o) => ({
        article: o.article,
        sentence: o.sentence,
        start: o.start,
        end: o.end,
        exact: sameWording(o.text, wording.text),
      })),
    };
  });
}

/** The wording most outlets carry; on a tie the longest, then the first. */
function representative(occurrences: readonly ArticleQuote[]): ArticleQuote {
  const key = (q: ArticleQuote): string => foldedWords(q.text).join(' ');
  const counts = new Map<string, number>();
  for (const q of occurrences) counts.set(key(q), (counts.get(key(q)) ?? 0) + 1);
  let best = occurrences[0] as ArticleQuote;
  for (const q of occurrences) {
    const diff = (counts.get(key(q)) ?? 0) - (counts.get(key(best)) ?? 0);
    if (diff > 0 || (diff === 0 && key(q).length > key(best).length)) best = q;
  }
  return best;
}

/**
 * How much an attribution rule's word counts when the outlets disagree: a
 * reporting verb next to the quotation is surer than one further off in the
 * sentence, which is surer than a neighbouring sentence's speaker.
 */
const RULE_WEIGHT: Record<string, number> = {
  'after the quotation': 3,
  'before the quotation': 3,
  'partial quote in the sentence': 2,
  'sentence after, pointing back': 2,
  'sentence after, same paragraph': 1,
  'sentence before': 1,
  'sentence after': 1,
};

/**
 * One speaker for the item: the speaker the occurrences' attributions weigh
 * most for (an unnamed source is a candidate like a name; on a tie a name,
 * then the first occurrence's, wins), else unattributed.
 */
function groupSpeaker(occurrences: readonly ArticleQuote[]): { entities: EntityId[]; name: string | null } {
  const votes = new Map<string, { weight: number; speaker: ArticleQuote['speaker'] }>();
  for (const q of occurrences) {
    if (q.speaker.name === null) continue;
    const key = q.speaker.entities.length > 0 ? q.speaker.entities.join('+') : '(unnamed)';
    const vote = votes.get(key) ?? { weight: 0, speaker: q.speaker };
    // A name written where the words are attributed counts double: a pronoun may be resolved wrongly.
    vote.weight += (RULE_WEIGHT[q.rule ?? ''] ?? 1) * (q.speaker.explicit ? 2 : 1);
    votes.set(key, vote);
  }
  let best: { weight: number; speaker: ArticleQuote['speaker'] } | undefined;
  for (const vote of votes.values()) {
    const named = vote.speaker.entities.length > 0 && best?.speaker.entities.length === 0;
    if (!best || vote.weight > best.weight || (vote.weight === best.weight && named)) best = vote;
  }
  return best?.speaker ?? { entities: [], name: null };
}
