// The split build (src/ui/lazy.rs): every screen but Today is its own chunk
// of wasm, fetched when first opened and in idle time after Today shows. A
// chunk that cannot be fetched is a calm "could not open" with a retry,
// never a stopped app.
import { test, expect } from "@playwright/test";
import { Tend } from "./app.mjs";
import { CHUNK } from "./seed.mjs";

// No service worker here: its precache would hide the network from the page.
test.use({ serviceWorkers: "block" });

const SCREENS = ["Check-up", "People", "Challenges", "Journal", "Settings"];

test("a screen whose code cannot be downloaded says so, keeps the app running, and opens on Try again", async ({ page }) => {
  // People's code fails to arrive, as on a dropped connection, from the start
  // (so the idle fetch cannot bring it first).
  let refused = 0;
  await page.route(/\/split_people\.wasm$/, (route) => {
    refused += 1;
    return route.abort("internetdisconnected");
  });
  const app = new Tend(page);
  await app.open();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People", exact: true }).click();
  const failed = page.getByRole("alert").filter({ hasText: "Could not open this screen" });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("Nothing you wrote is affected");
  expect(refused).toBeGreaterThan(0);
  // The rest of the app still answers.
  await app.go("Journal");
  await app.go("Today");
  // With the connection back, the same screen opens with one press of Try again.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People", exact: true }).click();
  await expect(failed).toBeVisible();
  await page.unroute(/\/split_people\.wasm$/);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await expect(failed).toHaveCount(0);
});

test("after Today shows, every screen's code arrives in idle time, so each opens without the network", async ({ page }) => {
  const chunks = new Set();
  // Only this page's downloads count: `open` reloads after skipping the
  // first run, and what the first page fetched is gone from memory.
  page.on("framenavigated", (frame) => frame === page.mainFrame() && chunks.clear());
  page.on("requestfinished", (r) => {
    const m = new URL(r.url()).pathname.match(/\/split_([a-z]+)\.wasm$/);
    if (m) chunks.add(m[1]);
  });
  const app = new Tend(page);
  await app.open();
  const idle = ["about", "challenges", "checkup", "help", "journal", "people", "settings"];
  await expect.poll(() => idle.filter((s) => chunks.has(s)), { timeout: 20_000 }).toEqual(idle);
  await page.context().setOffline(true);
  for (const name of SCREENS) await app.go(name);
  await page.getByRole("link", { name: "About Tend and its sources" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About Tend");
});
