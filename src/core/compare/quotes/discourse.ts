import type { EntityId } from '../../types.ts';
import type { ArticleContext } from './article-context.ts';
import type { Cue } from './find-cues.ts';
import type { Gender } from './gender.ts';
import { personRoles } from './person-roles.ts';
import { BODY_NOUNS } from './speech-lexicon.ts';
import { readSource, SPEAKER_TYPES, type SourcePhrase } from './source-phrase.ts';

/** Who said something: entities (two or more for a joint statement), or only words for an unnamed source. */
export interface Speaker {
  entities: EntityId[];
  /** The entities' names, or the words describing an unnamed source; null when unattributed. */
  name: string | null;
  /** Named where the words are attributed, not found through a pronoun, a role or "the company". */
  explicit?: boolean;
}

export const UNATTRIBUTED: Speaker = { entities: [], name: null };

/** Someone or something the narration has introduced, that a pronoun, a role or "the statement" can refer back to. */
interface Referent {
  at: number;
  sentence: number;
  speaker: Speaker;
  /** 'other': named by words alone that are no person ("the ministry" with no entity behind it, "China’s cabinet"). */
  kind: 'person' | 'body' | 'unnamed' | 'joint' | 'other';
  plural: boolean;
  gender: Gender | null;
  roles: ReadonlySet<string>;
  /** Introduced as a speaker by a reporting verb (a stronger antecedent than a name in passing). */
  fromCue: boolean;
  /** The document it spoke through ("statement", "tweet"), for "the statement added". */
  document: boolean;
}

/**
 * The same test with the gender left open: when no person of the pronoun's
 * gender is near, the name lists are more likely wrong about a name ("Jean",
 * "Andrea") than the writer about the pronoun.
 */
function ignoringGender(pronoun: string, fits: (r: Referent) => boolean): (r: Referent) => boolean {
  return pronoun === 'he' || pronoun === 'she' ? (r) => fits({ ...r, gender: null }) : fits;
}

/** Words general enough to stand for any body of their type ("the company said"), with that type. */
const GENERIC_BODIES = new Map<string, 'organization' | 'agency'>([
  ...['company', 'firm', 'group', 'operator', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'startup']
    .concat(['business', 'conglomerate', 'retailer', 'manufacturer', 'developer', 'platform', 'utility'])
    .map((w): [string, 'organization'] => [w, 'organization']),
  ...['government', 'administration', 'agency', 'regulator', 'watchdog'].map((w): [string, 'agency'] => [w, 'agency']),
]);
/** How far back a pronoun looks for its antecedent, in sentences. */
const PRONOUN_REACH = 4;
/** How far back "the company" looks for a body of the right type when none is named so, in sentences. */
const BODY_REACH = 6;

/**
 * The coreference stage: resolves every cue's speaker in text order, keeping
 * the referents introduced so far. A pronoun takes the nearest compatible
 * referent, sentence by sentence back, preferring a speaker introduced by a
 * reporting verb, then the leftmost name (the subject); a role ("the
 * spokesman") takes the latest person who holds it or the unnamed source it
 * describes; "the statement" takes the latest statement's authors.
 */
export class Discourse {
  private readonly referents: Referent[] = [];
  private readonly bySpeaker = new Map<Cue, Speaker>();

  constructor(
    private readonly ctx: ArticleContext,
    cues: readonly Cue[],
    private readonly genderOf: (id: EntityId) => Gender | null,
  ) {
    const roles = personRoles(ctx);
    for (const m of ctx.mentions) {
      const entity = ctx.entity(m.entity);
      // A country can be "it" or "they" ("Zambia … it said"); a person, agency or organisation anything.
      if (!entity || !(SPEAKER_TYPES.has(entity.type) || entity.type === 'country')) continue;
      this.referents.push({
        at: m.start,
        sentence: ctx.sentenceAt(m.start),
        speaker: { entities: [entity.id], name: entity.name },
        kind: entity.type === 'person' ? 'person' : 'body',
        plural: false,
        gender: entity.type === 'person' ? genderOf(entity.id) : null,
        roles: roles.get(m.start) ?? new Set(),
        fromCue: false,
        document: false,
      });
    }
    this.referents.push(...this.coordinatedNames());
    this.referents.sort((a, b) => a.at - b.at);
    for (const cue of cues) this.bySpeaker.set(cue, this.resolveCue(cue));
  }

  /** "Isla Airways and Tala Air …": two names of one kind joined by "and", which "they" can refer to together. */
  private coordinatedNames(): Referent[] {
    const joint: Referent[] = [];
    const named = this.referents;
    for (let k = 1; k < named.length; k++) {
      const a = named[k - 1];
      const b = named[k];
      if (!a || !b || a.kind !== b.kind || a.speaker.entities[0] === b.speaker.entities[0]) continue;
      const end = this.ctx.mentions.find((m) => m.start === a.at)?.end ?? a.at;
      if (!/^\s+(?:and|&)\s+$/.test(this.ctx.text.slice(end, b.at))) continue;
      joint.push({
        ...b,
        speaker: {
          entities: [...a.speaker.entities, ...b.speaker.entities],
          name: `${a.speaker.name ?? ''} and ${b.speaker.name ?? ''}`,
        },
        kind: 'joint',
        plural: true,
        gender: null,
        roles: new Set(),
      });
    }
    return joint;
  }

  /** The speaker of a cue, as resolved in text order. */
  speakerOf(cue: Cue): Speaker {
    return this.bySpeaker.get(cue) ?? UNATTRIBUTED;
  }

  /** The speaker named by a phrase at `at` that no cue introduced ("Transport Minister Kojo Asamoah was more cautious."). */
  resolvePhrase(phrase: SourcePhrase, at: number): Speaker {
    return this.resolve(phrase, at, this.ctx.sentenceAt(at));
  }

  private resolveCue(cue: Cue): Speaker {
    if (cue.sharesSpeakerWith) return this.speakerOf(cue.sharesSpeakerWith);
    const phrase = readSource(this.ctx, cue.region, cue.inverted);
    const speaker = this.resolve(phrase, cue.start, cue.sentence);
    if (speaker.name !== null) this.introduce(cue, phrase, speaker);
    return speaker;
  }

  private introduce(cue: Cue, phrase: SourcePhrase, speaker: Speaker): void {
    const [only] = speaker.entities;
    const single = speaker.entities.length === 1 && only !== undefined ? this.ctx.entity(only) : undefined;
    const plural = speaker.entities.length > 1 || (phrase.kind === 'unnamed' && phrase.plural);
    const referent: Referent = {
      at: cue.start,
      sentence: cue.sentence,
      speaker,
      kind:
        speaker.entities.length > 1
          ? 'joint'
          : single
            ? single.type === 'person'
              ? 'person'
              : 'body'
            : phrase.kind === 'unnamed' || phrase.kind === 'role' || phrase.kind === 'pronoun'
              ? 'unnamed'
              : 'other',
      plural,
      gender: single?.type === 'person' ? this.genderOf(single.id) : null,
      roles: new Set(phrase.kind === 'role' || (phrase.kind === 'unnamed' && phrase.role) ? [phrase.role ?? ''] : []),
      fromCue: true,
      document: cue.statement,
    };
    // Kept in text order: a cue's referent goes after every name before the cue.
    let k = this.referents.length;
    while (k > 0 && (this.referents[k - 1]?.at ?? 0) > cue.start) k--;
    this.referents.splice(k, 0, referent);
  }

  private before(at: number): Referent[] {
    return this.referents.filter((r) => r.at < at);
  }

  private resolve(phrase: SourcePhrase, at: number, sentence: number): Speaker {
    const { explicit: _, ...speaker } = this.resolveWords(phrase, at, sentence);
    return phrase.kind === 'named' ? { ...speaker, explicit: true } : speaker;
  }

  private resolveWords(phrase: SourcePhrase, at: number, sentence: number): Speaker {
    switch (phrase.kind) {
      case 'named':
        return {
          entities: phrase.entities,
          name: phrase.entities.map((id) => this.ctx.entity(id)?.name ?? id).join(' and '),
        };
      case 'unnamed':
      case 'other':
        return { entities: [], name: phrase.text };
      case 'pronoun':
        return this.antecedent(phrase.pronoun, at, sentence)?.speaker ?? UNATTRIBUTED;
      case 'role': {
        const holder = this.before(at)
          .reverse()
          .find((r) => r.roles.has(phrase.role) && (r.kind === 'person' || r.kind === 'unnamed'));
        return holder?.speaker ?? { entities: [], name: phrase.text };
      }
      case 'body':
        return this.body(phrase.noun, phrase.qualifiers, at, sentence) ?? { entities: [], name: phrase.text };
      case 'roles':
        return this.holders(phrase.role, at) ?? { entities: [], name: phrase.text };
      case 'bodies':
        return this.bodies(at, sentence) ?? { entities: [], name: phrase.text };
      case 'document': {
        const earlier = this.before(at).reverse();
        const statement =
          earlier.find((r) => r.fromCue && r.document) ?? earlier.find((r) => r.fromCue && sentence - r.sentence <= 2);
        return statement?.speaker ?? UNATTRIBUTED;
      }
      case 'none':
        return UNATTRIBUTED;
    }
  }

  private antecedent(pronoun: 'he' | 'she' | 'they' | 'it', at: number, sentence: number): Referent | undefined {
    const fits = (r: Referent): boolean => {
      switch (pronoun) {
        case 'he':
        case 'she':
          return (
            (r.kind === 'person' && r.gender !== (pronoun === 'he' ? 'female' : 'male')) ||
            (r.kind === 'unnamed' && !r.plural)
          );
        case 'they':
          return r.kind === 'joint' || r.kind === 'body' || r.kind === 'other' || (r.kind === 'unnamed' && r.plural);
        case 'it':
          return r.kind === 'body' || r.kind === 'other';
        default:
          return false;
      }
    };
    const earlier = this.before(at);
    return (
      this.nearest(pronoun, fits, at, sentence) ??
      this.nearest(pronoun, ignoringGender(pronoun, fits), at, sentence) ??
      // A pronoun in narration always has an antecedent, however far back: the latest that fits.
      [...earlier].reverse().find((r) => fits(r))
    );
  }

  /** The nearest referent that fits, sentence by sentence back from `at`. */
  private nearest(
    pronoun: 'he' | 'she' | 'they' | 'it',
    fits: (r: Referent) => boolean,
    at: number,
    sentence: number,
  ): Referent | undefined {
    const earlier = this.before(at);
    for (let s = sentence; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
      const here = earlier.filter((r) => r.sentence === s);
      // The first speaker of a sentence is its main clause's ("X told reporters that the government had warned …").
      const fromCue = here.find((r) => r.fromCue && fits(r));
      if (fromCue) return fromCue;
      // "they" after "A and B" means both of them, not the first.
      const named =
        (pronoun === 'they' && here.find((r) => r.kind === 'joint')) || here.find((r) => !r.fromCue && fits(r));
      if (named) return named;
    }
    return undefined;
  }

  /**
   * "the two ministers": the latest people named together ("A and B said …"),
   * or failing that the last two people the text gives that role.
   */
  private holders(role: string, at: number): Speaker | undefined {
    const earlier = this.before(at).reverse();
    const isPerson = (id: EntityId): boolean => this.ctx.entity(id)?.type === 'person';
    const joint = earlier.find((r) => r.kind === 'joint' && r.speaker.entities.every(isPerson));
    if (joint) return joint.speaker;
    const holders: Referent[] = [];
    for (const r of earlier) {
      if (r.kind !== 'person' || !r.roles.has(role)) continue;
      if (!holders.some((h) => h.speaker.entities[0] === r.speaker.entities[0])) holders.unshift(r);
      if (holders.length === 2) break;
    }
    const [a, b] = holders;
    return a && b
      ? {
          entities: [...a.speaker.entities, ...b.speaker.entities],
          name: `${a.speaker.name ?? ''} and ${b.speaker.name ?? ''}`,
        }
      : undefined;
  }

  /**
   * "the two airlines", "both companies": the latest bodies named together
   * ("Skyline and Fjordfly said …"); failing that, the body that spoke last,
   * close by. Never two bodies guessed from separate mentions.
   */
  private bodies(at: number, sentence: number): Speaker | undefined {
    const earlier = this.before(at).reverse();
    const isBody = (id: EntityId): boolean => this.ctx.entity(id)?.type !== 'person';
    const joint = earlier.find((r) => r.kind === 'joint' && r.speaker.entities.every(isBody));
    if (joint) return joint.speaker;
    return earlier.find((r) => r.fromCue && r.kind === 'body' && sentence - r.sentence <= 2)?.speaker;
  }

  /**
   * "the company", "the union": the latest body named with that word ("the
   * union" → "… Workers’ Union"), also one the extraction did not mark here;
   * failing that, for a generic word only ("the company", "the regulator"),
   * the latest body of its type close by whose name is not some other kind
   * of body.
   */
  private body(noun: string, qualifiers: readonly string[], at: number, sentence: number): Speaker | undefined {
    const earlier = this.before(at).reverse();
    const entityOf = (r: Referent) =>
      r.kind === 'body' && r.speaker.entities.length === 1 && r.speaker.entities[0] !== undefined
        ? this.ctx.entity(r.speaker.entities[0])
        : undefined;
    const nameWords = (name: string): string[] => name.toLowerCase().split(/[^\p{L}]+/u);
    // "the Zambian army" is only a body whose name says "Zambian" too: a qualifier names which one.
    const fits = (name: string): boolean =>
      nameWords(name).includes(noun) && qualifiers.every((q) => nameWords(name).includes(q.toLowerCase()));
    const byName = earlier.find((r) => fits(entityOf(r)?.name ?? ''));
    if (byName) return byName.speaker;
    const unmarked = this.ctx.bodyNamedBefore(noun, at);
    if (unmarked && fits(unmarked.name)) return { entities: [unmarked.id], name: unmarked.name };
    const type = GENERIC_BODIES.get(noun);
    // Only "the company", not "the Zambian company" or "the mines ministry": a qualifier names a body we cannot check.
    if (!type || qualifiers.length > 0) return undefined;
    const byType = earlier.find((r) => {
      const e = entityOf(r);
      return (
        e !== undefined &&
        e.type === type &&
        sentence - r.sentence <= BODY_REACH &&
        !nameWords(e.name).some((w) => w !== noun && BODY_NOUNS.has(w))
      );
    });
    return byType?.speaker;
  }
}
