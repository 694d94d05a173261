#!/usr/bin/env bash
# Every check CI runs, in CI's order: lint, format check and astro check (side by side), unit tests, build,
# checks of the built site, browser tests (on the site built at / and again under /news/).
# Run as `npm test` (after `npm install`; the browser tests need /usr/bin/chromium:
# `bash scripts/install-test-deps.sh` installs both).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The project's own Node (the `node` devDependency) and tools come first, also when run without npm.
export PATH="$PWD/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1

results=tmp/test-results
rm -rf "$results"
mkdir -p "$results"

step_number=0
step_count=6
step() {
  step_number=$((step_number + 1))
  printf '\n==== [%d/%d] %s ====\n' "$step_number" "$step_count" "$1"
  SECONDS=0
}
done_step() {
  printf -- '---- ok (%ss)\n' "$SECONDS"
}

if [ ! -x node_modules/.bin/astro ]; then
  echo "node_modules is missing: run \`npm install\` first (or \`bash scripts/install-test-deps.sh\`)." >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 22 ]; then
  echo "Node $(node --version) is too old; the project's Node 22 should be node_modules/.bin/node (npm install)." >&2
  exit 1
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "${CHROMIUM_PATH:-/usr/bin/chromium} is missing: run \`bash scripts/install-test-deps.sh\`." >&2
  exit 1
fi
echo "node $(node --version), $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null || echo chromium)"

# Typed lint rules need Astro's generated types (.astro/), which a fresh clone does not have.
echo 'astro sync (generates .astro/ types for lint and type check)'
astro sync >/dev/null

# Lint, format and type checks each use one core and share nothing: run side by side, print in turn.
step 'static checks side by side: lint (eslint), format (prettier --check), types (astro check)'
static_checks=(lint format types)
eslint --max-warnings 0 . >"$results/lint.log" 2>&1 &
lint_pid=$!
prettier --check --log-level warn . >"$results/format.log" 2>&1 &
format_pid=$!
astro check >"$results/types.log" 2>&1 &
types_pid=$!
failed_checks=()
for check in "${static_checks[@]}"; do
  pid_name="${check}_pid"
  status=0
  wait "${!pid_name}" || status=$?
  printf -- '-- %s (exit %d)\n' "$check" "$status"
  cat "$results/$check.log"
  if [ "$status" -ne 0 ]; then failed_checks+=("$check"); fi
done
if [ "${#failed_checks[@]}" -gt 0 ]; then
  echo "failed: ${failed_checks[*]} (logs above)" >&2
  exit 1
fi
done_step

step 'unit tests (vitest)'
vitest run --reporter default --reporter json --outputFile.json "$results/unit.json"
done_step

step 'build (astro build)'
astro build
done_step

# The checks of the built site (another suite, with its own config) build dist-news/ under /news/.
step 'site checks (links, HTML, CSP, determinism; builds dist-news/ under /news/)'
if [ -f tests/site/vitest.config.ts ]; then
  vitest run --config tests/site/vitest.config.ts --reporter default --reporter json \
    --outputFile.json "$results/site.json"
else
  echo "skipped: tests/site/vitest.config.ts is not in this tree"
fi
done_step

step 'browser tests (dist/, site at /)'
vitest run --config tests/e2e/vitest.config.ts --reporter default --reporter json \
  --outputFile.json "$results/e2e.json"
done_step

step 'browser tests (dist-news/, site built under /news/)'
if [ ! -f "$results/site.json" ]; then
  rm -rf dist-news
  astro build --base /news/ --outDir dist-news
fi
# Under /news/ only what the base path can break at run time: the crawl (every page's requests, with
# scripts on) and the pages whose scripts fetch from the site (search, previews, the search-to-article
# path, the lists shown in place). Links, addresses and metadata of the /news/ build are checked in its HTML by the site checks;
# colour, layout, print and screenshots do not depend on the base and ran above at /.
E2E_DIST=dist-news E2E_BASE=/news/ vitest run --config tests/e2e/vitest.config.ts \
  tests/e2e/crawl.e2e.ts tests/e2e/search.e2e.ts tests/e2e/preview.e2e.ts tests/e2e/reader-paths.e2e.ts \
  tests/e2e/lists.e2e.ts \
  --reporter default --reporter json --outputFile.json "$results/e2e-news.json"
done_step

# One closing line for whoever reads the log: every test counted across the runs.
node -e '
  let passed = 0, failed = 0;
  for (const file of process.argv.slice(1)) {
    const report = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  console.log(`\nall checks passed\ntests: ${passed} passed, ${failed} failed`);
' "$results"/*.json
