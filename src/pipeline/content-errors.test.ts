import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '../core/content/content-error.ts';
import { orExitOnContentError } from './content-errors.ts';

describe('orExitOnContentError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the problems alone and exits 1 on a content error', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    const exit = vi.fn((code: number): never => {
      throw new Error(`exit ${code}`);
    });
    const bad = (): never => {
      throw new ContentError([{ file: 'content/articles/x.md', field: 'published', message: 'missing' }]);
    };
    expect(() => orExitOnContentError(bad, exit)).toThrow('exit 1');
    expect(written.join('')).toContain('content/articles/x.md: published: missing');
    expect(written.join('')).not.toMatch(/\bat /);
  });

  it('passes a value through, and rethrows any other error as the bug it is', () => {
    expect(orExitOnContentError(() => 42)).toBe(42);
    expect(() =>
      orExitOnContentError(() => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});
