// The release build the end-to-end tests read from disk, in one place.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The build's folder: dist/, or TEND_DIST to test a second checkout or build without touching it. */
export const dist = process.env.TEND_DIST || join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");

/** Every file under `dir`, as paths relative to it ("pkg-…/tend.js"). */
export function allFiles(dir, prefix = "") {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** The file at `path` compressed as the size budget counts it (gzip -9). */
export const gzip9 = (path) => gzipSync(readFileSync(path), { level: 9 });
