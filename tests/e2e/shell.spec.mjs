// The app shell: navigation, hash routing that survives reload at the root
// and under a sub-path, and the notice area.
import { test, expect } from "@playwright/test";
import { Tend } from "./app.mjs";

const SCREENS = ["Today", "Check-up", "People", "Challenges", "Journal", "Settings"];

for (const base of ["", "apps/tend/"]) {
  test(`every screen reloads from its URL ${base ? "under a sub-path" : "at the root"}`, async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    const app = new Tend(page, base);
    await app.open();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText(SCREENS);
    for (const name of SCREENS) {
      await app.go(name);
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      const url = page.url();
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      expect(page.url()).toBe(url);
      // A screen with views puts the view first: "Write · Journal · Tend".
      await expect(page).toHaveTitle(new RegExp(`^([A-Za-z]+ · )?${name} · Tend$`));
    }
    expect(errors).toEqual([]);
  });
}

test("the app makes no request to any other origin", async ({ page }) => {
  const foreign = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1:")) foreign.push(r.url());
  });
  const app = new Tend(page);
  await app.open();
  for (const name of SCREENS) await app.go(name);
  expect(foreign).toEqual([]);
});

test("user text is shown as text, never run as HTML", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await app.addPerson("<img src=x onerror=window.pwned=1>");
  await expect(page.locator("main img")).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test("on a slow network the page shows Tend's name and a quiet line until the app replaces it", async ({ page }) => {
  // The app's code is held back, as a slow connection would.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./#/");
  const booting = page.locator("#booting");
  await expect(booting).toBeVisible();
  await expect(booting).toContainText("Tend");
  await expect(booting).toContainText("Opening… Everything stays on this device.");
  release();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(booting).toHaveCount(0);
});
