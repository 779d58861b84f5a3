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

/** Holds the app's code back, as a slow connection would; resolves to
 * the function that lets it through. */
async function holdCode(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("on a slow network the page shows Tend's name and a quiet line, and someone new the first run's opening words, until the app replaces it", async ({ page, browser }) => {
  const release = await holdCode(page);
  await page.goto("./#/");
  const booting = page.locator("#booting");
  await expect(booting).toBeVisible();
  await expect(booting.locator("header")).toContainText("Tend");
  await expect(booting).toContainText("Opening… Everything stays on this device.");
  // Nothing stored: the first run's opening page, to read meanwhile.
  await expect(booting.getByRole("heading", { level: 1 })).toHaveText("Welcome to Tend");
  await expect(booting.locator(".lead")).toContainText("Tend helps you stay close to the people who matter");
  await expect(booting.locator(".promise")).toContainText("nothing is ever sent anywhere");
  release();
  await expect(booting).toHaveCount(0);
  // The app's own first run, in the same words.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Tend");
  await expect(page.getByRole("button", { name: "Skip and go to Today" })).toBeVisible();

  // Tend has been here (the first run stored its version record): only
  // the name and the quiet line, never a welcome for someone who is not new.
  // (In a new context: this one's service worker would answer the held
  // requests itself.)
  const meta = await page.evaluate(() => localStorage.getItem("tend:meta"));
  expect(meta).not.toBeNull();
  const context = await browser.newContext({ baseURL: page.url().replace(/#.*$/, "") });
  await context.addInitScript((m) => localStorage.setItem("tend:meta", m), meta);
  const again = await context.newPage();
  const releaseAgain = await holdCode(again);
  await again.goto("./#/");
  await expect(again.locator("#booting")).toContainText("Opening… Everything stays on this device.");
  await expect(again.locator("#booting").getByRole("heading")).toHaveCount(0);
  releaseAgain();
  await expect(again.locator("#booting")).toHaveCount(0);
  await context.close();
});
