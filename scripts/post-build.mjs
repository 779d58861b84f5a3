// Trunk post_build hook (TRUNK_STAGING_DIR is the finished build):
//  0. minifies wasm-bindgen's JS glue and the service-worker scripts with
//     terser (Trunk's own JS minifier cannot parse the glue) and updates the
//     glue's integrity hash, and joins the stylesheets (one per area in
//     style/) into one file, which compresses better than seven;
//  1. adds the SHA-256 of Trunk's inline loader to the Content-Security-Policy,
//     so no other inline script can run;
//  2. writes sw.js from assets/sw.js with a precache list of every file in
//     the build and a cache name derived from their contents.
// Also importable (`finalize(dir)`) so tests can re-finalize a changed build.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const here = dirname(fileURLToPath(import.meta.url));

function allFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** Minifies each script Trunk built and fixes its `integrity` attribute. */
async function minifyGlue(dir, html) {
  for (const name of readdirSync(dir).filter((f) => /^tend-[0-9a-f]+\.js$/.test(f))) {
    const path = join(dir, name);
    const { code } = await minify(readFileSync(path, "utf8"), { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    const hash = sri(code);
    const escaped = name.replace(/[.]/g, "\\.");
    html = html.replace(new RegExp(`(href=["']?\\./${escaped}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`), `$1${hash}`);
    html = html.replace(new RegExp(`(integrity=["']?)sha384-[A-Za-z0-9+/=]+(["']?[^>]*?href=["']?\\./${escaped})`), `$1${hash}$2`);
  }
  return html;
}

const sri = (text) => `sha384-${createHash("sha384").update(text, "utf8").digest("base64")}`;

/** Joins the build's stylesheets, in page order, into one `tend-<hash>.css`. */
function bundleCss(dir, html) {
  const links = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/g)].map((m) => m[0]);
  if (links.length < 2) return html;
  const names = links.map((l) => l.match(/\bhref=["']?(?:\.\/)?([^"' >]+\.css)/)[1]);
  const css = names.map((n) => readFileSync(join(dir, n), "utf8")).join("\n");
  const name = `tend-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(dir, name), css);
  for (const n of names) unlinkSync(join(dir, n));
  html = html.replace(links[0], `<link rel="stylesheet" href="./${name}" integrity="${sri(css)}">`);
  for (const l of links.slice(1)) html = html.replace(l, "");
  return html;
}

async function minifyFile(path) {
  const { code } = await minify(readFileSync(path, "utf8"), { compress: true, mangle: true });
  writeFileSync(path, code);
}

export async function finalize(dir, { minifyJs = true } = {}) {
  const indexPath = join(dir, "index.html");
  let html = readFileSync(indexPath, "utf8");
  if (minifyJs) {
    html = await minifyGlue(dir, html);
    await minifyFile(join(dir, "register-sw.js"));
    await minifyFile(join(dir, "crash.js"));
  }
  html = bundleCss(dir, html);
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
    .replace("__TEND_PRECACHE__", JSON.stringify(["./", ...files]));
  writeFileSync(join(dir, "sw.js"), sw);
  if (minifyJs) await minifyFile(join(dir, "sw.js"));
  return { inlineScripts: hashes.length, cache, files: files.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build");
    process.exit(1);
  }
  const r = await finalize(dir);
  console.log(`post-build: CSP allows ${r.inlineScripts} inline loader script(s); sw.js precaches ${r.files} files as ${r.cache}`);
}
