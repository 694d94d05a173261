import { dropWhen, isWholeLine, wordCount } from './rule.ts';

/** The fields, buttons and headings of a sign-up box, as whole lines. */
const FORM_LINE =
  /^(?:email|e-mail|email address|your email|your email address|enter your email|enter your email address|enter email|sign up|sign me up|subscribe|subscribe now|subscribe today|submit|join now|join|newsletter|newsletters|our newsletter|free newsletter|daily newsletter|weekly newsletter|newsletter sign-?up|sign up for (?:our|the) newsletters?|get (?:our|the) newsletters?|thank you for (?:signing up|subscribing)|thanks for (?:signing up|subscribing)|you(?:'|’)re (?:all set|subscribed|signed up)|check your inbox|something went wrong|please enter a valid email(?: address)?|invalid email(?: address)?|privacy policy|terms of (?:use|service)|terms and conditions|terms & conditions|unsubscribe)$/;

/** The consent text under a sign-up box. */
const FORM_CONSENT =
  /^(?:by (?:signing up|subscribing|registering|clicking|submitting|entering your email)|you (?:can|may) unsubscribe|unsubscribe at any time|we (?:will|won(?:'|’)t) (?:never )?(?:share|sell) your (?:email|data|details)|this site is protected by recaptcha|we respect your privacy|no spam|(?:i|you) agree to (?:the|our) (?:terms|privacy))/i;

/**
 * Sign-up boxes in and under the article: their fields and buttons as whole
 * lines ("Email address", "Sign up", "Newsletter", "Thanks for signing up!")
 * and the consent text that starts "By signing up, you agree to…" or "You
 * can unsubscribe at any time". Article sentences that mention terms or
 * privacy do not start that way.
 */
export const subscriptionForm = dropWhen(
  'subscription form',
  (block) =>
    isWholeLine(block.text, FORM_LINE) || (wordCount(block.text) <= 50 && FORM_CONSENT.test(block.text.trim())),
);
