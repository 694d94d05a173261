/**
 * The Content-Security-Policy of every built page is strict and covers what the page holds: one
 * `<meta http-equiv="content-security-policy">` before any script or style (but an inline script it
 * allows by hash), sources limited to the
 * site, no `'unsafe-*'`, and the sha256 hash of every inline script and style in the policy.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { attribute, elementsOf, type BuiltPage } from './built-site.ts';

/** A policy as directive name → sources. */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** Parses a serialized policy (`default-src 'self'; img-src 'self'`). Directive names are lower-cased. */
export function parsePolicy(serialized: string): Policy {
  const policy = new Map<string, string[]>();
  for (const directive of serialized.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name !== undefined && name !== '' && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The CSP source expression of `content` hashed with sha256: `'sha256-…'`. */
export function sha256Source(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

// The only sources allowed anywhere: the site itself, nothing, or (scripts and styles) a hash.
const SAME_SITE = new Set(["'self'", "'none'"]);
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

// Directives whose sources must all be the site's own; the others fall back to default-src.
const FETCH_DIRECTIVES = ['default-src', 'connect-src', 'img-src', 'font-src', 'script-src', 'style-src'] as const;

// <link> kinds that load what the policy governs; an icon or a canonical link before the policy is harmless.
const FETCHING_LINKS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'manifest', 'preconnect']);

/** Scripts the browser does not run (data blocks) are not governed by script-src. */
function isExecutableScript(element: Element): boolean {
  const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
  return ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
}

/** Every way `page` breaks the strict policy; empty when it keeps it. */
export function cspProblems(page: BuiltPage): string[] {
  const problems: string[] = [];
  const elements = elementsOf(page.tree);
  const metas = elements.filter(
    (element) =>
      element.tagName === 'meta' && attribute(element, 'httpEquiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`${metas.length} content-security-policy <meta> elements, want 1`];
  const meta = metas[0] as Element;
  const policy = parsePolicy(attribute(meta, 'content') ?? '');

  for (const name of FETCH_DIRECTIVES) {
    const sources = policy.get(name);
    if (sources === undefined) {
      problems.push(`no ${name}`);
      continue;
    }
    const allowsHashes = name === 'script-src' || name === 'style-src';
    for (const source of sources) {
      if (!SAME_SITE.has(source) && !(allowsHashes && HASH.test(source))) {
        problems.push(`${name} allows ${source}`);
      }
    }
  }
  for (const [name, sources] of policy) {
    if (name.startsWith('script-src-') || name.startsWith('style-src-')) {
      problems.push(`${name} ${sources.join(' ')}: only script-src and style-src are expected`);
    }
  }

  const head = elements.find((element) => element.tagName === 'head');
  if (head === undefined || !elementsOf(head).includes(meta)) {
    problems.push('the content-security-policy <meta> is outside <head>, where browsers ignore it');
  }
  // A <meta> policy governs only what the parser meets after it. The one exception is an inline
  // script whose hash the policy lists (the theme bootstrap, which must run before the stylesheet):
  // the policy would allow it anyway, so nothing escapes it.
  const metaIndex = elements.indexOf(meta);
  const scriptSources = new Set(policy.get('script-src') ?? []);
  const allowedInline = (element: Element): boolean =>
    element.tagName === 'script' &&
    attribute(element, 'src') === undefined &&
    isExecutableScript(element) &&
    scriptSources.has(sha256Source(textOf(element)));
  for (const element of elements.slice(0, metaIndex)) {
    if (allowedInline(element)) continue;
    const rel = element.tagName === 'link' ? (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/) : [];
    // A data block (JSON-LD) is neither run nor fetched, so it may come first.
    const governed =
      element.tagName === 'script'
        ? isExecutableScript(element)
        : ['style', 'img', 'iframe', 'object', 'embed'].includes(element.tagName);
    if (governed || rel.some((kind) => FETCHING_LINKS.has(kind))) {
      problems.push(
        `<${element.tagName}${rel.length > 0 ? ` rel="${rel.join(' ')}"` : ''}> comes before the content-security-policy <meta>`,
      );
    }
  }

  const styleSources = new Set(policy.get('style-src') ?? []);
  for (const element of elements) {
    if (element.tagName === 'script' && isExecutableScript(element) && attribute(element, 'src') === undefined) {
      const hash = sha256Source(textOf(element));
      if (!scriptSources.has(hash)) problems.push(`inline <script> whose hash ${hash} is not in script-src`);
    }
    if (element.tagName === 'style') {
      const hash = sha256Source(textOf(element));
      if (!styleSources.has(hash)) problems.push(`inline <style> whose hash ${hash} is not in style-src`);
    }
    // Attributes cannot be allowed by a hash without 'unsafe-hashes', which the policy refuses.
    if (attribute(element, 'style') !== undefined) problems.push(`style="…" attribute on <${element.tagName}>`);
    for (const property of Object.keys(element.properties)) {
      if (/^on[a-z]/i.test(property)) problems.push(`${property.toLowerCase()}="…" attribute on <${element.tagName}>`);
    }
  }
  return problems;
}
