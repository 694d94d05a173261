import { describe, expect, it } from 'vitest';
import { snippet } from './snippet.ts';

const is =
  (...terms: string[]) =>
  (term: string) =>
    terms.includes(term);

describe('snippet', () => {
  it('marks matched words at their exact offsets and loses no text', () => {
    const text = 'China’s espionage, and more Espionage.';
    const { segments, clippedStart, clippedEnd } = snippet(text, is('espionage', 'china'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['China', 'espionage', 'Espionage']);
    expect([clippedStart, clippedEnd]).toEqual([false, false]);
  });

  it('keeps markup in the text as plain segments', () => {
    const text = 'a <img src=x onerror=alert(1)> alert';
    const { segments } = snippet(text, is('alert'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['alert', 'alert']);
  });

  it('cuts a long paragraph to the window with the most matches, on word boundaries', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const text = `${filler}espionage here and espionage there ${filler}`;
    const { segments, clippedStart, clippedEnd } = snippet(text, is('espionage'), 120);
    const shown = segments.map((s) => s.text).join('');
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(segments.filter((s) => s.mark)).toHaveLength(2);
    expect([clippedStart, clippedEnd]).toEqual([true, true]);
    expect(shown).toMatch(/^\S/);
    expect(shown).toMatch(/\S$/);
    const first = segments[0];
    expect(first === undefined || /\s/.test(text[first.start - 1] ?? ' ')).toBe(true);
  });

  it('shows the start of a long paragraph without matches', () => {
    const text = 'word '.repeat(100).trim();
    const { segments, clippedStart, clippedEnd } = snippet(text, is('nothing'), 50);
    expect(segments[0]?.start).toBe(0);
    expect([clippedStart, clippedEnd]).toEqual([false, true]);
  });
});
