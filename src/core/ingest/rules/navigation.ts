import { dropWhen, isWholeLine, wordCount } from './rule.ts';

/** Site chrome that names a place on the site or an account action, never article text. */
const NAV_LINE =
  /^(?:skip to (?:main )?(?:content|navigation|search|footer)|skip navigation|jump to (?:main )?content|menu|main menu|open menu|close menu|toggle navigation|navigation|search|search this site|open search|close|close search|sign in|log in|login|sign out|log out|register|my account|account|create (?:an )?account|sign in to your account|subscribe|subscribe now|back to top|return to top|scroll to top|go to top|home|homepage|main navigation|sections|all sections|edition|choose edition|change edition|site index|sitemap|site map|you are here|breadcrumb|breadcrumbs)$/;

/** "Home › News › Security", "Home / World / Asia": a trail of section names. */
const BREADCRUMB = /^home\s*(?:[›»>/|→]\s*[\p{L}\p{N}&' -]+?\s*){1,5}$/iu;

/**
 * Site navigation: skip links, menu and account buttons ("Menu", "Sign in",
 * "Back to top") and breadcrumb trails ("Home › News › Security"). Matched as
 * whole lines, so "Sign in sheets were handed out" stays.
 */
export const navigation = dropWhen(
  'navigation',
  (block) => isWholeLine(block.text, NAV_LINE) || (wordCount(block.text) <= 14 && BREADCRUMB.test(block.text.trim())),
);
