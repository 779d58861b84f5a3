#!/usr/bin/env bash
# The benchmark at scale (tests/e2e/bench.spec.mjs): 500 people and 1 and 10
# years of daily use, in the release build in dist/ (built first when
# missing). Prints a table of medians and writes it to tests/e2e/.out/bench.txt.
# TEND_BENCH_RUNS sets the number of runs (default 5), TEND_BENCH_START_RUNS
# that of the starts (default three times as many).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ -f dist/index.html ] || bash scripts/release-build.sh
TEND_ALONE=1 npx playwright test -c tests/e2e/playwright.config.mjs --workers=1 --reporter=list bench.spec.mjs
