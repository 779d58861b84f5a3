// Run by the web server command before it starts. Lays out the site the static server serves: dist/ at the root and again
// under /apps/tend/, so the same build is tested at both places.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

function prepareSite() {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  // TEND_DIST lets a second checkout or build be tested without touching dist/.
  const dist = process.env.TEND_DIST || join(root, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error("No release build in dist/: run `bash scripts/release-build.sh` first (scripts/test.sh does).");
  }
  const site = join(root, "tests", "e2e", ".out", "site");
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, "apps"), { recursive: true });
  cpSync(dist, site, { recursive: true });
  cpSync(dist, join(site, "apps", "tend"), { recursive: true });
}

prepareSite();
