// Charts over time: the check-up history and mood over time, with ten
// years of results seeded in the stored form. Each has a time axis with year
// and month ticks, a range (3 months, a year, all), a trend line, the
// seasons shaded, a summary in words and the numbers behind "Show the
// numbers"; with nothing to draw, one sentence.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

const pad = (x) => String(x).padStart(2, "0");
/** The local calendar day `n` days ago, as YYYY-MM-DD. */
function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const T = Date.UTC(2016, 0, 1);

/** Clears storage and stores `keys` (key → value, values as JSON). */
async function seed(page, keys) {
  await page.evaluate((keys) => {
    localStorage.clear();
    localStorage.setItem("tend:meta", JSON.stringify({ schema_version: 3, epoch: 0 }));
    for (const [k, v] of Object.entries(keys)) localStorage.setItem(k, JSON.stringify(v));
  }, keys);
  await page.reload();
}

/** A loneliness check-up every 30 days from 10 days ago, `n` of them (answers 1–3 each: scores 3 to 9). */
function loneliness(n) {
  return Array.from({ length: n }, (_, i) => ({ id: `lon${i}`, c: T + i, u: T + i, d: daysAgo(10 + 30 * i), k: "lon", a: [1 + (i % 3), 1 + ((i >> 1) % 3), 2] }));
}

/** Two seasons: one six weeks ago (for two weeks, illness), and a deleted one. */
function seasons() {
  return [
    { id: "s1", c: T, u: T, s: daysAgo(45), e: daysAgo(31), r: "ill" },
    { id: "s2", c: T, u: T, x: true, s: daysAgo(200), e: daysAgo(190) },
  ];
}

/** Journal entries every third day for `days` days, moods cycling 2 to 5, sharded by month; and a contact a day. */
function journal(days) {
  const keys = {};
  for (let i = 0; i < days; i++) {
    const d = daysAgo(i);
    const month = d.slice(0, 7);
    if (i % 3 === 0) (keys[`tend:journal:${month}`] ||= []).push({ id: `e${i}`, c: T + i, u: T + i, d, t: `Day ${i}`, m: 2 + (i % 4) });
    (keys[`tend:interactions:${month}`] ||= []).push({ id: `i${i}`, c: T + i, u: T + i, p: "p1", k: "call", d });
  }
  keys["tend:people"] = [{ id: "p1", c: T, u: T, n: "Ada" }];
  return keys;
}

async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

test("ten years of check-ups: a time axis, a range, a trend, a season and the numbers", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new Tend(page);
  await app.open();
  await seed(page, { "tend:checkups": loneliness(120), "tend:seasons": seasons() });
  await app.go("Check-up");
  const block = page.getByRole("article", { name: "Loneliness" });
  const chart = block.getByRole("img", { name: "Loneliness over time" });
  const range = page.getByRole("group", { name: "Time range" });

  // A year, at first: twelve results, month ticks with the year on them.
  await expect(range.getByRole("radio", { name: "A year" })).toBeChecked();
  await expect(block.locator(".chart-summary")).toContainText(/^12 results in the last year, from \d to \d \(the scale runs from 3 to 9\)\. The latest: \d on /);
  await expect(block.locator(".chart-summary")).toContainText(/The trend line is (rising|falling|about level)\./);
  await expect(chart.locator("line.tick")).toHaveCount(6);
  await expect(chart.locator("text.year")).not.toHaveCount(0);
  await expect(chart.locator("circle.dot")).toHaveCount(12);
  await expect(chart.locator("line.trend")).toHaveCount(1);
  await expect(chart.locator("line.threshold")).toHaveCount(1);
  // The season is shaded over its days, and said in words.
  await expect(chart.locator("rect.season")).toHaveCount(1);
  await expect(block.locator(".chart-legend")).toContainText(/Shaded: a season when nudges paused, from .+ to .+ \(Illness\)\./);
  await expect(chart).toHaveAccessibleDescription(/12 results on a scale from 3 to 9.*Shaded: a season/);

  // The numbers are there, closed until asked for.
  const table = block.getByRole("table", { name: /Loneliness: every result in the last year/ });
  await expect(table).toBeHidden();
  await block.getByText("Show the numbers", { exact: true }).click();
  await expect(table.locator("tbody tr")).toHaveCount(12);

  // Three months: three results, a tick each month.
  await range.getByRole("radio", { name: "3 months" }).check();
  await expect(block.locator(".chart-summary")).toContainText(/^3 results in the last 3 months/);
  await expect(block.getByRole("table", { name: /in the last 3 months/ }).locator("tbody tr")).toHaveCount(3);
  expect(await chart.locator("line.tick").count()).toBeGreaterThanOrEqual(3);
  await expect(chart.locator("rect.season")).toHaveCount(1);

  // All: ten years, ticked by the year; every result in the table.
  await range.getByRole("radio", { name: "All" }).check();
  await expect(block.locator(".chart-summary")).toContainText(/^120 results since you began/);
  await expect(block.getByRole("table", { name: /since you began/ }).locator("tbody tr")).toHaveCount(120);
  const years = await chart.locator("text.year").allTextContents();
  expect(years.length).toBeGreaterThanOrEqual(4);
  expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
  // Arrow keys move through the range, as in any radio group.
  await range.getByRole("radio", { name: "All" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(range.getByRole("radio", { name: "A year" })).toBeChecked();

  // Nothing runs past the screen, and the page is no longer a stack of
  // every result (it was 5,606 px at 1280).
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.getByText("Show the numbers", { exact: true }).first().click(); // closed again
    const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(width);
    expect(size.height).toBeLessThan(3200);
    await page.getByText("Show the numbers", { exact: true }).first().click();
  }
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await noViolations(page, `check-up history, ${colorScheme}`);
  }
});

test("mood over time: by week, month or quarter, with contacts, a trend and the numbers", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await seed(page, { ...journal(3 * 365), "tend:seasons": seasons() });
  await page.goto("#/journal/review");
  const card = page.getByRole("region", { name: "Mood over time" });
  const chart = card.getByRole("img", { name: "Mood and contacts over time" });
  const range = card.getByRole("group", { name: "Time range" });
  await expect(chart).toBeVisible();
  // A year: one point a month, bars of contacts behind them.
  await expect(card.locator(".chart-summary")).toContainText(/^In the last year: an average mood of [\d.]+ from \d+ entries with a mood, and 365 contacts logged\./);
  await expect(chart.locator("circle.dot")).toHaveCount(13);
  expect(await chart.locator("rect.bar").count()).toBeGreaterThanOrEqual(12);
  await expect(chart.locator("line.trend")).toHaveCount(1);
  await expect(chart.locator("rect.season")).toHaveCount(1);
  await expect(card.locator(".chart-legend")).toContainText("bars: contacts you logged");
  await card.getByText("Show the numbers", { exact: true }).click();
  await expect(card.getByRole("table", { name: "Each month in the last year, newest first" }).locator("tbody tr")).toHaveCount(13);

  await range.getByRole("radio", { name: "3 months" }).check();
  const weeks = card.getByRole("table", { name: "Each week in the last 3 months, newest first" });
  expect(await weeks.locator("tbody tr").count()).toBeGreaterThanOrEqual(13);
  await expect(weeks.locator("tbody tr").first()).toContainText(/^Week of /);
  await range.getByRole("radio", { name: "All" }).check();
  await expect(card.getByRole("table", { name: "Each month since you began, newest first" })).toBeVisible();
  await expect(card.locator(".chart-summary")).toContainText(/^Since you began: .* 1095 contacts logged\./);

  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await noViolations(page, `mood over time, ${colorScheme}`);
  }
});

test("an empty chart is one sentence", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.go("Check-up");
  const history = page.getByRole("region", { name: "Over time" });
  await expect(history.locator("p")).toHaveText(["Your results will show here over time, once you have taken a check-up."]);
  await expect(history.getByRole("img")).toHaveCount(0);
  await app.journalView("Review");
  const mood = page.getByRole("region", { name: "Mood over time" });
  await expect(mood.locator("p")).toHaveText(["Choose a mood when you write, and how your weeks feel will show here over time."]);
  await expect(mood.getByRole("img")).toHaveCount(0);
  await expect(mood.getByRole("table")).toHaveCount(0);
});

test("a range with nothing in it says so, and when the latest was", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  const old = daysAgo(200);
  await seed(page, {
    "tend:checkups": [{ id: "c1", c: T, u: T, d: old, k: "lon", a: [2, 2, 2] }],
    [`tend:journal:${old.slice(0, 7)}`]: [{ id: "e1", c: T, u: T, d: old, t: "Long ago.", m: 4 }],
  });
  await app.go("Check-up");
  const block = page.getByRole("article", { name: "Loneliness" });
  // More than three months back: it opens on a year, which holds it.
  await expect(page.getByRole("group", { name: "Time range" }).getByRole("radio", { name: "A year" })).toBeChecked();
  await expect(block.locator(".chart-summary")).toHaveText(/^1 result in the last year \(the scale runs from 3 to 9\)\. The latest: 6 on /);
  await page.getByRole("group", { name: "Time range" }).getByRole("radio", { name: "3 months" }).check();
  await expect(block.locator(".chart-summary")).toHaveText(/^No Loneliness results in the last 3 months\. The latest was on .+\.$/);
  await expect(block.getByRole("img")).toHaveCount(0);
  await expect(block.getByText("Show the numbers", { exact: true })).toHaveCount(0);

  await app.journalView("Review");
  const mood = page.getByRole("region", { name: "Mood over time" });
  await mood.getByRole("radio", { name: "3 months" }).check();
  await expect(mood.locator(".chart-summary")).toHaveText("In the last 3 months: no moods noted; 0 contacts logged.");
  await expect(mood.getByRole("img")).toHaveCount(0);
  await mood.getByRole("radio", { name: "A year" }).check();
  await expect(mood.locator(".chart-summary")).toHaveText("In the last year: an average mood of 4 from 1 entry with a mood, and 0 contacts logged.");
  await expect(mood.getByRole("img", { name: "Mood and contacts over time" })).toBeVisible();
});
