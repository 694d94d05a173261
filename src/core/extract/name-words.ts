import { NAME_CONNECTORS } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Lower-case particles that may stand inside a personal name: "von der Leyen", "bin Salman". */
export const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'zu',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
]);

/** "al-Harbi", "el-Sisi", "bin-Laden": a particle glued to a capitalised name is a name word. */
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|ben|da|de|di|du|van|von|d|l)[-’'][\p{Lu}]/u;

export const isConnector = (t: Token): boolean => t.word && !t.cap && NAME_CONNECTORS.has(t.text);

/** A word that can be part of a name: capitalised, a particle-name, or a short number after a name word. */
export function isNameWord(t: Token | undefined, inChunk: boolean): boolean {
  if (!t?.word) return false;
  if (t.cap || PARTICLE_NAME.test(t.text)) return true;
  return inChunk && /^\d{1,5}$/.test(t.text);
}

export function isInitial(t: Token): boolean {
  return t.word && /^\p{Lu}$/u.test(t.text);
}
