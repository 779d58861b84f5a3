// Lighthouse on the release build: prints performance, accessibility and
// best-practices scores; accessibility and best practices must be >= 95.
import { test, expect } from "@playwright/test";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import { launch } from "chrome-launcher";
import { CHROMIUM_ARGS } from "./playwright.config.mjs";

const here = dirname(fileURLToPath(import.meta.url));

test("Lighthouse: accessibility and best practices at least 95", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(baseURL, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const c = result.lhr.categories;
    const score = (k) => Math.round(c[k].score * 100);
    const metric = (id) => result.lhr.audits[id].displayValue.replace(/\s+/g, " ");
    const line =
      `lighthouse: performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}` +
      ` (first paint ${metric("first-contentful-paint")}, largest paint ${metric("largest-contentful-paint")}, blocking ${metric("total-blocking-time")}, speed index ${metric("speed-index")})`;
    console.log(line);
    mkdirSync(join(here, ".out"), { recursive: true });
    writeFileSync(join(here, ".out", "lighthouse.txt"), line + "\n");
    const failing = (k) =>
      c[k].auditRefs
        .map((r) => result.lhr.audits[r.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
        .map((a) => a.id);
    expect(score("accessibility"), `accessibility audits failing: ${failing("accessibility")}`).toBeGreaterThanOrEqual(95);
    expect(score("best-practices"), `best-practice audits failing: ${failing("best-practices")}`).toBeGreaterThanOrEqual(95);
  } finally {
    await chrome.kill();
  }
});
