/**
 * Where the site checks find the built site, and how they build it. The checks read `dist/`
 * (built at `/` by `npm run build`) and `dist-news/` (built under `/news/` by the global set-up).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digests } from '../../scripts/checks/compare-builds.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The build at `/`: `dist/`, or the folder named by `SITE_DIST`. */
export const DIST = path.resolve(ROOT, process.env['SITE_DIST'] ?? 'dist');

/** The sub-path of the second build; every internal link must respect it. */
export const NEWS_BASE = '/news/';

/** The build under {@link NEWS_BASE}, made fresh by `global-setup.ts`. */
export const DIST_NEWS = path.resolve(ROOT, 'dist-news');

/** Both builds with their base, for checks that run on each. */
export const BUILDS = [
  { name: 'dist (base /)', dir: DIST, base: '/' },
  { name: `dist-news (base ${NEWS_BASE})`, dir: DIST_NEWS, base: NEWS_BASE },
] as const;

// What Vitest puts into the environment of its workers: its own flags and Vite's `import.meta.env`
// values (BASE_URL=/ would leak into the build's `import.meta.env.BASE_URL` whatever `--base` says).
const TEST_RUNNER_VARIABLES = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** The environment of a build: this process's, without what the test runner set. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1' };
  for (const [name, value] of Object.entries(process.env)) {
    if (!TEST_RUNNER_VARIABLES.has(name) && !name.startsWith('VITEST')) env[name] ??= value;
  }
  return env;
}

/**
 * Runs `astro build` with the project's own Node (the one running the tests) into `outDir`;
 * throws with Astro's output when the build fails.
 */
export function buildSite(outDir: string, base = '/'): void {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--base', base, '--outDir', outDir],
    { cwd: ROOT, encoding: 'utf8', env: buildEnvironment() },
  );
  if (result.status !== 0) {
    throw new Error(`astro build --base ${base} --outDir ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Fails early, with the command to run, when the build at `/` is missing. */
export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build the site first (\`npm run build\`).`);
  }
}

// Everything a build reads besides node_modules (whose versions the lock file pins).
const SOURCE_FOLDERS = ['src', 'content', 'public'];
const SOURCE_FILES = ['astro.config.mjs', 'package-lock.json'];

/** One hash of the build's inputs: two builds can only be compared if it did not change between them. */
export function sourceDigest(): string {
  const hash = createHash('sha256');
  for (const folder of SOURCE_FOLDERS) {
    const dir = path.join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const [file, digest] of digests(dir)) hash.update(`${folder}/${file}\0${digest}\0`);
  }
  for (const file of SOURCE_FILES) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file)));
  return hash.digest('hex');
}
