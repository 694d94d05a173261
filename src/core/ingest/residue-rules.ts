import type { ResidueRule } from './rules/rule.ts';
import { adMarker } from './rules/ad-marker.ts';
import { authorBio } from './rules/author-bio.ts';
import { bylineRepeat } from './rules/byline-repeat.ts';
import { commentForm } from './rules/comment-form.ts';
import { cookieNotice } from './rules/cookie-notice.ts';
import { copyrightNotice } from './rules/copyright-notice.ts';
import { counter } from './rules/counter.ts';
import { duplicatedStandfirst } from './rules/duplicated-standfirst.ts';
import { headlineRepeat } from './rules/headline-repeat.ts';
import { mediaControls } from './rules/media-controls.ts';
import { navigation } from './rules/navigation.ts';
import { pageNotice } from './rules/page-notice.ts';
import { photoCaption } from './rules/photo-caption.ts';
import { promoBlock } from './rules/promo-block.ts';
import { readingTime } from './rules/reading-time.ts';
import { relatedLinks } from './rules/related-links.ts';
import { shareWidget } from './rules/share-widget.ts';
import { socialPrompt } from './rules/social-prompt.ts';
import { sponsorBlock } from './rules/sponsor-block.ts';
import { subscriptionForm } from './rules/subscription-form.ts';
import { tipLine } from './rules/tip-line.ts';
import { topicTags } from './rules/topic-tags.ts';
import { trailingTags } from './rules/trailing-tags.ts';
import { updateLine } from './rules/update-line.ts';

export type { ResidueRule, RuleOutcome } from './rules/rule.ts';
export { headlineRepeat };

/**
 * The residue rules that judge a line by itself or with its neighbour, in
 * the order they run, before the header is read. None may take a date line
 * or a byline, which the header needs. Each is named in the ingest report;
 * none names a site. The standfirst rule comes before the caption rule,
 * which would otherwise take the credited copy and leave its twin behind.
 */
export const RESIDUE_RULES: readonly ResidueRule[] = [
  adMarker,
  navigation,
  cookieNotice,
  pageNotice,
  socialPrompt,
  subscriptionForm,
  commentForm,
  shareWidget,
  counter,
  readingTime,
  tipLine,
  copyrightNotice,
  mediaControls,
  duplicatedStandfirst,
  photoCaption,
];

/** What the body rules know once the header is read. */
export interface BodyContext {
  headline: string;
  author?: string | undefined;
}

/**
 * The rules that judge runs of blocks (a label and what follows it, the end
 * of the article) or need the headline and the writer, in the order they
 * run over the body after the header. They never see the header, where a
 * nav label above the headline would otherwise swallow it. Sponsor and
 * promotion boxes go before related links, whose headlines they may hold;
 * the trailing tags come last, once whatever followed them is gone.
 */
export function bodyRules({ headline, author }: BodyContext): readonly ResidueRule[] {
  return [
    headlineRepeat(headline),
    ...(author ? [bylineRepeat(author)] : []),
    updateLine,
    sponsorBlock,
    promoBlock,
    relatedLinks,
    topicTags,
    authorBio(author),
    trailingTags,
  ];
}

/** Every rule's name, for the report and the tests. */
export const RULE_NAMES: readonly string[] = [
  ...RESIDUE_RULES.map((rule) => rule.name),
  ...bodyRules({ headline: '', author: 'X' }).map((rule) => rule.name),
];
