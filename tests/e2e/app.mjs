// A page object for Tend: the few ways a person moves around and enters data.
import { expect } from "@playwright/test";

export class Tend {
  constructor(page, base = "") {
    this.page = page;
    this.base = base;
  }

  /**
   * Opens Tend at `hash`. An empty Tend opened at Today starts with the
   * first run: every journey that is not about it skips it here, the one
   * place that knows (firstrun.spec.mjs walks it).
   */
  async open(hash = "#/", { firstRun = "skip" } = {}) {
    await this.page.goto(`${this.base}${hash}`);
    await expect(this.page.getByRole("navigation", { name: "Main" })).toBeVisible();
    const h1 = this.page.locator("main h1:visible").first();
    await expect(h1).toBeVisible();
    if (firstRun === "skip" && (await h1.textContent()) === "Welcome to Tend") {
      await this.page.getByRole("button", { name: "Skip and go to Today" }).click();
      await expect(h1).toHaveText("Today");
      // Started afresh, as a returning person would find it (focus at the
      // top of the page, the choice saved), unless the browser keeps
      // nothing: then the first run greets again, and is skipped again.
      await this.page.reload();
      await expect(h1).toHaveText(/^(Today|Welcome to Tend)$/);
      if ((await h1.textContent()) !== "Today") {
        await this.page.getByRole("button", { name: "Skip and go to Today" }).click();
        await expect(h1).toHaveText("Today");
      }
    }
  }

  /** Opens a person's own view from People: their name in the list is the way in. */
  async openPerson(name) {
    await this.go("People");
    await this.page.getByRole("list", { name: "People" }).getByRole("link", { name, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(name);
  }

  async go(name) {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
    // Each screen's heading is its name: wait for the new screen, not the old one.
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(name);
  }

  async addPerson(name) {
    await this.go("People");
    await this.page.getByLabel("Name", { exact: true }).fill(name);
    await this.page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(this.page.getByRole("list", { name: "People" }).getByText(name, { exact: true })).toBeVisible();
  }

  /** Sets a passphrase lock in Settings (closing by itself after `idle`, one of the choices there). */
  async setLock(passphrase, idle = "After 15 minutes") {
    await this.go("Settings");
    const form = this.page.getByRole("form", { name: "Set a passphrase" });
    await form.getByLabel("New passphrase", { exact: true }).fill(passphrase);
    await form.getByLabel("The new passphrase again").fill(passphrase);
    await form.getByRole("radio", { name: idle }).check();
    await form.getByRole("button", { name: "Lock Tend with this passphrase" }).click();
    await expect(this.status()).toContainText("Tend is locked with your passphrase");
  }

  /** Types `passphrase` into the unlock screen and asks to unlock. */
  async unlock(passphrase) {
    const form = this.page.getByRole("form", { name: "Unlock Tend" });
    await form.getByLabel("Passphrase").fill(passphrase);
    await form.getByRole("button", { name: "Unlock" }).click();
  }

  /** Opens one of the Journal's views (Write, Entries, Month, Review) through its own navigation. */
  async journalView(name) {
    const h1 = this.page.getByRole("heading", { level: 1 });
    if ((await h1.count()) === 0 || (await h1.textContent()) !== "Journal") await this.go("Journal");
    const link = this.page.getByRole("navigation", { name: "Journal views" }).getByRole("link", { name, exact: true });
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "page");
  }

  /** Writes an entry in Write, then finds it under Entries (where this leaves the page). */
  async writeEntry(text, day) {
    await this.journalView("Write");
    const form = this.page.getByRole("form", { name: "Write" });
    if (day) await form.getByLabel("Day", { exact: true }).fill(day);
    await form.getByLabel("What is on your mind?").fill(text);
    await form.getByRole("button", { name: "Save entry" }).click();
    await expect(this.status()).toContainText("Entry saved");
    await this.journalView("Entries");
    await expect(this.page.getByRole("list", { name: "Journal entries" }).getByText(text)).toBeVisible();
  }

  /** Fills the rest of the origin's storage, in ever smaller pieces, to the last character (keys `filler:N`). */
  async fillStorage() {
    await this.page.evaluate(() => {
      let i = 0;
      for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
        const chunk = "x".repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler:${i++}`, chunk);
          } catch {
            break;
          }
        }
      }
    });
  }

  /** Waits until autosave has written (debounced) and returns every tend: key. */
  async stored() {
    await this.page.waitForTimeout(400);
    return this.page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("tend:")).sort().map((k) => [k, localStorage.getItem(k)])),
    );
  }

  /** Chooses `name` in the person picker labelled `label` within `scope`: types the name, then picks the suggestion. */
  async pick(scope, label, name) {
    await scope.getByRole("combobox", { name: label, exact: true }).fill(name);
    await scope.getByRole("option", { name, exact: true }).click();
  }

  alert() {
    return this.page.getByRole("alert");
  }

  status() {
    return this.page.getByRole("status");
  }

  async exportBackup() {
    await this.go("Settings");
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Export a backup" }).click(),
    ]);
    return download;
  }

  async importFile(file, mode = "Merge") {
    await this.go("Settings");
    await this.page.getByRole("radio", { name: new RegExp(`^${mode}:`) }).check();
    await this.page.getByLabel("Choose a backup file to import").setInputFiles(file);
  }

  async eraseEverything() {
    await this.go("Settings");
    await this.page.getByLabel("Type “erase” to confirm").fill("erase");
    await this.page.getByRole("button", { name: "Erase everything" }).click();
    await expect(this.status()).toContainText("Everything was erased");
  }

  /** Takes one check-up, choosing the option labelled `answer` for every question. */
  async takeCheckup(title, answer) {
    await this.go("Check-up");
    await this.page.getByRole("button", { name: `Begin ${title}` }).click();
    const groups = this.page.getByRole("group", { name: /^Question \d+ of \d+/ });
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      await groups.nth(i).getByRole("radio", { name: answer, exact: true }).check();
    }
    await this.page.getByRole("button", { name: "See my result" }).click();
    await expect(this.page.getByRole("heading", { name: `Your result: ${title}` })).toBeVisible();
  }

  /** Opens a person's view and sets their circle, feeling, relationship and support. */
  async describePerson(name, { circle, energy, relationship, support = [] }) {
    await this.openPerson(name);
    const form = this.page.getByRole("form", { name: `Details for ${name}` });
    if (circle) await form.getByRole("group", { name: "Circle" }).getByRole("radio", { name: circle }).check();
    if (energy) await form.getByRole("group", { name: "How they leave you feeling" }).getByRole("radio", { name: energy }).check();
    if (relationship) await form.getByRole("group", { name: "Relationship" }).getByRole("radio", { name: relationship, exact: true }).check();
    for (const s of support) await form.getByRole("checkbox", { name: s }).check();
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(this.status()).toContainText(`Saved the details of ${name}.`);
    await this.page.getByRole("link", { name: "← All people" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("People");
  }

  /** Logs a contact with someone in two taps. */
  async logContact(name, kind) {
    await this.go("People");
    await this.page.getByRole("button", { name: `Log contact with ${name}`, exact: true }).click();
    await this.page.getByRole("group", { name: `Log contact with ${name}` }).getByRole("button", { name: kind, exact: true }).click();
  }
}
