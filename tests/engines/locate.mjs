// Finding elements as a person does, by role and accessible name, by label
// and by visible text, in any engine that speaks WebDriver. WebDriver finds
// only by CSS and XPath, so the page is given Testing Library's DOM queries
// (@testing-library/dom: the ARIA role table and accessible-name algorithm
// of dom-accessibility-api), injected through WebDriver once per page load;
// Tend's Content-Security-Policy does not apply to WebDriver's scripts.
//
// A Locator is lazy, like Playwright's: it is resolved each time it is used,
// and every action or expectation retries until it holds or times out.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";

const require = createRequire(import.meta.url);
const LIBRARY = readFileSync(require.resolve("@testing-library/dom/dist/@testing-library/dom.umd.min.js"), "utf8");

/** How long an expectation waits for the page, in ms (TEND_ENGINES_TIMEOUT). */
export const TIMEOUT = Number(process.env.TEND_ENGINES_TIMEOUT || 10_000);

// Defined in the page with the library (the same realm, so the library's
// `instanceof Function` and `instanceof RegExp` checks hold for our
// matchers): resolves a chain of steps to the matching elements.
const FIND = `
window.__tendFind = function (steps) {
  const TL = window.TestingLibraryDom;
  const matcher = (m) => {
    if (m === undefined || m === null) return undefined;
    if (m.re !== undefined) return new RegExp(m.re, m.flags);
    if (m.exact) return m.text;
    const want = m.text.toLowerCase();
    return (text) => text.toLowerCase().includes(want);
  };
  const shown = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
  const text = (el) => el.textContent.replace(/\\s+/g, " ").trim();
  let found = [document.body];
  for (const step of steps) {
    if (step.kind === "nth") {
      const one = found[step.index < 0 ? found.length + step.index : step.index];
      found = one ? [one] : [];
      continue;
    }
    const next = [];
    for (const within of found) {
      let hits = [];
      if (step.kind === "role") {
        const options = { name: matcher(step.name) };
        if (step.level !== undefined) options.level = step.level;
        hits = TL.queryAllByRole(within, step.role, options);
      } else if (step.kind === "label") {
        hits = TL.queryAllByLabelText(within, matcher(step.name)).filter((el) => step.hidden || shown(el));
      } else if (step.kind === "text") {
        hits = TL.queryAllByText(within, matcher(step.name), { ignore: "script, style, template" }).filter(shown);
      } else if (step.kind === "has-text") {
        const m = matcher(step.name);
        const t = text(within);
        if (typeof m === "function" ? m(t) : m instanceof RegExp ? m.test(t) : t === m) hits = [within];
      }
      for (const h of hits) if (!next.includes(h)) next.push(h);
    }
    found = next;
  }
  return found;
};`;
// The library is loaded as a CommonJS module and hung on the page's window
// by hand: Firefox runs WebDriver scripts in a sandbox whose globalThis is
// not the page's window, so the UMD global would not outlive the call.
const INJECT = `const module = { exports: {} }; const exports = module.exports;\n${LIBRARY};\nwindow.TestingLibraryDom = module.exports;\n${FIND}`;
const RESOLVE = `return window.__tendFind ? window.__tendFind(arguments[0]) : "no-library";`;

/** A name to match: a string (a case-insensitive part unless exact) or a RegExp. */
function nameMatcher(name, exact) {
  if (name === undefined) return undefined;
  if (name instanceof RegExp) return { re: name.source, flags: name.flags };
  return { text: String(name), exact: Boolean(exact) };
}

function describe(steps) {
  return steps
    .map((s) => {
      const n = s.name ? (s.name.re !== undefined ? `/${s.name.re}/${s.name.flags}` : JSON.stringify(s.name.text)) : "";
      if (s.kind === "role") return `${s.role}${n ? ` ${n}` : ""}${s.level ? ` level ${s.level}` : ""}`;
      if (s.kind === "nth") return `#${s.index}`;
      return `${s.kind} ${n}`;
    })
    .join(" › ");
}

export class Locator {
  constructor(driver, steps = []) {
    this.driver = driver;
    this.steps = steps;
  }

  #with(step) {
    return new Locator(this.driver, [...this.steps, step]);
  }

  /** An element of ARIA `role` whose accessible name matches `name`. */
  role(role, name, { exact = false, level } = {}) {
    return this.#with({ kind: "role", role, name: nameMatcher(name, exact), level });
  }

  /** A form control labelled `name` (label, aria-label or aria-labelledby). */
  label(name, { exact = false } = {}) {
    return this.#with({ kind: "label", name: nameMatcher(name, exact) });
  }

  /** An element whose own text matches `name`. */
  text(name, { exact = false } = {}) {
    return this.#with({ kind: "text", name: nameMatcher(name, exact) });
  }

  /** Keeps only the elements found so far whose whole text matches `name`. */
  hasText(name) {
    return this.#with({ kind: "has-text", name: nameMatcher(name, false) });
  }

  /** The `index`-th element found so far (negative counts from the end). */
  nth(index) {
    return this.#with({ kind: "nth", index });
  }

  first() {
    return this.nth(0);
  }

  last() {
    return this.nth(-1);
  }

  toString() {
    return describe(this.steps);
  }

  /** Every matching element now (WebElements), without waiting. */
  async all() {
    let found = await this.driver.executeScript(RESOLVE, this.steps);
    if (found === "no-library") {
      await this.driver.executeScript(INJECT);
      found = await this.driver.executeScript(RESOLVE, this.steps);
    }
    if (!Array.isArray(found)) throw new Error(`Could not search the page for ${this}: ${found}`);
    return found;
  }

  async count() {
    return (await this.all()).length;
  }

  /** Waits for exactly one match and returns it. */
  async element(timeout = TIMEOUT) {
    let found = [];
    await until(async () => {
      found = await this.all();
      return found.length === 1;
    }, timeout, () => `expected one ${this}, found ${found.length}`);
    return found[0];
  }

  /** Retries `act` on the element until it works (the page may still be drawing). */
  async #act(what, act) {
    let last;
    await until(
      async () => {
        try {
          await act(await this.element());
          return true;
        } catch (e) {
          last = e;
          return false;
        }
      },
      TIMEOUT,
      () => `could not ${what} ${this}: ${last?.message ?? last}`,
    );
  }

  async click() {
    await this.#act("click", async (el) => {
      // WebKitGTK does not scroll an element inside a frame into view before
      // clicking it (the click is "intercepted"): scroll first, and click
      // only once the element has stopped moving (a notice appearing above
      // shifts the page), as Playwright does.
      if (!(await this.driver.executeAsyncScript(STEADY, el))) throw new Error("it is still moving");
      await el.click();
    });
  }

  /**
   * Replaces a field's text as a person would: empties it (announced with an
   * input event, as typing would), then types `text` key by key. Date inputs
   * take the value directly (their typing order follows the locale).
   */
  async fill(text) {
    await this.#act("fill", async (el) => {
      const type = await el.getAttribute("type");
      await this.driver.executeScript(SET_VALUE, el, type === "date" || type === "time" ? text : "");
      if (type !== "date" && type !== "time" && text !== "") await el.sendKeys(text);
      const value = await el.getProperty("value");
      if (value !== text) throw new Error(`the field holds ${JSON.stringify(value)}`);
    });
  }

  /** Ticks a checkbox or chooses a radio button (a no-op when already so). */
  async check() {
    await this.#act("check", async (el) => {
      if (!(await el.isSelected())) await el.click();
      if (!(await el.isSelected())) throw new Error("it did not become checked");
    });
  }

  /** Chooses the option of a <select> whose value is `value`. */
  async select(value) {
    await this.#act("select in", async (el) => {
      await this.driver.executeScript(SET_VALUE, el, value);
      if ((await el.getProperty("value")) !== value) throw new Error(`no option ${JSON.stringify(value)}`);
    });
  }

  /** Gives a file input a file from disk, by its absolute path. */
  async setFile(path) {
    // A file input is often hidden behind a label styled as a button: find
    // it whether or not it is drawn.
    const steps = this.steps.map((s, i) => (i === this.steps.length - 1 ? { ...s, hidden: true } : s));
    // No retry: sending a file twice would import it twice.
    await (await new Locator(this.driver, steps).element()).sendKeys(path);
  }

  async value() {
    return (await this.element()).getProperty("value");
  }

  async textContent() {
    return this.driver.executeScript("return arguments[0].textContent.replace(/\\s+/g, ' ').trim();", await this.element());
  }

  /** Waits until there are `n` matches. */
  async expectCount(n, timeout = TIMEOUT) {
    let got;
    await until(async () => (got = await this.count()) === n, timeout, () => `expected ${n} × ${this}, found ${got}`);
  }

  async expectVisible(timeout = TIMEOUT) {
    await this.element(timeout);
  }

  /** Waits until the element's text contains `want` (a string or RegExp). */
  async expectText(want, timeout = TIMEOUT) {
    let got;
    await until(
      async () => {
        const els = await this.all();
        if (els.length !== 1) return false;
        got = await this.driver.executeScript("return arguments[0].textContent.replace(/\\s+/g, ' ').trim();", els[0]);
        return want instanceof RegExp ? want.test(got) : got.includes(want);
      },
      timeout,
      () => `expected ${this} to contain ${want}, it holds ${JSON.stringify(got)}`,
    );
  }

  async expectValue(want, timeout = TIMEOUT) {
    let got;
    await until(async () => (got = await (await this.element()).getProperty("value")) === want, timeout, () => `expected ${this} to hold ${JSON.stringify(want)}, it holds ${JSON.stringify(got)}`);
  }
}

// Scrolls an element to the middle of the view and answers whether it stays
// put over two frames (or 100 ms where frames are not drawn).
const STEADY = `
const [el, done] = arguments;
el.scrollIntoView({ block: "center", inline: "nearest" });
const box = () => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(); };
const before = box();
let answered = false;
const answer = () => { if (!answered) { answered = true; done(el.isConnected && box() === before); } };
requestAnimationFrame(() => requestAnimationFrame(answer));
setTimeout(answer, 100);
`;

// Sets a control's value through the native setter (so frameworks see it)
// and announces it with the events typing or choosing would fire.
const SET_VALUE = `
const [el, value] = arguments;
const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
Object.getOwnPropertyDescriptor(proto, "value").set.call(el, value);
el.dispatchEvent(new Event("input", { bubbles: true }));
el.dispatchEvent(new Event("change", { bubbles: true }));
`;

/** Polls `check` until it returns true; fails with `message()` after `timeout` ms. */
export async function until(check, timeout, message) {
  const end = Date.now() + timeout;
  for (;;) {
    let ok = false;
    try {
      ok = await check();
    } catch (e) {
      if (Date.now() > end) throw new Error(`${message()} (${e.message})`);
    }
    if (ok) return;
    if (Date.now() > end) throw new Error(message());
    await sleep(100);
  }
}
