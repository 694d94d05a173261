import { AGENCY_HEADS, NAME_CONNECTORS, ORGANIZATION_HEADS } from './lexicon.ts';
import type { Token } from './tokens.ts';

/**
 * A run of capitalised words that may be one or more names, e.g.
 * "Department of Homeland Security Secretary Kirstjen Nielsen". Never crosses
 * a sentence or punctuation (other than an initial's full stop).
 */
export interface Chunk {
  /** Indexes into the article's tokens, first to last. */
  first: number;
  last: number;
}

const PARTICLES = new Set(['de', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'zu', 'bin', 'bint', 'ibn', 'al', 'el']);

const isConnector = (t: Token): boolean => t.word && !t.cap && NAME_CONNECTORS.has(t.text);

function isNameWord(t: Token | undefined, inChunk: boolean): boolean {
  if (!t?.word) return false;
  if (t.cap) return true;
  // "Area 1", "Advanced Persistent Threat 10": a short number continues a name.
  return inChunk && /^\d{1,5}$/.test(t.text);
}

function isInitial(t: Token): boolean {
  return t.word && /^\p{Lu}$/u.test(t.text);
}

/** "and" may join words only inside an institution's name: "Centre for Strategic and International Studies". */
function andAllowed(tokens: readonly Token[], first: number, at: number): boolean {
  for (let i = at - 1; i > first; i--) {
    const t = tokens[i];
    if (t && (t.text === 'of' || t.text === 'for')) {
      const head = tokens[i - 1]?.text ?? '';
      return AGENCY_HEADS.has(head) || ORGANIZATION_HEADS.has(head);
    }
  }
  return false;
}

function connectorAllowed(tokens: readonly Token[], first: number, at: number): boolean {
  const word = tokens[at]?.text ?? '';
  if (word === 'the') return ['of', 'for'].includes(tokens[at - 1]?.text ?? '');
  if (word === 'and' || word === '&') return andAllowed(tokens, first, at);
  return true;
}

/** Finds the capitalised runs of an article's tokens. */
export function findChunks(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    if (!start || !isNameWord(start, false)) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const next = tokens[last + 1];
      if (!next || next.sentence !== start.sentence || next.start > (tokens[last]?.end ?? 0) + 1) break;
      if (isNameWord(next, true)) {
        last++;
        continue;
      }
      const after = tokens[last + 2];
      const current = tokens[last];
      if (next.text === '.' && current && isInitial(current) && isNameWord(after, true)) {
        last++;
        continue;
      }
      if ((isConnector(next) || next.text === '&') && isNameWord(after, true) && after?.cap && connectorAllowed(tokens, i, last + 1)) {
        last += 2;
        continue;
      }
      // "Ursula von der Leyen", "Ludwig van den Berg": a run of lower-case particles inside a name.
      let k = last + 1;
      while (tokens[k] && isConnector(tokens[k] as Token) && PARTICLES.has((tokens[k] as Token).text)) k++;
      if (k > last + 2 && tokens[k]?.cap && tokens[k]?.word && tokens[k]?.sentence === start.sentence) {
        last = k;
        continue;
      }
      // "Office of the U.S. Trade Representative"
      const third = tokens[last + 3];
      if ((next.text === 'of' || next.text === 'for') && after?.text === 'the' && third?.cap && third.word) {
        last += 3;
        continue;
      }
      break;
    }
    chunks.push({ first: i, last });
    i = last + 1;
  }
  return chunks;
}

export { isConnector };
