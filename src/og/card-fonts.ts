/**
 * The fonts the cards are drawn with: Noto Sans from the `@fontsource` packages (WOFF files,
 * which satori reads; it cannot read WOFF2), one font per Unicode subset so that satori falls
 * back from one to the next per character. Nothing is fetched at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** A font package and the subsets of it the cards use, in fallback order. */
const SOURCES = [
  {
    pkg: '@fontsource/noto-sans',
    file: 'noto-sans',
    subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'],
  },
  { pkg: '@fontsource/noto-sans-arabic', file: 'noto-sans-arabic', subsets: ['arabic'] },
] as const;

/** The two weights the layout uses. */
export const WEIGHTS = [400, 700] as const;
export type CardWeight = (typeof WEIGHTS)[number];

/** One font file: what satori needs, plus where it came from (for the cache key). */
export interface CardFont {
  name: string;
  weight: CardWeight;
  style: 'normal';
  data: Buffer;
  file: string;
}

interface Subset {
  name: string;
  dir: string;
  file: string;
  ranges: [number, number][];
}

/** `U+0000-00FF,U+0131` → code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from ?? '', 16), Number.parseInt(to ?? '', 16)];
  });
}

/** Sorted, with overlapping and touching ranges joined, so that a binary search can find a code point. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function subsets(): Subset[] {
  return SOURCES.flatMap(({ pkg, file, subsets: names }) => {
    const dir = path.dirname(require.resolve(`${pkg}/files/${file}-${names[0]}-400-normal.woff`));
    // unicode.json is not in the package's exports; it sits beside files/.
    const ranges = JSON.parse(readFileSync(path.join(dir, '..', 'unicode.json'), 'utf8')) as Record<string, string>;
    return names.map((name) => {
      const range = ranges[name];
      if (range === undefined) throw new Error(`${pkg} has no subset "${name}"`);
      return { name: `${file}-${name}`, dir, file, ranges: parseUnicodeRange(range) };
    });
  });
}

let loaded: { fonts: CardFont[]; family: string; ranges: [number, number][] } | undefined;

/** Every card font, read once per thread. */
export function cardFonts(): { fonts: CardFont[]; family: string; ranges: [number, number][] } {
  if (loaded === undefined) {
    const all = subsets();
    const fonts = all.flatMap((subset) =>
      WEIGHTS.map((weight): CardFont => {
        const file = path.join(subset.dir, `${subset.name}-${weight}-normal.woff`);
        return { name: subset.name, weight, style: 'normal', data: readFileSync(file), file };
      }),
    );
    loaded = {
      fonts,
      family: all.map((subset) => subset.name).join(', '),
      ranges: mergeRanges(all.flatMap((subset) => subset.ranges)),
    };
  }
  return loaded;
}

// Emoji and the joiners and selectors that build them: no card font draws them.
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200D|\uFE0F|\u20E3/gu;

/**
 * `text` with only the characters the card fonts can draw: emoji and scripts the fonts lack
 * (Chinese, Japanese, Korean, Thai, Hebrew…) are left out rather than drawn as empty boxes, and
 * the spaces they leave are closed up.
 */
export function drawableText(text: string): string {
  const { ranges } = cardFonts();
  const covered = (code: number): boolean => {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [from, to] = ranges[middle] as [number, number];
      if (code < from) high = middle - 1;
      else if (code > to) low = middle + 1;
      else return true;
    }
    return false;
  };
  let kept = '';
  let dropped = false;
  for (const char of text.replace(PICTOGRAPHS, () => ((dropped = true), ''))) {
    if (/\s/.test(char) || covered(char.codePointAt(0) ?? 0)) kept += char;
    else dropped = true;
  }
  kept = kept.replace(/\s+/g, ' ').trim();
  // A dash or separator that joined the dropped words to the rest would now hang at an end.
  return dropped ? kept.replace(/^[\p{Pd}·|:,;\s]+|[\p{Pd}·|:,;\s]+$/gu, '') : kept;
}
