// The calm crash screen (assets/crash.js): when Tend cannot start or stops
// on an error, the person sees a plain message and can download their data
// as a backup that Tend imports again; the download needs none of the app.
import { test, expect } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./server.mjs";
import { dist } from "./build.mjs";
import { Tend } from "./app.mjs";

async function downloadFromCrashScreen(page) {
  const screen = page.getByRole("main");
  await expect(page.getByRole("heading", { name: "Tend stopped" })).toBeFocused();
  await expect(screen).toContainText("Nothing you saved was lost");
  const [download] = await Promise.all([page.waitForEvent("download"), screen.getByRole("button", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return download;
}

test("when the app's code cannot load, the data can still be downloaded, and Tend imports it", async ({ page }, info) => {
  // A build whose wasm is damaged (cut in half).
  const root = mkdtempSync(join(tmpdir(), "tend-broken-"));
  cpSync(dist, root, { recursive: true });
  // The main module (the one every visit loads first), in the build's pkg-<hash>/.
  const pkg = readdirSync(root).find((f) => f.startsWith("pkg-"));
  const wasm = join(pkg, "tend_bg.wasm");
  const bytes = readFileSync(join(root, wasm));
  writeFileSync(join(root, wasm), bytes.subarray(0, bytes.length / 2));
  const server = await serve(root, info.workerIndex);
  await page.goto(server.url);
  await expect(page.getByRole("heading", { name: "Tend stopped" })).toBeVisible();
  // What a person had stored, including a key set aside as unreadable.
  await page.evaluate(() => {
    localStorage.setItem("tend:meta", JSON.stringify({ schema_version: 2, epoch: 0 }));
    localStorage.setItem("tend:people", JSON.stringify([{ id: "p1", c: 1, u: 1, n: "Ada" }]));
    localStorage.setItem("tend:journal:2026-11", JSON.stringify([{ id: "j1", c: 1, u: 1, d: "2026-11-02", t: "Tea with Ada" }]));
    localStorage.setItem("tend:quarantine:journal:2026-10", "[{broken");
  });
  await page.reload();
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const download = await downloadFromCrashScreen(page);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.format).toBe("tend-backup");
  expect(file.data.people.map((p) => p.n)).toEqual(["Ada"]);
  expect(file.data.journal.map((e) => e.t)).toEqual(["Tea with Ada"]);
  expect(file.kept_aside["tend:quarantine:journal:2026-10"]).toBe("[{broken");
  // Stored data is only read.
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  await server.stop();

  // A working Tend imports it.
  const app = new Tend(page);
  await app.open();
  await app.importFile(await download.path(), "Merge");
  await expect(app.status()).toContainText("Merged 2 records");
  await app.journalView("Entries");
  await expect(page.getByText("Tea with Ada")).toBeVisible();
});

test("an error that stops the running app brings up the same screen, with packed months expanded", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  // A month that is over, as schema 2 stored it (plain): Tend packs it when
  // it starts, and the crash screen's own few lines expand it again.
  const walk = "A long walk by the river with Zoë 🌿, then soup; we talked about her new job and about Dad. ".repeat(8);
  await page.evaluate((walk) => {
    localStorage.setItem("tend:meta", JSON.stringify({ schema_version: 2, epoch: 0 }));
    const entries = [1, 2, 3].map((d) => ({ id: `old${d}`, c: d, u: d, d: `2024-03-0${d}`, t: `${d}. ${walk}` }));
    localStorage.setItem("tend:journal:2024-03", JSON.stringify(entries));
  }, walk);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await app.addPerson("Grace");
  const stored = await app.stored();
  expect(stored["tend:journal:2024-03"]).toMatch(/^~lz4:/);
  expect(stored["tend:journal:2024-03"].length).toBeLessThan(walk.length);
  // Migrated to the current schema (4: contact fields).
  expect(JSON.parse(stored["tend:meta"]).schema_version).toBe(4);
  // What the panic hook does (src/ui/app.rs, report_crash).
  await page.evaluate(() => window.dispatchEvent(new Event("tend:crashed")));
  const download = await downloadFromCrashScreen(page);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.version).toBe(2);
  expect(file.data.people.map((p) => p.n)).toEqual(["Grace"]);
  expect(file.data.journal.map((e) => e.t).sort()).toEqual([1, 2, 3].map((d) => `${d}. ${walk}`));
  expect(file.kept_aside).toBeUndefined();
});

test("with a passphrase lock, the crash screen asks for it and downloads the data decrypted", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  await app.writeEntry("An old walk by the canal.", "2026-09-12");
  await app.setLock("walks by the river");
  const stored = await app.stored();
  expect(JSON.stringify(stored)).not.toContain("Ada");
  await page.evaluate(() => window.dispatchEvent(new Event("tend:crashed")));
  const screen = page.getByRole("main");
  await expect(page.getByRole("heading", { name: "Tend stopped" })).toBeFocused();
  await screen.getByLabel(/Your passphrase/).fill("walks by the sea");
  await screen.getByRole("button", { name: "Download my data" }).click();
  await expect(screen.getByRole("alert")).toContainText("not the passphrase");
  await screen.getByLabel(/Your passphrase/).fill("walks by the river");
  const [download] = await Promise.all([page.waitForEvent("download"), screen.getByRole("button", { name: "Download my data" }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.data.people.map((p) => p.n)).toEqual(["Ada Lovelace"]);
  expect(file.data.journal.map((e) => e.t)).toEqual(["An old walk by the canal."]);
  expect(await app.stored()).toEqual(stored);
});
