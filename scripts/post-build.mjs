// Trunk post_build hook (TRUNK_STAGING_DIR is the finished build):
//  1. adds the SHA-256 of Trunk's inline loader to the Content-Security-Policy,
//     so no other inline script can run;
//  2. writes sw.js from assets/sw.js with a precache list of every file in
//     the build and a cache name derived from their contents.
// Also importable (`finalize(dir)`) so tests can re-finalize a changed build.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function allFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

export function finalize(dir) {
  const indexPath = join(dir, "index.html");
  let html = readFileSync(indexPath, "utf8");
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim().length > 0)
    .map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  html = html.replace(/script-src 'self'[^;"]*/, `script-src 'self' ${hashes.join(" ")} 'wasm-unsafe-eval'`);
  writeFileSync(indexPath, html);

  const files = allFiles(dir)
    .map((p) => relative(dir, p).split(sep).join("/"))
    .filter((f) => f !== "sw.js")
    .sort();
  const digest = createHash("sha256");
  for (const f of files) digest.update(f).update(readFileSync(join(dir, f)));
  const cache = `tend-${digest.digest("hex").slice(0, 16)}`;
  const template = readFileSync(join(here, "..", "assets", "sw.js"), "utf8");
  const sw = template
    .replace("__TEND_CACHE__", cache)
    .replace("__TEND_PRECACHE__", JSON.stringify(["./", ...files], null, 2));
  writeFileSync(join(dir, "sw.js"), sw);
  return { inlineScripts: hashes.length, cache, files: files.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build");
    process.exit(1);
  }
  const r = finalize(dir);
  console.log(`post-build: CSP allows ${r.inlineScripts} inline loader script(s); sw.js precaches ${r.files} files as ${r.cache}`);
}
