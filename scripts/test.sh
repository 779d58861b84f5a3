#!/usr/bin/env bash
# Sets up what is missing, then runs every check Tend has, in order:
# formatting, clippy (native and wasm32), native tests, browser tests of the
# store and state in headless Chromium, the release build, the end-to-end
# suite against that build (journeys, offline and updates, accessibility,
# the size budget), the core journeys again in Firefox ESR and WebKitGTK
# through WebDriver (tests/engines), and then, on their own, Lighthouse and
# the benchmark at scale (scripts/bench.sh). Ends with one summary line of
# counts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium

out=tests/e2e/.out
rm -rf "$out" && mkdir -p "$out"
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# Sums "N passed; M failed" over every `test result:` line of a cargo log.
count() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
       END { printf "%d %d\n", p, f }' "$1"
}

say "Formatting"
cargo fmt --all --check

say "Clippy (native)"
cargo clippy --all-targets --locked -- -D warnings
say "Clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

say "Native tests"
cargo test --locked 2>&1 | tee "$out/native.log"
read -r native_pass native_fail < <(count "$out/native.log")
# How the hostile inputs ended (tests/hostile.rs writes it; cargo hides a
# passing test's output).
cat target/tmp/hostile.txt 2>/dev/null || true

say "Browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --features unsplit --test web 2>&1 | tee "$out/web.log"
read -r web_pass web_fail < <(count "$out/web.log")

say "Release build"
start=$(date +%s)
bash scripts/release-build.sh
build_seconds=$(( $(date +%s) - start ))
echo "release build took ${build_seconds}s"

say "End-to-end tests (Playwright, headless Chromium)"
e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/$out/e2e.json" npx playwright test -c tests/e2e/playwright.config.mjs --reporter=list,json || e2e_status=$?
read -r e2e_pass e2e_fail e2e_skip < <(node -e '
  const s = require(process.argv[1]).stats;
  console.log(s.expected + s.flaky, s.unexpected, s.skipped);' "$PWD/$out/e2e.json" 2>/dev/null || echo "0 1 0")

say "The core journeys in Firefox ESR and WebKitGTK (WebDriver)"
start=$(date +%s)
engines_status=0
# One engine at a time: WebKitGTK's service worker install stalled now and
# then with Firefox running beside it on two cores.
node --test --test-concurrency=1 --test-timeout=2400000 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$out/engines.tap" \
  tests/engines/firefox.test.mjs tests/engines/webkit.test.mjs || engines_status=$?
engines_seconds=$(( $(date +%s) - start ))
# The TAP summary's own counts ("# pass N", "# fail N"; a to-do is neither).
read -r engines_pass engines_fail < <(awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { printf "%d %d\n", p, f }' "$out/engines.tap" 2>/dev/null || echo "0 1")
if [ "$engines_status" -ne 0 ] && [ "$engines_fail" -eq 0 ]; then engines_fail=1; fi
echo "Firefox and WebKit journeys took ${engines_seconds}s"

say "Lighthouse and the benchmark at scale (500 people, 1 and 10 years of daily use), on their own"
bench_status=0
# A folder of its own, so a journey's failure above keeps what the page
# showed (its error-context.md) for whoever reads the run afterwards.
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/$out/bench.json" TEND_ALONE=1 npx playwright test -c tests/e2e/playwright.config.mjs --workers=1 --reporter=list,json --output "$out/results-alone" lighthouse.spec.mjs bench.spec.mjs || bench_status=$?
read -r bench_pass bench_fail < <(node -e '
  const s = require(process.argv[1]).stats;
  console.log(s.expected + s.flaky, s.unexpected);' "$PWD/$out/bench.json" 2>/dev/null || echo "0 1")
e2e_pass=$(( e2e_pass + bench_pass ))
e2e_fail=$(( e2e_fail + bench_fail ))

[ -f "$out/size.txt" ] && cat "$out/size.txt"
[ -f "$out/lighthouse.txt" ] && cat "$out/lighthouse.txt"
[ -f "$out/bench.txt" ] && cat "$out/bench.txt"
passed=$(( native_pass + web_pass + e2e_pass + engines_pass ))
failed=$(( native_fail + web_fail + e2e_fail + engines_fail ))
echo
echo "native ${native_pass}, browser ${web_pass}, end-to-end ${e2e_pass} (${e2e_skip} skipped), Firefox and WebKit ${engines_pass} (${engines_seconds}s); release build ${build_seconds}s"
echo "tests: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$e2e_status" -eq 0 ] && [ "$bench_status" -eq 0 ] && [ "$engines_status" -eq 0 ]
