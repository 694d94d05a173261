import type { Span } from '../../types.ts';
import { runEnd, runStart, type ArticleContext, type Word } from './article-context.ts';
import {
  CLAUSE_BOUNDARIES,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  INVERTIBLE_VERBS,
  PHRASAL_CUES,
  PRONOUNS,
} from './speech-lexicon.ts';

/** A reporting verb in the narration and the words that may name its speaker. */
export interface Cue extends Span {
  /** The verb as written, lower-cased ("said", "according to"). */
  verb: string;
  /** 0-based sentence index. */
  sentence: number;
  /** The speaker comes after the verb: "…," said X; according to X. */
  inverted: boolean;
  /** Where the speaker is named: before the verb, or after it when inverted. */
  region: Span;
  /** A statement, tweet, letter… goes with it ("said in a statement", "a joint statement saying"). */
  statement: boolean;
  /** For a participle ("…, adding that"), the finite cue of the same clause whose speaker it shares. */
  sharesSpeakerWith: Cue | null;
}

/** Words between a speaker and the verb that are not part of the speaker: "X also said", "X has said", "X, who said". */
const BEFORE_VERB = new Set(
  `also later then previously separately earlier once repeatedly publicly privately recently has have had would will
  was were is are been did does do not never reportedly further again simply just only even who which
  quickly promptly subsequently initially finally quoted as`
    .trim()
    .split(/\s+/),
);
const MAX_REGION_WORDS = 30;
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** "who asked not to be named", "asked for anonymity": a source's wish, not a reporting verb. */
const NOT_SPEECH_AFTER =
  /^\s+(?:not\s+to\s+be|for\s+anonymity|to\s+remain\s+anonymous|that\s+(?:his|her|their)\s+names?|not\s+to\s+identify|to\s+speak)/i;

const isFinite = (verb: string): boolean => !verb.endsWith('ing');
/** Forms of "be" that make the reporting verb after them a passive participle. */
const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are']);

/**
 * The cue stage: every reporting verb outside quotation marks, with the
 * stretch of its clause where its speaker is named. Regions stop at the
 * sentence, at a quotation, at a clause boundary and at another reporting
 * verb, so "Smith said Jones told him" gives "told" the speaker "Jones".
 */
export function findCues(ctx: ArticleContext): Cue[] {
  const { words } = ctx;
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const lower = word.text.toLowerCase();
    const next = words[i + 1]?.text.toLowerCase();
    const according = lower === 'according' && next === 'to';
    const phrasal = word.text === lower && next !== undefined && PHRASAL_CUES.get(lower) === next;
    if (!according && !phrasal && (word.text !== lower || !CUE_VERBS.has(lower))) continue;
    if (NOT_SPEECH_AFTER.test(ctx.text.slice(word.end, word.end + 40))) continue;
    // "an emailed statement", "the reported deal": the word is an adjective here.
    if (!according && DETERMINERS.has(words[i - 1]?.text.toLowerCase() ?? '')) continue;
    // "staff had been told not to speak", "she was asked": a passive says who was spoken to, not who spoke.
    if (!according && isFinite(lower) && PASSIVE_AUXILIARIES.has(words[i - 1]?.text.toLowerCase() ?? '')) continue;
    const end = according || phrasal ? (words[i + 1]?.end ?? word.end) : word.end;
    const sentence = ctx.sentenceAt(word.start);
    const inverted = according || (INVERTIBLE_VERBS.has(lower) && followsClosingMark(ctx, word.start, sentence));
    const region = inverted ? regionAfter(ctx, according ? i + 2 : i + 1, end) : regionBefore(ctx, i, cues);
    const cue: Cue = {
      start: word.start,
      end,
      verb: according ? 'according to' : phrasal ? `${lower} ${next}` : lower,
      sentence,
      inverted,
      region: region ?? { start: word.start, end: word.start },
      statement: false,
      sharesSpeakerWith: null,
    };
    const previous = cues.at(-1);
    if (!inverted && previous?.sentence === sentence) {
      // "she said, adding that …": the participle's speaker is the finite verb's. "X rejected the claim as
      // “…” and said …": a verb with no subject of its own shares the one before it.
      const participle = !isFinite(lower) && isFinite(previous.verb) && between(ctx, previous.end, word.start) <= 2;
      const noSubject = /^\s*(?:and|but|or)?\s*$/i.test(ctx.text.slice(cue.region.start, cue.region.end));
      if (participle || noSubject) cue.sharesSpeakerWith = previous.sharesSpeakerWith ?? previous;
    }
    cue.statement = mentionsDocument(ctx, cue);
    cues.push(cue);
  }
  return cues;
}

/** Number of narration words between two offsets. */
function between(ctx: ArticleContext, from: number, to: number): number {
  return ctx.words.filter((w) => w.start >= from && w.end <= to && /[\p{L}\p{N}]/u.test(w.text)).length;
}

/** True when only punctuation and spaces stand between a closing quotation mark and `offset` in the sentence. */
function followsClosingMark(ctx: ArticleContext, offset: number, sentence: number): boolean {
  const span = [...ctx.spans].reverse().find((s) => s.close !== null && s.close < offset);
  if (!span || span.close === null) return false;
  const gap = ctx.text.slice(span.close + 1, offset);
  return /^[\s,—–-]*$/.test(gap) && ctx.sentenceAt(span.open) <= sentence;
}

/** "…," said Andrew Hampton, head of …: from after the verb to the end of the clause. */
function regionAfter(ctx: ArticleContext, i: number, verbEnd: number): Span | null {
  const { words } = ctx;
  const first = words[i];
  if (!first) return null;
  const stop = runEnd(ctx, verbEnd);
  let k = i;
  let last: Word | undefined;
  for (let count = 0; k < words.length && count < MAX_REGION_WORDS; k++, count++) {
    const w = words[k];
    if (!w || w.start >= stop || w.text === ';' || w.text === ':' || w.text === '(') break;
    last = w;
  }
  return last ? { start: first.start, end: last.end } : null;
}

/** "Mr Scissors, a China analyst at …, said": from the clause's start (or the last boundary) to the verb. */
function regionBefore(ctx: ArticleContext, i: number, cues: readonly Cue[]): Span | null {
  const { words } = ctx;
  const verb = words[i];
  if (!verb) return null;
  const floor = runStart(ctx, verb.start);
  const lastCue = cues.at(-1);
  let end = i - 1;
  // Words such as "also", "has", "who" between the speaker and the verb.
  while (end >= 0 && (words[end]?.start ?? -1) >= floor && BEFORE_VERB.has(words[end]?.text.toLowerCase() ?? '')) end--;
  const closesAside = words[end]?.text === ',';
  while (end >= 0 && words[end]?.text === ',') end--;
  let start = end + 1;
  // "X, who asked not to be named because he was not authorised to speak, said": the boundaries inside an
  // aside set off by commas do not end the speaker's phrase.
  let relative = -1;
  if (closesAside) {
    for (let k = end; k > 0 && (words[k]?.start ?? -1) >= floor; k--) {
      if (words[k - 1]?.text !== ',') continue;
      // The aside opens with a relative pronoun or a participle: ", who asked not to be named,", ", speaking on …,".
      const opener = words[k]?.text ?? '';
      if (RELATIVE_PRONOUNS.has(opener) || /^\p{Ll}+ing$/u.test(opener)) relative = k;
      break;
    }
  }
  for (let k = end, count = 0; k >= 0 && count < MAX_REGION_WORDS; k--, count++) {
    const w = words[k];
    if (!w || w.start < floor) break;
    const lower = w.text.toLowerCase();
    if (w.text === ';' || w.text === ':') break;
    if (w.text === lower && CLAUSE_BOUNDARIES.has(lower) && (relative < 0 || k < relative)) break;
    if (lastCue && w.start < lastCue.end && w.start >= lastCue.start) break;
    // ", and the minister said": a new clause, not a list of speakers; but "Martin Hale, and the city's
    // mayor, Rosa Lindqvist, said" lists two people, the first named just before the comma.
    if ((lower === 'and' || lower === 'but' || lower === 'or') && words[k - 1]?.text === ',') {
      if (lower !== 'and' || !namesPersonBefore(ctx, words[k - 1]?.start ?? 0)) break;
    }
    start = k;
  }
  const first = words[start];
  const last = words[end];
  return first && last && start <= end ? { start: first.start, end: last.end } : null;
}

/**
 * True when the text just before the comma at `comma` is a person's name, or
 * a name and its apposition ("Ines Falk, the director"): the first of two
 * people listed, not a clause of its own ("Smith arrived late").
 */
function namesPersonBefore(ctx: ArticleContext, comma: number): boolean {
  const person = [...ctx.mentions].reverse().find((m) => m.type === 'person' && m.end <= comma);
  if (!person) return false;
  const between = ctx.text.slice(person.end, comma);
  return between === '' || (/^,[^,;:.]*$/.test(between) && (between.match(/[\p{L}’'-]+/gu)?.length ?? 0) <= 6);
}

/** True when a document noun belongs to the cue's clause: in its speaker's words or just after the verb. */
function mentionsDocument(ctx: ArticleContext, cue: Cue): boolean {
  const after = ctx.words.filter((w) => w.start >= cue.end).slice(0, 6);
  const stop = runEnd(ctx, cue.end);
  const near = [
    ...ctx.words.filter((w) => w.start >= cue.region.start && w.end <= cue.region.end),
    ...after.filter((w) => w.start < stop),
  ];
  return near.some((w) => DOCUMENT_NOUNS.has(w.text.toLowerCase()) && !PRONOUNS.has(w.text.toLowerCase()));
}
