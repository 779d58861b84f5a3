// A real address book: hundreds of people, seeded in the stored form. The
// journal's people picker stores the person chosen (never a position), the
// People list finds and pages, the map stays readable, and Today shows the
// most overdue check-ins first with the rest a tap away.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

const DAY = 86_400_000;

/** `n` people as the app stores them: "Person 1" … "Person n", ids p1 … pn. */
function people(n, extra = () => ({})) {
  const t = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, c: t + i, u: t + i, n: `Person ${i + 1}`, ...extra(i) }));
}

async function seed(page, list) {
  await page.evaluate((p) => {
    localStorage.clear();
    localStorage.setItem("tend:meta", JSON.stringify({ schema_version: 2, epoch: 0 }));
    localStorage.setItem("tend:people", JSON.stringify(p));
  }, list);
  await page.reload();
}

async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

test("the person picked for an entry is the one stored, even beyond the 32nd", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await seed(page, people(40));
  await app.journalView("Write");
  const form = page.getByRole("form", { name: "Write" });
  await form.getByLabel("What is on your mind?").fill("Lunch with number 34.");
  // Type part of the name, move with the arrow keys, pick with Enter.
  await form.getByLabel("People in this entry").fill("Person 34");
  await expect(form.getByRole("option")).toHaveText(["Person 34"]);
  await form.getByLabel("People in this entry").press("ArrowDown");
  await form.getByLabel("People in this entry").press("Enter");
  await expect(form.getByRole("list", { name: "Chosen" })).toHaveText("Person 34×");
  // Enter chose the person; it did not send the form.
  await expect(form.getByLabel("What is on your mind?")).toHaveValue("Lunch with number 34.");
  // A second person, by pointer; then taken off again.
  await form.getByLabel("People in this entry").fill("person 3");
  await form.getByRole("option", { name: "Person 3", exact: true }).click();
  await form.getByRole("button", { name: "Remove Person 3 from this entry" }).click();
  await form.getByRole("button", { name: "Save entry" }).click();
  await app.journalView("Entries");
  const entry = page.getByRole("list", { name: "Journal entries" }).getByRole("listitem");
  await expect(entry).toContainText("With Person 34");
  await expect(entry).not.toContainText("Person 2");
  const stored = await app.stored();
  const [saved] = Object.entries(stored).filter(([k]) => k.startsWith("tend:journal:")).flatMap(([, v]) => JSON.parse(v));
  expect(saved.p).toEqual(["p34"]);
});

test("People with 500 people: find by name, filter, a page at a time", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await seed(page, people(500, (i) => ({ ci: i < 5 ? "in" : i < 40 ? "mid" : "out", r: i % 10 === 0 ? "fam" : undefined, a: i === 499 })));
  await app.go("People");
  const list = page.getByRole("list", { name: "People" });
  await expect(page.getByText("500 people", { exact: true })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(30);
  // In name order, as an address book reads.
  await expect(list.getByRole("listitem").first()).toContainText("Person 1");
  await page.getByRole("button", { name: "Show more" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(60);
  await page.getByLabel("Find by name").fill("person 42");
  await expect(list.getByRole("listitem")).toHaveCount(11); // 42 and 420–429
  await expect(page.getByText("11 of 500 people match")).toBeVisible();
  await page.getByLabel("Find by name").fill("");
  await page.getByLabel("Circle", { exact: true }).selectOption({ label: "Inner circle" });
  await expect(list.getByRole("listitem")).toHaveCount(5);
  await page.getByLabel("Relationship", { exact: true }).selectOption({ label: "Family" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Person 1");
  await page.getByLabel("Circle", { exact: true }).selectOption({ label: "Any circle" });
  await page.getByLabel("Relationship", { exact: true }).selectOption({ label: "Any relationship" });
  await page.getByLabel("Archived", { exact: true }).selectOption({ label: "Archived only" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Person 500");
  await page.getByLabel("Archived", { exact: true }).selectOption({ label: "Archived or not" });

  // The map: names where there is room, dots and a count where there is not.
  const map = page.getByRole("img", { name: "Relationship map" });
  await expect(map).toHaveAccessibleDescription(/5 in your inner circle, 35 in your middle circle and 459 in your outer circle/);
  await expect(map.getByText("Person", { exact: true })).toHaveCount(5);
  await expect(map.getByText("Middle · 35")).toHaveCount(1);
  await expect(map.getByText("Outer · 459")).toHaveCount(1);
  const counts = page.getByRole("table", { name: /Who is in each circle/ });
  await expect(counts.getByRole("row", { name: /Outer circle/ })).toContainText("459");
  await noViolations(page, "People with 500 people");
});

test("Today shows the most overdue check-ins first, and all on request", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  const now = new Date();
  const day = (ago) => new Date(now.getTime() - ago * DAY).toISOString().slice(0, 10);
  // 12 people on a weekly rhythm, each last seen a day longer ago (20 to 31 days).
  await seed(page, people(12, (i) => ({ k: "w", l: day(20 + i) })));
  await app.go("Today");
  const list = page.getByRole("list", { name: "Check-ins" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list.getByRole("listitem").first()).toContainText("Person 12");
  await page.getByRole("button", { name: "Show all 12" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(12);
  await expect(list.getByRole("listitem").last()).toContainText("Person 1");
  await noViolations(page, "Today with twelve drifting");
});

test("Today with 500 people: the few closest first, everyone a tap away", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new Tend(page);
  await app.open();
  const now = new Date();
  const day = (ago) => new Date(now.getTime() - ago * DAY).toISOString().slice(0, 10);
  // 8 in the inner circle, weekly, due since yesterday; 60 in the middle,
  // weekly, a month without contact (drifting); and every fifth of the
  // outer circle quarterly, unheard of for 300 days (drifting far longer).
  await seed(
    page,
    people(500, (i) =>
      i < 8
        ? { ci: "in", k: "w", l: day(8) }
        : i < 68
          ? { ci: "mid", k: "w", l: day(30 + (i % 7)) }
          : { ci: "out", k: i % 5 === 0 ? "q" : undefined, l: day(300) },
    ),
  );
  await app.go("Today");
  const card = page.getByRole("region", { name: "Check-ins" });
  const list = card.getByRole("list", { name: "Check-ins" });
  // The closest first, though others are far more overdue.
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list.getByRole("listitem")).toContainText(["Person 1", "Person 2", "Person 3"]);
  // A status short enough for one line whatever the date.
  await expect(list.getByRole("listitem").first()).toContainText("Due since yesterday");
  await expect(card.getByText("8 due and 146 drifting. The people closest to you come first.")).toBeVisible();
  // Short: three compact rows, each with Reach out and Log contact, then "Show all".
  await expect(list.getByRole("button", { name: /^Reach out to / })).toHaveCount(3);
  await expect(list.getByRole("button")).toHaveCount(6);
  const height = (await card.boundingBox()).height;
  expect(height).toBeLessThan(560);
  await noViolations(page, "Today with 500 people");

  // Everyone on request; the keyboard carries on at the first row added.
  await card.getByRole("button", { name: "Show all 154" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(154);
  await expect(list.getByRole("button", { name: "Reach out to Person 4", exact: true })).toBeFocused();
  await expect(list.getByRole("listitem").nth(8)).toContainText(/Drifting/);
  await expect(list.getByRole("listitem").last()).toContainText(/Drifting: \d+ days past due/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
