// Benchmark: the journal with 10,000 entries in the real build. Prints how
// long opening the journal and each search take; it checks only that the
// results are right, never the timings (they depend on the machine).
import { test, expect } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Tend } from "./app.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ENTRIES = 10_000;
const WORDS = "walk call coffee family friend river kitchen garden letter music laugh quiet tired grateful neighbour".split(" ");

/** Ten thousand entries over about 27 years, stored as the app stores them. */
function journalShards() {
  const shards = {};
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < ENTRIES; i++) {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const words = Array.from({ length: 40 }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]);
    // One entry in a thousand holds a rare word.
    if (i % 1000 === 0) words.push("zeppelin");
    const entry = { id: `e${i}`, c: start + i, u: start + i, d: day, t: words.join(" "), m: 1 + (i % 5), g: [WORDS[i % 4]] };
    (shards[`tend:journal:${day.slice(0, 7)}`] ||= []).push(entry);
  }
  return Object.fromEntries(Object.entries(shards).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** Types `query` into the search box and measures until the results change. */
async function timeSearch(page, query) {
  return page.evaluate(async (q) => {
    const input = document.getElementById("f-q");
    // The section holding the search box and the results; typing itself
    // changes no node, so the first change is the new results.
    const list = document.querySelector('section[aria-labelledby="entries"]');
    const changed = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        obs.disconnect();
        resolve();
      });
      obs.observe(list, { childList: true, subtree: true });
      setTimeout(resolve, 10_000);
    });
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await changed;
    return performance.now() - t0;
  }, query);
}

test("journal with 10,000 entries: open and search (benchmark)", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new Tend(page);
  await app.open();
  const shards = journalShards();
  await page.evaluate((s) => {
    localStorage.clear();
    localStorage.setItem("tend:meta", JSON.stringify({ schema_version: 2, epoch: 0 }));
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, shards);

  await page.evaluate(() => {
    location.hash = "#/journal";
  });
  const t0 = Date.now();
  await page.reload();
  const list = page.getByRole("list", { name: "Journal entries" });
  await expect(list.getByRole("listitem")).toHaveCount(30, { timeout: 60_000 });
  const open = Date.now() - t0;

  const rows = [];
  for (const [label, query, expected] of [
    ["common word", "garden", 30],
    ["rare word", "zeppelin", 10],
    ["two words", "zeppelin walk", 10],
    ["no match", "xylophone", 0],
  ]) {
    await timeSearch(page, ""); // back to everything
    const times = [];
    for (let i = 0; i < 5; i++) {
      times.push(await timeSearch(page, ""));
      times.push(await timeSearch(page, query));
    }
    const searchTimes = times.filter((_, i) => i % 2 === 1).sort((a, b) => a - b);
    await expect(list.getByRole("listitem")).toHaveCount(expected);
    rows.push(`  search "${query}" (${label}): median ${searchTimes[2].toFixed(1)} ms, best ${searchTimes[0].toFixed(1)} ms`);
  }
  const report = [`bench: journal with ${ENTRIES} entries, opened in ${open} ms (to the first 30 shown)`, ...rows].join("\n");
  mkdirSync(join(here, ".out"), { recursive: true });
  writeFileSync(join(here, ".out", "bench.txt"), report + "\n");
  console.log(report);
});
