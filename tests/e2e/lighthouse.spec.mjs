// Lighthouse on the release build: prints performance, accessibility and
// best-practices scores; accessibility and best practices must be >= 95.
//
// The build is served as a static host serves it, compressed: Python's
// server (the rest of the suite's) sends every file as it is, so on
// Lighthouse's simulated slow 4G the app's wasm took 1,049 KB to download
// instead of 390 KB (performance 52 against 76 for the same build, largest
// paint 6.9 s against 3.4 s, measured side by side). The build ships a
// brotli twin of each file (scripts/post-build.mjs), which a host that
// sends precompressed files sends to browsers that accept brotli, as
// Chromium does: sirv here, with a gzip -9 twin made for the others.
//
// Its largest paint is the main module's download, not what is drawn: for
// someone new (Lighthouse's visit) the first paint already shows the first
// run's opening words, the page's largest text (index.html), but the
// simulation counts every request that started before that paint as one
// it may have waited for, and the module's preload starts first. Without
// the preloads it read 1.2 s in one run of three (performance 99), when
// the paint won the race against the request; the cost is a round trip
// more before everyone's wasm is fetched, so the preloads stay.
import { test, expect } from "@playwright/test";
import { writeFileSync, mkdirSync, cpSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import { launch } from "chrome-launcher";
import sirv from "sirv";
import { CHROMIUM_ARGS } from "./playwright.config.mjs";
import { allFiles, dist, gzip9 } from "./build.mjs";
import { serveHere } from "./server.mjs";
import { COMPRESSIBLE } from "../../scripts/post-build.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = 3;

/** A copy of the build (with its brotli twins) and a gzip -9 twin of each text and wasm file. */
function compressedCopy() {
  const site = join(here, ".out", "lighthouse-site");
  rmSync(site, { recursive: true, force: true });
  cpSync(dist, site, { recursive: true });
  for (const file of allFiles(site).filter((f) => COMPRESSIBLE.test(f))) {
    writeFileSync(join(site, `${file}.gz`), gzip9(join(site, file)));
  }
  return site;
}

test("Lighthouse: accessibility and best practices at least 95", async () => {
  test.setTimeout(360_000);
  const site = await serveHere(sirv(compressedCopy(), { brotli: true, gzip: true }));
  const baseURL = site.url;
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    // Three runs, the median printed with the spread: on this two-core
    // machine one run's blocking time alone moved the score between 79 and
    // 95 for the same build (its simulation multiplies the tasks it sees).
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(baseURL, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
      });
      runs.push(result.lhr);
    }
    const score = (lhr, k) => Math.round(lhr.categories[k].score * 100);
    const metric = (lhr, id) => lhr.audits[id].displayValue.replace(/\s+/g, " ");
    const sorted = [...runs].sort((a, b) => score(a, "performance") - score(b, "performance"));
    const median = sorted[Math.floor(sorted.length / 2)];
    const line =
      `lighthouse: performance ${score(median, "performance")} (median of ${RUNS}; ${runs.map((r) => score(r, "performance")).join(", ")}), ` +
      `accessibility ${score(median, "accessibility")}, best practices ${score(median, "best-practices")}` +
      ` (the median run: first paint ${metric(median, "first-contentful-paint")}, largest paint ${metric(median, "largest-contentful-paint")}, blocking ${metric(median, "total-blocking-time")}, speed index ${metric(median, "speed-index")})`;
    console.log(line);
    mkdirSync(join(here, ".out"), { recursive: true });
    writeFileSync(join(here, ".out", "lighthouse.txt"), line + "\n");
    for (const lhr of runs) {
      const failing = (k) =>
        lhr.categories[k].auditRefs
          .map((r) => lhr.audits[r.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
          .map((a) => a.id);
      expect(score(lhr, "accessibility"), `accessibility audits failing: ${failing("accessibility")}`).toBeGreaterThanOrEqual(95);
      expect(score(lhr, "best-practices"), `best-practice audits failing: ${failing("best-practices")}`).toBeGreaterThanOrEqual(95);
    }
  } finally {
    await chrome.kill();
    await site.stop();
  }
});
