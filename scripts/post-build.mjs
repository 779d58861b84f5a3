// Trunk post_build hook: runs in the staging directory's parent with
// TRUNK_STAGING_DIR set. Adds the SHA-256 of every inline script (Trunk's
// loader) to the Content-Security-Policy, so no other inline script can run.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((body) => body.trim().length > 0)
  .map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
html = html.replace(/script-src 'self'/, `script-src 'self' ${hashes.join(" ")}`);
writeFileSync(indexPath, html);
console.log(`post-build: CSP allows ${hashes.length} inline loader script(s)`);
