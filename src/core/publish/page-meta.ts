/**
 * The sharing metadata of a page: canonical address, Open Graph and Twitter card tags, as a
 * list of `<meta>` attributes the layout writes into `<head>`. Every URL here is absolute.
 */
import { OG_IMAGE_SIZE } from './og-cards.ts';

/** The page's Open Graph image: its absolute URL and text alternative. */
export interface PageImage {
  url: string;
  alt: string;
}

/** What an article page adds (`article:*` tags). */
export interface ArticleFacts {
  /** `YYYY-MM-DD` */
  publishedTime: string;
  authors: readonly string[];
  /** The outlet. */
  section: string;
}

/** Everything a page's sharing metadata is made from. */
export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** The page's absolute address; absent on the 404 page, which is served at any address. */
  canonical?: string | undefined;
  siteName: string;
  /** `og:type`: an article page, a person's page, or any other page. */
  type: 'article' | 'profile' | 'website';
  image: PageImage;
  article?: ArticleFacts | undefined;
}

/** One `<meta>` element: Open Graph uses `property`, Twitter and the description `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The `<meta>` tags of a page, in the order they are written. */
export function metaTags(meta: PageMeta): MetaTag[] {
  const og = (property: string, content: string): MetaTag => ({ property, content });
  const twitter = (name: string, content: string): MetaTag => ({ name, content });
  const tags: MetaTag[] = [
    og('og:site_name', meta.siteName),
    og('og:type', meta.type),
    og('og:title', meta.title),
    og('og:description', meta.description),
  ];
  if (meta.canonical !== undefined) tags.push(og('og:url', meta.canonical));
  tags.push(
    og('og:image', meta.image.url),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(OG_IMAGE_SIZE.width)),
    og('og:image:height', String(OG_IMAGE_SIZE.height)),
    og('og:image:alt', meta.image.alt),
  );
  if (meta.article !== undefined) {
    tags.push(og('article:published_time', meta.article.publishedTime));
    for (const author of meta.article.authors) tags.push(og('article:author', author));
    tags.push(og('article:section', meta.article.section));
  }
  tags.push(
    twitter('twitter:card', 'summary_large_image'),
    twitter('twitter:title', meta.title),
    twitter('twitter:description', meta.description),
    twitter('twitter:image', meta.image.url),
    twitter('twitter:image:alt', meta.image.alt),
  );
  return tags;
}

/**
 * A description of at most `limit` characters: `text` cut at the last word boundary that fits,
 * with an ellipsis. Sharing previews show about two lines.
 */
export function shortDescription(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // By code point, so a character outside the BMP is never cut in half.
  const chars = [...flat];
  if (chars.length <= limit) return flat;
  const cut = chars.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
