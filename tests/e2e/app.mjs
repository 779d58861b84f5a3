// A page object for Tend: the few ways a person moves around and enters data.
import { expect } from "@playwright/test";

export class Tend {
  constructor(page, base = "") {
    this.page = page;
    this.base = base;
  }

  async open(hash = "#/") {
    await this.page.goto(`${this.base}${hash}`);
    await expect(this.page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }

  async go(name) {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async addPerson(name) {
    await this.go("People");
    await this.page.getByLabel("Name", { exact: true }).fill(name);
    await this.page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(this.page.getByRole("list", { name: "People" }).getByText(name, { exact: true })).toBeVisible();
  }

  async writeEntry(text, day) {
    await this.go("Journal");
    if (day) await this.page.getByLabel("Day", { exact: true }).fill(day);
    await this.page.getByLabel("What is on your mind?").fill(text);
    await this.page.getByRole("button", { name: "Save entry" }).click();
    await expect(this.page.getByRole("list", { name: "Journal entries" }).getByText(text)).toBeVisible();
  }

  /** Waits until autosave has written (debounced) and returns every tend: key. */
  async stored() {
    await this.page.waitForTimeout(400);
    return this.page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("tend:")).sort().map((k) => [k, localStorage.getItem(k)])),
    );
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
}
