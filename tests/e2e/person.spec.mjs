// People rows are compact (a name, one status line, one action) and each
// person has a view of their own, #/people/<id>: their details to edit,
// their log, dates and gift ideas, and Remove, asked once more.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

test("a row is a name, one status line and one action; the person's view edits, logs and keeps dates", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  await app.addPerson("Grace");
  await app.go("People");
  const row = page.getByRole("list", { name: "People" }).getByRole("listitem").filter({ hasText: "Ada" });
  await expect(row.getByRole("link")).toHaveText(["Ada"]);
  await expect(row.getByRole("button")).toHaveText(["Log contact"]);
  await expect(row).toContainText("No contact logged yet");

  // The name leads to their view, with a URL of its own that survives a reload.
  await row.getByRole("link", { name: "Ada" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  expect(page.url()).toMatch(/#\/people\/[0-9a-f]+$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada");
  await noViolations(page, "a person's view");

  // Edit: a rhythm, feeling and gift ideas; saved where the person is.
  const form = page.getByRole("form", { name: "Details for Ada" });
  await form.getByRole("group", { name: "Circle" }).getByRole("radio", { name: "Inner circle" }).check();
  await form.getByRole("group", { name: "How often to check in" }).getByRole("radio", { name: "Every week" }).check();
  await form.getByLabel("Gift ideas (one per line)").fill("A good notebook");
  await form.getByLabel("Name", { exact: true }).fill("Ada Lovelace");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(app.status()).toContainText("Saved the details of Ada Lovelace.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada Lovelace");
  await expect(page.locator("main .lead")).toContainText("Inner circle");

  // A contact from here lands in their log.
  await page.getByRole("group", { name: "Log contact with Ada" }).getByRole("button", { name: "Call", exact: true }).click();
  await expect(page.getByRole("list", { name: "Contacts logged" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Contacts logged" })).toContainText("Call ·");

  // A date to remember.
  const dates = page.getByRole("form", { name: /^Dates for Ada/ });
  await dates.getByLabel("What").selectOption({ label: "New job" });
  await dates.getByLabel("Month (1–12)").fill("3");
  await dates.getByLabel("Day").fill("14");
  await dates.getByRole("button", { name: "Add date" }).click();
  await expect(dates).toContainText("New job · March 14");

  // Back to the list: the row says where the rhythm stands, the map has them inside.
  await page.getByRole("link", { name: "← All people" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  const renamed = page.getByRole("list", { name: "People" }).getByRole("listitem").filter({ hasText: "Ada Lovelace" });
  await expect(renamed).toContainText("On track");
  await expect(renamed.getByRole("link", { name: "Ada Lovelace" })).toBeFocused();
  const stored = await app.stored();
  expect(stored["tend:gifts"]).toContain("A good notebook");
});

test("the list is as it was left: filter, open someone, come back", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  for (const name of ["Ada", "Bea", "Cy"]) await app.addPerson(name);
  await app.go("People");
  await page.getByLabel("Find by name").fill("be");
  const list = page.getByRole("list", { name: "People" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await list.getByRole("link", { name: "Bea" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bea");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await expect(page.getByLabel("Find by name")).toHaveValue("be");
  await expect(list.getByRole("listitem")).toHaveCount(1);
});

test("removing someone is asked once more, then they are gone everywhere", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Linus");
  await app.addPerson("Grace");
  await app.openPerson("Linus");
  await page.getByRole("button", { name: "Remove Linus" }).click();
  const ask = page.getByRole("group", { name: "Remove Linus?" });
  await ask.getByRole("button", { name: "Keep" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Linus");
  await page.getByRole("button", { name: "Remove Linus" }).click();
  await page.getByRole("button", { name: "Yes, remove Linus" }).click();
  await expect(app.status()).toContainText("Removed Linus from People.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveText([/Grace/]);
  // Their old address says they are gone, not a blank page.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not in People");
});
