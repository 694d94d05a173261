import type { EntityType } from '../types.ts';
import { cyberContext, nounType, singular } from './cues.ts';
import { GROUP_CUES } from './lexicon.ts';
import type { ReadContext } from './read-context.ts';

/** Things given names that are no entity (CONVENTIONS.md rule 10): their names are never marked. */
const TOOLS = new Set(
  `ransomware malware virus worm trojan backdoor spyware tool software implant wiper botnet exploit loader strain
  variant program app rootkit stealer infostealer dropper framework`.split(/\s+/),
);
/** Nouns that name a threat actor's undertaking or the actor itself ("a hacking operation known as …"). */
const ACTOR_NOUNS = new Set([...GROUP_CUES, 'campaign', 'operation', 'actor', 'cluster']);
const NAMING_VERBS = new Set(
  `track tracks tracked call calls called calling dub dubs dubbed named nicknamed codenamed code-named
  labelled labeled designated known`.split(/\s+/),
);
const PASSED = new Set(['it', 'itself', 'them', 'themselves', 'as', 'the', 'by', '“', '”', '"', '‘', '’', "'"]);
const BETWEEN_NOUN_AND_VERB = new Set([
  ',',
  'also',
  'now',
  'widely',
  'commonly',
  'variously',
  'internally',
  'which',
  'that',
  'is',
  'was',
  'are',
  'were',
  'being',
  'been',
  'it',
  'they',
]);

/** What a naming cue says a name is: an entity of a type, or a tool (not marked). */
export type Naming = { type: EntityType; fromContext?: true } | { tool: true };

/**
 * "a hacking operation known as Ghostwriter", "which Microsoft tracks as
 * Storm-1359", "a company called Huaying Haitai", "ransomware dubbed
 * Veilcrypt": the verb that introduces a name, and the noun before it, say
 * what the name is, even when the name is an ordinary word.
 */
export function namedBy(ctx: ReadContext, i: number): Naming | undefined {
  // "tracked as Earth Estries by Trend Micro": the name after "by" is the vendor that does the naming.
  if (ctx.peek(i - 1)?.text === 'by' && ctx.sameSentence(i - 1, i)) {
    for (let k = i - 2; k >= i - 6 && k >= 0 && ctx.sameSentence(k, i); k--) {
      if (ctx.at(k).text === 'as' && NAMING_VERBS.has(ctx.peek(k - 1)?.text ?? '')) return { type: 'organization' };
    }
  }
  for (let k = i - 1; k >= i - 5 && k >= 0 && ctx.sameSentence(k, i); k--) {
    const t = ctx.at(k);
    const word = t.text.toLowerCase();
    if (PASSED.has(word) || t.cap) continue;
    if (!NAMING_VERBS.has(word)) return undefined;
    const noun = nounBefore(ctx, k);
    if (noun && TOOLS.has(singular(noun))) return { tool: true };
    if (noun && ACTOR_NOUNS.has(singular(noun))) return { type: 'group' };
    // Security vendors "track" threat actors: that verb alone says what the name is.
    if (word.startsWith('track')) return { type: 'group' };
    if (noun && nounType(noun) === 'organization') return { type: 'organization' };
    return cyberContext(ctx, i) ? { type: 'group', fromContext: true } : undefined;
  }
  return undefined;
}

/** The type a naming cue gives the name at `i`, if any (a tool's name has none). */
export function namingCue(ctx: ReadContext, i: number): EntityType | undefined {
  const naming = namedBy(ctx, i);
  return naming && 'type' in naming ? naming.type : undefined;
}

/** The noun before a naming verb, over commas and small words ("the group, also known as …"). */
function nounBefore(ctx: ReadContext, verb: number): string | undefined {
  for (let k = verb - 1; k >= verb - 4 && k >= 0 && ctx.sameSentence(k, verb); k--) {
    const t = ctx.at(k);
    if (BETWEEN_NOUN_AND_VERB.has(t.text.toLowerCase())) continue;
    return t.word && !t.cap ? t.text : undefined;
  }
  return undefined;
}
