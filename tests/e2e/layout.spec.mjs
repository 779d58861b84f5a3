// Phones first, with a real life's data (500 people, ten years of daily
// use): no screen or view scrolls sideways at 360, 390, 768 or 1280 px, in
// light or dark; the bottom navigation fits its six entries with icons and
// labels at 360 px; every control is a touch target of at least 44 px.
// The figures (page height, overflow) are written to
// tests/e2e/.out/layout.txt for the report.
import { test, expect } from "@playwright/test";
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCREENS, show, overflow } from "./screens.mjs";
import { seeded, loadStored, firstPersonId } from "./seed.mjs";

const out = join(dirname(fileURLToPath(import.meta.url)), ".out");
const WIDTHS = [360, 390, 768, 1280];

// Generating ten years takes a while the first time (a release build of
// the generator); the sweep itself walks every screen eight times.
test.setTimeout(600_000);

for (const width of WIDTHS) {
  test(`no screen scrolls sideways at ${width}px with ten years of data, light and dark`, async ({ page }) => {
    const stored = seeded(10);
    const ctx = { personId: firstPersonId(stored) };
    await page.setViewportSize({ width, height: 800 });
    await loadStored(page, stored);
    await expect(page.locator("main h1")).toHaveText("Today", { timeout: 60_000 });
    const problems = [];
    const rows = [];
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme });
      for (const screen of SCREENS) {
        await show(page, screen, ctx);
        const o = await overflow(page);
        rows.push(`${width}\t${colorScheme}\t${screen.name}\t${o.height}\t${o.over}`);
        if (o.over > 0) problems.push(`${screen.name} (${colorScheme}): ${o.over}px too wide: ${JSON.stringify(o.culprits)}`);
      }
    }
    mkdirSync(out, { recursive: true });
    appendFileSync(join(out, "layout.txt"), rows.join("\n") + "\n");
    expect(problems).toEqual([]);
  });
}

test("the bottom navigation fits six icons and labels at 360px, each a 44px target", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { Tend } = await import("./app.mjs");
  const app = new Tend(page);
  await app.open();
  const nav = page.getByRole("navigation", { name: "Main" });
  const links = nav.getByRole("link");
  await expect(links).toHaveText(["Today", "Check-up", "People", "Challenges", "Journal", "Settings"]);
  const box = await nav.boundingBox();
  // At the bottom of the screen, within thumb reach.
  expect(box.y + box.height).toBeCloseTo(740, 0);
  let right = 0;
  for (const link of await links.all()) {
    const b = await link.boundingBox();
    expect(b.height).toBeGreaterThanOrEqual(44);
    expect(b.width).toBeGreaterThanOrEqual(44);
    // Side by side, in one row, none cut off.
    expect(b.x).toBeGreaterThanOrEqual(right - 0.5);
    expect(b.y).toBeCloseTo(box.y + 1, 0);
    right = b.x + b.width;
    expect(await link.locator("svg").count()).toBe(1);
    const label = link.locator("span");
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  expect(right).toBeLessThanOrEqual(360);
  // Each entry leads to its screen.
  await links.nth(2).click();
  await expect(page.locator("main h1")).toHaveText("People");
  await expect(links.nth(2)).toHaveAttribute("aria-current", "page");
  // The last of the page stays above the bar, once scrolled to the end
  // (again while the screen is still growing below its heading).
  const navTop = (await nav.boundingBox()).y;
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const foot = await page.locator(".foot").boundingBox();
      return foot.y + foot.height;
    })
    .toBeLessThanOrEqual(navTop + 1);
});

test("every control on every screen is at least 44px tall at 360px", async ({ page }) => {
  test.setTimeout(600_000);
  const stored = seeded(10);
  const ctx = { personId: firstPersonId(stored) };
  await page.setViewportSize({ width: 360, height: 800 });
  await loadStored(page, stored);
  await expect(page.locator("main h1")).toHaveText("Today", { timeout: 60_000 });
  const small = [];
  for (const screen of SCREENS) {
    await show(page, screen, ctx);
    // Open every "How this works" and other disclosures, so what they hold is measured too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const found = await page.evaluate(() => {
      const targets = document.querySelectorAll(
        "button, .button, .nav a, .help-link, summary, .choices label, .picker-option, .person-name, .back-link, .topics a, select, input:not([type=checkbox]):not([type=radio]):not(.file-input), textarea",
      );
      return [...targets]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.height < 43.5 || r.width < 43.5);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}” ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
    });
    for (const f of found) small.push(`${screen.name}: ${f}`);
  }
  expect(small).toEqual([]);
});
