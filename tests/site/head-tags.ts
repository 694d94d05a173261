/**
 * The sharing metadata of a built page, read from its `<head>`: meta tags by property or name,
 * its canonical and feed links, and its JSON-LD blocks parsed.
 */
import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { attribute, elementsOf, type BuiltPage } from '../../scripts/checks/built-site.ts';

export interface HeadTags {
  /** `property` or `name` → every `content`, in order. */
  meta: Map<string, string[]>;
  links: { rel: string; href: string; type: string | undefined }[];
  jsonLd: unknown[];
}

export function headTags(page: BuiltPage): HeadTags {
  const head = elementsOf(page.tree).find((element) => element.tagName === 'head') as Element;
  const meta = new Map<string, string[]>();
  const links: HeadTags['links'] = [];
  const jsonLd: unknown[] = [];
  for (const element of elementsOf(head)) {
    if (element.tagName === 'meta') {
      const key = attribute(element, 'property') ?? attribute(element, 'name');
      const content = attribute(element, 'content');
      if (key !== undefined && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), content]);
    }
    if (element.tagName === 'link') {
      links.push({
        rel: attribute(element, 'rel') ?? '',
        href: attribute(element, 'href') ?? '',
        type: attribute(element, 'type'),
      });
    }
    if (element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json') {
      jsonLd.push(JSON.parse(textOf(element)));
    }
  }
  return { meta, links, jsonLd };
}

/** The one `content` of a meta tag; throws when there is none or more than one. */
export function one(tags: HeadTags, key: string): string {
  const values = tags.meta.get(key) ?? [];
  if (values.length !== 1) throw new Error(`${values.length} <meta> "${key}", want 1`);
  return values[0] as string;
}
