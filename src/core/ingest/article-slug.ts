import slugify from '@sindresorhus/slugify';

/** Longest default slug; long enough to tell headlines apart, short enough for a URL. */
export const MAX_SLUG_LENGTH = 60;

/**
 * The default slug of an article: its headline slugified, cut at a word
 * boundary to at most MAX_SLUG_LENGTH characters. Empty when the headline
 * has nothing that transliterates to a letter or digit.
 */
export function slugFromHeadline(headline: string): string {
  const full = slugify(headline);
  if (full.length <= MAX_SLUG_LENGTH) return full;
  const cut = full.lastIndexOf('-', MAX_SLUG_LENGTH);
  return (cut > 0 ? full.slice(0, cut) : full.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
