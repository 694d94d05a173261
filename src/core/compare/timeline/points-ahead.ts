/**
 * Whether a sentence puts the time expression at `[start, end)` ahead of its
 * publication: the tense cue nearest to it (within a few words, before or
 * after) is a future one ("will vote on Friday", "would meet both sides on
 * Thursday", "is due to sign on Monday"). A past cue nearer by ("said on
 * Sunday that it will …"), or none at all, leaves it in the past, as news
 * mostly reports what happened.
 */
export function pointsAhead(sentence: string, start: number, end: number): boolean {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase().replace(/’/g, "'"), at: m.index }));
  const before = words.filter((w) => w.at < start).reverse();
  const after = words.filter((w) => w.at >= end);
  // The expression's own clause first ("The deal, which will be signed on Thursday, was agreed"), then across it.
  const clauseStart = lastBoundary(sentence.slice(0, start));
  const clauseEnd = firstBoundary(sentence, end);
  const tense =
    nearestTense(
      before.filter((w) => w.at >= clauseStart),
      after.filter((w) => w.at < clauseEnd),
    ) ?? nearestTense(before, after);
  return tense === 'future';
}

const WORD = /[\p{L}’']+/gu;
const CLAUSE_MARK = /[,;:()—–]/;

/** Where the clause holding `end` of `text` starts: after the last clause mark. */
function lastBoundary(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_MARK.test(text.charAt(i))) return i + 1;
  return 0;
}

/** Where the clause running on from `from` ends: at the next clause mark. */
function firstBoundary(text: string, from: number): number {
  const rest = text.slice(from).search(CLAUSE_MARK);
  return rest < 0 ? text.length : from + rest;
}

type Word = { word: string; at: number };

/** Alternating outwards, before first at equal distance: the verb governing a time phrase is usually before it. */
function nearestTense(before: readonly Word[], after: readonly Word[]): Tense | null {
  for (let distance = 0; distance < WINDOW; distance++) {
    for (const [side, list] of [
      ['before', before],
      ['after', after],
    ] as const) {
      const cue = tenseAt(list, distance, side);
      if (cue !== null) return cue;
    }
  }
  return null;
}

const WINDOW = 10;

type Tense = 'future' | 'past';

const FUTURE_WORDS = new Set(['will', 'shall', 'would', "won't", "wouldn't", "'ll", 'upcoming', 'scheduled', 'slated']);
/** Future when followed by "to": "due to", "set to", "expected to", "plans to", "is to". */
const FUTURE_BEFORE_TO = new Set([
  'due',
  'set',
  'expected',
  'poised',
  'plans',
  'plan',
  'planned',
  'going',
  'likely',
  'is',
  'are',
  'aims',
  'intends',
  'hopes',
  'ready',
  'preparing',
]);
const PAST_WORDS = new Set([
  'said',
  'told',
  'was',
  'were',
  'had',
  'did',
  'has',
  'have',
  'ago',
  'began',
  'came',
  'went',
  'took',
  'made',
  'met',
  'held',
  'ran',
  'rose',
  'fell',
  'struck',
  'broke',
  'left',
  'gave',
  'won',
  'lost',
  'sent',
  'saw',
  'got',
  'spoke',
  'wrote',
  'paid',
  'sold',
  'bought',
  'brought',
  'led',
  'found',
  'became',
  'chose',
  'hit',
  'kept',
  'shut',
  'quit',
  'put',
  'cut',
  'fought',
  'caught',
  'stood',
  'withdrew',
  'drew',
  'grew',
  'threw',
  'flew',
  'knew',
  'told',
  'heard',
  'meant',
  'sought',
  'taught',
  'swore',
  'wore',
  'tore',
  'froze',
  'rode',
  'woke',
  'sank',
  'spent',
  'lent',
  'built',
  'dealt',
  'felt',
  'slept',
]);
/** Participles that point ahead although they end in -ed. */
const NOT_PAST = new Set(['expected', 'scheduled', 'slated', 'planned', 'poised', 'set', 'due', 'proposed', 'needed']);

/** The tense cue at `distance` words from the expression on one side, or null. */
function tenseAt(list: readonly Word[], distance: number, side: 'before' | 'after'): Tense | null {
  const word = list[distance]?.word;
  if (word === undefined) return null;
  // The words in reading order around it: for "before" the list runs backwards.
  const next = side === 'before' ? list[distance - 1]?.word : list[distance + 1]?.word;
  const previous = (k: number): string | undefined =>
    (side === 'before' ? list[distance + k] : list[distance - k])?.word;
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) return 'future';
  if (FUTURE_BEFORE_TO.has(word) && next === 'to') return 'future';
  const past = PAST_WORDS.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word));
  if (!past) return null;
  // "will be heard", "to be held", "would have met": a past form inside a future verb group.
  for (let k = 1; k <= 3; k++) {
    const w = previous(k);
    if (w !== undefined && (FUTURE_WORDS.has(w) || w === 'to')) return 'future';
  }
  return 'past';
}
