/**
 * A throwaway copy of the project for tests that change `content/` or run a build on other
 * content: the committed files (as git lists them, plus uncommitted edits) copied into a temp
 * folder, `node_modules` linked, never the working tree itself.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

export interface ScratchProject {
  dir: string;
  /** Runs a command of the project's own tools (node_modules/.bin first) in the copy; killed after `timeoutMs` (10 minutes). */
  run(command: string, args: string[], env?: NodeJS.ProcessEnv, timeoutMs?: number): SpawnSyncReturns<string>;
  remove(): void;
}

/** Copies the project's tracked and unignored files into a new temp folder. */
export function scratchProject(prefix = 'newsroom-scratch-'): ScratchProject {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: PROJECT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      cpSync(path.join(PROJECT, file), target);
    } catch {
      // A file git still lists but the working tree has deleted.
    }
  }
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    run: (command, args, env = {}, timeoutMs = 600_000) =>
      spawnSync(command, args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...cleanEnvironment(),
          PATH: `${path.join(dir, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
          ASTRO_TELEMETRY_DISABLED: '1',
          ...env,
        },
        timeout: timeoutMs,
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// What Vitest puts into its workers' environment would leak into a child build (BASE_URL, MODE…).
function cleanEnvironment(): NodeJS.ProcessEnv {
  const skip = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !skip.has(name) && !name.startsWith('VITEST')),
  );
}
