// A real life's data for the layout sweep and the screenshots: 500 people
// and ten years of daily use ending today, in the app's own stored form,
// from the Rust generator (examples/seed.rs). Generated once per day and
// kept in tests/e2e/.out, so parallel workers and reruns share it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Today's date as the page sees it (local time), YYYY-MM-DD. */
function today() {
  const d = new Date();
  const pad = (x) => String(x).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** localStorage key → stored text for `years` of use ending today. */
export function seeded(years = 10) {
  const day = today();
  const dir = join(root, "tests", "e2e", ".out");
  const file = join(dir, `seed-${years}y-${day}.json`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const out = execFileSync("cargo", ["run", "--quiet", "--release", "--example", "seed", "--", "--years", String(years), "--today", day], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      encoding: "utf8",
    });
    // Written whole, then renamed, so a parallel reader never sees half a file.
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Replaces the origin's storage with `stored` and starts Tend on `hash`. */
export async function loadStored(page, stored, hash = "#/") {
  await page.goto("./#/about");
  await page.evaluate((s) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, stored);
  await page.goto("about:blank");
  await page.goto(`./${hash}`);
}

/** The id of the first live person in `stored` (for `#/people/<id>`). */
export function firstPersonId(stored) {
  const people = JSON.parse(stored["tend:people"]);
  return people.find((p) => !p.x).id;
}

/** A split screen's own code (split_<screen>.wasm), or code only split screens share (chunk_<n>.wasm). */
export const CHUNK = /\/(split|chunk)_[^/]*\.wasm$/;

/**
 * A browser context new to Tend's code (no HTTP cache, no service worker,
 * whose precache would hide the network) whose storage holds `stored` from
 * the first script on: the first load as it is for someone who comes back.
 */
export async function freshContext(browser, stored, options = {}) {
  const context = await browser.newContext({ ...options, serviceWorkers: "block" });
  await context.addInitScript((s) => {
    if (localStorage.length === 0) for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, stored);
  return context;
}
