// The first run: an empty Tend opens on what Tend is and its privacy
// promise; three optional steps (a check-up, the first people, a rhythm or
// a challenge) lead to Today; finished or skipped, it never shows by itself
// again, and Settings can show it again.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { fileURLToPath } from "node:url";
import { Tend } from "./app.mjs";

const fixture = (name) => fileURLToPath(new URL(`../fixtures/vcards/${name}`, import.meta.url));

async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

const h1 = (page) => page.locator("main h1");

test("finishing the first run: a check-up, people typed and imported, a rhythm, then Today for good", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new Tend(page);
  await app.open("#/", { firstRun: "show" });
  await expect(h1(page)).toHaveText("Welcome to Tend");
  await expect(page.locator("main")).toContainText("stays in this browser on this device");
  await expect(page).toHaveURL(/#\/welcome$/);
  await noViolations(page, "welcome");
  await page.getByRole("link", { name: "Begin" }).click();

  // 1. The three loneliness questions, and what the answers mean.
  await expect(h1(page)).toHaveText("A first check-up");
  await expect(h1(page)).toBeFocused();
  await expect(page.getByText("Step 1 of 3")).toBeVisible();
  for (const n of [1, 2, 3]) {
    await page.getByRole("group", { name: new RegExp(`^Question ${n} of 3`) }).getByRole("radio", { name: "Hardly ever" }).check();
  }
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByRole("heading", { name: "Your starting point" })).toBeVisible();
  await expect(page.locator(".score")).toContainText("3 out of 9");
  await page.getByRole("link", { name: "Next" }).click();

  // 2. Names typed, and a contacts file.
  await expect(h1(page)).toHaveText("Your first few people");
  for (const name of ["Maya", "Sam"]) {
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Add", exact: true }).click();
  }
  await expect(page.getByRole("list", { name: "In People so far" }).getByRole("listitem")).toHaveText(["Maya", "Sam"]);
  await page.getByLabel("Choose a contacts file (.vcf)").setInputFiles(fixture("v21-latin1.vcf"));
  await page.getByRole("button", { name: "Import the ticked contacts" }).click();
  await expect(page.getByRole("list", { name: "In People so far" }).getByRole("listitem")).toHaveCount(4);
  await noViolations(page, "first people");
  await page.getByRole("link", { name: "Next" }).click();

  // 3. A rhythm with Maya.
  await expect(h1(page)).toHaveText("A first rhythm or challenge");
  await app.pick(page, "Who would you like to keep in touch with?", "Maya");
  await page.getByLabel("How often").selectOption({ label: "Every week" });
  await page.getByRole("button", { name: "Set the rhythm" }).click();
  await expect(app.status()).toContainText("check in with Maya");
  await noViolations(page, "first rhythm");
  await page.getByRole("link", { name: "Finish" }).click();

  await expect(h1(page)).toHaveText("You are ready");
  await page.getByRole("button", { name: "Go to Today" }).click();
  await expect(h1(page)).toHaveText("Today");
  // Maya is due (a rhythm, and no contact yet).
  await expect(page.locator("main")).toContainText("Maya");

  // It never shows by itself again.
  await page.goto("./#/");
  await expect(h1(page)).toHaveText("Today");
  const stored = await app.stored();
  expect(JSON.parse(stored["tend:prefs"])[0].fr).toBe(true);
  expect(JSON.parse(stored["tend:people"]).map((p) => p.n)).toEqual(expect.arrayContaining(["Maya", "Sam"]));
  expect(Object.keys(stored).some((k) => k === "tend:checkups")).toBe(true);
});

test("skipping: each step, or the whole first run, and it stays skipped", async ({ page }) => {
  const app = new Tend(page);
  await app.open("#/", { firstRun: "show" });
  await page.getByRole("link", { name: "Begin" }).click();
  await expect(h1(page)).toHaveText("A first check-up");
  // "Not now" in the check-up skips it, like "Skip this step".
  await page.getByRole("button", { name: "Not now" }).click();
  await expect(h1(page)).toHaveText("Your first few people");
  await page.getByRole("link", { name: "Skip this step" }).click();
  await expect(h1(page)).toHaveText("A first rhythm or challenge");
  // No one yet: a rhythm needs someone, so it says how.
  await expect(page.getByText("Add someone first")).toBeVisible();
  // Back returns to the step before.
  await page.goBack();
  await expect(h1(page)).toHaveText("Your first few people");
  await page.getByRole("button", { name: "Skip the rest and go to Today" }).click();
  await expect(h1(page)).toHaveText("Today");
  await page.reload();
  await expect(h1(page)).toHaveText("Today");
  expect(JSON.parse((await app.stored())["tend:prefs"])[0].fr).toBe(true);
  // Nothing was added on the way.
  expect((await app.stored())["tend:people"]).toBeUndefined();
});

test("skipping at once, then Settings shows the first run again", async ({ page }) => {
  const app = new Tend(page);
  await app.open("#/", { firstRun: "show" });
  await page.getByRole("button", { name: "Skip and go to Today" }).click();
  await expect(h1(page)).toHaveText("Today");
  await page.reload();
  await expect(h1(page)).toHaveText("Today");

  await app.go("Settings");
  await page.getByRole("link", { name: "Show the welcome steps again" }).click();
  await expect(h1(page)).toHaveText("Welcome to Tend");
  await page.getByRole("link", { name: "Begin" }).click();
  await page.getByRole("link", { name: "Skip this step" }).click();
  await page.getByRole("link", { name: "Skip this step" }).click();
  // The 7-day plan, from the last step.
  await page.getByRole("button", { name: "Start the 7-day plan" }).click();
  await expect(app.status()).toContainText("Your 7-day plan starts today.");
  await page.getByRole("link", { name: "Finish" }).click();
  await page.getByRole("button", { name: "Go to Today" }).click();
  await expect(h1(page)).toHaveText("Today");
  await app.go("Challenges");
  await expect(page.getByRole("region", { name: "7-day starter plan" })).toBeVisible();
});

test("someone who already keeps something is not greeted as new", async ({ page }) => {
  const app = new Tend(page);
  await page.goto("./#/about");
  await page.evaluate(() => {
    localStorage.setItem("tend:meta", JSON.stringify({ schema_version: 2, epoch: 0 }));
    localStorage.setItem("tend:people", JSON.stringify([{ id: "p1", c: 1, u: 1, n: "Ada" }]));
  });
  await page.reload();
  await page.goto("./#/");
  await expect(h1(page)).toHaveText("Today");
  await app.go("People");
  await expect(page.getByRole("list", { name: "People" })).toContainText("Ada");
});

test("the first run takes Today's place in the history: Back leaves Tend rather than coming back to it", async ({ page }) => {
  // A new page starts on about:blank.
  await page.goto("./#/");
  await expect(h1(page)).toHaveText("Welcome to Tend");
  // Retried: the page's URL follows `history.replaceState` a moment after
  // the heading may already show.
  await expect(page).toHaveURL(/#\/welcome$/);
  // Today's address was replaced, not followed by a second entry: Back goes
  // to the page before, not to Today's address (which would greet again).
  await page.goBack();
  expect(page.url()).toBe("about:blank");
});
