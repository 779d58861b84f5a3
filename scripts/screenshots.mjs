// Screenshots of every screen with a real life's data (500 people, ten
// years of daily use: examples/seed.rs), at 360 and 1280 px, light and
// dark, gathered into two contact sheets for the README, plus the README's
// phone screenshot of Today:
//
//   bash scripts/release-build.sh && node scripts/screenshots.mjs
//
// It serves dist/ itself (on TEND_E2E_PORT, or 4180), or uses the build at
// a URL given as the first argument. With --measure it only prints each
// screen's page height and horizontal overflow at 360 and 1280 px (the
// figures the README's layout note gives), and writes nothing.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCREENS, show, overflow } from "../tests/e2e/screens.mjs";
import { seeded, loadStored, firstPersonId } from "../tests/e2e/seed.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const measureOnly = args.includes("--measure");
let base = args.find((a) => a.startsWith("http"));

// The screens on the contact sheets: every screen, one view of a person,
// and the first run's opening (its steps look alike).
const SHEET = SCREENS.filter((s) => !s.name.startsWith("Welcome:") && s.name !== "About");
const WIDTHS = { phone: 360, desktop: 1280 };
const HEIGHT = { phone: 780, desktop: 800 };

let server;
if (!base) {
  const port = Number(process.env.TEND_E2E_PORT || 4180);
  server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", join(root, "dist")], { stdio: "ignore" });
  base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const stored = seeded(10);
const ctx = { personId: firstPersonId(stored) };

/** A page at `width`, with the ten years loaded and Today shown. */
async function open(width, height, scale = 1) {
  const page = await browser.newPage({ baseURL: base, viewport: { width, height }, deviceScaleFactor: scale });
  await loadStored(page, stored);
  await page.locator("main h1").filter({ hasText: "Today" }).waitFor({ timeout: 120_000 });
  return page;
}

/** Puts the page in its resting state: no notices, nothing focused, at the top. */
async function rest(page) {
  const dismiss = page.getByRole("button", { name: "Dismiss" });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
}

if (measureOnly) {
  const rows = [];
  for (const [kind, width] of Object.entries(WIDTHS)) {
    const page = await open(width, HEIGHT[kind]);
    for (const screen of SCREENS) {
      try {
        await show(page, screen, ctx);
      } catch {
        rows.push([width, screen.name, "-", "-"]);
        continue;
      }
      const o = await overflow(page);
      rows.push([width, screen.name, o.height, o.over]);
    }
    await page.close();
  }
  console.log("width\tscreen\theight px\thorizontal overflow px");
  for (const r of rows) console.log(r.join("\t"));
} else {
  mkdirSync(join(root, "docs"), { recursive: true });
  const shots = {};
  for (const [kind, width] of Object.entries(WIDTHS)) {
    const page = await open(width, HEIGHT[kind]);
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const screen of SHEET) {
        await show(page, screen, ctx);
        await rest(page);
        shots[`${kind}/${scheme}/${screen.name}`] = (await page.screenshot()).toString("base64");
      }
    }
    await page.close();
  }

  // The contact sheets: each screen as a light and a dark thumbnail side by side.
  const sheet = await browser.newPage({ viewport: { width: 1600, height: 400 } });
  for (const [kind, width] of Object.entries(WIDTHS)) {
    const thumb = kind === "phone" ? 180 : 320;
    const perRow = kind === "phone" ? 4 : 2;
    const cells = SHEET.map(
      (s) => `<figure><div>${["light", "dark"].map((c) => `<img src="data:image/png;base64,${shots[`${kind}/${c}/${s.name}`]}" width="${thumb}">`).join("")}</div><figcaption>${s.name}</figcaption></figure>`,
    ).join("");
    await sheet.setContent(`<!doctype html><style>
      body { margin: 0; padding: 16px; background: #e9e4da; font: 600 15px system-ui, sans-serif; color: #23302b; width: max-content; }
      main { display: grid; grid-template-columns: repeat(${perRow}, auto); gap: 16px 24px; }
      figure { margin: 0; } figure div { display: flex; gap: 6px; }
      img { display: block; border-radius: 6px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.25); }
      figcaption { margin-top: 6px; }
      h1 { font-size: 17px; margin: 0 0 12px; }
    </style><h1>Tend at ${width} px with 500 people and ten years of daily use: light and dark</h1><main>${cells}</main>`);
    await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
    const file = join(root, "docs", `screens-${width}.png`);
    await sheet.locator("body").screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
  await sheet.close();

  // The README's own screenshot: Today on a phone, sharp.
  const phone = await open(390, 780, 2);
  await rest(phone);
  await phone.screenshot({ path: join(root, "docs", "screenshot.png") });
  console.log("wrote docs/screenshot.png");
  await phone.close();
}

await browser.close();
server?.kill();
