import { runEnd, runStart, type ArticleContext, type Word } from './article-context.ts';
import type { Discourse, Speaker } from './discourse.ts';
import type { Cue } from './find-cues.ts';
import type { QuotedSpan } from './quotation-marks.ts';
import { readSource } from './source-phrase.ts';
import { BODY_NOUNS, DOCUMENT_NOUNS, PREPOSITIONS, ROLE_NOUNS } from './speech-lexicon.ts';

/** Who a quotation is attributed to, and by which rule. */
export interface Attribution {
  rule: string;
  speaker: Speaker;
  /** The reporting verb it hangs on; null when the speaker is only the subject of a sentence nearby. */
  cue: Cue | null;
}

/** What a rule reads: the article, its cues in order with their resolved speakers, and the quotation's spans. */
export interface RuleInput {
  ctx: ArticleContext;
  cues: readonly Cue[];
  discourse: Discourse;
  /** The quotation's pieces in order (one for a piece rule). */
  spans: readonly QuotedSpan[];
}

/** One named pattern family of attribution. */
export interface AttributionRule {
  name: string;
  attribute(input: RuleInput): Attribution | null;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const countWords = (text: string): number => text.match(WORDS)?.length ?? 0;
/** Most words between a quotation and a reporting verb that introduces it ("X said on Thursday in a statement:"). */
const MAX_LEAD_GAP = 8;
/** Most narration words between a reporting verb and a partial quotation it governs. */
const MAX_INNER_GAP = 25;

function attributed(rule: string, input: RuleInput, cue: Cue | undefined): Attribution | null {
  if (!cue) return null;
  const speaker = input.discourse.speakerOf(cue);
  return speaker.name === null ? null : { rule, speaker, cue };
}

/** "…," said X. / "…," X said. / "…," X added. / "…," X wrote in a tweet. / "…," X told reporters. */
const afterQuote: AttributionRule = {
  name: 'after the quotation',
  attribute(input) {
    const span = input.spans[0];
    if (!span || span.close === null) return null;
    const close = span.close;
    const end = runEnd(input.ctx, close);
    const cue = input.cues.find((c) => c.start > close && c.start < end);
    const between = input.ctx.text.slice(close + 1, cue?.start ?? close);
    // "… “a grave threat,” and the minister said …": a new clause, whose verb is not this quotation's.
    if (!cue || /^[\s,]*(?:and|but|while|whereas|as|because|though|although|when|after)\b/i.test(between)) return null;
    if (!cue.inverted && countWords(between) > 15) return null;
    return attributed(this.name, input, cue);
  },
};

/**
 * The last cue with a speaker before the quotation's opening mark: in the
 * narration just before it, or for a partial quotation anywhere earlier in
 * its sentence ("X said A was “…” and that B was “…”").
 */
function cueBefore(input: RuleInput, wholeSentence: boolean): { cue: Cue; gap: string } | null {
  const span = input.spans[0];
  if (!span) return null;
  const { ctx } = input;
  const from = wholeSentence ? (ctx.sentence(ctx.sentenceAt(span.open))?.start ?? 0) : runStart(ctx, span.open);
  const cue = [...input.cues]
    .reverse()
    .find((c) => c.start >= from && c.end <= span.open && input.discourse.speakerOf(c).name !== null);
  return cue ? { cue, gap: ctx.text.slice(cue.end, span.open) } : null;
}

/** X said, "…" / X said: "…" / According to X, "…" / X released a statement saying, "…". */
const beforeQuote: AttributionRule = {
  name: 'before the quotation',
  attribute(input) {
    const found = cueBefore(input, false);
    if (!found) return null;
    const { cue, gap } = found;
    const introduces =
      cue.verb === 'according to' ||
      gap.trim() === '' ||
      (countWords(gap) <= MAX_LEAD_GAP && /(?:[,:]|\bthat)\s*$/.test(gap));
    return introduces ? attributed(this.name, input, cue) : null;
  },
};

/** A partial quotation inside the speaker's sentence: X said the group would "…"; X called it "…". */
const inSentence: AttributionRule = {
  name: 'partial quote in the sentence',
  attribute(input) {
    const found = cueBefore(input, true);
    const gap = found ? countWords(found.gap.replace(/[“"‘'][^”"’']*[”"’']/gu, ' ')) : Infinity;
    return found && gap <= MAX_INNER_GAP ? attributed(this.name, input, found.cue) : null;
  },
};

/**
 * The rules for one piece of a quotation, in order: a reporting verb right
 * after the closing mark is the commonest attribution and the surest, so it
 * is tried first; then one that introduces the quotation; then one that
 * governs a partial quotation from further back in the sentence.
 */
export const PIECE_RULES: readonly AttributionRule[] = [afterQuote, beforeQuote, inSentence];

/** True when only spaces and punctuation stand between the sentence's start and `open`, or `close` and its end. */
function fillsSentence(ctx: ArticleContext, first: QuotedSpan, last: QuotedSpan): boolean {
  const sentence = ctx.sentence(ctx.sentenceAt(first.open));
  const before = sentence ? ctx.text.slice(Math.min(sentence.start, first.open), first.open) : '';
  const close = last.close ?? last.end;
  const after = ctx.text.slice(close + 1, Math.max(close + 1, runEnd(ctx, close)));
  return countWords(before) === 0 && countWords(after) === 0;
}

/**
 * Where the subject of a sentence ends: at its first lower-case word that is
 * not a determiner, possessive, role word or a word inside a title ("The
 * regulator’s chair, Ines Moreau, | issued …", "Transport Minister Kojo
 * Asamoah | was more cautious").
 */
function subjectEnd(words: readonly Word[]): number {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    const lower = w.text.toLowerCase();
    const inSubject =
      /^\p{Lu}/u.test(w.text) ||
      /^[\p{N},’'()]/u.test(w.text) ||
      SUBJECT_WORDS.has(lower) ||
      ROLE_NOUNS.has(lower) ||
      BODY_NOUNS.has(lower) ||
      /^[’']s$/.test(w.text) ||
      /-\p{L}+$/u.test(w.text);
    if (!inSubject) return k;
  }
  return words.length;
}
const SUBJECT_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'of', 'for', 'and', 'de', 'van', 'von', 'der']);

/** Most words in a sentence before a quotation whose subject is taken as its speaker. */
const MAX_LEAD_SENTENCE = 14;

/**
 * A quotation standing alone in its sentence, attributed in the sentence
 * before: by a reporting verb ("Transport Minister Kojo Asamoah said …
 * Thursday. “…”") or by its subject when that sentence leads into it ("X was
 * more cautious. “…”", "The minister was blunt:").
 */
const sentenceBefore: AttributionRule = {
  name: 'sentence before',
  attribute(input) {
    const { ctx } = input;
    const first = input.spans[0];
    const last = input.spans.at(-1);
    if (!first || !last || !fillsSentence(ctx, first, last)) return null;
    const index = ctx.sentenceAt(first.open) - 1;
    const previous = ctx.sentence(index);
    if (!previous) return null;
    const cue = [...input.cues].reverse().find((c) => c.sentence === index);
    const byCue = attributed(this.name, input, cue);
    if (byCue) return byCue;
    const words = ctx.words.filter((w) => w.start >= previous.start && w.end <= previous.end);
    const leads = /:\s*$/.test(ctx.text.slice(previous.start, previous.end));
    const long = countWords(ctx.text.slice(previous.start, previous.end)) > MAX_LEAD_SENTENCE;
    if (!leads && long && !words.some((w) => DOCUMENT_NOUNS.has(w.text))) return null;
    const end = subjectEnd(words);
    const verb = words[end];
    // The subject must be followed by its verb: a sentence of names alone introduces nobody.
    if (!verb || end === 0 || PREPOSITIONS.has(verb.text)) return null;
    const phrase = readSource(ctx, { start: words[0]?.start ?? 0, end: words[end - 1]?.end ?? 0 }, false);
    const speaker = input.discourse.resolvePhrase(phrase, verb.start);
    // Without a reporting verb only a named person leads into a quotation ("X was more cautious."), or
    // anyone when a colon says so ("The ministry was blunt:"); "The court ruled …" does not speak the next words.
    const person = speaker.entities.length > 0 && speaker.entities.every((id) => ctx.entity(id)?.type === 'person');
    // "The PCC issued a statement on Tuesday." leads into the statement's words, whoever issued it.
    const issues = words.some((w) => DOCUMENT_NOUNS.has(w.text)) && speaker.entities.length > 0;
    return person || issues || (leads && speaker.name !== null) ? { rule: this.name, speaker, cue: null } : null;
  },
};

/** Most words in a sentence after a quotation that attributes it ("Foreign Minister X said this in Lusaka."). */
const MAX_TAIL_SENTENCE = 14;

/** The sentence after a quotation that stands alone in its sentence, and its first cue. */
function nextSentence(
  input: RuleInput,
): { start: number; body: string; cue: Cue | undefined; sameParagraph: boolean } | null {
  const { ctx } = input;
  const first = input.spans[0];
  const last = input.spans.at(-1);
  if (!first || !last || !fillsSentence(ctx, first, last)) return null;
  const index = ctx.sentenceAt(last.close ?? last.end) + 1;
  const next = ctx.sentence(index);
  if (!next) return null;
  const body = ctx.text.slice(next.start, next.end);
  if (/^[“"‘'„«]/.test(body)) return null;
  return {
    start: next.start,
    body,
    cue: input.cues.find((c) => c.sentence === index),
    sameParagraph: ctx.paragraphAt(next.start) === last.paragraph,
  };
}

/** "“…” That was how one shop steward described the mood": the sentence after points back at the quotation. */
const pointedBackTo: AttributionRule = {
  name: 'sentence after, pointing back',
  attribute(input) {
    const next = nextSentence(input);
    if (!next || !/^(?:That|This|Those|These|Such|So)\b/.test(next.body)) return null;
    const byCue = attributed(this.name, input, next.cue);
    if (byCue) return byCue;
    // "That was the promise X made to the crowd", "Those were the words X chose": no reporting verb, but the
    // sentence names what the quotation was, and whose; only a named person, the first the sentence names.
    if (!POINTING_BACK_COPULA.test(next.body)) return null;
    const end = next.start + next.body.length;
    const person = input.ctx.mentions.find((m) => m.start >= next.start && m.end <= end && m.type === 'person');
    const entity = person ? input.ctx.entity(person.entity) : undefined;
    return entity
      ? { rule: this.name, speaker: { entities: [entity.id], name: entity.name, explicit: true }, cue: null }
      : null;
  },
};
/** "That was the …", "This is how …", "Those were the words …": a sentence saying what the quotation before it was. */
const POINTING_BACK_COPULA =
  /^(?:That|This|Those|These)\s+(?:was|is|were|are|had been|has been)\s+(?:the|a|an|how|what)\b/;

/** The next sentence's first cue, when the sentence opens with that cue's speaker ("Smith, a miner, said …"). */
function speakerFirst(input: RuleInput, next: NonNullable<ReturnType<typeof nextSentence>>): Cue | null {
  if (!next.cue) return null;
  const opensWithSpeaker = countWords(input.ctx.text.slice(next.start, next.cue.region.start)) === 0;
  return opensWithSpeaker || next.cue.inverted ? next.cue : null;
}

/**
 * A quotation that opens its paragraph, attributed by the paragraph's next
 * sentence: "“Nobody goes near the pit now.” Joseph Banda, a miner, said
 * soldiers had ordered everyone out." The paragraph holds a quotation and its
 * speaker together, so this comes before the previous paragraph's sentence.
 */
const paragraphAfter: AttributionRule = {
  name: 'sentence after, same paragraph',
  attribute(input) {
    const first = input.spans[0];
    const next = nextSentence(input);
    if (!first?.opensParagraph || !next?.sameParagraph) return null;
    return attributed(this.name, input, speakerFirst(input, next) ?? undefined);
  },
};

/** "“…” Smith said on Tuesday.": a short sentence after, in the same paragraph, that opens with its speaker. */
const sentenceAfter: AttributionRule = {
  name: 'sentence after',
  attribute(input) {
    const next = nextSentence(input);
    if (!next?.sameParagraph || countWords(next.body) > MAX_TAIL_SENTENCE) return null;
    return attributed(this.name, input, speakerFirst(input, next) ?? undefined);
  },
};

/**
 * The rules for a whole quotation none of whose pieces has an attribution in
 * its own sentence, in order (the conventions accept the sentence just before
 * or just after): a sentence after that points back at the quotation is
 * unmistakable; a quotation opening its paragraph belongs with the speaker
 * the paragraph goes on to name; otherwise the sentence before, the commoner
 * lead-in in news prose; last a short attributing sentence after.
 */
export const QUOTE_RULES: readonly AttributionRule[] = [pointedBackTo, paragraphAfter, sentenceBefore, sentenceAfter];
