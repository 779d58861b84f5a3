// Every save accounted for: what the person wrote is never silently replaced
// by an import, and a replace with no room under the lock is refused before
// anything changes.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { Tend } from "./app.mjs";

const PASS = "walks by the river";

test("an import whose entry has the same stamp but another text keeps both texts", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.writeEntry("My own words about the lake.", "2026-11-02");
  const backup = JSON.parse(readFileSync(await (await app.exportBackup()).path(), "utf8"));
  // The same record (same id, same stamp) with other words, as a backup
  // made on another device in the same millisecond would hold it.
  backup.data.journal[0].t = "The file's words about the lake.";
  await app.importFile({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) }, "Merge");
  await expect(app.status()).toContainText("Merged");
  await app.journalView("Entries");
  const list = page.getByRole("list", { name: "Journal entries" });
  await expect(list.getByText("My own words about the lake.")).toBeVisible();
  await expect(list.getByText("The file's words about the lake.")).toBeVisible();
  // The copy says what it is.
  await expect(list.getByRole("listitem").filter({ hasText: "words about the lake" }).getByText("Conflict copy")).toHaveCount(1);
  await app.stored();
  await page.reload();
  await app.journalView("Entries");
  await expect(list.getByText("My own words about the lake.")).toBeVisible();
  await expect(list.getByText("The file's words about the lake.")).toBeVisible();
  // Importing the same file again adds nothing more.
  await app.importFile({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) }, "Merge");
  await expect(app.status()).toContainText("Merged");
  await app.journalView("Entries");
  await expect(list.getByRole("listitem")).toHaveCount(2);
});

test("with the lock set, a replace import with no room is refused before anything changes", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  const backupPath = await (await app.exportBackup()).path();
  await app.addPerson("Only in the old data");
  await app.setLock(PASS);
  const before = await app.stored();
  await app.fillStorage();

  // No copy fits: the person is asked first, as without the lock.
  await app.importFile(backupPath, "Replace");
  const noRoom = page.getByRole("group", { name: "No room for a copy" });
  await expect(noRoom).toBeVisible();
  // Replacing without a copy cannot be saved either: refused, nothing changed.
  await noRoom.getByRole("button", { name: "Replace without a copy" }).click();
  await expect(app.alert()).toContainText("Nothing was replaced");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Only in the old data")).toBeVisible();
  const after = await app.stored();
  expect(after).toEqual(before);
  for (const [k, v] of Object.entries(after)) if (k !== "tend:meta") expect(v.startsWith("~gcm:"), k).toBe(true);
});
