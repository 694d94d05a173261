import { isPhotoCaption, withoutTrailingCredit } from './photo-credit.ts';
import { comparable } from './paragraphs.ts';

/** What a rule did to one paragraph: the text left (null drops the paragraph) and the text it took out. */
export interface RuleOutcome {
  keep: string | null;
  removed: string;
}

/** A named way of recognising scraping residue in one paragraph, seen among its neighbours. */
export interface ResidueRule {
  name: string;
  /** Null when the paragraph has none of this residue. */
  apply(paragraph: string, index: number, paragraphs: readonly string[]): RuleOutcome | null;
}

const drop = (paragraph: string): RuleOutcome => ({ keep: null, removed: paragraph });

/** True when the paragraph, read as a whole line, is one of `phrases`. */
function isWholeLine(paragraph: string, phrases: RegExp): boolean {
  return phrases.test(comparable(paragraph).replace(/\*+$/, '').trim());
}

const AD_MARKER = String.raw`\{[\p{L}_][\p{L}\p{N}_-]*\}`;

/**
 * Ad markers: content-management tokens such as `{mosads}` (any `{word}`),
 * taken out of the paragraph with the space they leave, and a line that
 * says only "Advertisement".
 */
const adMarker: ResidueRule = {
  name: 'ad marker',
  apply(paragraph) {
    if (isWholeLine(paragraph, /^advertisements?$/)) return drop(paragraph);
    const markers = paragraph.match(new RegExp(AD_MARKER, 'gu'));
    if (!markers) return null;
    const keep = paragraph
      .replace(new RegExp(String.raw`(\s?)${AD_MARKER}(\s?)`, 'gu'), (_m, before: string, after: string) =>
        before && after ? ' ' : '',
      )
      .trim();
    return { keep: keep.length > 0 ? keep : null, removed: markers.join(' ') };
  },
};

/** An imperative aimed at the reader, not a sentence that merely starts with "Like" or "Get". */
const PROMPT_START =
  /^(?:join\s+(?:our|us)|sign\s+up|subscribe|follow\s+(?:us|our)|like\s+(?:us|our)|download\s+(?:our|the)|get\s+(?:our|the\s+latest|breaking)|register\s+(?:for|to|now)|click\s+here)\b/i;
const PROMPT_CHANNEL =
  /\b(?:newsletters?|telegram|whatsapp|facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|channel|podcast|app|inbox|alerts?|updates|us\s+on)\b/i;

/**
 * Newsletter and social prompts: a short line that asks the reader to join,
 * sign up, subscribe or follow, and names a channel ("Join our … Telegram
 * channel …", "Sign up for our newsletter", "Follow us on X").
 */
const socialPrompt: ResidueRule = {
  name: 'newsletter or social prompt',
  apply(paragraph) {
    const words = paragraph.split(/\s+/).length;
    return words <= 40 && PROMPT_START.test(paragraph) && PROMPT_CHANNEL.test(paragraph) ? drop(paragraph) : null;
  },
};

const COMMENT_FORM =
  /^(?:be the first to comment|leave a (?:reply|comment)|post a comment|add a comment|cancel reply|comments?|\d+ comments?|your email address will not be published|required fields are marked|save my name, email, and website in this browser for the next time i comment|you must be logged in to post a comment)$/;

/** Comment-form text under the article: "Be the first to comment", "Leave a Reply", "Your email address will not be published." */
const commentForm: ResidueRule = {
  name: 'comment form',
  apply: (paragraph) => (isWholeLine(paragraph, COMMENT_FORM) ? drop(paragraph) : null),
};

/**
 * A duplicated standfirst: the standfirst repeated next to it with a photo
 * credit glued on ("…networks." then "…networks.PHOTO: AFP"). The credited
 * copy is the lead photo's caption and goes; the standfirst is the article's
 * own words and stays.
 */
const duplicatedStandfirst: ResidueRule = {
  name: 'duplicated standfirst',
  apply(paragraph, index, paragraphs) {
    const neighbours = [paragraphs[index - 1], paragraphs[index + 1]].filter((p) => p !== undefined);
    return neighbours.some((other) => isCreditedCopy(paragraph, other)) ? drop(paragraph) : null;
  },
};

/** True when `credited` is `bare` with a photo credit after it. */
function isCreditedCopy(credited: string, bare: string): boolean {
  const stripped = withoutTrailingCredit(credited);
  return stripped !== null && stripped.length > 0 && comparable(stripped) === comparable(bare);
}

/**
 * Photo captions and credits: a paragraph with "(… photo by …)" in it, or one
 * that ends in a credit ("PHOTO: AFP", "(Reuters)", "(AP Photo/…)"). A
 * caption is not part of the article's text.
 */
const photoCaption: ResidueRule = {
  name: 'photo caption',
  apply: (paragraph) => (isPhotoCaption(paragraph) ? drop(paragraph) : null),
};

/**
 * The residue rules that need nothing but the text, in the order they run.
 * The standfirst rule comes before the caption rule, which would otherwise
 * take the credited copy and leave its twin behind.
 */
export const RESIDUE_RULES: readonly ResidueRule[] = [
  adMarker,
  socialPrompt,
  commentForm,
  duplicatedStandfirst,
  photoCaption,
];

/** Lines that repeat the headline (page titles, share widgets) once the headline is known. */
export function headlineRepeat(headline: string): ResidueRule {
  const target = comparable(headline);
  return {
    name: 'headline repeat',
    apply: (paragraph) => (comparable(paragraph) === target ? drop(paragraph) : null),
  };
}
