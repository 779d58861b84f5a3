// Size budget: the release build's wasm + js + css must stay under 200 KB
// gzip in total, so Tend starts quickly on a slow phone connection.
import { test, expect } from "@playwright/test";
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const BUDGET = 200 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.TEND_DIST || join(here, "..", "..", "dist");

test("release build fits the 200 KB gzip budget", () => {
  const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f));
  const rows = files.map((f) => {
    const raw = readFileSync(join(dist, f));
    return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  const kb = (n) => (n / 1024).toFixed(1);
  const report = [
    ...rows.map((r) => `  ${r.file}: ${kb(r.raw)} KB raw, ${kb(r.gzip)} KB gzip`),
    `size: ${kb(total)} KB gzip in total (budget ${kb(BUDGET)} KB)`,
  ].join("\n");
  mkdirSync(join(here, ".out"), { recursive: true });
  writeFileSync(join(here, ".out", "size.txt"), report + "\n");
  console.log(report);
  expect(rows.some((r) => r.file.endsWith(".wasm"))).toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
