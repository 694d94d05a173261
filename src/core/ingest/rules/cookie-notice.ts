import { dropWhen, isWholeLine, wordCount } from './rule.ts';

/** A sentence about the site's own cookies or the reader's consent to them. */
const COOKIE_NOTICE =
  /\bcookies?\b.*\b(?:we use|this (?:web)?site uses|our (?:web)?site uses|uses? cookies|accept|consent|continuing to (?:use|browse)|privacy (?:policy|notice)|cookie (?:policy|settings|preferences)|improve your experience|personali[sz]e)|\b(?:we use|this (?:web)?site uses) cookies/i;

/** The site saying it sets cookies, which is all some banners say. */
const SITE_COOKIES = /\b(?:we use|(?:this|our) (?:web)?site uses|(?:this|our) (?:web)?site (?:stores|sets)) cookies\b/i;

/** The buttons of a consent banner. */
const CONSENT_BUTTON =
  /^(?:accept|accept all|accept all cookies|accept cookies|reject|reject all|decline|allow all|allow cookies|manage cookies|cookie settings|cookie preferences|manage preferences|manage options|privacy settings|i agree|i accept|agree|got it|ok|okay|agree and close|continue without accepting|do not sell(?: or share)? my personal information|your privacy choices)$/;

/**
 * Cookie and consent banners: a short text that speaks of the site's cookies
 * together with using, accepting or consenting ("We use cookies to improve
 * your experience…"), and the banner's buttons ("Accept all", "Manage
 * preferences"). An article about cookies does not speak of "we use" or of
 * the reader's consent in one short line, and has more to say.
 */
export const cookieNotice = dropWhen(
  'cookie notice',
  (block) =>
    isWholeLine(block.text, CONSENT_BUTTON) ||
    (wordCount(block.text) <= 60 && SITE_COOKIES.test(block.text)) ||
    (wordCount(block.text) <= 60 && COOKIE_NOTICE.test(block.text) && /\b(?:we|our|you|your)\b/i.test(block.text)),
);
