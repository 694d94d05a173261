import { dropWhen, isWholeLine, wordCount } from './rule.ts';

/** The fields, buttons and headings of a sign-up box, as whole lines. */
const FORM_LINE =
  /^(?:email|e-mail|email address|your email|your email address|enter your email|enter your email address|enter email|sign up|sign me up|subscribe|subscribe now|subscribe today|submit|join now|join|newsletter|newsletters|our newsletter|free newsletter|daily newsletter|weekly newsletter|newsletter sign-?up|sign up for (?:our|the) newsletters?|get (?:our|the) newsletters?|thank you for (?:signing up|subscribing)|thanks for (?:signing up|subscribing)|you(?:'|’)re (?:all set|subscribed|signed up)|check your inbox|something went wrong|please enter a valid email(?: address)?|invalid email(?: address)?|privacy policy|terms of (?:use|service)|terms and conditions|terms & conditions|unsubscribe)$/;

/** The consent text under a sign-up box. */
const FORM_CONSENT =
  /^(?:by (?:signing up|subscribing|registering|clicking|submitting|entering your email)|you (?:can|may) unsubscribe|unsubscribe at any time|we (?:will|won(?:'|’)t) (?:never )?(?:share|sell) your (?:email|data|details)|this site is protected by recaptcha|we respect your privacy|no spam|(?:i|you) agree to (?:the|our) (?:terms|privacy))/i;

/** A sign-up box's pitch: the newsletter's name or the promise of the inbox. */
const FORM_PITCH =
  /\b(?:delivered|sent|straight|direct(?:ly)?)\s+(?:to\s+)?(?:you|your\s+inbox)\b|\bin(?:to)?\s+your\s+inbox\s+(?:every|each)\b|\bevery\s+\w+\s+in\s+your\s+inbox\b|^(?:get|sign\s+up\s+for|subscribe\s+to)\s+(?:the|our)\s+[^.]{0,50}\b(?:newsletter|briefing|digest|bulletin|roundup)s?$/i;

/**
 * Sign-up boxes in and under the article: their fields and buttons as whole
 * lines ("Email address", "Sign up", "Newsletter", "Thanks for signing up!")
 * the pitch ("Get the Morning Signal newsletter", "The day's stories,
 * straight to your inbox") and the consent text that starts "By signing
 * up, you agree to…" or "You can unsubscribe at any time". Article
 * sentences that mention terms, privacy or an inbox do not read that way.
 */
export const subscriptionForm = dropWhen(
  'subscription form',
  (block) =>
    isWholeLine(block.text, FORM_LINE) ||
    (wordCount(block.text) <= 50 && FORM_CONSENT.test(block.text.trim())) ||
    (wordCount(block.text) <= 30 && FORM_PITCH.test(block.text.trim())),
);
