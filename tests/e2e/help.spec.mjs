// Help where it is needed: every screen has a short guide under its
// heading, folded until asked for, that says which articles it draws on
// and leads to its section of Help; Help answers the common questions;
// About lists every article with what Tend takes from it.
import { test, expect } from "@playwright/test";
import { Tend } from "./app.mjs";

const SCREENS = ["Today", "Check-up", "People", "Challenges", "Journal", "Settings"];

test("each screen's guide is one tap away and leads to its part of Help", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  for (const name of SCREENS) {
    await app.go(name);
    const how = page.locator("main details.how").first();
    const summary = how.getByText("How this works", { exact: true });
    await expect(how).not.toHaveAttribute("open", "");
    await summary.click();
    await expect(how).toHaveAttribute("open", "");
    // Advice names its articles; Settings is about Tend itself.
    await expect(how.locator(".sources")).toHaveText(name === "Settings" ? "About how Tend itself works." : /^Drawn from: /);
    await how.getByRole("link", { name: "More in Help" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help");
    const section = page.getByRole("heading", { level: 3, name, exact: true });
    await expect(section).toBeFocused();
    await expect(section).toBeInViewport();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  }
});

test("Help is in the header of every screen, with the questions people ask", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await page.getByRole("link", { name: "Help", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help");
  await expect(page).toHaveTitle("Help · Tend");
  for (const q of [
    "What if I am shy, or anxious around people?",
    "Do online friendships count?",
    "How much connection is enough?",
    "When should I talk to someone about how I feel?",
    "What happens to my data?",
  ]) {
    const answer = page.getByRole("region", { name: q });
    await expect(answer).toBeVisible();
    await expect(answer.locator(".sources")).toHaveText(/^(Drawn from: .+|About how Tend itself works\.)$/);
  }
  await expect(page.getByRole("region", { name: "When should I talk to someone about how I feel?" })).toContainText("988");
  // A topic link opens at its answer, and reload keeps it there.
  await page.getByRole("link", { name: "Do online friendships count?" }).click();
  await expect(page.getByRole("heading", { name: "Do online friendships count?" })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Do online friendships count?" })).toBeInViewport();
});

test("About names every article and what Tend takes from it; advice elsewhere names its own", async ({ page }) => {
  const app = new Tend(page);
  await app.open("#/about");
  const sources = page.getByRole("region", { name: "Sources" }).getByRole("listitem");
  await expect(sources).toHaveCount(6);
  for (const item of await sources.all()) await expect(item).toContainText("Tend takes from it:");
  // The map's gaps say where the idea comes from.
  await app.go("People");
  await expect(page.getByRole("list", { name: "Gaps" }).locator(".sources").first()).toHaveText(/^Drawn from: Social Connection & Healing/);
  // The challenges say theirs.
  await app.go("Challenges");
  await expect(page.getByRole("form", { name: "5-for-5 Connection Challenge" }).locator(".sources")).toHaveText(
    "Drawn from: The 5-for-5 Connection Challenge; CDC: Improving Social Connectedness.",
  );
});
