import type { Mention } from '../../types.ts';
import type { ArticleContext, Word } from './article-context.ts';
import { CLAUSE_BOUNDARIES, CUE_VERBS, PREPOSITIONS, ROLE_NOUNS } from './speech-lexicon.ts';
import { normalRole } from './source-phrase.ts';

/** Singular role words only: "the spokesman said" refers to one person who holds the role. */
function singularRole(word: string): string | null {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) && !(lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)))
    ? normalRole(lower)
    : null;
}

/** The head role of a descriptor: its last role word before a preposition ("general secretary of the union" → secretary). */
function descriptorRole(words: readonly Word[]): string | null {
  let head: string | null = null;
  for (const w of words) {
    const lower = w.text.toLowerCase();
    if (head !== null && PREPOSITIONS.has(lower)) break;
    head = singularRole(w.text) ?? head;
  }
  return head;
}

/**
 * The roles the text gives each person mention, keyed by the mention's start:
 * from the words before the name ("GPHA spokesman Selasi Agbeko", "Transport
 * Minister Kojo Asamoah") and from an apposition on either side ("Kwame
 * Addo, a spokesman for …", "the union’s general secretary, Efua Nyarko").
 * This is what lets "the spokesman said" find its speaker.
 */
export function personRoles(ctx: ArticleContext): Map<number, Set<string>> {
  const roles = new Map<number, Set<string>>();
  const { words } = ctx;
  const indexAt = new Map(words.map((w, i) => [w.start, i]));
  for (const m of ctx.mentions) {
    if (m.type !== 'person') continue;
    const found = new Set<string>();
    const first = indexAt.get(m.start);
    if (first === undefined) continue;
    let last = first;
    while ((words[last + 1]?.end ?? Infinity) <= m.end) last++;
    const sentence = ctx.sentenceAt(m.start);
    const same = (w: Word | undefined): w is Word => w !== undefined && ctx.sentenceAt(w.start) === sentence;

    // Premodifiers: role words and capitalised words just before the name.
    let k = first - 1;
    for (let n = 0; n < 8 && same(words[k]); n++, k--) {
      const w = words[k];
      if (!w) break;
      const role = singularRole(w.text);
      // "Secretary of State Mike Pompeo": "of" inside a title.
      const inTitle = ['of', 'for', 'the'].includes(w.text) && /^\p{Lu}/u.test(words[k - 1]?.text ?? '');
      if (role) found.add(role);
      else if (!inTitle && !/^\p{Lu}/u.test(w.text) && !/^[’']s$/.test(w.text) && !/-\p{L}+$/u.test(w.text)) break;
    }
    // An apposition before: "the union’s general secretary, Efua Nyarko".
    if (words[first - 1]?.text === ',') {
      const before = clauseBackFrom(words, first - 2, same);
      const role = descriptorRole(before);
      if (role && !before.some((w) => isPersonMention(ctx.mentions, w))) found.add(role);
    }
    // An apposition after: "Kwame Addo, a spokesman for the police".
    if (words[last + 1]?.text === ',') {
      const after = clauseOnFrom(words, last + 2, same);
      const role = descriptorRole(after);
      if (role) found.add(role);
    }
    if (found.size > 0) roles.set(m.start, found);
  }
  return roles;
}

function isPersonMention(mentions: readonly Mention[], w: Word): boolean {
  return mentions.some((m) => m.type === 'person' && w.start >= m.start && w.end <= m.end);
}

const stops = (w: Word): boolean =>
  w.text === ',' || w.text === ';' || w.text === ':' || CUE_VERBS.has(w.text) || CLAUSE_BOUNDARIES.has(w.text);

/** Words from `k` back to the previous comma or clause boundary, in reading order. */
function clauseBackFrom(words: readonly Word[], k: number, same: (w: Word | undefined) => w is Word): Word[] {
  const out: Word[] = [];
  for (let i = k; i >= 0 && same(words[i]) && out.length < 12; i--) {
    const w = words[i];
    if (!w || stops(w)) break;
    out.unshift(w);
  }
  return out;
}

/** Words from `k` on to the next comma or clause boundary. */
function clauseOnFrom(words: readonly Word[], k: number, same: (w: Word | undefined) => w is Word): Word[] {
  const out: Word[] = [];
  for (let i = k; i < words.length && same(words[i]) && out.length < 12; i++) {
    const w = words[i];
    if (!w || stops(w)) break;
    out.push(w);
  }
  return out;
}
