// Check-ins on Today: people whose rhythm says it is time show up as Due or
// Drifting (in words, beside the colour) in one short list, and logging a
// contact (or a snooze) from there takes them off it.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

/** The local calendar day `n` days ago, as YYYY-MM-DD. */
function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x) => String(x).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Sets a person's check-in rhythm and last contact. */
async function rhythm(page, app, name, cadence, lastContact) {
  await app.openPerson(name);
  const form = page.getByRole("form", { name: `Details for ${name}` });
  await form.getByRole("group", { name: "How often to check in" }).getByRole("radio", { name: cadence }).check();
  await form.getByLabel("Last contact").fill(lastContact);
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(app.status()).toContainText(`Saved the details of ${name}.`);
  await page.getByRole("link", { name: "← All people" }).click();
}

test("who is due or drifting shows on Today, and logging a contact resets the clock", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  // No rhythm set yet: no check-ins card.
  await expect(page.getByRole("heading", { name: "Check-ins" })).toHaveCount(0);
  // Nothing written yet: no weekly review offered either.
  await expect(page.getByRole("heading", { name: "Your weekly review" })).toHaveCount(0);

  for (const name of ["Ada", "Bea", "Cy"]) await app.addPerson(name);
  await rhythm(page, app, "Ada", "Every week", daysAgo(9)); // due: 7 to 10 days
  await rhythm(page, app, "Bea", "Every week", daysAgo(30)); // drifting: 11 days or more
  await rhythm(page, app, "Cy", "Every month", daysAgo(3)); // on track
  // People says the same on each row.
  const row = (name) => page.getByRole("list", { name: "People" }).getByRole("listitem").filter({ hasText: name });
  await expect(row("Bea")).toContainText("Drifting: 23 days past due");
  await expect(row("Cy")).toContainText("On track: next check-in");

  await app.go("Today");
  const list = page.getByRole("list", { name: "Check-ins" });
  // One list; both in the middle circle, so drifting comes before due.
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByText("1 due and 1 drifting.", { exact: true })).toBeVisible();
  await expect(list.getByRole("listitem").first()).toContainText("Bea");
  await expect(list.getByRole("listitem").first()).toContainText("Drifting: 23 days past due");
  await expect(list.getByRole("listitem").nth(1)).toContainText("Ada");
  // Due for two days: named by the weekday it fell due, as the browser names it.
  const dueDay = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 2);
    return new Intl.DateTimeFormat([], { weekday: "long" }).format(d);
  });
  await expect(list.getByRole("listitem").nth(1)).toContainText(`Due since ${dueDay}`);
  await expect(page.getByRole("region", { name: "Check-ins" }).getByText("Cy", { exact: true })).toHaveCount(0);
  // Each row has two actions, reaching out and logging; the snooze waits
  // beside the open contact log.
  await expect(list.getByRole("listitem").first().getByRole("button")).toHaveText(["Reach out", "Log contact"]);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Two taps: open the log, choose how you were in touch.
  await page.getByRole("button", { name: "Log contact with Ada", exact: true }).click();
  await page.getByRole("group", { name: "Log contact with Ada" }).getByRole("button", { name: "Message", exact: true }).click();
  await expect(app.status()).toContainText("Logged: Message with Ada.");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Check-ins" })).toBeFocused();

  // Snoozing sets Bea aside for a week; People says until when.
  await page.getByRole("button", { name: "Log contact with Bea", exact: true }).click();
  await page.getByRole("button", { name: "Snooze a week for Bea", exact: true }).click();
  await expect(page.getByText("Everyone you gave a rhythm is on track.")).toBeVisible();
  await app.go("People");
  await expect(row("Bea")).toContainText("Snoozed until");

  // Still so after a reload.
  expect(Object.keys(await app.stored())).toContain("tend:snoozes");
  await page.reload();
  await app.go("Today");
  await expect(page.getByText("Everyone you gave a rhythm is on track.")).toBeVisible();
});

test("a check-in due for over a week names the day it fell due in few letters", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Dee");
  // Monthly, 40 days since contact: due for ten days (due from 30, drifting from 45).
  await rhythm(page, app, "Dee", "Every month", daysAgo(40));
  await app.go("Today");
  const dueOn = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 10);
    return new Intl.DateTimeFormat([], { day: "numeric", month: "short" }).format(d);
  });
  await expect(page.getByRole("list", { name: "Check-ins" }).getByRole("listitem")).toHaveText([new RegExp(`Dee.*Due since ${dueOn}`)]);
});
