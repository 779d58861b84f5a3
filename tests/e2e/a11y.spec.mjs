// Accessibility: zero axe-core violations (WCAG 2.1 AA) on every screen, in
// light and dark, on a phone and a desktop width.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

const SCREENS = ["Today", "Check-up", "People", "Challenges", "Journal", "Settings"];
const JOURNAL_VIEWS = ["Write", "Entries", "Month", "Review"];

for (const colorScheme of ["light", "dark"]) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`no axe violations: ${colorScheme}, ${viewport.width}px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const app = new Tend(page);
      await app.open();
      await app.addPerson("Ada");
      await app.writeEntry("A kind word from Ada.");
      const screens = [...SCREENS, "About"];
      for (const name of screens) {
        if (name === "About") await page.goto("#/about");
        else await app.go(name);
        // The Journal is checked in each of its views.
        for (const view of name === "Journal" ? JOURNAL_VIEWS : [null]) {
          if (view) await app.journalView(view);
          const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
          const where = view ? `${name} (${view})` : name;
          const summary = results.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`);
          expect(summary).toEqual([]);
        }
      }
    });
  }
}

test("the navigation and forms work from the keyboard alone", async ({ page }) => {
  const app = new Tend(page);
  await app.open();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  // Tab to People and open it with Enter.
  const people = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" });
  for (let i = 0; i < 10 && !(await people.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await page.getByLabel("Name", { exact: true }).focus();
  await page.keyboard.type("Keyboard friend");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "People" }).getByText("Keyboard friend")).toBeVisible();
});
