// Nothing a person types is rebuilt away (DESIGN §2): for each form, the
// text is typed, focus stays in it, and then a change is made from the same
// tab and from a second tab. The field must keep both its text and the focus
// (a rebuilt field would be a new, empty element).
import { test, expect } from "@playwright/test";
import { Tend } from "./app.mjs";

const PASS = "walks by the river";

/** Records, in every page, the keys other tabs write (the storage events). */
async function listen(context) {
  await context.addInitScript(() => {
    window.__heard = [];
    addEventListener("storage", (e) => window.__heard.push(e.key));
  });
}

/** Forgets what this tab heard so far. */
async function fresh(page) {
  await page.evaluate(() => (window.__heard = []));
}

/** Waits until this tab has heard another write `key` (since `fresh`), and handled it. */
async function heard(page, key) {
  await page.waitForFunction((k) => window.__heard.includes(k), key);
  await page.waitForTimeout(300);
}

test("Today's quick log keeps its note across a change in this tab and a person added in another", async ({ context }) => {
  await listen(context);
  const a = new Tend(await context.newPage());
  await a.open();
  await a.addPerson("Ada Lovelace");
  await a.go("Today");
  const card = a.page.getByRole("region", { name: "Log a contact" });
  await a.pick(card, "Who were you in touch with?", "Ada Lovelace");
  const note = card.getByLabel("Note (optional)");
  await note.fill("Talked about the garden");

  // The same tab saves a line to the journal (Today re-reads its data).
  await a.page.getByLabel("Who did you connect with, or who is on your mind?").fill("A good day.");
  await a.page.getByRole("button", { name: "Save to journal" }).click();
  await expect(a.status()).toContainText("Saved to your journal");
  await note.focus();
  await expect(note).toHaveValue("Talked about the garden");

  // Another tab adds someone: the names change under the open panel.
  const b = new Tend(await context.newPage());
  await b.open();
  await fresh(a.page);
  await b.addPerson("Grace Hopper");
  await heard(a.page, "tend:people");
  await expect(note).toHaveValue("Talked about the garden");
  await expect(note).toBeFocused();

  await card.getByRole("button", { name: "Call", exact: true }).click();
  await expect(a.status()).toContainText("Logged: Call with Ada Lovelace.");
  const logged = await a.stored();
  const month = Object.keys(logged).find((k) => k.startsWith("tend:interactions:"));
  expect(logged[month]).toContain("Talked about the garden");
});

test("the lock's passphrase fields keep what is typed when the idle time changes here or in another tab", async ({ context }) => {
  await listen(context);
  const a = new Tend(await context.newPage());
  await a.open();
  await a.addPerson("Ada Lovelace");
  await a.setLock(PASS);
  const change = a.page.getByRole("form", { name: "Change or remove the passphrase" });
  const current = change.getByLabel("Current passphrase");
  await current.fill(PASS);
  await change.getByLabel("New passphrase", { exact: true }).fill("tea at four o'clock");
  const idle = a.page.getByRole("group", { name: "Lock by itself when left alone" });

  // This tab chooses another idle time.
  await idle.getByRole("radio", { name: "After an hour" }).check();
  await expect(idle.getByRole("radio", { name: "After an hour" })).toBeChecked();
  await expect(current).toHaveValue(PASS);
  await expect(change.getByLabel("New passphrase", { exact: true })).toHaveValue("tea at four o'clock");
  await current.focus();

  // Another tab, unlocked with the same passphrase, chooses another.
  const b = new Tend(await context.newPage());
  await b.page.goto("./#/settings");
  await b.unlock(PASS);
  await expect(b.page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await fresh(a.page);
  await b.page.getByRole("group", { name: "Lock by itself when left alone" }).getByRole("radio", { name: "After 5 minutes" }).check();
  await heard(a.page, "tend:meta");

  // Tab A is still open (not reloaded to its unlock screen), shows the new
  // choice, and kept every field.
  await expect(a.page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(idle.getByRole("radio", { name: "After 5 minutes" })).toBeChecked();
  await expect(current).toHaveValue(PASS);
  await expect(current).toBeFocused();
  await expect(change.getByLabel("New passphrase", { exact: true })).toHaveValue("tea at four o'clock");
});

async function twoEntries(app) {
  await app.writeEntry("Walked by the river with Grace.", "2026-11-02");
  await app.writeEntry("Long call with Ada about engines.", "2026-11-09");
}

/** Opens the editor of the entry listed with `text` and returns its form. */
async function edit(page, text) {
  const list = page.getByRole("list", { name: "Journal entries" });
  await list.getByRole("listitem").filter({ hasText: text }).getByRole("button", { name: /^Edit the entry/ }).click();
  return page.getByRole("form", { name: "Edit entry" });
}

test("an entry's open editor keeps what is typed when another entry is edited here or in another tab", async ({ context }) => {
  await listen(context);
  const a = new Tend(await context.newPage());
  await a.open();
  await twoEntries(a);
  // Opening one entry's editor leaves every other listed entry as it is
  // (the same elements, not rebuilt).
  const other = a.page.getByRole("list", { name: "Journal entries" }).getByRole("listitem").filter({ hasText: "Long call with Ada" });
  await other.locator(".entry-text").evaluate((el) => (el.__kept = true));
  const form = await edit(a.page, "Walked by the river");
  expect(await other.locator(".entry-text").evaluate((el) => el.__kept === true)).toBe(true);
  const text = form.getByLabel("What is on your mind?");
  await text.fill("Walked by the river with Grace. A heron, and");

  // The same tab writes a new entry meanwhile, in the Write view, and
  // comes back to the editor.
  await a.journalView("Write");
  const write = a.page.getByRole("form", { name: "Write" });
  await write.getByLabel("What is on your mind?").fill("Quick note while editing.");
  await write.getByRole("button", { name: "Save entry" }).click();
  await expect(a.status()).toContainText("Entry saved");
  await a.journalView("Entries");
  await expect(a.page.getByRole("list", { name: "Journal entries" }).getByText("Quick note while editing.")).toBeVisible();
  await text.focus();
  await expect(text).toHaveValue("Walked by the river with Grace. A heron, and");

  // Another tab edits the other entry.
  const b = new Tend(await context.newPage());
  await b.open();
  await b.journalView("Entries");
  const theirs = await edit(b.page, "Long call with Ada");
  await theirs.getByLabel("What is on your mind?").fill("Long call with Ada about engines and looms.");
  await fresh(a.page);
  await theirs.getByRole("button", { name: "Save changes" }).click();
  await heard(a.page, "tend:journal:2026-11");
  await expect(a.page.getByRole("list", { name: "Journal entries" }).getByText("engines and looms")).toBeVisible();
  await expect(text).toHaveValue("Walked by the river with Grace. A heron, and");
  await expect(text).toBeFocused();
});

test("an open edit of an entry changed in another tab keeps what is typed and offers both versions", async ({ context }) => {
  await listen(context);
  const a = new Tend(await context.newPage());
  await a.open();
  await twoEntries(a);
  const form = await edit(a.page, "Walked by the river");
  const text = form.getByLabel("What is on your mind?");
  await text.fill("Mine: walked by the river, and a heron.");

  const b = new Tend(await context.newPage());
  await b.open();
  await b.journalView("Entries");
  const theirs = await edit(b.page, "Walked by the river");
  await theirs.getByLabel("What is on your mind?").fill("Theirs: walked by the river in the rain.");
  await fresh(a.page);
  await theirs.getByRole("button", { name: "Save changes" }).click();
  await heard(a.page, "tend:journal:2026-11");

  // Tab A keeps its text, says the entry changed elsewhere and shows the other version.
  await expect(text).toHaveValue("Mine: walked by the river, and a heron.");
  await expect(form).toContainText("changed in another tab");
  await expect(form).toContainText("Theirs: walked by the river in the rain.");
  // Saving keeps both: this version, and the other one as a copy.
  await fresh(b.page);
  await form.getByRole("button", { name: "Keep both" }).click();
  await expect(form).toHaveCount(0);
  const list = a.page.getByRole("list", { name: "Journal entries" });
  await expect(list.getByText("Mine: walked by the river, and a heron.")).toBeVisible();
  await expect(list.getByText("Theirs: walked by the river in the rain.")).toBeVisible();
  await heard(b.page, "tend:journal:2026-11");
  await expect(b.page.getByRole("list", { name: "Journal entries" }).getByText("Mine: walked by the river, and a heron.")).toBeVisible();
  await expect(b.page.getByRole("list", { name: "Journal entries" }).getByText("Theirs: walked by the river in the rain.")).toBeVisible();

  // Or take the other version into the form instead.
  const again = await edit(a.page, "Mine: walked");
  await again.getByLabel("What is on your mind?").fill("Mine, second try.");
  const theirs2 = await edit(b.page, "Mine: walked");
  await theirs2.getByLabel("What is on your mind?").fill("Theirs, second try.");
  await fresh(a.page);
  await theirs2.getByRole("button", { name: "Save changes" }).click();
  await heard(a.page, "tend:journal:2026-11");
  await again.getByRole("button", { name: "Use the other version" }).click();
  await expect(again.getByLabel("What is on your mind?")).toHaveValue("Theirs, second try.");
});

test("Today's challenge keeps a note typed for today when yesterday is marked here or undone in another tab", async ({ context }) => {
  await listen(context);
  // Monday 16 November 2026, in the browser's own time zone.
  await context.clock.setFixedTime(new Date(2026, 10, 16, 9, 0));
  const a = new Tend(await context.newPage());
  await a.open();
  await a.go("Challenges");
  await a.page.getByRole("form", { name: "5-for-5 Connection Challenge" }).getByRole("button", { name: "Start the 5-for-5" }).click();
  await expect(a.status()).toContainText("Started. Day 1 is today.");

  // The next day, Today offers yesterday's step (still open) and today's.
  await context.clock.setFixedTime(new Date(2026, 10, 17, 9, 0));
  await a.page.reload();
  await a.go("Today");
  const steps = a.page.getByRole("region", { name: "Your challenge today" });
  await expect(steps.getByRole("listitem")).toHaveCount(2);
  const day = (n) => steps.getByRole("group", { name: `Day ${n} of 5-for-5 Connection Challenge` });
  const note = day(2).getByLabel("Note (optional)");
  await note.fill("Called Mum on the way home");

  // Marking yesterday here: its row goes, today's keeps what is typed.
  await day(1).getByRole("button", { name: "Done: Day 1 of 5-for-5 Connection Challenge" }).click();
  await expect(steps.getByRole("listitem")).toHaveCount(1);
  await expect(note).toHaveValue("Called Mum on the way home");

  // Another tab undoes it: yesterday's row comes back above, and today's
  // field is the same element, text and focus kept.
  await note.focus();
  const b = new Tend(await context.newPage());
  await b.open();
  await b.go("Challenges");
  await fresh(a.page);
  await b.page
    .getByRole("region", { name: "5-for-5 Connection Challenge" })
    .getByRole("button", { name: "Undo: Day 1 of 5-for-5 Connection Challenge" })
    .click();
  await heard(a.page, "tend:challenges");
  await expect(steps.getByRole("listitem")).toHaveCount(2);
  await expect(note).toHaveValue("Called Mum on the way home");
  await expect(note).toBeFocused();
});
