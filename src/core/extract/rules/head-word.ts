import type { ArticleReader } from '../article-reader.ts';
import type { NameRule } from './rule.ts';

const POSSESSIVES = new Set(["'s", '’s']);
/** Only a party's own bodies: a union's possessive ("the European Union's Council") keeps a government body. */
const isPartyWord = (word: string): boolean => /^(?:Party|Parti|Partido|Partei|Partito)$/.test(word);

/** "Kestrel Policy Institute", "Maritime Safety Bureau", "Gulf of Finland": the head word says what the name is. */
export const headWord: NameRule = {
  stage: 'name',
  name: 'head-word',
  reads:
    'the head of the name: the word before the first "of"/"for", else the last word; a party\'s possessive before it',
  emits: "the name typed by its head (a party's own committee an organisation); nothing for a law or treaty",
  overrides: 'nothing',
  type(reader, span) {
    const { head } = span;
    if (!head) return undefined;
    if (head === 'document') return null;
    return reader.emitTyped(span.i, span.j, head === 'agency' && ofParty(reader, span.i) ? 'organization' : head);
  },
};

/** "the Communist Party of Vietnam's Central Committee": the body after a party's possessive is the party's. */
function ofParty(reader: ArticleReader, i: number): boolean {
  const { ctx } = reader;
  if (!POSSESSIVES.has(ctx.peek(i - 1)?.text ?? '')) return false;
  const owner = ctx.peek(i - 2);
  if (!owner) return false;
  if (isPartyWord(owner.text)) return true;
  const previous = reader.out.candidates.at(-1);
  return (
    previous !== undefined &&
    previous.end === owner.end &&
    previous.type === 'organization' &&
    previous.surface.split(/\s+/).some(isPartyWord)
  );
}
