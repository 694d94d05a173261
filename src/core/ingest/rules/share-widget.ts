import { dropWhen, isWholeLine, lineKey } from './rule.ts';

const NETWORK = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|mail|print|sms|messenger|flipboard|pocket|bluesky|threads|mastodon|tumblr|copy link|copy url|copy|link|more)`;

/** A share label or button: "Share this article:", "Share on Facebook", "Tweet", "Copy link". */
const SHARE_LINE = new RegExp(
  String.raw`^(?:share|shares|share this|share this (?:article|story|post|page)|share (?:the|this) (?:article|story) (?:on|via)(?: ${NETWORK})?|share (?:on|via|with|to) ${NETWORK}|share article|share story|share page|sharing|share options|share via|tweet|tweet this|pin it|pin|post|email this|email article|print this|print article|print|copy link|copy url|copy article link|link copied|link copied to clipboard|copied|save|save article|save for later|saved|bookmark|gift|gift this article|gift article|listen|follow|click to (?:share|email|print)(?: on| a link to a friend)?(?: ${NETWORK})?(?: \(opens in new window\))?|opens in (?:a )?new (?:window|tab)|${NETWORK})$`,
);

/** A row of network names: "Facebook Twitter LinkedIn Email", "Facebook | X | WhatsApp". */
function isNetworkRow(text: string): boolean {
  const words = lineKey(text)
    .replace(/^share(?: this(?: article| story)?)?\s*:?\s*/, '')
    .split(/[\s|,·•/]+/)
    .filter(Boolean);
  const network = new RegExp(String.raw`^${NETWORK}$`);
  return words.length >= 2 && words.every((word) => network.test(word));
}

/**
 * Share widgets: their label ("Share this article:"), buttons ("Share on
 * Facebook", "Tweet", "Copy link", "Print") and rows of network names
 * ("Facebook Twitter LinkedIn"). Whole lines only: "Facebook said on
 * Tuesday…" stays.
 */
export const shareWidget = dropWhen(
  'share widget',
  (block) => isWholeLine(block.text, SHARE_LINE) || isNetworkRow(block.text),
);
