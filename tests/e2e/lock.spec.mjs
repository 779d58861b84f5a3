// The passphrase lock: everything stored is encrypted, the unlock screen
// shows nothing else, a wrong passphrase changes nothing, and the lock
// can be closed, closes itself when left alone, and can be changed and
// removed.
import { test, expect } from "@playwright/test";
import { Tend } from "./app.mjs";

const PASS = "walks by the river";

async function stored(page) {
  await page.waitForTimeout(500);
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("tend:")).map((k) => [k, localStorage.getItem(k)])));
}

test("with a passphrase, everything stored is encrypted and opens only with it", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  await app.writeEntry("Secret walk with Ada by the canal.", "2026-10-20");
  await app.writeEntry("Tea with Ada today.");
  await app.setLock(PASS);

  // Every value but the version record is encrypted; nothing readable.
  let s = await stored(page);
  for (const [k, v] of Object.entries(s)) {
    if (k === "tend:meta") continue;
    expect(v.startsWith("~gcm:"), k).toBe(true);
  }
  expect(JSON.stringify(s)).not.toMatch(/Ada|Secret|Tea/);
  const meta = JSON.parse(s["tend:meta"]);
  expect(meta.lock).toMatchObject({ iterations: 600000, idle_minutes: 15 });
  expect(Object.keys(meta.lock).sort()).toEqual(["check", "idle_minutes", "iterations", "salt"]);

  // A draft typed now is kept encrypted too.
  await app.journalView("Write");
  await page.getByLabel("What is on your mind?").fill("Half a thought about Ada");
  await page.waitForTimeout(1500);
  s = await stored(page);
  expect(s["tend:draft"].startsWith("~gcm:")).toBe(true);

  // A fresh start shows only the unlock screen, with nothing of the data.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Tend is locked" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  expect(await page.content()).not.toMatch(/Ada|Secret|Tea with/);
  const before = await stored(page);
  await app.unlock("walks by the sea");
  await expect(page.getByRole("form", { name: "Unlock Tend" }).getByRole("alert")).toContainText("not the passphrase");
  expect(await stored(page)).toEqual(before);

  await app.unlock(PASS);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await app.journalView("Write");
  await expect(page.getByLabel("What is on your mind?")).toHaveValue("Half a thought about Ada");
  await app.journalView("Entries");
  await expect(page.getByText("Tea with Ada today.")).toBeVisible();
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Ada Lovelace")).toBeVisible();
  await app.addPerson("Grace Hopper");
  s = await stored(page);
  expect(s["tend:people"].startsWith("~gcm:")).toBe(true);
  expect(JSON.stringify(s)).not.toContain("Grace");

  // Lock now.
  await app.go("Settings");
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(page.getByRole("heading", { name: "Tend is locked" })).toBeVisible();
  await app.unlock(PASS);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  // Change the passphrase: the current one is checked first.
  await app.go("Settings");
  const change = page.getByRole("form", { name: "Change or remove the passphrase" });
  await change.getByLabel("Current passphrase").fill("not it at all");
  await change.getByLabel("New passphrase", { exact: true }).fill("tea at four o'clock");
  await change.getByLabel("The new passphrase again").fill("tea at four o'clock");
  await change.getByRole("button", { name: "Change the passphrase" }).click();
  await expect(app.alert()).toContainText("not the passphrase");
  await change.getByLabel("Current passphrase").fill(PASS);
  await change.getByRole("button", { name: "Change the passphrase" }).click();
  await expect(app.status()).toContainText("The passphrase is changed");
  await page.reload();
  await app.unlock(PASS);
  await expect(page.getByRole("form", { name: "Unlock Tend" }).getByRole("alert")).toContainText("not the passphrase");
  await app.unlock("tea at four o'clock");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  // Remove the lock: everything is stored readable again, and no
  // passphrase is asked for.
  await app.go("Settings");
  await change.getByLabel("Current passphrase").fill("tea at four o'clock");
  await change.getByRole("button", { name: "Remove the lock" }).click();
  await expect(app.status()).toContainText("lock is removed");
  s = await stored(page);
  expect(JSON.parse(s["tend:meta"]).lock).toBeUndefined();
  for (const [k, v] of Object.entries(s)) expect(v.startsWith("~gcm:"), k).toBe(false);
  expect(s["tend:people"]).toContain("Grace Hopper");
  await page.reload();
  await app.journalView("Entries");
  await expect(page.getByText("Tea with Ada today.")).toBeVisible();
  expect(errors).toEqual([]);
});

test("a passphrase lock closes by itself when Tend is left alone", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-20T10:00:00") });
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  await app.setLock(PASS, "After 5 minutes");
  await page.clock.runFor("04:00");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await page.clock.runFor("01:30");
  await expect(page.getByRole("heading", { name: "Tend is locked" })).toBeVisible();
  expect(await page.content()).not.toContain("Ada Lovelace");
  await app.unlock(PASS);
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Ada Lovelace")).toBeVisible();
});
