import { dropWhen, wordCount } from './rule.ts';

/** An imperative or a question aimed at the reader, not a sentence that merely starts with "Like" or "Get". */
const PROMPT_START =
  /^(?:join\s+(?:our|us|the\s+conversation\s+on)|sign\s+up|subscribe|follow\s+(?:us|our|(?:him|her|them|me)\s+on)|like\s+(?:us|our)|download\s+(?:our|the)|get\s+(?:our|the\s+latest|breaking|the\s+best|more|daily|weekly|free)|register\s+(?:for|to|now)|click\s+here|don(?:'|’)t\s+miss|never\s+miss|stay\s+(?:informed|up\s+to\s+date|in\s+the\s+know|ahead|connected)|want\s+(?:more|the\s+latest)|enjoy(?:ed)?\s+(?:this|reading|our)|like\s+this\s+(?:article|story)|liked\s+this|love\s+(?:this|our)|keep\s+up\s+with|be\s+the\s+first\s+to\s+know|the\s+(?:latest|best|top)\s+[\p{L} ]{0,40}\s(?:delivered|straight|right)\s+to\s+your|(?:[\p{L}'’-]+\s+){0,3}newsletter\s*:)(?![\p{L}])/iu;
/** "Follow Jane Doe on X": a name is capitalised, so this part keeps its case. */
const FOLLOW_NAME = /^(?:Follow|FOLLOW)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+on\b/u;
const PROMPT_CHANNEL =
  /\b(?:newsletters?|telegram|whatsapp|facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|mastodon|google\s+news|flipboard|rss|channel|podcast|app|inbox|alerts?|updates|us\s+on|x|email|e-mail|daily\s+(?:brief|briefing|digest)|weekly\s+(?:brief|briefing|digest))\b/i;

/**
 * Newsletter and social prompts: a short line that asks the reader to join,
 * sign up, subscribe or follow, or promises the latest news in their inbox,
 * and names a channel ("Join our … Telegram channel …", "Sign up for our
 * newsletter", "Follow us on X", "Follow her on Twitter @jdoe", "Get the
 * latest security news delivered to your inbox"). A sentence that starts
 * the same way names no channel, or is long.
 */
export const socialPrompt = dropWhen(
  'newsletter or social prompt',
  (block) =>
    wordCount(block.text) <= 40 &&
    (PROMPT_START.test(block.text.trim()) || FOLLOW_NAME.test(block.text.trim())) &&
    PROMPT_CHANNEL.test(block.text),
);
