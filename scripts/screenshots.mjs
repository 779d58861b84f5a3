// Regenerates the README's screenshot from a running build:
//   python3 -m http.server 4180 --directory dist &  node scripts/screenshots.mjs http://127.0.0.1:4180/
import { chromium } from "@playwright/test";

const base = process.argv[2] || "http://127.0.0.1:4180/";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 390, height: 780 }, deviceScaleFactor: 2 });
await page.goto(`${base}#/people`);
for (const name of ["Maya", "Sam", "Grandma Rose"]) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add", exact: true }).click();
}
await page.goto(`${base}#/challenges`);
await page.getByRole("form", { name: "5-for-5 Connection Challenge" }).getByRole("group", { name: "Day 1" }).getByLabel("With").selectOption({ label: "Maya" });
await page.getByRole("button", { name: "Start the 5-for-5" }).click();
await page.goto(`${base}#/`);
await page.getByLabel("Who did you connect with, or who is on your mind?").fill("Walked with Maya after work. Felt lighter.");
await page.getByRole("button", { name: "Save to journal" }).click();
await page.waitForTimeout(300);
const dismiss = page.getByRole("button", { name: "Dismiss" });
while ((await dismiss.count()) > 0) await dismiss.first().click();
// Saving keeps focus (and the scroll position) in the note; show the top.
await page.evaluate(() => {
  document.activeElement?.blur();
  window.scrollTo(0, 0);
});
await page.screenshot({ path: "docs/screenshot.png" });
await browser.close();
console.log("wrote docs/screenshot.png");
