// A page object for Tend over WebDriver: the same few ways a person moves
// around and enters data as tests/e2e/app.mjs, by visible names and roles.
import { Locator, TIMEOUT, until } from "./locate.mjs";
import { setTimeout as sleep } from "node:timers/promises";

export class Tend {
  /** `session` is what browsers.mjs `launch()` returns. */
  constructor(session) {
    this.session = session;
    this.driver = session.driver;
    this.base = session.base;
    this.page = new Locator(this.driver);
    /** Script errors and console errors seen in the pages so far (see `ready()`). */
    this.errors = [];
  }

  role(role, name, options) {
    return this.page.role(role, name, options);
  }

  label(name, options) {
    return this.page.label(name, options);
  }

  text(name, options) {
    return this.page.text(name, options);
  }

  nav() {
    return this.role("navigation", "Main", { exact: true });
  }

  status() {
    return this.role("status");
  }

  alert() {
    return this.role("alert");
  }

  heading() {
    return this.role("heading", undefined, { level: 1 });
  }

  sleep(ms) {
    return sleep(ms);
  }

  /** Runs `script` in the page and returns its result. */
  run(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }

  /** Forgets everything Tend stored in this engine, so a journey starts fresh. */
  async reset() {
    this.errors = [];
    await this.driver.get(`${this.base}index.html#/`);
    await this.run("localStorage.clear(); sessionStorage.clear();");
    await this.reload();
  }

  /** Loads Tend at `hash` and waits until it can be used. */
  /**
   * Opens Tend at `hash`. An empty Tend opened at Today starts with the
   * first run: every journey that is not about it skips it here, as
   * tests/e2e/app.mjs does (the first-run journey walks it).
   */
  async open(hash = "#/", { firstRun = "skip" } = {}) {
    await this.collectErrors();
    await this.driver.get(`${this.base}${hash}`);
    await this.ready();
    if (firstRun === "skip" && (await this.heading().textContent()).trim() === "Welcome to Tend") {
      await this.role("button", "Skip and go to Today").click();
      await this.heading().expectText("Today");
    }
  }

  /**
   * Reloads the page as a person does. Not WebDriver's refresh: Firefox
   * treats that as a forced reload, which bypasses the service worker.
   */
  async reload() {
    await this.collectErrors();
    // WebKitGTK under WebDriver now and then drops a reload (seen: the old
    // page still there 20 s later, in one run of three). A person would
    // press reload again, and so does this, up to three times.
    for (let attempt = 1; ; attempt++) {
      await this.run("window.__tendOldPage = true; location.reload();").catch(() => {});
      try {
        await until(
          async () => this.run("return !window.__tendOldPage && document.readyState === 'complete';").catch(() => false),
          TIMEOUT,
          () => `the page did not reload (${attempt} ${attempt === 1 ? "try" : "tries"})`,
        );
        return;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
  }

  /** Waits for the app to start (its navigation shows), then records the page's errors. */
  async ready() {
    await this.nav().expectVisible(TIMEOUT * 2);
    await this.recordErrors();
  }

  /**
   * Records, from now until the page is left, uncaught errors, unhandled
   * rejections and console errors (Leptos reports a panic there), so a
   * journey can say none happened: WebDriver has no portable way to read
   * an engine's console. Errors before this point stop the app, which the
   * journeys see anyway (the crash screen has no navigation).
   */
  async recordErrors() {
    await this.run(`
      if (window.__tendErrors) return;
      const seen = (window.__tendErrors = []);
      addEventListener("error", (e) => seen.push(String(e.message || e)));
      addEventListener("unhandledrejection", (e) => seen.push("unhandled rejection: " + String(e.reason && (e.reason.message || e.reason))));
      const error = console.error;
      console.error = function (...args) { seen.push(args.map(String).join(" ")); return error.apply(console, args); };`);
  }

  /** Adds the current page's recorded errors to `errors`. */
  async collectErrors() {
    const seen = await this.run("const s = window.__tendErrors || []; window.__tendErrors = []; return s;").catch(() => []);
    this.errors.push(...(seen || []));
    return this.errors;
  }

  /** Goes to a screen by its name in the main navigation. */
  async go(name) {
    await this.nav().role("link", name, { exact: true }).click();
    // Each screen's heading is its name: wait for the new screen, not the old one.
    await this.heading().expectText(name);
  }

  /**
   * Shows a view of the current screen (the Journal's Write or Entries) when
   * the screen is split into views reached by a link or tab of that name;
   * a screen that shows everything at once needs nothing.
   */
  async view(name) {
    const main = this.role("main");
    for (const role of ["tab", "link"]) {
      const to = main.role(role, name, { exact: true });
      if ((await to.count()) === 1) return to.click();
    }
  }

  /** Chooses `name` in the person picker labelled `label` within `scope`: types the name, then picks the suggestion. */
  async pick(scope, label, name) {
    await scope.role("combobox", label, { exact: true }).fill(name.split(" ")[0]);
    await scope.role("option", name, { exact: true }).click();
  }

  async addPerson(name) {
    await this.go("People");
    await this.label("Name", { exact: true }).fill(name);
    await this.role("button", "Add", { exact: true }).click();
    await this.role("list", "People", { exact: true }).text(name, { exact: true }).expectVisible();
  }

  /** Writes a journal entry (optionally on `day`, YYYY-MM-DD) and waits to see it listed. */
  async writeEntry(text, day) {
    await this.go("Journal");
    await this.view("Write");
    const form = this.role("form", "Write", { exact: true });
    if (day) await form.label("Day", { exact: true }).fill(day);
    await form.label("What is on your mind?").fill(text);
    await form.role("button", "Save entry").click();
    await this.view("Entries");
    await this.entries().text(text).expectVisible();
  }

  entries() {
    return this.role("list", "Journal entries", { exact: true });
  }

  /** Takes one check-up, choosing the option labelled `answer` for every question. */
  async takeCheckup(title, answer) {
    await this.go("Check-up");
    await this.role("button", `Begin ${title}`).click();
    const groups = this.role("group", /^Question \d+ of \d+/);
    await until(async () => (await groups.count()) > 0, TIMEOUT, () => "no questions");
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).role("radio", answer, { exact: true }).check();
    await this.role("button", "See my result").click();
    await this.role("heading", `Your result: ${title}`).expectVisible();
  }

  /** Logs a contact with someone from People, in two taps. */
  async logContact(name, kind) {
    await this.go("People");
    await this.role("button", `Log contact with ${name}`, { exact: true }).click();
    await this.role("group", `Log contact with ${name}`, { exact: true }).role("button", kind, { exact: true }).click();
  }

  /** Waits until autosave has written (debounced) and returns every tend: key. */
  async stored() {
    await sleep(500);
    return this.run(
      "return Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('tend:')).sort().map((k) => [k, localStorage.getItem(k)]));",
    );
  }

  /** Sets the viewport (the page's innerWidth) to `width` CSS pixels, or fails saying what it got. */
  async viewport(width, height = 800) {
    let inner = 0;
    for (let i = 0; i < 4; i++) {
      const rect = await this.driver.manage().window().getRect();
      inner = await this.run("return window.innerWidth;");
      if (inner === width) return;
      await this.driver.manage().window().setRect({ width: rect.width + (width - inner), height });
      await sleep(200);
    }
    inner = await this.run("return window.innerWidth;");
    if (inner !== width) throw new Error(`the window cannot be made ${width} px wide inside: it is ${inner} px`);
  }

  /** How far the page scrolls sideways: scrollWidth - innerWidth (0 or less when it fits). */
  async overflow() {
    return this.run("return document.documentElement.scrollWidth - window.innerWidth;");
  }

  /** Which of the Web APIs some of Tend's features lean on this engine has. */
  async apis() {
    return this.run(`return {
      "navigator.share": typeof navigator.share === "function",
      "navigator.setAppBadge": typeof navigator.setAppBadge === "function",
      "Periodic Background Sync": typeof ServiceWorkerRegistration !== "undefined" && "periodicSync" in ServiceWorkerRegistration.prototype,
      "Notification": typeof Notification === "function",
      "CompressionStream": typeof CompressionStream === "function",
      "service worker": "serviceWorker" in navigator,
      "Web Crypto (subtle)": Boolean(globalThis.crypto && crypto.subtle),
      "showSaveFilePicker": typeof showSaveFilePicker === "function",
    };`);
  }
}
