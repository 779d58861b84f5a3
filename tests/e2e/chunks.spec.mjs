// The split build (src/ui/lazy.rs): every screen but Today, and the
// reach-out kit, is its own chunk of wasm, fetched when first opened and in
// idle time after Today shows. A chunk that cannot be fetched is a calm
// "could not open" with a retry, never a stopped app.
import { test, expect } from "@playwright/test";
import { Tend } from "./app.mjs";
import { CHUNK } from "./seed.mjs";

// No service worker here: its precache would hide the network from the page.
test.use({ serviceWorkers: "block" });

const SCREENS = ["Check-up", "People", "Challenges", "Journal", "Settings"];

/** Makes every download of `chunk` fail, as on a dropped connection; returns how many were refused so far. */
async function refuse(page, chunk) {
  let refused = 0;
  await page.route(chunk, (route) => {
    refused += 1;
    return route.abort("internetdisconnected");
  });
  return () => refused;
}

test("a screen whose code cannot be downloaded says so, keeps the app running, and opens on Try again", async ({ page }) => {
  // People's code fails to arrive, as on a dropped connection, from the start
  // (so the idle fetch cannot bring it first).
  const refused = await refuse(page, /\/split_people\.wasm$/);
  const app = new Tend(page);
  await app.open();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People", exact: true }).click();
  const failed = page.getByRole("alert").filter({ hasText: "Could not open this screen" });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("Nothing you wrote is affected");
  expect(refused()).toBeGreaterThan(0);
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

test("a reach-out kit whose code cannot be downloaded says so in its place, and opens on Try again", async ({ page }) => {
  const refused = await refuse(page, /\/split_reach_kit\.wasm$/);
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  // Her weekly check-in is due: the last contact was nine days ago.
  await app.openPerson("Ada");
  const form = page.getByRole("form", { name: "Details for Ada" });
  await form.getByRole("group", { name: "How often to check in" }).getByRole("radio", { name: "Every week" }).check();
  const d = new Date();
  d.setDate(d.getDate() - 9);
  await form.getByLabel("Last contact").fill(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`);
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(app.status()).toContainText("Saved the details of Ada.");
  await app.go("Today");
  await page.getByRole("list", { name: "Check-ins" }).getByRole("button", { name: "Reach out to Ada", exact: true }).click();
  const failed = page.getByRole("alert").filter({ hasText: "Could not open the reach-out kit" });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("Nothing you wrote is affected");
  expect(refused()).toBeGreaterThan(0);
  // Today stays as it was around it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today");
  await page.unroute(/\/split_reach_kit\.wasm$/);
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("region", { name: /: Ada$/ })).toBeVisible();
  await expect(failed).toHaveCount(0);
});

test("another tab's change waits for the code that merges it, retried when it fails, and nothing saved here meanwhile is written over it", async ({ context }) => {
  // The merging code (only needed with Tend open in two tabs) fails to
  // download once, as on a dropped connection; the retry is held until the
  // test lets it through.
  let asked = 0;
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await context.route(/\/split_merges\.wasm$/, async (route) => {
    asked += 1;
    if (asked === 1) return route.abort("internetdisconnected");
    await released;
    return route.continue();
  });
  const a = new Tend(await context.newPage());
  const b = new Tend(await context.newPage());
  await a.open("#/people");
  await b.open("#/people");
  const names = (tab) => tab.page.evaluate(() => JSON.parse(localStorage.getItem("tend:people") || "[]").map((p) => p.n).sort());
  await b.addPerson("Added in B");
  // A hears of it, and cannot merge it yet: it says so, calmly.
  await expect(a.alert()).toContainText("did not download");
  await a.addPerson("Added in A");
  await expect.poll(() => asked).toBe(2);
  // A's own save waits behind B's change rather than replacing B's list.
  await a.page.waitForTimeout(800);
  expect(await names(a)).toEqual(["Added in B"]);
  release();
  for (const tab of [a, b]) {
    const people = tab.page.getByRole("list", { name: "People" });
    await expect(people.getByText("Added in A")).toBeVisible();
    await expect(people.getByText("Added in B")).toBeVisible();
  }
  await expect(a.alert()).not.toContainText("did not download");
  await expect.poll(() => names(a)).toEqual(["Added in A", "Added in B"]);
});

test("a backup whose code cannot download says so and changes nothing; with it back, the backup downloads", async ({ page }) => {
  // Writing a backup file is a chunk of its own (state::actions, backups).
  const backups = /\/split_backups\.wasm$/;
  const refused = await refuse(page, backups);
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  await app.go("Settings");
  const downloads = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole("button", { name: "Export a backup", exact: true }).click();
  await expect(app.alert()).toContainText("No backup was made: its part of Tend did not download.");
  expect(refused()).toBeGreaterThan(0);
  expect(downloads).toEqual([]);
  await page.unroute(backups);
  const file = await app.exportBackup();
  expect(file.suggestedFilename()).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.json$/);
});

test("a lock set while the code that encrypts cannot download says so, and nothing is lost: with it back, Tend opens with the passphrase", async ({ page }) => {
  // Only someone with a lock needs the encrypting code: it is not in the
  // first download, and here it fails to arrive when the lock is set.
  const sealing = /\/split_sealing\.wasm$/;
  const refused = await refuse(page, sealing);
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  await app.go("Settings");
  const form = page.getByRole("form", { name: "Set a passphrase" });
  await form.getByLabel("New passphrase", { exact: true }).fill("tea at four");
  await form.getByLabel("The new passphrase again").fill("tea at four");
  await form.getByRole("button", { name: "Lock Tend with this passphrase" }).click();
  await expect(page.getByText("the part of Tend that encrypts did not download").first()).toBeVisible();
  expect(refused()).toBeGreaterThan(0);
  await page.unroute(sealing);
  await page.reload();
  await app.unlock("tea at four");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Ada", { exact: true })).toBeVisible();
});

test("only data saved by an earlier version fetches the code that updates it; when that cannot download nothing stored changes, and with it back the data opens", async ({ page }) => {
  const migrations = /\/split_migrations\.wasm$/;
  let asked = 0;
  page.on("request", (r) => migrations.test(new URL(r.url()).pathname) && (asked += 1));
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Grace");
  await app.stored();
  await page.reload();
  await expect(page.getByRole("list", { name: "People" }).getByText("Grace", { exact: true })).toBeVisible();
  expect(asked).toBe(0);
  // Someone whose data an earlier Tend saved (schema 2), offline.
  const refused = await refuse(page, migrations);
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem("tend:meta", JSON.stringify({ schema_version: 2, epoch: 0 }));
    localStorage.setItem("tend:people", JSON.stringify([{ id: "p1", c: 1, u: 1, n: "Ada" }]));
  });
  const before = await page.evaluate(() => ({ ...localStorage }));
  await page.goto("./#/");
  await page.reload();
  await expect(app.alert()).toContainText("the part of Tend that updates it did not download");
  // Nothing of it shows, but whoever kept it is not new: Today, not the first run.
  await expect(page.locator("main h1:visible")).toHaveText("Today");
  // and a Today that says the data waits, not one for someone with none.
  await expect(page.getByRole("heading", { name: "Your data is waiting" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "A small step for today" })).toHaveCount(0);
  await expect(page).not.toHaveURL(/#\/welcome/);
  expect(refused()).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
  // With the connection back, a reload opens it, updated.
  await page.unroute(migrations);
  await page.reload();
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Ada", { exact: true })).toBeVisible();
  const stored = await app.stored();
  expect(JSON.parse(stored["tend:meta"]).schema_version).toBeGreaterThan(2);
});

test("after Today shows, every screen's code and the reach-out kit's arrive in idle time, so each opens without the network", async ({ page }) => {
  const chunks = new Set();
  // Only this page's downloads count: `open` reloads after skipping the
  // first run, and what the first page fetched is gone from memory.
  page.on("framenavigated", (frame) => frame === page.mainFrame() && chunks.clear());
  page.on("requestfinished", (r) => {
    const m = new URL(r.url()).pathname.match(/\/split_([a-z_]+)\.wasm$/);
    if (m) chunks.add(m[1]);
  });
  const app = new Tend(page);
  await app.open();
  const idle = ["about", "challenges", "checkup", "help", "journal", "people", "reach_kit", "settings"];
  await expect.poll(() => idle.filter((s) => chunks.has(s)), { timeout: 20_000 }).toEqual(idle);
  await page.context().setOffline(true);
  for (const name of SCREENS) await app.go(name);
  await page.getByRole("link", { name: "About Tend and its sources" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About Tend");
});
