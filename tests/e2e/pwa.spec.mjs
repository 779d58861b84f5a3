// Installable, offline-first, on any static host: the manifest passes
// Chromium's installability check, the app works with the server gone, and a
// new build announces itself and takes over only when the person says so.
import { test, expect, chromium } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finalize } from "../../scripts/post-build.mjs";
import { serve } from "./server.mjs";
import { dist } from "./build.mjs";
import { Tend } from "./app.mjs";

const SCREENS = ["Today", "Check-up", "People", "Challenges", "Journal", "Settings"];

async function controlled(page) {
  // The install downloads every file; one that stalls is retried after 10 s (assets/sw.js).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 40_000 });
}

/**
 * A copy of the build served on its own (under `at` in the server's folder,
 * changed first by `edit(dir)` if given), opened in `page` until its
 * service worker controls it; returns the server, the copy's folder and
 * the app.
 */
async function installedCopy(page, info, name, { at = "", edit } = {}) {
  const root = mkdtempSync(join(tmpdir(), `tend-${name}-`));
  const dir = join(root, at);
  cpSync(dist, dir, { recursive: true });
  edit?.(dir);
  const server = await serve(root, info.workerIndex);
  const app = new Tend(page, `${server.url}${at}`);
  await app.open();
  await controlled(page);
  return { server, root, app };
}

test("Chromium reports no installability errors for the manifest", async ({ baseURL }, info) => {
  // A persistent profile: Chromium never offers to install from an incognito one.
  const profile = mkdtempSync(join(tmpdir(), "tend-profile-"));
  const context = await chromium.launchPersistentContext(profile, info.project.use.launchOptions);
  const page = await context.newPage();
  const app = new Tend(page, baseURL);
  await app.open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors).toEqual([]);
  const { errors } = await cdp.send("Page.getAppManifest");
  expect(errors).toEqual([]);
  await context.close();
});

test("once loaded, everything works with the server gone (under a sub-path)", async ({ page }, info) => {
  const { server, app } = await installedCopy(page, info, "offline", { at: "apps/tend/" });
  await app.addPerson("Met before the flight");
  await app.stored();
  await server.stop();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  for (const name of SCREENS) {
    await app.go(name);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  }
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Met before the flight", { exact: true })).toBeVisible();
  await app.writeEntry("Written at 10,000 metres, no network.");
  await app.stored();
  await page.goto(`${server.url}apps/tend/#/journal/entries`);
  await expect(page.getByText("Written at 10,000 metres, no network.")).toBeVisible();
});

test("a locked Tend opens with the server gone: the unlock screen's own code is kept too", async ({ page }, info) => {
  const { server, app } = await installedCopy(page, info, "locked");
  await app.addPerson("Ada Lovelace");
  await app.setLock("walks by the river");
  await server.stop();

  // Closing the lock reloads the page: the unlock screen is the first screen.
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tend is locked");
  await app.unlock("walks by the river");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Ada Lovelace", { exact: true })).toBeVisible();
});

test("a cache lookup that never answers falls back to the network, so Tend still opens", async ({ page }, info) => {
  // WebKitGTK's Cache API now and then never answers (assets/sw.js, LOOKUP).
  // Here every lookup hangs for good: the worker's own `caches.match` is
  // replaced before its code runs. Without the watchdog the reload below
  // would wait for ever.
  const hang = (dir) => {
    const sw = join(dir, "sw.js");
    writeFileSync(sw, `caches.match = () => new Promise(() => {});\n${readFileSync(sw, "utf8")}`);
  };
  const { server } = await installedCopy(page, info, "hung-cache", { edit: hang });
  // Every request now waits out a lookup: give each step room for several.
  const h1 = page.getByRole("heading", { level: 1 });
  await page.reload();
  // Today, not the first run's welcome: the stored choice was read too.
  await expect(h1).toHaveText("Today", { timeout: 30_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People", exact: true }).click();
  await expect(h1).toHaveText("People", { timeout: 30_000 });
  await server.stop();
});

test("a new version is announced, waits for the person, and reloading activates it", async ({ page }, info) => {
  const { server, root, app } = await installedCopy(page, info, "update");
  await app.writeEntry("Kept across the update");
  await app.stored();
  // Another copy of Tend on the same origin, under another path: its cache
  // must survive this copy's update.
  const other = `tend-0000@${server.url}other/`;
  await page.evaluate((name) => caches.open(name), other);

  // Deploy "v2": the same build with a visible marker, finalized again, so
  // its files and service worker differ.
  const indexPath = join(root, "index.html");
  writeFileSync(indexPath, readFileSync(indexPath, "utf8").replace("<title>", '<meta name="tend-build" content="v2"><title>'));
  const { cache } = await finalize(root, { minifyJs: false });

  await page.reload(); // navigating makes the browser look for a new sw.js
  await expect(app.status()).toContainText("A new version of Tend is ready", { timeout: 20_000 });
  // Still v1 until the person chooses: no reload on its own.
  await page.waitForTimeout(1000);
  await expect(page.locator('meta[name="tend-build"]')).toHaveCount(0);

  await app.status().getByRole("button", { name: "Reload" }).click();
  await expect(page.locator('meta[name="tend-build"]')).toHaveAttribute("content", "v2", { timeout: 20_000 });
  // The old build's cache is gone and another scope's stays (the daily
  // nudge's schedule, which no update deletes, is not a build's cache).
  const builds = (await page.evaluate(() => caches.keys())).filter((k) => !k.startsWith("tend:nudge@"));
  expect(builds.sort()).toEqual([`${cache}@${server.url}`, other].sort());
  await app.journalView("Entries");
  await expect(page.getByText("Kept across the update")).toBeVisible();
  await server.stop();
});
