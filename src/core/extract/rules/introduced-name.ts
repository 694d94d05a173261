import { namedBy } from '../naming-cues.ts';
import type { NameRule } from './rule.ts';

/**
 * "a hacking operation known as Ghostwriter", "which Microsoft tracks as
 * Storm-1359", "a company called Borealis": a name introduced by a naming
 * verb is marked even when it is an ordinary word, typed by the noun before
 * the verb; later bare uses of it in the corpus join it. A tool's name
 * ("ransomware dubbed Veilcrypt") is noted so that it is never marked.
 */
export const introducedName: NameRule = {
  stage: 'name',
  name: 'introduced-name',
  reads: '"known as", "dubbed", "called", "tracked as", "codenamed" … before the name, and the noun before the verb',
  emits:
    'the name as a group (operation, campaign, actor, gang …) or organization (company, firm …); nothing for a tool',
  overrides: 'nothing',
  type(reader, span) {
    const naming = namedBy(reader.ctx, span.i);
    if (!naming) return undefined;
    if ('tool' in naming) {
      reader.out.tools.push(...span.words.map((t) => t.text));
      return null;
    }
    // With no noun or tracking verb, only the sentence's subject says "group": a head word says more.
    if (naming.fromContext && span.head) return undefined;
    const candidate = reader.emitTyped(span.i, span.j, naming.type);
    candidate.introduced = true;
    return candidate;
  },
};
