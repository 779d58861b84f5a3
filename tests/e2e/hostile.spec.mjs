// Hostile files through the real import screens (the native suite,
// tests/hostile.rs, sends thousands through the parsers themselves): each
// ends in a message or a correct import, never a page error, and nothing
// stored changes unless the file was valid. Prints how each kind ended.
import { test, expect } from "@playwright/test";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Tend } from "./app.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "fixtures", "vcards");

/** xorshift, so every run tries the same inputs. */
function rng(seed) {
  let s = BigInt(seed);
  const mask = (1n << 64n) - 1n;
  const next = () => {
    s ^= (s << 13n) & mask;
    s ^= s >> 7n;
    s ^= (s << 17n) & mask;
    return Number(s % 1000000007n);
  };
  return { below: (n) => next() % n, pick: (xs) => xs[next() % xs.length] };
}

const HOSTILE = [
  "2026-02-30",
  "--02-30",
  99,
  -1,
  1e300,
  1.5,
  null,
  true,
  [],
  {},
  "<script>alert(1)</script><img src=x onerror=alert(2)>",
  "\u202e\u200b\u200d👩‍👩‍👧‍👦",
  [0, 255, 256],
  { unknown: 1 },
];

function paths(v, here = [], out = []) {
  out.push(here);
  if (v && typeof v === "object") for (const k of Object.keys(v)) paths(v[k], [...here, k], out);
  return out;
}

function mutateBackup(base, r) {
  const bytes = Buffer.from(base, "utf8");
  switch (r.below(7)) {
    case 0:
      return ["truncated", bytes.subarray(0, r.below(bytes.length))];
    case 1: {
      const b = Buffer.from(bytes);
      for (let i = 0; i < 1 + r.below(4); i++) b[r.below(b.length)] = r.below(256);
      return ["byte flips", b];
    }
    case 2:
      return ["lone surrogate", Buffer.from(base.replace('"n":"', '"n":"\\ud800'), "utf8")];
    case 3:
      return ["deep nesting", Buffer.from("[".repeat(50_000), "utf8")];
    default: {
      const tree = JSON.parse(base);
      const all = paths(tree).filter((p) => p.length > 0);
      const p = r.pick(all);
      let parent = tree;
      for (const k of p.slice(0, -1)) parent = parent[k];
      parent[p[p.length - 1]] = r.pick(HOSTILE);
      return ["wrong value", Buffer.from(JSON.stringify(tree), "utf8")];
    }
  }
}

function mutateVcard(base, r) {
  const b = Buffer.from(base);
  const insert = (s) => {
    const at = r.below(b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from(s, "latin1"), b.subarray(at)]);
  };
  switch (r.below(6)) {
    case 0:
      return ["binary garbage", Buffer.from(Array.from({ length: 1 + r.below(2048) }, () => r.below(256)))];
    case 1:
      return ["truncated", b.subarray(0, r.below(b.length))];
    case 2:
      for (let i = 0; i < 1 + r.below(6); i++) b[r.below(b.length)] = r.below(256);
      return ["byte flips", b];
    case 3:
      return ["broken quoted-printable", insert(r.pick(["=ZZ", "=", "=\r\n", "=C3"]))];
    case 4:
      return ["bad folding", insert(r.pick(["\r\n ", "\n\t", "\r\n", "\r"]))];
    default:
      return ["odd lines", insert(r.pick(["\r\nBDAY:2026-02-30\r\n", "\r\nFN:<script>alert(1)</script>\r\n", "\r\nBEGIN:VCARD\r\n", "\r\nN:;;;;\r\n"]))];
  }
}

/** Every stored record key and its text. */
const records = (page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => /^tend:(people|journal|interactions|checkups)/.test(k)).sort().map((k) => [k, localStorage.getItem(k)])),
  );

/** The one notice an import shows, its text, and the notices cleared for the next file. */
async function noticeText(page) {
  const notice = page.locator(".notice").first();
  await expect(notice).toBeVisible();
  const text = await notice.locator("p").innerText();
  for (let n = await page.getByRole("button", { name: "Dismiss" }).count(); n > 0; n--) {
    await page.getByRole("button", { name: "Dismiss" }).first().click();
  }
  await expect(page.locator(".notice")).toHaveCount(0);
  return text;
}

test("hostile backups and contacts files through the import screens", async ({ page }) => {
  test.setTimeout(10 * 60_000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada Lovelace");
  await app.writeEntry("Tea with Ada, and a long walk.", "2026-11-20");
  const base = readFileSync(await (await app.exportBackup()).path(), "utf8");
  await noticeText(page).catch(() => {});
  const dir = mkdtempSync(join(tmpdir(), "tend-hostile-"));
  const tally = {};
  const count = (kind, how, outcome) => ((tally[kind] ||= {})[`${how}: ${outcome}`] = (tally[kind]?.[`${how}: ${outcome}`] || 0) + 1);
  const r = rng(0x5eed);

  await app.go("Settings");
  await page.getByRole("radio", { name: /^Merge:/ }).check();
  for (let i = 0; i < 70; i++) {
    const [how, bytes] = mutateBackup(base, r);
    const file = join(dir, `backup-${i}.json`);
    writeFileSync(file, bytes);
    const before = await records(page);
    await page.getByLabel("Choose a backup file to import").setInputFiles(file);
    const text = await noticeText(page);
    expect(text.length, text).toBeGreaterThan(20);
    if (text.startsWith("Merged")) {
      count("backup", how, "imported");
    } else {
      expect(text, how).toMatch(/\.$/);
      expect(await records(page), `${how}: a refused file changed nothing`).toEqual(before);
      count("backup", how, "refused with a message");
    }
  }

  const bases = readdirSync(fixtures)
    .filter((f) => f.endsWith(".vcf"))
    .sort()
    .map((f) => readFileSync(join(fixtures, f)));
  const people = await records(page);
  for (let i = 0; i < 40; i++) {
    const [how, bytes] = mutateVcard(r.pick(bases), r);
    const file = join(dir, `contacts-${i}.vcf`);
    writeFileSync(file, bytes);
    await page.getByLabel("Choose a contacts file (.vcf)").setInputFiles(file);
    const preview = page.getByRole("form", { name: "Contacts to import" });
    await expect(preview.or(page.locator(".notice")).first()).toBeVisible();
    if (await preview.isVisible()) {
      // Shown for the person to choose from; nothing is added until they do.
      await expect(preview.getByRole("list", { name: "Contacts in the file" }).getByRole("listitem").first()).toBeVisible();
      await preview.getByRole("button", { name: "Cancel" }).click();
      count("vcard", how, "previewed");
    } else {
      const text = await noticeText(page);
      expect(text, how).toMatch(/\.$/);
      count("vcard", how, "refused with a message");
    }
    expect(await records(page)).toEqual(people);
  }
  expect(errors, "no page errors").toEqual([]);
  const total = Object.values(tally).reduce((s, k) => s + Object.values(k).reduce((a, b) => a + b, 0), 0);
  console.log(`hostile files through the import screens: ${total}`);
  for (const [kind, outcomes] of Object.entries(tally)) {
    console.log(`  ${kind}: ${Object.entries(outcomes).map(([o, n]) => `${o} ${n}`).join(", ")}`);
  }
});
