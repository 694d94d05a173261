import { dropWhen, wordCount } from './rule.ts';

/** A request for tips: "Have a tip?", "Got a news tip?", "Send us your tips:". */
const TIP_REQUEST =
  /^(?:(?:do\s+you\s+)?(?:have|got)\s+(?:a\s+)?(?:news\s+|story\s+)?tips?(?:\s+(?:for\s+us|about\s+this(?:\s+story)?|on\s+this(?:\s+story)?))?\s*[?:!]|(?:send|share|submit)\s+(?:us\s+)?(?:your\s+|a\s+)?(?:news\s+|story\s+)?tips?\b|(?:do\s+you\s+)?(?:know|have)\s+(?:something|more|anything|information)\s+(?:about|on)\s+(?:this|the)\b[^.?]{0,60}\?|tips?\s*:\s|(?:to\s+)?contact\s+(?:us|our\s+newsroom|the\s+newsroom|the\s+author|the\s+reporter)\s+(?:securely|confidentially)\b)/i;
/** The secure channels a tip line lists. */
const CHANNEL =
  /\b(?:signal|whatsapp|telegram|securedrop|proton\s*mail|protonmail|threema|wire|keybase|wickr|email|e-mail)\b/gi;

/**
 * Tip lines: a request for tips ("Have a tip? Contact us securely…", "Got a
 * news tip?", "Send us your tips") or a list of secure channels set off by
 * bars or bullets with a word about contacting ("Reach the newsroom:
 * Signal | WhatsApp | Email"). A sentence that merely names Signal and
 * WhatsApp has no such request and no bar-separated list.
 */
export const tipLine = dropWhen('tip line', (block) => {
  const text = block.text.trim();
  if (wordCount(text) > 60) return false;
  if (TIP_REQUEST.test(text)) return true;
  const channels = new Set((text.match(CHANNEL) ?? []).map((c) => c.toLowerCase()));
  return channels.size >= 2 && /[|•·]/.test(text) && /\b(?:tips?|contact|reach|securely|confidential)/i.test(text);
});
