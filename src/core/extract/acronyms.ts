import { NAME_CONNECTORS } from './lexicon.ts';
import type { ReadContext } from './read-context.ts';

/** An acronym in parentheses: at least two capitals ("MSS", "APT10", "CERT-In", "DFRLab"). */
export const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d][\p{L}\d&-]{1,9}$/u;
/** A mixed-case one ("Rusi", "Nato"): accepted only when the initials bear it out. */
export const LOOSE_ACRONYM = /^\p{Lu}[\p{L}\d]{1,9}$/u;

const MAX_SPAN = 16;
/** Small words inside spelled-out names beyond the usual connectors: "Committee on Foreign Investment in the United States". */
const INNER = new Set(['in', 'on', 'to', 'at']);

/** Upper-cased letters and whole numbers an acronym is made of: "APT10" → A, P, T, 10. */
function parts(acronym: string): string[] {
  // "CERT-In" spells with its capitals only; a mixed-case one ("Rusi") with every letter.
  const capitals = acronym.match(/\p{Lu}|\d+/gu) ?? [];
  const letters = capitals.length >= 2 ? capitals : (acronym.match(/\p{L}|\d+/gu) ?? []);
  return letters.map((p) => p.toUpperCase());
}

/** Initials of a word, counting hyphen and dot parts: "Inter-Services" → I, S; "U.S." → U, S; "10" → 10. */
function initials(word: string): string[] {
  if (/^\d+$/.test(word)) return [word];
  return word
    .split(/[-.]/)
    .filter((p) => p.length > 0)
    .map((p) => (p[0] ?? '').toUpperCase());
}

/**
 * Whether the words can spell the acronym: every letter (and number) of the
 * acronym is among the words' initials, order aside, since acronyms reorder
 * ("CERT-In" for "Indian Computer Emergency Response Team").
 */
export function spells(acronym: string, words: readonly string[]): boolean {
  const pool = words.flatMap(initials);
  for (const part of parts(acronym)) {
    const at = pool.indexOf(part);
    if (at === -1) return false;
    pool.splice(at, 1);
  }
  return true;
}

/**
 * The first token of the shortest run of words ending at `last` that spells
 * the acronym, reading back over capitalised words, numbers, connectors and
 * the commas of a list ("Ministry of Trade, Industry and Energy"); undefined
 * when none does within the sentence.
 */
export function longFormStart(ctx: ReadContext, last: number, acronym: string): number | undefined {
  const sentence = ctx.at(last).sentence;
  const words: string[] = [];
  for (let k = last; k >= 0 && last - k < MAX_SPAN; k--) {
    const t = ctx.at(k);
    if (t.sentence !== sentence) return undefined;
    const usable =
      t.cap || /^\d+$/.test(t.text) || (t.word && (NAME_CONNECTORS.has(t.text) || INNER.has(t.text))) || t.text === ',';
    if (!usable) return undefined;
    if (t.text === ',') continue;
    words.unshift(t.text);
    if (t.cap && spells(acronym, words)) return k;
  }
  return undefined;
}
