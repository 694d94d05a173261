import { isClaimed, tokenAt, type Candidate, type QuantityRule, type SentenceView } from '../candidate.ts';
import type { Token } from '../tokens.ts';

/** Words that open a partitive after a count ("12+ of our vessels", "two of the companies"). */
const PARTITIVE = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'your', 'my', 'these', 'those']);
/** A noun phrase is read this far at most. */
const MAX_WORDS = 6;

/**
 * The counted noun: the head of the noun phrase after the number, without
 * its modifiers ("45 US tech companies" → "companies", "dozens of container
 * ships" → "ships", "12+ of our vessels" → "vessels"). With coordinated nouns
 * the first is the head and the others are kept for matching ("agencies and
 * tech companies"). Null when no noun follows ("the tens of thousands
 * involved"). Money and percentages count nothing.
 */
export const countedNoun: QuantityRule = {
  name: 'counted noun',
  apply: (candidates, sentence) => candidates.map((c) => (c.kind === 'count' ? withNoun(c, sentence, candidates) : c)),
};

function withNoun(c: Candidate, sentence: SentenceView, others: readonly Candidate[]): Candidate {
  let i = c.end;
  const hyphen = tokenAt(sentence, i);
  if (hyphen?.text === '-' && !hyphen.spaced && tokenAt(sentence, i + 1)?.spaced === false) {
    // "a 35-year concession", "a 24-hour strike": the unit after the hyphen is what is counted.
    const unit = tokenAt(sentence, i + 1);
    return unit && unit.kind === 'word' ? { ...c, counts: unit.text, nouns: [unit.lemma] } : c;
  }
  if (tokenAt(sentence, i)?.lower === 'of') {
    const det = tokenAt(sentence, i + 1);
    if (det && PARTITIVE.has(det.lower)) {
      i += 2;
      // "about 90 of its 640 branches": the whole is a quantity of its own.
      const whole = others.find((o) => o.first === i);
      if (whole) i = whole.end;
    } else if (c.vague || sentence.tokens[c.core.end - 1]?.lemma === 'dozen') i += 1;
    else return c;
  }
  const head = headOf(sentence, i, others) ?? properPlural(sentence, i);
  if (!head) return c;
  const nouns = [head.token.lemma];
  const joiner = tokenAt(sentence, head.end);
  if (joiner && (joiner.lower === 'and' || joiner.lower === 'or')) {
    const other = headOf(sentence, head.end + 1, others);
    if (other) nouns.push(other.token.lemma);
  }
  return { ...c, counts: head.token.text, nouns };
}

/**
 * The head of the noun phrase starting at `from`, and where the phrase ends:
 * its first plural noun ("12 U.S. states last year", "dozens of container
 * ships"), else its last noun. The phrase stops at another quantity
 * ("dozens of police faced hundreds of strikers").
 */
function headOf(
  sentence: SentenceView,
  from: number,
  others: readonly Candidate[],
): { token: Token; end: number } | null {
  let head: { token: Token; end: number } | null = null;
  for (let k = from; k < Math.min(sentence.to, from + MAX_WORDS); k++) {
    const t = sentence.tokens[k];
    if (!t || isClaimed(others, k) || !isModifier(sentence, k, head !== null)) break;
    if (t.pos !== 'NOUN') continue;
    head = { token: t, end: k + 1 };
    if (t.lemma !== t.lower) break;
  }
  return head;
}

/** A plural proper noun right after the number ("2.3 million Australians", "three Canadians"), which wink-nlp tags PROPN. */
function properPlural(sentence: SentenceView, at: number): { token: Token; end: number } | null {
  const t = tokenAt(sentence, at);
  return t && t.pos === 'PROPN' && t.kind === 'word' && /\p{Ll}s$/u.test(t.text) ? { token: t, end: at + 1 } : null;
}

function isModifier(sentence: SentenceView, k: number, afterNoun: boolean): boolean {
  const t = tokenAt(sentence, k);
  const next = tokenAt(sentence, k + 1);
  if (!t) return false;
  if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') return t.kind === 'word';
  // "hacking campaigns", "armed men": a participle before a noun.
  if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)) return !afterNoun && next?.pos === 'NOUN';
  // "state-owned", "long-running": the hyphen inside a compound modifier.
  return t.text === '-' && !t.spaced && next !== undefined && !next.spaced;
}
