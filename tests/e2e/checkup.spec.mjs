// The check-up and relationship-map journey: all three check-ups, their
// results and history chart, five people across the circles, the map and
// its gaps, a logged contact, and everything still there after a reload.
// Also takes the screenshots in docs/ (phone width, dark mode).
import { test, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

const docs = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs");

/** Zero axe-core violations (WCAG 2.1 AA) in the page's current state. */
async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

test("check-ups, results, chart, people map, gaps and a logged contact survive a reload", async ({ page }) => {
  // A long journey through most screens, with several accessibility checks.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  const app = new Tend(page);
  await app.open();

  // Today suggests a first check-up.
  await expect(page.getByRole("heading", { name: "A check-up" })).toBeVisible();

  // An unanswered question is pointed out, never scored.
  await app.go("Check-up");
  await page.getByRole("button", { name: "Begin Loneliness" }).click();
  await expect(page.getByText("0 of 3 answered")).toBeVisible();
  await page.getByRole("group", { name: /^Question 1 of 3/ }).getByRole("radio", { name: "Often" }).check();
  await expect(page.getByText("1 of 3 answered")).toBeVisible();
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "2 still open" })).toBeVisible();
  await expect(page.getByText("Not answered yet.")).toHaveCount(2);
  await noViolations(page, "check-up questions with open answers");
  await page.getByRole("button", { name: "Not now" }).click();

  // All three check-ups.
  await app.takeCheckup("Loneliness", "Often");
  await expect(page.locator(".result .score")).toContainText("9 out of 9");
  await expect(page.getByRole("heading", { name: "You don't have to carry this alone" })).toBeVisible();
  await expect(page.getByText(/call or text 988/)).toBeVisible();
  await expect(page.getByText(/Hughes, M\. E\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Challenges", exact: true }).last()).toHaveAttribute("href", "#/challenges");

  await app.takeCheckup("Your social network", "Three or four");
  await expect(page.locator(".result .score")).toContainText("18 out of 30");
  await expect(page.getByText("Family: 9 out of 15. Friends: 9 out of 15.")).toBeVisible();

  await app.takeCheckup("Connection skills", "Sometimes");
  await expect(page.locator(".result .score")).toContainText("24 out of 40");
  await expect(page.getByRole("heading", { name: "Being honest and authentic", level: 3 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Empathy", level: 3 })).toBeVisible();

  // The history chart, with its text equivalent.
  await expect(page.getByRole("img", { name: "Loneliness over time" })).toBeVisible();
  const lonely = page.getByRole("article", { name: "Loneliness" });
  // A first result opens on three months, not a lone dot at the end of a year.
  await expect(lonely).toContainText("1 result in the last 3 months");
  await expect(page.getByRole("table", { name: /Loneliness: every result/ })).toBeHidden();
  await lonely.getByText("Show the numbers", { exact: true }).click();
  await expect(page.getByRole("table", { name: /Loneliness: every result/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "Your social network over time" })).toBeVisible();
  await expect(page.locator(".threshold")).toHaveCount(2);
  mkdirSync(docs, { recursive: true });
  await page.getByRole("button", { name: "See last result, Loneliness" }).click();
  await noViolations(page, "check-up result and history");
  // A tall phone-width window, so the bottom navigation bar covers nothing.
  await page.setViewportSize({ width: 390, height: 4000 });
  await page.locator(".result").screenshot({ path: join(docs, "checkup.png") });
  await page.locator("section", { has: page.getByRole("heading", { name: "Over time" }) }).screenshot({ path: join(docs, "checkup-history.png") });
  await page.setViewportSize({ width: 390, height: 844 });

  // Five people across the circles.
  const people = [
    ["Ada", { circle: "Inner circle", energy: "Energized", relationship: "Family", support: ["Emotional support"] }],
    ["Bea", { circle: "Inner circle", energy: "Drained", relationship: "Family" }],
    ["Cy", { circle: "Middle circle", energy: "Neutral", relationship: "Friend", support: ["Fun"] }],
    ["Dee", { circle: "Outer circle", energy: "Energized", relationship: "Colleague" }],
    ["Eli", { circle: "Outer circle", energy: "Neutral", relationship: "Neighbour" }],
  ];
  for (const [name] of people) await app.addPerson(name);
  for (const [name, details] of people) await app.describePerson(name, details);

  // The map and its text equivalent, and at least one gap.
  const map = page.getByRole("img", { name: "Relationship map" });
  await expect(map).toBeVisible();
  await expect(map).toHaveAccessibleDescription(/2 in your inner circle, 1 in your middle circle and 2 in your outer circle/);
  for (const [name] of people) await expect(map.getByText(name, { exact: true })).toHaveCount(1);
  const row = (name) => page.getByRole("list", { name: "People" }).getByRole("listitem").filter({ hasText: name });
  // A row is compact; who someone is to you shows on their own view.
  await expect(row("Bea").getByRole("link")).toHaveText("Bea");
  await app.openPerson("Dee");
  await expect(page.locator("main .lead")).toHaveText("Colleague · Outer circle · Energized");
  await page.getByRole("link", { name: "← All people" }).click();
  const gaps = page.getByRole("list", { name: "Gaps" });
  await expect(gaps.getByRole("heading", { name: "A close tie that tires you" })).toBeVisible();
  await expect(gaps.getByRole("heading", { name: "A sense of belonging" })).toBeVisible();
  await expect(gaps.getByText("Try this:").first()).toBeVisible();

  await noViolations(page, "people, map and gaps");
  await app.openPerson("Ada");
  await noViolations(page, "a person's details");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");

  // A contact in two taps.
  await page.getByRole("button", { name: "Log contact with Eli", exact: true }).click();
  await noViolations(page, "logging a contact");
  await page.getByRole("button", { name: "Log contact with Eli", exact: true }).click();
  await app.logContact("Cy", "Call");
  await expect(app.status()).toContainText("Logged: Call with Cy.");
  const cy = row("Cy");
  await expect(cy).toContainText("Last contact");

  await page.setViewportSize({ width: 390, height: 2400 });
  await page.locator("section", { has: page.getByRole("heading", { name: "Your map" }) }).screenshot({ path: join(docs, "people-map.png") });
  await page.setViewportSize({ width: 390, height: 844 });

  // Everything is still there after a reload.
  await app.stored();
  await page.reload();
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(5);
  await expect(cy).toContainText("Last contact");
  await app.openPerson("Cy");
  await expect(page.locator("main .lead")).toHaveText("Friend · Middle circle · Neutral");
  await page.getByRole("link", { name: "← All people" }).click();
  await expect(page.getByRole("img", { name: "Relationship map" })).toHaveAccessibleDescription(/1 in your middle circle/);
  await expect(page.getByRole("list", { name: "Gaps" }).getByRole("heading", { name: "A close tie that tires you" })).toBeVisible();
  await app.go("Check-up");
  await expect(page.getByText(/Last taken .*: 9 out of 9\./)).toBeVisible();
  await expect(page.getByRole("img", { name: "Connection skills over time" })).toBeVisible();
  await app.go("Today");
  await expect(page.getByRole("heading", { name: "A check-up" })).toHaveCount(0);
});
