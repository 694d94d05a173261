import { describe, expect, it } from 'vitest';
import { pageFromHtml } from './built-site.ts';
import { cspProblems, parsePolicy, sha256Source } from './csp.ts';

const SCRIPT = "console.log('hi')";
const STYLE = 'p{color:red}';
const STRICT =
  "default-src 'self'; connect-src 'self'; img-src 'self'; font-src 'self'; object-src 'none'; " +
  `script-src 'self' ${sha256Source(SCRIPT)}; style-src 'self' ${sha256Source(STYLE)};`;

function page(policy: string | undefined, head = '', body = ''): string[] {
  const meta = policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`;
  return cspProblems(pageFromHtml('index.html', `<!doctype html><head>${meta}${head}</head><body>${body}</body>`));
}

describe('sha256Source', () => {
  it('is the base64 sha256 that browsers compute for inline content', () => {
    // The example of the CSP 3 specification: sha256 of `alert('Hello, world.');`.
    expect(sha256Source("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe('parsePolicy', () => {
  it('splits directives, lower-cases names and keeps the first of a repeated directive', () => {
    const policy = parsePolicy("Default-Src 'self';img-src 'self' data: ; img-src *;");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
    ]);
  });
});

describe('cspProblems', () => {
  it('accepts a strict policy that hashes every inline script and style', () => {
    expect(page(STRICT, `<style>${STYLE}</style>`, `<script type="module">${SCRIPT}</script>`)).toEqual([]);
  });

  it('ignores data blocks, which browsers never run', () => {
    expect(page(STRICT, '', '<script type="application/json">{"a":1}</script>')).toEqual([]);
  });

  it('needs exactly one policy, in <head>, before any script or style', () => {
    expect(page(undefined)).toEqual(['0 content-security-policy <meta> elements, want 1']);
    expect(page(STRICT, `<style>${STYLE}</style><meta http-equiv="Content-Security-Policy" content="x">`)).toEqual([
      '2 content-security-policy <meta> elements, want 1',
    ]);
    const late = cspProblems(
      pageFromHtml(
        'index.html',
        `<!doctype html><head><link rel="icon" href="/i.svg"><link rel="stylesheet" href="/a.css"><meta http-equiv="content-security-policy" content="${STRICT}"></head>`,
      ),
    );
    expect(late).toEqual(['<link rel="stylesheet"> comes before the content-security-policy <meta>']);
    const before = (element: string): string[] =>
      cspProblems(
        pageFromHtml(
          'index.html',
          `<!doctype html><head>${element}<meta http-equiv="content-security-policy" content="${STRICT}"></head>`,
        ),
      );
    expect(before('<script type="application/ld+json">{"@type":"Thing"}</script>')).toEqual([]);
    // An inline script before the policy is judged by its hash: the next case.
  });

  it('accepts an inline script before the policy only when the policy lists its hash', () => {
    const before = (script: string): string[] =>
      cspProblems(
        pageFromHtml(
          'index.html',
          `<!doctype html><head>${script}<meta http-equiv="content-security-policy" content="${STRICT}"></head>`,
        ),
      );
    expect(before(`<script>${SCRIPT}</script>`)).toEqual([]);
    expect(before(`<script>${SCRIPT};</script>`)).toEqual([
      '<script> comes before the content-security-policy <meta>',
      `inline <script> whose hash ${sha256Source(`${SCRIPT};`)} is not in script-src`,
    ]);
    expect(before('<script src="/a.js"></script>')).toEqual([
      '<script> comes before the content-security-policy <meta>',
    ]);
  });

  it('refuses unsafe keywords, other hosts, schemes and wildcards', () => {
    const loose = STRICT.replace("img-src 'self'", "img-src 'self' data: https://cdn.example")
      .replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", 'connect-src *');
    expect(page(loose)).toEqual([
      'connect-src allows *',
      'img-src allows data:',
      'img-src allows https://cdn.example',
      "script-src allows 'unsafe-eval'",
      "style-src allows 'unsafe-inline'",
    ]);
    expect(page(STRICT.replace("font-src 'self'; ", ''))).toEqual(['no font-src']);
  });

  it('reports inline code whose hash is missing, style attributes and event handlers', () => {
    const problems = page(
      STRICT,
      '<style>p{color:blue}</style>',
      `<script>${SCRIPT};</script><p style="color:red" onclick="go()">x</p><img src=x onerror="alert(1)" alt="">`,
    );
    expect(problems).toEqual([
      `inline <style> whose hash ${sha256Source('p{color:blue}')} is not in style-src`,
      `inline <script> whose hash ${sha256Source(`${SCRIPT};`)} is not in script-src`,
      'style="…" attribute on <p>',
      'onclick="…" attribute on <p>',
      'onerror="…" attribute on <img>',
    ]);
  });
});
