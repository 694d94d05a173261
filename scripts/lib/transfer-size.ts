import { gzipSync } from 'node:zlib';

/**
 * What a file costs over the network: its gzip size, as any static host
 * compresses text, or its own size when it does not shrink (files that are
 * compressed already, like Pagefind's index chunks). One rule for both
 * engines of the benchmark.
 */
export function transferSize(body: string | Uint8Array): number {
  const raw = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return Math.min(raw, gzipSync(body, { level: 9 }).length);
}
