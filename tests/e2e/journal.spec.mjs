// The journal journey: three entries with mood, tags and a person; search
// with marked matches; filters; edit; delete and undo; a draft that
// survives a reload; the calendar and the weekly review; a Markdown export.
// Then the Journal's views (Write, Entries, Month, Review), each with its
// own hash: reload, back and forward, the keyboard, and how they fit.
import { test, expect } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

const docs = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs");

async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

/** Writes an entry with the full form: day, text, mood, tags and people. */
async function write(page, { day, text, mood, tags, people = [] }) {
  const form = page.getByRole("form", { name: "Write" });
  await form.getByLabel("Day", { exact: true }).fill(day);
  await form.getByLabel("What is on your mind?").fill(text);
  if (mood) await form.getByRole("group", { name: "Mood (optional)" }).getByRole("radio", { name: mood }).check();
  if (tags) await form.getByLabel("Tags").fill(tags);
  // People are picked by typing part of a name and choosing a suggestion.
  for (const p of people) {
    await form.getByLabel("People in this entry").fill(p.split(" ")[0]);
    await form.getByRole("option", { name: p, exact: true }).click();
    await expect(form.getByRole("list", { name: "Chosen" })).toContainText(p);
  }
  await form.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("status")).toContainText("Entry saved");
  await expect(form.getByLabel("What is on your mind?")).toHaveValue("");
}

test("write, search, filter, edit, delete and undo, reload, export", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  await app.addPerson("Grace");
  await app.journalView("Write");

  await write(page, { day: "2026-11-02", text: "Walked by the river with Grace.", mood: "4 Good", tags: "walk, outdoors" });
  await write(page, { day: "2026-11-09", text: "Long call with Ada about engines.", mood: "5 Very good", tags: "#call", people: ["Ada Lovelace"] });
  // Writing about someone offers to log a contact with them.
  const offer = page.getByRole("group", { name: "Log contact with Ada Lovelace" });
  await expect(offer).toBeVisible();
  await expect(offer.getByLabel("Day", { exact: true })).toHaveValue("2026-11-09");
  await offer.getByRole("button", { name: "Call", exact: true }).click();
  await expect(app.status()).toContainText("Logged: Call with Ada Lovelace.");
  await expect(offer).toHaveCount(0);
  await write(page, { day: "2026-11-16", text: "Tired after the office party; too loud.", mood: "2 Low", tags: "work" });

  await app.journalView("Entries");
  const list = page.getByRole("list", { name: "Journal entries" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  // Newest first, with mood, tags and people shown.
  await expect(list.getByRole("listitem").first()).toContainText("Tired after the office party");
  const ada = list.getByRole("listitem").filter({ hasText: "Long call with Ada" });
  await expect(ada).toContainText("Mood 5 of 5");
  await expect(ada).toContainText("#call");
  await expect(ada).toContainText("With Ada Lovelace");
  await noViolations(page, "journal with entries");

  // Search marks what it found, ignoring case.
  await page.getByLabel("Search your journal").fill("ENGINES ada");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.locator("mark")).toHaveText(["Ada", "engines"]);
  mkdirSync(docs, { recursive: true });
  await page.setViewportSize({ width: 390, height: 1400 });
  await page.locator("section", { has: page.getByRole("heading", { name: "Entries" }) }).screenshot({ path: join(docs, "journal-search.png") });
  await page.getByLabel("Search your journal").fill("");
  await expect(list.getByRole("listitem")).toHaveCount(3);

  // Filters: by tag, by person, by mood, by dates.
  await page.getByLabel("Tag", { exact: true }).selectOption("walk");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Walked by the river");
  await page.getByLabel("Tag", { exact: true }).selectOption("");
  await app.pick(page, "Person", "Ada Lovelace");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Choose someone other than Ada Lovelace" }).click();
  await page.getByLabel("Mood", { exact: true }).selectOption({ label: "Low (1–2)" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("office party");
  await page.getByLabel("Mood", { exact: true }).selectOption("");
  await page.getByLabel("From", { exact: true }).fill("2026-11-05");
  await page.getByLabel("To", { exact: true }).fill("2026-11-10");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Long call with Ada");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("");

  // Edit in place.
  await list.getByRole("button", { name: /^Edit the entry of .*(\b2 November|November 2\b)/ }).click();
  const edit = page.getByRole("form", { name: "Edit entry" });
  await expect(edit.getByLabel("Tags")).toHaveValue("walk, outdoors");
  await edit.getByLabel("What is on your mind?").fill("Walked by the river with Grace. Saw a heron.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect(list).toContainText("Saw a heron.");

  // Delete, then undo.
  await list.getByRole("button", { name: /^Delete the entry of .*(16 November|November 16)/ }).click();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(app.status()).toContainText("Entry deleted.");
  await app.status().getByRole("button", { name: "Undo" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(3);

  // A draft survives a reload.
  await app.journalView("Write");
  await page.getByRole("form", { name: "Write" }).getByLabel("What is on your mind?").fill("Half a thought about Grace");
  await page.waitForTimeout(700);
  await page.reload();
  await expect(page.getByRole("form", { name: "Write" }).getByLabel("What is on your mind?")).toHaveValue("Half a thought about Grace");

  // Everything is still there after the reload.
  await app.journalView("Entries");
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list).toContainText("Saw a heron.");

  // With entries written and no review yet, Today offers the weekly review.
  await app.go("Today");
  await expect(page.getByRole("heading", { name: "Your weekly review" })).toBeVisible();
  // It leads straight to the Journal's Review view.
  await page.getByRole("link", { name: "Go to the review" }).click();
  await expect(page).toHaveURL(/#\/journal\/review$/);
  await expect(page.getByRole("form", { name: "Weekly review" })).toBeVisible();
  await app.journalView("Month");

  // The calendar shows November's entries with their mood. It opens on the
  // current month, so step back to November 2026 whatever today is.
  for (let i = 0; i < 60 && (await page.getByRole("table", { name: "November 2026" }).count()) === 0; i++) {
    await page.getByRole("button", { name: "Previous month" }).click();
  }
  const calendar = page.getByRole("table", { name: "November 2026" });
  await expect(calendar.getByRole("cell", { name: /(9 November|November 9): 1 entry, mood 5$/ })).toBeVisible();
  // The mood is shown in figures too, not only in the accessible name.
  await expect(calendar.getByRole("cell", { name: /(16 November|November 16): 1 entry, mood 2$/ })).toContainText("☺2");
  await expect(calendar.getByRole("cell", { name: /(3 November|November 3): no entries$/ })).toBeVisible();

  // The weekly review is saved as a review entry, and Today shows its plan.
  await app.journalView("Review");
  const review = page.getByRole("form", { name: "Weekly review" });
  await review.getByLabel("Which connections felt nourishing this week?").fill("The call with Ada.");
  await review.getByLabel("Which ones left you drained").fill("The party.");
  await review.getByLabel("What would you like more of next week?").fill("Walks.");
  await review.getByLabel("One plan for next week").fill("Invite Grace for a walk on Saturday.");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(app.status()).toContainText("Review saved");
  await app.journalView("Entries");
  await expect(list.getByRole("listitem").filter({ hasText: "Weekly review" })).toHaveCount(1);
  await app.go("Today");
  await expect(page.getByRole("heading", { name: "Your plan for this week" })).toBeVisible();
  await expect(page.getByText("Invite Grace for a walk on Saturday.")).toBeVisible();

  // The mood and connection chart, with its text equivalent.
  await app.journalView("Review");
  await expect(page.getByRole("region", { name: "Mood over time" }).getByText(/average mood of/)).toBeVisible();
  await app.journalView("Month");
  for (let i = 0; i < 60 && (await page.getByRole("table", { name: "November 2026" }).count()) === 0; i++) {
    await page.getByRole("button", { name: "Previous month" }).click();
  }
  await page.locator("section", { has: page.getByRole("heading", { name: "Your month" }) }).screenshot({ path: join(docs, "journal-month.png") });
  await noViolations(page, "journal after the review");

  // Markdown export, beside the entries: a heading per day, tags and people listed.
  await app.journalView("Entries");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export as Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tend-journal-\d{4}-\d{2}-\d{2}\.md$/);
  const md = readFileSync(await download.path(), "utf8");
  expect(md).toMatch(/^## .*9 November 2026$/m);
  expect(md).toContain("Long call with Ada about engines.");
  expect(md).toMatch(/^- Mood: 5 of 5$/m);
  expect(md).toMatch(/^- Tags: .*call/m);
  expect(md).toMatch(/^- People: Ada Lovelace$/m);
  expect(md).toContain("Saw a heron.");
  expect(md).not.toContain("Half a thought");
});

test("the entries, hidden while writing, catch up when shown again, keeping the search", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.journalView("Entries");
  const list = page.getByRole("list", { name: "Journal entries" });
  await page.getByLabel("Search your journal").fill("river");
  await expect(page.getByText("No entries match.")).toBeVisible();
  // Written while the list waits hidden behind Write.
  await app.journalView("Write");
  await write(page, { day: "2026-11-02", text: "Walked by the river with Grace.", tags: "walk" });
  await write(page, { day: "2026-11-03", text: "A quiet day at home.", tags: "home" });
  await app.journalView("Entries");
  await expect(page.getByLabel("Search your journal")).toHaveValue("river");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.locator("mark")).toHaveText(["river"]);
  // The tags written meanwhile are there to filter by.
  await expect(page.getByLabel("Tag", { exact: true }).locator("option")).toHaveText(["Any tag", "home", "walk"]);
  await page.getByLabel("Search your journal").fill("");
  await page.getByLabel("Tag", { exact: true }).selectOption("home");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("A quiet day at home.");
});

test("your own prompts are offered beside Tend's", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.journalView("Write");
  // Your own prompts wait, closed, under the form.
  await expect(page.getByLabel("A question you would like to be asked")).toBeHidden();
  await page.getByText("Your own prompts", { exact: true }).click();
  await page.getByLabel("A question you would like to be asked").fill("Who made me laugh this week?");
  await page.getByRole("button", { name: "Add prompt" }).click();
  await expect(page.getByRole("list", { name: "Your prompts" })).toContainText("Who made me laugh this week?");
  // Cycling through the prompts reaches it.
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.getByRole("button", { name: "Another prompt" }).click();
    found = (await page.locator("#prompt-text").textContent()) === "Who made me laugh this week?";
  }
  expect(found).toBe(true);
  await page.getByRole("button", { name: "Write about this" }).click();
  await expect(page.locator(".prompt")).toContainText("You are writing about: Who made me laugh this week?");
  await page.getByRole("form", { name: "Write" }).getByLabel("What is on your mind?").fill("My sister, on the phone.");
  await page.getByRole("form", { name: "Write" }).getByRole("button", { name: "Save entry" }).click();
  await expect(app.status()).toContainText("Entry saved");
  // An entry written without choosing the prompt is saved without it.
  await page.getByRole("form", { name: "Write" }).getByLabel("What is on your mind?").fill("A quiet evening.");
  await page.getByRole("form", { name: "Write" }).getByRole("button", { name: "Save entry" }).click();
  await app.journalView("Entries");
  const entries = page.getByRole("list", { name: "Journal entries" });
  await expect(entries).toContainText("Who made me laugh this week?");
  const quiet = entries.getByRole("listitem").filter({ hasText: "A quiet evening." });
  await expect(quiet).toHaveCount(1);
  await expect(quiet.locator(".entry-prompt")).toHaveCount(0);
  await expect(entries.getByRole("listitem").filter({ hasText: "My sister" }).locator(".entry-prompt")).toHaveText("Who made me laugh this week?");
});

test("each view has its own hash: reload, back and forward, and the keyboard", async ({ page }) => {
  const app = new Tend(page);
  await app.open("#/journal");
  const nav = page.getByRole("navigation", { name: "Journal views" });
  const current = nav.locator('[aria-current="page"]');
  const shows = {
    Write: page.getByRole("form", { name: "Write" }),
    Entries: page.getByRole("search"),
    Month: page.getByRole("heading", { name: "Your month" }),
    Review: page.getByRole("form", { name: "Weekly review" }),
  };
  /** Exactly one view is on the page: `name`. */
  async function showing(name) {
    await expect(current).toHaveText(name);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal");
    for (const [view, shown] of Object.entries(shows)) await expect(shown).toHaveCount(view === name ? 1 : 0);
    await expect(page).toHaveTitle(`${name} · Journal · Tend`);
  }
  // #/journal alone opens Write.
  await showing("Write");
  for (const [name, hash] of [["Entries", "entries"], ["Month", "month"], ["Review", "review"], ["Write", "write"]]) {
    await nav.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/journal/${hash}$`));
    await showing(name);
    await page.reload();
    await showing(name);
  }
  // The browser's back and forward buttons step through the views.
  await page.goBack();
  await showing("Review");
  await page.goBack();
  await showing("Month");
  await page.goForward();
  await showing("Review");
  // The main navigation's Journal still reads as the current screen.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journal" })).toHaveAttribute("aria-current", "page");

  // From the keyboard: Tab to a view, Enter opens it, and focus stays put.
  const entries = nav.getByRole("link", { name: "Entries", exact: true });
  await entries.focus();
  await page.keyboard.press("Enter");
  await showing("Entries");
  await expect(entries).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Month", exact: true })).toBeFocused();
  // Leaving and coming back by the main navigation opens Write.
  await app.go("Today");
  await app.go("Journal");
  await showing("Write");
});

test("mood is a row of five, and an entry can keep no mood at all", async ({ page }) => {
  const app = new Tend(page);
  await app.open("#/journal/write");
  const form = page.getByRole("form", { name: "Write" });
  const mood = form.getByRole("group", { name: "Mood (optional)" });
  await expect(mood.getByRole("radio")).toHaveCount(5);
  expect(await mood.getByRole("radio").evaluateAll((r) => r.map((x) => x.labels[0].textContent.replace(/\s+/g, " ").trim()))).toEqual([
    "1 Very low",
    "2 Low",
    "3 Okay",
    "4 Good",
    "5 Very good",
  ]);
  // One row: every choice on the same line, at phone and desktop widths.
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const tops = await mood.locator("label").evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
  }
  // Arrow keys move between the moods; "Clear mood" takes the choice back.
  await mood.getByRole("radio", { name: "3 Okay" }).check();
  await page.keyboard.press("ArrowRight");
  await expect(mood.getByRole("radio", { name: "4 Good" })).toBeChecked();
  await mood.getByRole("button", { name: "Clear mood" }).click();
  for (const r of await mood.getByRole("radio").all()) await expect(r).not.toBeChecked();
  await expect(mood.getByRole("radio", { name: "1 Very low" })).toBeFocused();
  await expect(mood.getByRole("button", { name: "Clear mood" })).toHaveCount(0);
  await form.getByLabel("What is on your mind?").fill("No mood today, just a note.");
  await form.getByRole("button", { name: "Save entry" }).click();
  await form.getByLabel("What is on your mind?").fill("A good one.");
  await mood.getByRole("radio", { name: "5 Very good" }).check();
  await form.getByRole("button", { name: "Save entry" }).click();
  const stored = await app.stored();
  const saved = Object.entries(stored).filter(([k]) => k.startsWith("tend:journal:")).flatMap(([, v]) => JSON.parse(v));
  expect(saved.find((e) => e.t === "No mood today, just a note.").m).toBeUndefined();
  expect(saved.find((e) => e.t === "A good one.").m).toBe(5);
  // Editing keeps what was stored: no mood stays no mood, 5 stays 5.
  await app.journalView("Entries");
  const list = page.getByRole("list", { name: "Journal entries" });
  await list.getByRole("listitem").filter({ hasText: "No mood today" }).getByRole("button", { name: /^Edit/ }).click();
  const edit = page.getByRole("form", { name: "Edit entry" });
  for (const r of await edit.getByRole("radio").all()) await expect(r).not.toBeChecked();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await list.getByRole("listitem").filter({ hasText: "A good one." }).getByRole("button", { name: /^Edit/ }).click();
  await expect(edit.getByRole("radio", { name: "5 Very good" })).toBeChecked();
  await edit.getByRole("button", { name: "Cancel" }).click();
  const again = Object.entries(await app.stored()).filter(([k]) => k.startsWith("tend:journal:")).flatMap(([, v]) => JSON.parse(v));
  expect(again.find((e) => e.t === "No mood today, just a note.").m).toBeUndefined();
  await noViolations(page, "entries after editing moods");
});

test("the people picker is a field, and the filters fit the column at every width", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  await app.addPerson("Grace Hopper");
  await app.writeEntry("Walked with Grace and Ada by the canal.", "2026-11-02");
  for (const width of [360, 390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await app.journalView("Write");
    const form = page.getByRole("form", { name: "Write" });
    const picker = form.getByRole("combobox", { name: "People in this entry" });
    // The field spans the form, like the text above it (it was a 16-px pill).
    const box = await form.locator(".picker-box").boundingBox();
    const text = await form.getByLabel("What is on your mind?").boundingBox();
    expect(Math.abs(box.width - text.width)).toBeLessThan(2);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // A person chosen shows as a chip inside the same field.
    await picker.fill("gra");
    await form.getByRole("option", { name: "Grace Hopper" }).click();
    const inside = await form.locator(".picker-box").evaluate((b) => {
      const [outer, chip] = [b.getBoundingClientRect(), b.querySelector(".chip").getBoundingClientRect()];
      return chip.left >= outer.left && chip.right <= outer.right && chip.top >= outer.top && chip.bottom <= outer.bottom;
    });
    expect(inside).toBe(true);
    await form.getByRole("button", { name: "Remove Grace Hopper from this entry" }).click();
    await expect(picker).toBeFocused();

    await app.journalView("Entries");
    const filters = page.getByRole("search");
    const fits = await filters.evaluate((f) => {
      const right = f.getBoundingClientRect().right + 0.5;
      return {
        form: f.scrollWidth <= f.clientWidth,
        controls: [...f.querySelectorAll("input, select, button")].every((c) => c.getBoundingClientRect().right <= right),
        page: document.documentElement.scrollWidth <= window.innerWidth,
      };
    });
    expect(fits, `filters at ${width}px`).toEqual({ form: true, controls: true, page: true });
  }
});
