// End-to-end tests against the release build in dist/, served by Python's
// plain static file server: once at the site root and once under a sub-path.
import { defineConfig } from "@playwright/test";

// TEND_E2E_PORT lets two runs (say, two checkouts) proceed side by side.
export const PORT = Number(process.env.TEND_E2E_PORT || 4173);

// Debian's Chromium as root, offline: no sandbox, no GPU, no background traffic.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** The specs that measure time (see `testIgnore`). */
export const ALONE = [/bench\.spec\.mjs$/, /lighthouse\.spec\.mjs$/];

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs$/,
  // What measures time runs on its own, after the rest (TEND_ALONE=1,
  // one worker: scripts/test.sh, scripts/bench.sh), so no other test
  // competes with it for the machine's two cores: the benchmark, and
  // Lighthouse, whose blocking time beside another worker was 1,700-2,840 ms
  // against 980-1,730 ms alone for the same build.
  testIgnore: process.env.TEND_ALONE ? [] : ALONE,
  outputDir: ".out/results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node tests/e2e/prepare-site.mjs && python3 -m http.server ${PORT} --bind 127.0.0.1 --directory tests/e2e/.out/site`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "ignore",
  },
});
