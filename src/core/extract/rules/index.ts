import { acronymDefinition } from './acronym-definition.ts';
import { administration } from './administration.ts';
import { calendarWord } from './calendar-word.ts';
import { compassRegion } from './compass-region.ts';
import { connector } from './connector.ts';
import { contextCue } from './context-cue.ts';
import { coordination } from './coordination.ts';
import { countryPrefix } from './country-prefix.ts';
import { currencyCode } from './currency-code.ts';
import { definedAcronym } from './defined-acronym.ts';
import { demonymLedBody } from './demonym-led-body.ts';
import { demonym } from './demonym.ts';
import { documentTitle } from './document-title.ts';
import { foreignBody } from './foreign-body.ts';
import { foreignTitle } from './foreign-title.ts';
import { genericBodyScope } from './generic-body-scope.ts';
import { headWord } from './head-word.ts';
import { honorific } from './honorific.ts';
import { introducedName } from './introduced-name.ts';
import { knownAfterOf } from './known-after-of.ts';
import { knownNameExtended } from './known-name-extended.ts';
import { knownName } from './known-name.ts';
import { leadingArticle } from './leading-article.ts';
import { loneWord } from './lone-word.ts';
import { nameWords } from './name-words.ts';
import { numberedName } from './numbered-name.ts';
import { ordinaryOpener } from './ordinary-opener.ts';
import { personOfBody } from './person-of-body.ts';
import { personalName } from './personal-name.ts';
import type { Rule } from './rule.ts';
import { sentenceOpener } from './sentence-opener.ts';
import { sourceCredit } from './source-credit.ts';
import { titledPerson } from './titled-person.ts';
import { title } from './title.ts';
import { unusualName } from './unusual-name.ts';
import { untypedName } from './untyped-name.ts';

/**
 * Every candidate rule, in the order it runs. Within a stage the first rule
 * that applies wins, so the order is the precedence:
 *
 * - Token rules read a chunk left to right. Whole-chunk verdicts come first
 *   (a treaty is nothing, a bracketed credit is an agency of news). Then what
 *   is never part of a name (connectors) and what this article has already
 *   defined (its acronyms outrank the knowledge data). Sentence openers and
 *   "The" are dropped before the knowledge lookup, except where they start a
 *   known name. Known names come before titles and heads, because the data is
 *   surer than any pattern; among them the narrow readings (a currency code,
 *   a country prefix, a longer name) before the plain match. Honorifics and
 *   titles then set up a person; compass words and demonyms are read before
 *   the calendar and ordinary-word filters, which would drop them;
 *   `name-words` takes whatever is left and must stay last.
 * - Name rules type the words `name-words` hands over: certainties (a title
 *   before, a naming verb, one lone word, a known body after "of") before the head word,
 *   the head before cues around the name, cues before the shape of the words
 *   (a given name, a particle, speech), and `untyped-name` last.
 * - Chunk refiners look at what the chunk produced: an administration takes
 *   its leader's name before an acronym definition looks for its long form.
 * - Article refiners run when the article is read: coordination first, as it
 *   types names the later refiners read; a foreign body must lose
 *   its knowledge link before generic bodies are scoped, since scoping reads
 *   that link.
 */
export const RULES: readonly Rule[] = [
  documentTitle,
  sourceCredit,
  connector,
  definedAcronym,
  sentenceOpener,
  leadingArticle,
  currencyCode,
  countryPrefix,
  knownNameExtended,
  knownName,
  honorific,
  title,
  compassRegion,
  demonym,
  calendarWord,
  ordinaryOpener,
  nameWords,

  titledPerson,
  introducedName,
  loneWord,
  knownAfterOf,
  personOfBody,
  headWord,
  demonymLedBody,
  contextCue,
  numberedName,
  foreignTitle,
  personalName,
  unusualName,
  untypedName,

  administration,
  acronymDefinition,

  coordination,
  foreignBody,
  genericBodyScope,
];
