// Renders the app icons from their SVG sources with headless Chromium:
//   node scripts/icons.mjs
// writes assets/icons/icon-192.png, icon-512.png and maskable-512.png.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";

const dir = new URL("../assets/icons/", import.meta.url);
const jobs = [
  ["icon.svg", "icon-192.png", 192],
  ["icon.svg", "icon-512.png", 512],
  ["maskable.svg", "maskable-512.png", 512],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
for (const [src, out, size] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(new URL(src, dir), "utf8");
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`,
  );
  await page.locator("img").evaluate((img) => img.decode());
  await page.screenshot({ path: new URL(out, dir).pathname, omitBackground: true });
  await page.close();
  console.log(`wrote assets/icons/${out}`);
}
await browser.close();
