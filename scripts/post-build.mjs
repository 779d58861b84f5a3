// Trunk post_build hook (TRUNK_STAGING_DIR is the finished build):
//  0. minifies wasm-bindgen's JS glue, the split loader and the
//     service-worker scripts with terser (Trunk's own JS minifier cannot
//     parse the glue), renames the wasm's folder (pkg/, from
//     scripts/build-wasm.mjs) after a hash of its contents, and joins the
//     stylesheets (one per area in style/) into one file, which compresses
//     better than seven;
//  1. adds the SHA-256 of each inline script of index.html (Trunk's loader,
//     and the head script that chooses the booting content) to the
//     Content-Security-Policy, so no other inline script can run;
//  2. writes sw.js from assets/sw.js with a precache list of every file in
//     the build and a cache name derived from their contents;
//  3. writes a brotli twin (`<file>.br`, quality 11) of each text and wasm
//     file, for hosts that send precompressed files: the main module is
//     22% smaller than with gzip -9 (250.8 against 322.6 KB, node's zlib),
//     and a host compressing as it sends uses a lower quality. The twins
//     are not in the precache list: the browser asks for the files.
// Also importable (`finalize(dir)`) so tests can re-finalize a changed build.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants } from "node:zlib";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
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

/** Minifies the wasm's JS (the glue and the split loader, ES modules). */
async function minifyGlue(dir) {
  if (!existsSync(join(dir, "pkg"))) return;
  for (const name of readdirSync(join(dir, "pkg")).filter((f) => f.endsWith(".js"))) {
    const path = join(dir, "pkg", name);
    const { code } = await minify(readFileSync(path, "utf8"), { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
  }
}

/** Renames pkg/ to pkg-<hash of its files>/ and points the page there. */
function hashPkg(dir, html) {
  const digest = createHash("sha256");
  for (const f of readdirSync(join(dir, "pkg")).sort()) digest.update(f).update(readFileSync(join(dir, "pkg", f)));
  const name = `pkg-${digest.digest("hex").slice(0, 16)}`;
  renameSync(join(dir, "pkg"), join(dir, name));
  return html.replaceAll("./pkg/", `./${name}/`);
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
    await minifyGlue(dir);
    await minifyFile(join(dir, "register-sw.js"));
    await minifyFile(join(dir, "crash.js"));
  }
  if (existsSync(join(dir, "pkg"))) html = hashPkg(dir, html);
  // The marker that keeps Trunk from building the Rust itself (index.html).
  html = html.replace(/<link\b[^>]*\bdata-trunk-skip\b[^>]*>/g, "");
  html = bundleCss(dir, html);
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim().length > 0)
    .map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  html = html.replace(/script-src 'self'[^;"]*/, `script-src 'self' ${hashes.join(" ")} 'wasm-unsafe-eval'`);
  writeFileSync(indexPath, html);

  const files = allFiles(dir)
    .map((p) => relative(dir, p).split(sep).join("/"))
    // Not the brotli twins of a build finalized before (a test does so).
    .filter((f) => f !== "sw.js" && !f.endsWith(".br"))
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
  const twins = writeBrotliTwins(dir);
  return { inlineScripts: hashes.length, cache, files: files.length, twins };
}

/** The files a host may send compressed: text and wasm. */
export const COMPRESSIBLE = /\.(wasm|js|css|html|svg|webmanifest)$/;

/** Writes `<file>.br` beside each compressible file of `dir`; returns how many. */
function writeBrotliTwins(dir) {
  const files = allFiles(dir).filter((p) => COMPRESSIBLE.test(p));
  for (const path of files) {
    const bytes = readFileSync(path);
    const packed = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    writeFileSync(`${path}.br`, packed);
  }
  return files.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build");
    process.exit(1);
  }
  const r = await finalize(dir);
  console.log(
    `post-build: CSP allows ${r.inlineScripts} inline loader script(s); sw.js precaches ${r.files} files as ${r.cache}; ${r.twins} brotli twins`,
  );
}
