import type { NameRule } from './rule.ts';

/** "Kestrel Policy Institute", "Maritime Safety Bureau", "Gulf of Finland": the head word says what the name is. */
export const headWord: NameRule = {
  stage: 'name',
  name: 'head-word',
  reads: 'the head of the name: the word before the first "of"/"for", else the last word',
  emits: 'the name typed by its head; nothing for a law or treaty',
  overrides: 'nothing',
  type(reader, span) {
    const { head } = span;
    if (!head) return undefined;
    return head === 'document' ? null : reader.emitTyped(span.i, span.j, head);
  },
};
