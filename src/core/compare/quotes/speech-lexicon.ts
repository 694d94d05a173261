/**
 * Closed word classes the quote attribution reasons with: facts about how
 * English news prose reports speech, not about any story.
 */
import { PERSON_APPOSITIONS, TITLE_HEADS } from '../../extract/lexicon.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Reporting verbs in every form news uses: the cue of an attribution ("said",
 * "told", "wrote", "tweeted", "adding"; "according to" is a cue of its own),
 * with the verbs of belief and judgement that govern partial quotations ("X
 * condemned the attack as “…”", "X believes the deal is “…”"). Forms that are
 * as often nouns ("states", "claims", "reports") are left out.
 */
export const CUE_VERBS = set(`
  say says said saying tells told telling adds added adding writes wrote writing tweeted tweeting
  posted posting noted noting argues argued arguing warns warned warning stated stating explains explained
  explaining insists insisted insisting asks asked asking replied replying responded responding declares
  declared declaring continues continued claimed claiming acknowledges acknowledged acknowledging admits
  admitted conceded announces announced urges urged urging cautioned predicts predicted suggests suggested
  recalls recalled recalling remembers remembered describes described describing called calling asserts asserted maintains
  maintained stresses stressed emphasises emphasised emphasizes emphasized observes observed remarked
  commented countered complains complained complaining lamented vowed pledged promised concludes concluded
  confirms confirmed denies denied alleges alleged reveals revealed reported quipped joked exclaimed
  shouted testifies testified contends contended reiterates reiterated boasted texted emailed e-mailed
  messaged blogged wondered mused recounts recounted read reads notes concedes laments quips responds counters
  cautions believes believed thinks thought hopes hoped fears feared worries worried estimated estimates
  blamed blames cited cites disclosed mentioned recommended expressed voiced underlined underscored highlighted
  condemned condemns slammed slams blasted hailed hails welcomed welcomes criticised criticized criticises
  criticizes denounced denounces praised praises labelled labeled branded termed likened characterised
  characterized accused accuses charged demanded demands threatened threatens pleaded questioned questions
  challenged dismissed dismisses rejected rejects signalled signaled indicated indicates agreed agrees
  disagreed`);

/** Reporting verbs made of a verb and a particle: "as X put it", "X went on", "X pointed out". */
export const PHRASAL_CUES = new Map<string, string>([
  ['put', 'it'],
  ['puts', 'it'],
  ['went', 'on'],
  ['goes', 'on'],
  ['summed', 'up'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['chimed', 'in'],
  ['weighed', 'in'],
  ['hit', 'back'],
  ['shot', 'back'],
  ['fired', 'back'],
  ['spelled', 'out'],
  ['spelt', 'out'],
]);

/** Reporting verbs that may come before their speaker right after a quotation: "…," said X. */
export const INVERTIBLE_VERBS = set(`
  said says added adds wrote writes asked asks continued continues explained explains noted notes
  warned warns argued argues recalled recalls replied replies insisted insists stated declared
  countered quipped joked concluded concludes observed remarked tweeted posted cautioned`);

/** Personal pronouns that stand for a speaker in narration ("he said", "she added", "they wrote"). */
export const PRONOUNS = new Map<string, 'he' | 'she' | 'they' | 'it'>([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['it', 'it'],
]);

/** Nouns for a written or recorded utterance: "in a statement", "the statement added", "X's tweet". */
export const DOCUMENT_NOUNS = set(`
  statement statements release tweet tweets post posts letter letters email e-mail emails note memo filing
  filings report assessment message messages blog op-ed column notice announcement communique communiqué
  document documents transcript submission complaint lawsuit ruling judgment judgement indictment
  affidavit testimony interview remarks speech address video broadcast publication website account`);

/** Determiners and quantifiers that make a source indefinite: "a senior official", "one Western diplomat". */
export const INDEFINITE_WORDS = set(`a an one two three four five several some many other another numerous few`);

/**
 * Heads of a noun phrase that names a person by what they do: the role of a
 * named person ("the spokesman") or the description of an unnamed one
 * ("a senior official").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...[...TITLE_HEADS].map((w) => w.toLowerCase()),
  ...PERSON_APPOSITIONS,
  ...`source sources person people official officials diplomat diplomats aide aides insider insiders employee
  employees staffer staffers worker workers member members resident residents witness witnesses steward
  stewards trader traders banker bankers mediator mediators negotiator negotiators legislator legislators
  lawmakers analysts experts observers critics executives officers spokespeople lawyers attorneys
  investigators prosecutors economists researchers scientists doctor doctors nurse nurses teacher teachers
  student students farmer farmers driver drivers owner owners manager managers chairman chairwoman chair
  ceo cfo boss bosses veteran veterans campaigner campaigners activist activists protester protesters
  striker strikers docker dockers dockworker dockworkers passenger passengers customer customers victim victims
  survivor survivors neighbour neighbours neighbor neighbors relative relatives colleague colleagues
  partner partners shareholder shareholders investor investors trustee trustees adviser advisers advisor
  advisors consultant consultants commentator commentators academic academics engineer engineers pilot pilots
  soldier soldiers commander commanders general generals minister ministers secretary secretaries envoy envoys
  ambassador ambassadors judge judges regulator regulators mayor governor senator senators representative
  representatives counterpart counterparts successor predecessor leader leaders`
    .trim()
    .split(/\s+/),
]);

/** Role words that are one role: "the spokesman" finds a spokeswoman's or a spokesperson's words too. */
export const ROLE_SYNONYMS = new Map<string, string>([
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chairperson', 'chair'],
  ['ceo', 'executive'],
  ['advisor', 'adviser'],
  ['attorney', 'lawyer'],
  ['counsel', 'lawyer'],
]);

/**
 * Nouns that stand for a body in narration ("the company said", "the
 * ministry added"), with the entity types they can stand for.
 */
export const BODY_NOUNS = new Map<string, readonly ('organization' | 'agency' | 'group')[]>([
  ...`company firm operator carrier airline group union foundation bank lender insurer university institute
  charity newspaper broadcaster startup conglomerate retailer manufacturer developer platform network
  association federation council coalition alliance party club organisation organization business
  consortium fund exchange utility`
    .trim()
    .split(/\s+/)
    .map((w): [string, readonly ('organization' | 'agency' | 'group')[]] => [w, ['organization', 'agency', 'group']]),
  ...`ministry department agency authority court government police regulator watchdog commission office
  embassy army navy military administration parliament legislature senate congress service bureau
  tribunal prosecutor prosecutors cabinet presidency`
    .trim()
    .split(/\s+/)
    .map((w): [string, readonly ('organization' | 'agency' | 'group')[]] => [w, ['agency', 'organization']]),
]);

/** Lower-case words that end the subject of a reporting verb when reading leftwards from it. */
export const CLAUSE_BOUNDARIES = set(`
  that but while whereas because although though when after before as if since so yet how what why where
  whether unless until once`);

/** Prepositions that put a name in a dependent phrase ("a lawyer for Smith", "an aide to Jones"). */
export const PREPOSITIONS = set(`for to of at with from by about against on in near behind under over among close`);
