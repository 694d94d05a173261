import { expect, it } from 'vitest';
import { differences, digests, firstDifference } from './compare-builds.ts';
import { useTempFolders } from './temp-folders.ts';

const folder = useTempFolders();

it('finds nothing between identical folders', () => {
  const files = { 'index.html': 'a', 'x/index.html': 'b', 'data/e.json': '[]' };
  expect(differences(digests(folder(files)), digests(folder(files)))).toEqual([]);
});

it('lists every file that differs by one byte or exists on one side only', () => {
  const first = folder({ 'index.html': 'a', 'x/index.html': 'b', 'old.css': 'c' });
  const second = folder({ 'index.html': 'a', 'x/index.html': 'B', 'new.css': 'c' });
  expect(differences(digests(first), digests(second))).toEqual([
    'old.css: only in the first build',
    'x/index.html: content differs',
    'new.css: only in the second build',
  ]);
});

it('shows where two contents part', () => {
  expect(firstDifference(Buffer.from('<p>same</p><p>one</p>'), Buffer.from('<p>same</p><p>two</p>'))).toBe(
    'at byte 14: "<p>same</p><p>one</p>" / "<p>same</p><p>two</p>"',
  );
});
