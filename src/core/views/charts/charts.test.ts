import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.ts';
import { columnChart } from './column-chart.ts';
import { dateAxis } from './date-axis.ts';

const parse = (svg: string): Root => fromHtml(svg, { fragment: true });

function all(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

const titles = (tree: Root): string[] => all(tree, 'title').map((t) => toString(t));

/** What a chart must never carry: inline styles (the CSP forbids them) and scripts or handlers. */
function unsafe(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'script') problems.push('script');
    for (const name of Object.keys(node.properties)) if (name === 'style' || /^on/.test(name)) problems.push(name);
  });
  return problems;
}

describe('columnChart', () => {
  const columns = [
    { label: 'January 2024', short: 'Jan 2024', count: 3 },
    { label: 'February 2024', short: 'Feb 2024', count: 0 },
    { label: 'March 2024', short: 'Mar 2024', count: 12 },
  ];
  const svg = columnChart(columns, { label: 'Mentions by month', unit: ['mention', 'mentions'] });
  const tree = parse(svg);

  it('is one named picture, with a column for each step that has mentions and its count as its title', () => {
    const [root] = all(tree, 'svg');
    expect(root?.properties).toMatchObject({ role: 'img', ariaLabel: 'Mentions by month' });
    expect(all(tree, 'rect')).toHaveLength(2);
    expect(titles(tree)).toEqual(['January 2024: 3 mentions', 'March 2024: 12 mentions']);
  });

  it('draws the taller count as the taller column and labels the axes', () => {
    const [jan, mar] = all(tree, 'rect').map((r) => Number(r.properties['height']));
    expect(mar).toBeGreaterThan(jan ?? Infinity);
    const texts = all(tree, 'text').map((t) => toString(t));
    expect(texts).toContain('0');
    expect(texts).toContain('Jan 2024');
  });

  it('carries no style attribute or script, and is the same every time', () => {
    expect(unsafe(tree)).toEqual([]);
    expect(columnChart(columns, { label: 'Mentions by month', unit: ['mention', 'mentions'] })).toBe(svg);
  });
});

describe('barChart', () => {
  it('draws one labelled row per bar, its count written at its end, names escaped', () => {
    const svg = barChart(
      [
        { label: 'The <Post>', count: 9 },
        { label: 'Wire', count: 1 },
      ],
      { label: 'Mentions by outlet', unit: ['mention', 'mentions'] },
    );
    expect(svg).not.toContain('<Post>');
    const tree = parse(svg);
    expect(all(tree, 'rect')).toHaveLength(2);
    expect(titles(tree)).toEqual(['The <Post>: 9 mentions', 'Wire: 1 mention']);
    expect(all(tree, 'text').map((t) => toString(t))).toEqual(['The <Post>', '9', 'Wire', '1']);
    expect(unsafe(tree)).toEqual([]);
  });
});

describe('dateAxis', () => {
  const items = [
    { date: '2018-12-20', name: 'Wire, 20 December 2018: First', href: '/articles/first/' },
    { date: '2018-12-20', name: 'Post, 20 December 2018: Second', href: '/articles/second/' },
    { date: '2018-12-28', name: 'Herald, 28 December 2018: Third', href: '/articles/third/' },
  ];
  const tree = parse(dateAxis(items, { label: 'The articles by date' }));

  it('draws each article as a link named by its outlet, date and headline', () => {
    const links = all(tree, 'a');
    expect(links.map((a) => a.properties['href'])).toEqual([
      '/articles/first/',
      '/articles/second/',
      '/articles/third/',
    ]);
    expect(links.map((a) => a.properties['ariaLabel'])).toEqual(items.map((i) => i.name));
    expect(titles(tree)).toEqual(items.map((i) => i.name));
    expect(all(tree, 'svg')[0]?.properties).toMatchObject({ role: 'group', ariaLabel: 'The articles by date' });
  });

  it('puts articles of one day one above the other and a later day further right', () => {
    const [a, b, c] = all(tree, 'circle').map((circle) => ({
      x: Number(circle.properties['cx']),
      y: Number(circle.properties['cy']),
    }));
    expect(a?.x).toBe(b?.x);
    expect(b?.y).toBeLessThan(a?.y ?? 0);
    expect(c?.x).toBeGreaterThan(a?.x ?? Infinity);
    expect(unsafe(tree)).toEqual([]);
  });

  it('has an axis for a single day', () => {
    const one = parse(dateAxis(items.slice(0, 1), { label: 'One' }));
    expect(all(one, 'a')).toHaveLength(1);
    expect(all(one, 'text').length).toBeGreaterThan(0);
  });
});
