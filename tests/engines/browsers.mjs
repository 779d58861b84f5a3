// Starts what a journey needs in one engine: a static server for the release
// build, the engine's WebDriver server (geckodriver for Firefox ESR,
// WebKitWebDriver for WebKitGTK's MiniBrowser), an X server when WebKit has
// no display, and one WebDriver session. Everything started here is stopped
// by `close()`, by process id.
//
// The sessions are created through selenium-webdriver's plain W3C client
// (no Selenium Manager, no driver downloads): the drivers come from Debian
// (WebKitWebDriver) and crates.io (geckodriver), installed by scripts/setup.sh.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WebDriver } from "selenium-webdriver";
import http from "selenium-webdriver/http/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where each engine's binaries are, overridable for other machines. */
const WEBKIT_DIR = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1";
export const ENGINES = {
  firefox: {
    label: "Firefox ESR",
    driver: process.env.GECKODRIVER || findOnPath("geckodriver", [join(process.env.HOME || "/root", ".cargo", "bin")]),
    browser: process.env.FIREFOX || "/usr/bin/firefox-esr",
    // Each engine gets its own two ports from TEND_ENGINES_PORT: the site
    // (so its storage is its own origin) and the driver.
    offset: 0,
  },
  webkit: {
    label: "WebKitGTK",
    driver: process.env.WEBKITWEBDRIVER || "/usr/bin/WebKitWebDriver",
    browser: process.env.MINIBROWSER || join(WEBKIT_DIR, "MiniBrowser"),
    offset: 2,
  },
};

function findOnPath(name, extra) {
  for (const dir of [...(process.env.PATH || "").split(":"), ...extra]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return name;
}

/** The release build to serve (TEND_DIST, like the Playwright suite). */
export function distDir() {
  const dist = process.env.TEND_DIST || join(root, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error("No release build in dist/: run `bash scripts/release-build.sh` first (scripts/test.sh does).");
  }
  return dist;
}

/**
 * Lays out the site this engine is served: the release build under /tend/
 * (a sub-path, as many hosts serve it), and beside it, outside the service
 * worker's scope (which answers every navigation inside it with Tend),
 * narrow.html: a page of the same origin that shows Tend in a frame whose
 * width a journey sets, since neither engine's window can be made as narrow
 * as a phone.
 */
function prepareSite(site) {
  cpSync(distDir(), join(site, "tend"), { recursive: true });
  writeFileSync(
    join(site, "narrow.html"),
    `<!doctype html><meta charset="utf-8"><title>Tend in a narrow frame</title>
<style>html, body { margin: 0 } iframe { border: 0; display: block; width: 360px; height: 100vh }</style>
<iframe title="Tend" src="tend/index.html#/"></iframe>
`,
  );
  return site;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until something answers, or fails after `ms`. */
async function reachable(url, ms, what) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > until) throw new Error(`${what} did not start at ${url} within ${ms / 1000} s`);
      await sleep(100);
    }
  }
}

// Every process group started here, so that a run that ends early (a
// cancelled suite, Ctrl-C) still leaves nothing behind.
const started = new Set();
function killGroup(proc) {
  try {
    process.kill(-proc.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}
process.on("exit", () => started.forEach(killGroup));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    started.forEach(killGroup);
    process.exit(130);
  });
}

/**
 * A child process in a process group of its own (so the browser a driver
 * starts goes with it), ended by its id when the run is over.
 */
function child(command, args, options = {}) {
  const proc = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], ...options, detached: true });
  started.add(proc);
  let stderr = "";
  proc.stderr?.on("data", (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  proc.on("error", (e) => {
    stderr += `\n${e.message}`;
  });
  proc.on("exit", () => started.delete(proc));
  return {
    proc,
    stderr: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once("exit", resolve);
        killGroup(proc);
      }),
  };
}

/** An X server of our own for WebKitGTK, on a free display Xvfb picks itself. */
async function xvfb() {
  const x = child("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  const display = await new Promise((resolve, reject) => {
    let text = "";
    x.proc.stdio[3].on("data", (d) => {
      text += d;
      if (text.includes("\n")) resolve(`:${text.trim()}`);
    });
    x.proc.once("exit", () => reject(new Error(`Xvfb stopped: ${x.stderr()}`)));
    setTimeout(() => reject(new Error("Xvfb did not start within 10 s")), 10_000);
  });
  return { ...x, display };
}

/** The capabilities that start each engine the way the journeys need it. */
function capabilities(engine, downloads) {
  const e = ENGINES[engine];
  if (engine === "firefox") {
    return {
      browserName: "firefox",
      acceptInsecureCerts: false,
      "moz:firefoxOptions": {
        binary: e.browser,
        args: ["-headless"],
        prefs: {
          // Downloads go to a folder of this run, without asking.
          "browser.download.folderList": 2,
          "browser.download.dir": downloads,
          "browser.download.useDownloadDir": true,
          "browser.download.always_ask_before_handling_new_types": false,
          "browser.helperApps.neverAsk.saveToDisk": "application/json,text/plain,text/markdown,text/calendar",
          "browser.download.manager.showWhenStarting": false,
          "browser.download.alwaysOpenPanel": false,
          // Offline machine: no background traffic.
          "app.update.disabledForTesting": true,
          "browser.shell.checkDefaultBrowser": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "toolkit.telemetry.enabled": false,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
          "extensions.update.enabled": false,
          "browser.safebrowsing.malware.enabled": false,
          "browser.safebrowsing.phishing.enabled": false,
        },
      },
    };
  }
  return {
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: e.browser, args: ["--automation"] },
  };
}

/**
 * Starts one engine's server, driver and session. Returns
 * `{ driver, origin, base, engine, label, downloads, close }` (`base` is
 * Tend's address, `origin` the site's root).
 */
export async function launch(engine) {
  const e = ENGINES[engine];
  if (!e) throw new Error(`Unknown engine ${engine}: one of ${Object.keys(ENGINES).join(", ")}`);
  const missing = [e.driver, e.browser].filter((p) => p.includes("/") && !existsSync(p));
  if (missing.length) throw new Error(`${e.label}: missing ${missing.join(", ")}; run \`bash scripts/setup.sh --browser\``);
  // Not 4190: it is one of the ports the Fetch standard blocks (ManageSieve),
  // so neither Node's fetch nor Firefox would load the site from it.
  const port = Number(process.env.TEND_ENGINES_PORT || 4290) + e.offset;
  const stops = [];
  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const work = mkdtempSync(join(tmpdir(), `tend-${engine}-`));
    stops.push(async () => rmSync(work, { recursive: true, force: true }));
    const site = prepareSite(join(work, "site"));
    // Python's static server, with a listen queue long enough for WebKit
    // (see tests/static-server.py).
    const server = child("python3", [join(root, "tests", "static-server.py"), String(port), site]);
    stops.push(server.stop);
    const origin = `http://127.0.0.1:${port}/`;
    const base = `${origin}tend/`;
    await reachable(base, 10_000, "The static server");

    const downloads = join(work, "downloads");
    mkdirSync(downloads);
    const env = { ...process.env };
    if (engine === "webkit") {
      if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
        const x = await xvfb();
        stops.push(x.stop);
        env.DISPLAY = x.display;
      }
      // MiniBrowser saves downloads to the XDG download folder (else the
      // home folder): give it a home of this run's own, downloads included.
      env.HOME = join(work, "home");
      env.XDG_CONFIG_HOME = join(env.HOME, ".config");
      mkdirSync(env.XDG_CONFIG_HOME, { recursive: true });
      writeFileSync(join(env.XDG_CONFIG_HOME, "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    }

    const driverPort = port + 1;
    const args = engine === "firefox" ? ["--port", String(driverPort), "--host", "127.0.0.1"] : [`--port=${driverPort}`, "--host=local"];
    const webdriver = child(e.driver, args, { env });
    stops.push(webdriver.stop);
    const url = `http://127.0.0.1:${driverPort}`;
    await reachable(`${url}/status`, 15_000, `${e.label}'s WebDriver server (${e.driver}): ${webdriver.stderr()}`);

    const executor = new http.Executor(new http.HttpClient(url));
    const driver = WebDriver.createSession(executor, capabilities(engine, downloads));
    stops.push(() => driver.quit());
    await driver.getSession();
    await driver.manage().setTimeouts({ script: 90_000, pageLoad: 60_000 });
    return { driver, origin, base, engine, label: e.label, downloads, close };
  } catch (err) {
    await close();
    throw err;
  }
}
