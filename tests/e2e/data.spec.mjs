// Your data: autosave across reloads, backup export and import, bad files,
// quarantine, a full quota, a newer schema, two tabs, erasing.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { Tend } from "./app.mjs";

async function withSomeData(page) {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  await app.addPerson("Grace Hopper");
  await app.writeEntry("Long call with Ada about engines.", "2026-10-30");
  await app.writeEntry("Coffee with Grace ☕ — she said \"hello\".", "2026-11-20");
  return app;
}

test("data persists across reload", async ({ page }) => {
  const app = await withSomeData(page);
  await page.reload();
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(2);
  await app.journalView("Entries");
  await expect(page.getByText("Coffee with Grace ☕ — she said \"hello\".")).toBeVisible();
  const stored = await app.stored();
  // tend:prefs: the first run, skipped, and that the browser was asked to
  // keep the data (the settings record is made with the first data).
  expect(Object.keys(stored)).toEqual(["tend:journal:2026-10", "tend:journal:2026-11", "tend:meta", "tend:people", "tend:prefs"]);
});

test("export, erase, import gives identical data", async ({ page }) => {
  const app = await withSomeData(page);
  await app.addPerson("Linus");
  await app.openPerson("Linus");
  await page.getByRole("button", { name: "Remove Linus" }).click();
  await page.getByRole("button", { name: "Yes, remove Linus" }).click();
  const first = await app.exportBackup();
  expect(first.suggestedFilename()).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const firstPath = await first.path();
  const before = JSON.parse(readFileSync(firstPath, "utf8"));
  expect(before.format).toBe("tend-backup");

  await app.eraseEverything();
  expect(Object.keys(await app.stored())).toEqual(["tend:meta"]);
  await app.go("People");
  await expect(page.getByText("No one yet.")).toBeVisible();

  await app.importFile(firstPath, "Merge");
  // Two people and two entries (the settings record, which holds that the
  // first run is done, is restored but is not one of your records).
  await expect(app.status()).toContainText("Merged 4 records");
  const second = await app.exportBackup();
  const after = JSON.parse(readFileSync(await second.path(), "utf8"));
  expect(after.data).toEqual(before.data);
  await page.reload();
  await app.journalView("Entries");
  await expect(page.getByText("Long call with Ada about engines.")).toBeVisible();
});

/** Exports an encrypted backup with `passphrase` from Settings (open); resolves to the download. */
async function exportEncrypted(page, passphrase) {
  const form = page.getByRole("form", { name: "Encrypted backup" });
  await form.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await form.getByLabel("The same passphrase again").fill(passphrase);
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Export an encrypted backup" }).click()]);
  return download;
}

test("an encrypted backup holds nothing readable, opens only with its passphrase, and imports", async ({ page }) => {
  const app = await withSomeData(page);
  await app.go("Settings");
  const form = page.getByRole("form", { name: "Encrypted backup" });
  await expect(form).toContainText("if it is forgotten, the backup cannot be opened by anyone");
  // Too short, then typed differently: refused, with what to change.
  await form.getByLabel("Passphrase", { exact: true }).fill("short");
  await form.getByLabel("The same passphrase again").fill("short");
  await form.getByRole("button", { name: "Export an encrypted backup" }).click();
  await expect(app.alert()).toContainText("at least 8 characters");
  await form.getByLabel("Passphrase", { exact: true }).fill("walks by the river");
  await form.getByLabel("The same passphrase again").fill("walks by the rivers");
  await form.getByRole("button", { name: "Export an encrypted backup" }).click();
  await expect(app.alert()).toContainText("differ");
  const download = await exportEncrypted(page, "walks by the river");
  expect(download.suggestedFilename()).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
  const text = readFileSync(await download.path(), "utf8");
  const file = JSON.parse(text);
  expect(file.format).toBe("tend-backup-encrypted");
  expect(file.kdf).toMatchObject({ name: "PBKDF2", hash: "SHA-256", iterations: 600000 });
  for (const secret of ["Ada", "Grace", "engines", "Coffee"]) expect(text).not.toContain(secret);
  await expect(form.getByLabel("Passphrase", { exact: true })).toHaveValue("");

  await app.eraseEverything();
  const empty = await app.stored();
  await app.importFile(await download.path(), "Merge");
  const open = page.getByRole("form", { name: "Open the encrypted backup" });
  await open.getByLabel("Passphrase of the backup").fill("walks by the sea");
  await open.getByRole("button", { name: "Open and import" }).click();
  await expect(app.alert()).toContainText("That passphrase does not open this backup");
  expect(await app.stored()).toEqual(empty);
  await open.getByLabel("Passphrase of the backup").fill("walks by the river");
  await open.getByRole("button", { name: "Open and import" }).click();
  await expect(app.status()).toContainText("Merged 4 records");
  await expect(open).toHaveCount(0);
  await app.journalView("Entries");
  await expect(page.getByText("Long call with Ada about engines.")).toBeVisible();
});

test("leaving Settings while an encrypted backup opens imports nothing, says so, and Tend carries on", async ({ page }) => {
  const app = await withSomeData(page);
  await app.go("Settings");
  const download = await exportEncrypted(page, "walks by the river");
  await app.eraseEverything();
  const empty = await app.stored();
  await app.importFile(await download.path(), "Merge");
  // A slow phone: the passphrase takes two seconds more to try, time
  // enough to leave Settings before it answers.
  await page.evaluate(() => {
    const derive = SubtleCrypto.prototype.deriveKey;
    SubtleCrypto.prototype.deriveKey = function (...args) {
      return new Promise((wait) => setTimeout(wait, 2000)).then(() => derive.apply(this, args));
    };
  });
  const open = page.getByRole("form", { name: "Open the encrypted backup" });
  await open.getByLabel("Passphrase of the backup").fill("walks by the river");
  await open.getByRole("button", { name: "Open and import" }).click();
  await app.go("Today");
  await expect(app.status()).toContainText("The encrypted backup was not imported: Settings was closed", { timeout: 10_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today");
  expect(await app.stored()).toEqual(empty);
});

test("import with replace keeps an automatic backup of what it replaced", async ({ page }) => {
  const app = await withSomeData(page);
  const backupPath = await (await app.exportBackup()).path();
  await app.addPerson("Only in the old data");
  await app.importFile(backupPath, "Replace");
  await expect(app.status()).toContainText("Replaced your data");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Only in the old data")).toHaveCount(0);
  await app.go("Settings");
  const [auto] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the automatic backup" }).click(),
  ]);
  const kept = JSON.parse(readFileSync(await auto.path(), "utf8"));
  expect(kept.data.people.map((p) => p.n)).toContain("Only in the old data");
});

test("the automatic backup can be removed, and a replace with no room for it offers a download instead of refusing", async ({ page }) => {
  const app = await withSomeData(page);
  const backupPath = await (await app.exportBackup()).path();
  // A replace keeps a copy; the copy can be downloaded and removed.
  await app.importFile(backupPath, "Replace");
  await expect(app.status()).toContainText("Replaced your data");
  await app.go("Settings");
  await expect(page.getByRole("button", { name: "Download the automatic backup" })).toBeVisible();
  await page.getByRole("button", { name: "Remove the automatic backup" }).click();
  await expect(page.getByRole("button", { name: "Download the automatic backup" })).toHaveCount(0);
  expect(Object.keys(await app.stored())).not.toContain("tend:autobackup");

  // Fill the rest of the origin's storage, so no copy fits.
  await app.addPerson("Only in the old data");
  await app.stored();
  await app.fillStorage();
  await app.importFile(backupPath, "Replace");
  const noRoom = page.getByRole("group", { name: "No room for a copy" });
  await expect(noRoom).toBeVisible();
  // Nothing has changed yet.
  expect((await app.stored())["tend:people"]).toContain("Only in the old data");
  const [current] = await Promise.all([
    page.waitForEvent("download"),
    noRoom.getByRole("button", { name: "Download my current data" }).click(),
  ]);
  const kept = JSON.parse(readFileSync(await current.path(), "utf8"));
  expect(kept.data.people.map((p) => p.n)).toContain("Only in the old data");
  // With no room at all, the replace itself cannot be saved: it is refused
  // before anything changes, rather than shown and then lost on a reload.
  await noRoom.getByRole("button", { name: "Replace without a copy" }).click();
  await expect(app.alert()).toContainText("Nothing was replaced");
  expect((await app.stored())["tend:people"]).toContain("Only in the old data");
  // Once there is room, it goes through.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler:")).forEach((k) => localStorage.removeItem(k)));
  await noRoom.getByRole("button", { name: "Replace without a copy" }).click();
  await expect(app.status()).toContainText("Replaced your data with the backup's");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Only in the old data")).toHaveCount(0);
});

const BAD_FILES = [
  ["malformed JSON", "{\"format\": \"tend-backup\", oops", /not valid JSON \(line 1, column \d+/],
  ["a wrong format", JSON.stringify({ format: "someone-else", version: 1, data: {} }), /format is "someone-else"/],
  ["a newer version", JSON.stringify({ format: "tend-backup", version: 999, exported_at: "2026-01-01T00:00:00Z", data: {} }), /newer version of Tend \(version 999/],
  [
    "wrong field types",
    JSON.stringify({ format: "tend-backup", version: 2, exported_at: "2026-01-01T00:00:00Z", data: { people: [{ id: "a", c: 1, u: 1, n: 42 }] } }),
    /damaged: invalid type: integer `42`, expected a string, at line 1, column \d+/,
  ],
  ["a 10 MB file", "x".repeat(10 * 1024 * 1024), /10\.5 MB, larger than any Tend backup/],
];

for (const [what, content, message] of BAD_FILES) {
  test(`importing ${what} is refused with a message and changes nothing`, async ({ page }) => {
    const app = await withSomeData(page);
    const before = await app.stored();
    for (const mode of ["Merge", "Replace"]) {
      await app.importFile({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(content) }, mode);
      await expect(app.alert()).toContainText(message);
      expect(await app.stored()).toEqual(before);
    }
    await page.reload();
    expect(await app.stored()).toEqual(before);
  });
}

test("a corrupted key is quarantined, the rest loads, and the raw data can be downloaded", async ({ page }) => {
  const app = await withSomeData(page);
  await app.stored();
  await page.evaluate(() => localStorage.setItem("tend:journal:2026-10", '[{"id":"x", "t": broken'));
  await page.reload();
  await expect(app.alert()).toContainText("journal entries for 2026-10");
  await expect(app.alert()).toContainText("set aside, not deleted");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(2);
  await app.journalView("Entries");
  await expect(page.getByText("Coffee with Grace")).toBeVisible();
  const stored = await app.stored();
  expect(stored["tend:quarantine:journal:2026-10"]).toBe('[{"id":"x", "t": broken');
  expect(stored["tend:journal:2026-10"]).toBeUndefined();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the unreadable data" }).click(),
  ]);
  expect(readFileSync(await download.path(), "utf8")).toBe('[{"id":"x", "t": broken');
  // The next load is clean: the bad bytes stay aside.
  await page.reload();
  await expect(app.alert()).toBeEmpty();
});

test("a full quota shows a message, keeps everything in memory, and saves once there is room", async ({ page }) => {
  const app = await withSomeData(page);
  await app.stored();
  // Fill the rest of the origin's storage, in ever smaller pieces, to the last character.
  await app.fillStorage();
  await app.addPerson("Written while full");
  await expect(app.alert()).toContainText("storage for Tend is full");
  await expect(app.alert().getByRole("button", { name: "Export a backup" })).toBeVisible();
  // Still in memory, and in an export.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    app.alert().getByRole("button", { name: "Export a backup" }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(exported.data.people.map((p) => p.n)).toContain("Written while full");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Written while full")).toBeVisible();
  // Free space; the next save writes everything that was pending.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler:")).forEach((k) => localStorage.removeItem(k)));
  await app.addPerson("After freeing space");
  await expect(app.alert()).toBeEmpty();
  await app.stored();
  await page.reload();
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByText("Written while full")).toBeVisible();
  await expect(page.getByRole("list", { name: "People" }).getByText("After freeing space")).toBeVisible();
});

test("with storage turned off, Tend still runs in memory, says so, and can export", async ({ page }) => {
  // As in a browser with site data blocked: touching localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const app = new Tend(page);
  await app.open();
  await expect(app.alert()).toContainText("does not let Tend save anything here");
  await app.addPerson("Kept in memory");
  await app.writeEntry("Written with nowhere to save it.");
  // The warning itself offers the export.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    app.alert().getByRole("button", { name: "Export a backup" }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.data.people.map((p) => p.n)).toEqual(["Kept in memory"]);
  expect(file.data.journal.map((e) => e.t)).toEqual(["Written with nowhere to save it."]);
  await expect(page.getByRole("heading", { name: "Tend stopped" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("data from a newer version of Tend is refused, not overwritten, and its keeper is not greeted as new", async ({ page }) => {
  const app = await withSomeData(page);
  await page.evaluate(() => localStorage.setItem("tend:meta", '{"schema_version":99,"epoch":0}'));
  await page.goto("./#/");
  await page.reload();
  await expect(app.alert()).toContainText("saved by a newer version of Tend");
  // Tend shows none of it, but it is there: Today, not the first run.
  await expect(page.locator("main h1:visible")).toHaveText("Today");
  // and a Today that says the data waits, not one for someone with none.
  await expect(page.getByRole("heading", { name: "Your data is waiting" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "A small step for today" })).toHaveCount(0);
  await expect(page).not.toHaveURL(/#\/welcome/);
  // Nor does any screen of records: nothing to show, and no form whose
  // entry would not be kept.
  for (const name of ["Check-up", "People", "Challenges", "Journal"]) {
    await app.go(name);
    await expect(page.locator("main h1:visible")).toHaveText(name);
    await expect(page.getByRole("heading", { name: "Your data is waiting" })).toBeVisible();
    await expect(page.locator("main input, main textarea")).toHaveCount(0);
  }
  // An export would be an empty file passing for the person's data: none
  // is offered, and the person is told why.
  const before = await app.stored();
  const downloads = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await app.go("Settings");
  for (const name of ["Export a backup", "Export calendar (.ics)", "Export a backup"]) {
    await page.getByRole("button", { name, exact: true }).click();
    await expect(app.alert()).toContainText("Nothing was exported: Tend could not open your stored data");
  }
  // Said once, however often it is tried.
  await expect(app.alert().getByText(/Nothing was exported/)).toHaveCount(1);
  expect(await app.stored()).toEqual(before);
  expect(downloads).toEqual([]);
});

test("two tabs editing different records keep both edits", async ({ context }) => {
  const a = new Tend(await context.newPage());
  const b = new Tend(await context.newPage());
  await a.open("#/people");
  await b.open("#/people");
  await a.addPerson("From tab A");
  await b.addPerson("From tab B");
  await a.writeEntry("Entry from A", "2026-11-02");
  await b.writeEntry("Entry from B", "2026-11-03");
  for (const tab of [a, b]) {
    await tab.go("People");
    const people = tab.page.getByRole("list", { name: "People" });
    await expect(people.getByText("From tab A")).toBeVisible();
    await expect(people.getByText("From tab B")).toBeVisible();
    await tab.journalView("Entries");
    const entries = tab.page.getByRole("list", { name: "Journal entries" });
    await expect(entries.getByText("Entry from A")).toBeVisible();
    await expect(entries.getByText("Entry from B")).toBeVisible();
  }
  await a.stored();
  await b.stored();
  await a.page.reload();
  await a.go("People");
  await expect(a.page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(2);
});

test("two tabs adding to the same key at the same moment both keep both, and settle", async ({ context }) => {
  // Every write to tend:people, with when it happened, in each tab.
  await context.addInitScript(() => {
    window.__writes = [];
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === "tend:people") window.__writes.push(performance.now());
      return set.call(this, k, v);
    };
  });
  const a = new Tend(await context.newPage());
  const b = new Tend(await context.newPage());
  await a.open("#/people");
  await b.open("#/people");
  await a.page.getByLabel("Name", { exact: true }).fill("Added in A");
  await b.page.getByLabel("Name", { exact: true }).fill("Added in B");
  // Both at once: each tab saves its own list before it hears of the other's.
  await Promise.all([
    a.page.getByRole("button", { name: "Add", exact: true }).click(),
    b.page.getByRole("button", { name: "Add", exact: true }).click(),
  ]);
  for (const tab of [a, b]) {
    const people = tab.page.getByRole("list", { name: "People" });
    await expect(people.getByText("Added in A")).toBeVisible();
    await expect(people.getByText("Added in B")).toBeVisible();
  }
  // Settled: a few seconds pass with no more writes, and both tabs store the same.
  await a.page.waitForTimeout(1500);
  const counts = async () => [await a.page.evaluate(() => window.__writes.length), await b.page.evaluate(() => window.__writes.length)];
  const settled = await counts();
  await a.page.waitForTimeout(3000);
  expect(await counts()).toEqual(settled);
  expect(settled[0] + settled[1]).toBeLessThanOrEqual(4);
  const stored = await a.page.evaluate(() => JSON.parse(localStorage.getItem("tend:people")).map((p) => p.n).sort());
  expect(stored).toEqual(["Added in A", "Added in B"]);
});

test("erasing everything in one tab empties the other too", async ({ context }) => {
  const a = new Tend(await context.newPage());
  await withSomeData(a.page);
  const b = new Tend(await context.newPage());
  await b.open("#/people");
  await expect(b.page.getByText("Ada Lovelace")).toBeVisible();
  await a.eraseEverything();
  await expect(b.page.getByText("Ada Lovelace")).toHaveCount(0);
  await b.stored();
  expect(Object.keys(await a.stored())).toEqual(["tend:meta"]);
});

test("the storage meter shows what is used", async ({ page }) => {
  const app = await withSomeData(page);
  await app.go("Settings");
  await expect(page.getByText(/^(\d+|Under 1) KB of about 5 MB used \((\d+%|less than 1%)\)$/)).toBeVisible();
  // The meter follows saves: it grows once the debounced write has happened.
  await expect.poll(async () => Number(await page.locator("meter").getAttribute("value"))).toBeGreaterThan(300);
});

// A save that moves an entry to another month writes two keys. Storage
// fails between them (the tab is killed there, or it is full): the next
// start finishes the save from its journal, so the entry is neither lost
// nor doubled.
for (const [name, error] of [
  ["the tab is killed", "UnknownError"],
  ["storage is full", "QuotaExceededError"],
]) {
  test(`a save interrupted half-way because ${name} is finished at the next start`, async ({ page }) => {
    const app = await withSomeData(page);
    await app.stored();
    await page.evaluate((error) => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === "tend:journal:2026-11") throw new DOMException("interrupted", error);
        return set.call(this, k, v);
      };
    }, error);
    await app.journalView("Entries");
    const list = page.getByRole("list", { name: "Journal entries" });
    await list.getByRole("button", { name: /^Edit the entry of .*(\b30 October|October 30\b)/ }).click();
    const edit = page.getByRole("form", { name: "Edit entry" });
    await edit.getByLabel("Day", { exact: true }).fill("2026-11-25");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(app.alert()).toContainText(error === "QuotaExceededError" ? "storage for Tend is full" : "refused to save");
    // Half of the save reached storage: October lost the entry, November
    // never got it. Only the journal knows.
    const half = await page.evaluate(() => ({ ...localStorage }));
    expect(half["tend:journal:2026-10"]).toBeUndefined();
    expect(JSON.parse(half["tend:pending"])["tend:journal:2026-11"]).toBeTruthy();

    await page.reload(); // a fresh start, with storage working again
    await app.journalView("Entries");
    await expect(list.getByText("Long call with Ada about engines.")).toHaveCount(1);
    await expect(list.getByRole("button", { name: /^Edit the entry of .*(\b25 November|November 25\b)/ })).toHaveCount(1);
    const after = await app.stored();
    expect(after["tend:pending"]).toBeUndefined();
    expect(after["tend:journal:2026-10"]).toBeUndefined();
    expect(Object.keys(after).filter((k) => k.startsWith("tend:journal:"))).toEqual(["tend:journal:2026-11"]);
  });
}

test("when the clock goes back, new entries still list as the newest and no edit is lost", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-20T12:00:00") });
  const app = new Tend(page);
  await app.open();
  await app.writeEntry("Written at noon.");
  // The clock is set back an hour (by hand, or by the network), and the
  // page is reloaded: only what is stored says time went further before.
  await page.clock.setSystemTime(new Date("2026-11-20T11:00:00"));
  await page.reload();
  await app.writeEntry("Written after the clock went back.");
  const list = page.getByRole("list", { name: "Journal entries" });
  await expect(list.getByRole("listitem").first()).toContainText("Written after the clock went back.");
  // Editing the noon entry, an hour "earlier" than it was written, is kept.
  await list.getByRole("listitem").nth(1).getByRole("button", { name: /^Edit the entry/ }).click();
  const edit = page.getByRole("form", { name: "Edit entry" });
  await edit.getByLabel("What is on your mind?").fill("Written at noon, and edited.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await app.stored();
  await page.reload();
  await expect(list.getByRole("listitem").first()).toContainText("Written after the clock went back.");
  await expect(list.getByRole("listitem").nth(1)).toContainText("Written at noon, and edited.");
  const stored = await app.stored();
  const entries = JSON.parse(stored["tend:journal:2026-11"]);
  const [noon, later] = ["Written at noon, and edited.", "Written after the clock went back."].map((t) => entries.find((e) => e.t === t));
  expect(later.c).toBeGreaterThan(noon.c);
  expect(noon.u).toBeGreaterThan(later.c);
});
