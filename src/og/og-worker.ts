/**
 * A pool thread: renders one card and writes it into the cache. Written under a name of its
 * own and then renamed, so a build that reads the cache at the same time (another build linking
 * the same node_modules) never sees half a file.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import type { OgCard } from '../core/publish/og-cards.ts';
import { renderCard } from './render-card.ts';

export interface OgTask {
  card: OgCard;
  /** The cache file to write. */
  file: string;
}

/** Renders `task.card` into `task.file`; resolves to the milliseconds it took. */
export default async function renderIntoCache(task: OgTask): Promise<number> {
  const start = performance.now();
  const png = await renderCard(task.card);
  const partial = `${task.file}.${process.pid}-${threadId}.part`;
  writeFileSync(partial, png);
  renameSync(partial, task.file);
  return performance.now() - start;
}
