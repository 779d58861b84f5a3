// Reaching the person between visits: the reach-out kit on a due check-in
// (context, openers, Send… through the share sheet, the person's own
// links, Copy), "Did you reach …?" when the person comes back (next start,
// or the tab visible again after a minute), the app badge, the daily nudge
// and seasons.
//
// The share sheet, the clipboard, the badge, the notification permission
// and periodic background sync cannot run headless (or need an installed
// app), so they are stubbed in the page before Tend starts: each stub only
// records its call in `window.__calls` and answers as the browser would
// when the person accepts. What Tend does with them is real.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Tend } from "./app.mjs";

/** The local calendar day `n` days ago, as YYYY-MM-DD. */
function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x) => String(x).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Stubs the device APIs (see the note at the top) and lets the test say whether the tab is visible. */
async function stubDevice(page) {
  await page.addInitScript(() => {
    const calls = (window.__calls = []);
    const rec = (...call) => calls.push(call);
    navigator.share = async (data) => rec("share", data.text);
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text) => rec("copy", text) },
    });
    navigator.setAppBadge = async (n) => rec("setAppBadge", n);
    navigator.clearAppBadge = async () => rec("clearAppBadge");
    Notification.requestPermission = async () => {
      rec("requestPermission");
      return "granted";
    };
    if (!("PeriodicSyncManager" in window)) window.PeriodicSyncManager = function PeriodicSyncManager() {};
    Object.defineProperty(ServiceWorkerRegistration.prototype, "periodicSync", {
      configurable: true,
      get() {
        return {
          register: async (tag, options) => rec("periodicSync.register", tag, options.minInterval),
          unregister: async (tag) => rec("periodicSync.unregister", tag),
        };
      },
    });
    // Whether the tab is visible, as the test says (`setVisible`).
    window.__visible = true;
    Object.defineProperty(Document.prototype, "visibilityState", {
      configurable: true,
      get: () => (window.__visible ? "visible" : "hidden"),
    });
  });
}

const calls = (page) => page.evaluate(() => window.__calls);
/** The app badge calls recorded so far, in order. */
const badgeCalls = async (page) => (await calls(page)).filter((c) => c[0].endsWith("AppBadge"));

// The schedule Tend keeps in the Cache API for the service worker's
// daily nudge (`null` when there is none).
const nudgeSchedule = (page) =>
  page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const r = await (await caches.open(`tend:nudge@${reg.scope}`)).match(`${reg.scope}tend-nudge.json`);
    return r ? r.json() : null;
  });

async function setVisible(page, visible) {
  await page.evaluate((v) => {
    window.__visible = v;
    // As the browser fires it: at the document, bubbling to the window.
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, visible);
}

/** Gives `name` a rhythm, a last contact and a phone number and address, through their details. */
async function details(page, app, name, { cadence, last, phone, email }) {
  await app.openPerson(name);
  const form = page.getByRole("form", { name: `Details for ${name}` });
  await form.getByRole("group", { name: "How often to check in" }).getByRole("radio", { name: cadence }).check();
  await form.getByLabel("Last contact").fill(last);
  if (phone) await form.getByLabel("Phone numbers (one per line)").fill(phone);
  if (email) await form.getByLabel("Email addresses (one per line)").fill(email);
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(app.status()).toContainText(`Saved the details of ${name}.`);
}

async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

test("the kit on a due check-in ends in a real message, and 'Did you reach' on the next start logs it", async ({ page }) => {
  await stubDevice(page);
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  await details(page, app, "Ada", { cadence: "Every week", last: daysAgo(9), phone: "+44 7700 900123", email: "ada@example.com" });
  // An entry about her, for the kit's glance.
  await app.journalView("Write");
  const write = page.getByRole("form", { name: "Write" });
  await write.getByLabel("What is on your mind?").fill("Ada told me about her new allotment.");
  await write.getByLabel("People in this entry").fill("Ada");
  await write.getByRole("option", { name: "Ada", exact: true }).click();
  await write.getByRole("button", { name: "Save entry" }).click();
  await expect(app.status()).toContainText("Entry saved");
  await app.go("Today");

  const list = page.getByRole("list", { name: "Check-ins" });
  await list.getByRole("button", { name: "Reach out to Ada", exact: true }).click();
  const kit = page.getByRole("region", { name: /: Ada$/ });
  await expect(kit).toBeVisible();
  // The context in one glance: the last contact and the journal's mention.
  await expect(kit.locator(".glance")).toContainText("Last in touch");
  await expect(kit.locator(".glance")).toContainText("allotment");
  // Two or three openers; taking one puts it in the message, to edit.
  const openers = kit.getByRole("list").filter({ has: page.locator(".opener") }).getByRole("button");
  expect(await openers.count()).toBeGreaterThanOrEqual(2);
  expect(await openers.count()).toBeLessThanOrEqual(3);
  const second = await openers.nth(1).textContent();
  await openers.nth(1).click();
  const message = kit.getByLabel("Your message");
  await expect(message).toHaveValue(second);
  await message.fill(`${second} Also: how is the allotment?`);
  // Her own number and address, with the message in them.
  const text = kit.getByRole("link", { name: "Text +44 7700 900123" });
  await expect(text).toHaveAttribute("href", /^sms:\+447700900123.*body=.*allotment/);
  await expect(kit.getByRole("link", { name: "Call +44 7700 900123" })).toHaveAttribute("href", "tel:+447700900123");
  await expect(kit.getByRole("link", { name: "Email ada@example.com" })).toHaveAttribute("href", /^mailto:ada@example\.com\?subject=.*&body=.*allotment/);
  await noViolations(page, "the reach-out kit");

  // Send… hands the words to the system share sheet.
  await kit.getByRole("button", { name: "Send…" }).click();
  await expect(kit.getByRole("status")).toHaveText("Sent. When you come back, Tend will ask whether you reached Ada.");
  expect((await calls(page)).filter((c) => c[0] === "share")).toEqual([["share", `${second} Also: how is the allotment?`]]);
  // Not asked while still here.
  await expect(page.getByRole("group", { name: "Did you reach Ada?" })).toHaveCount(0);

  // The next start asks; Yes logs the contact and restarts the clock.
  await page.reload();
  const question = page.getByRole("group", { name: "Did you reach Ada?" });
  await expect(question).toBeVisible();
  await noViolations(page, "the question");
  await question.getByRole("button", { name: "Yes" }).click();
  await expect(question).toHaveCount(0);
  await expect(app.status()).toContainText("Logged: Message with Ada. Their check-in starts again from today.");
  await expect(page.getByRole("list", { name: "Check-ins" })).toHaveCount(0);
  await app.openPerson("Ada");
  await expect(page.getByRole("list", { name: "Contacts logged" }).getByRole("listitem")).toHaveCount(1);
  // Never asked again.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada");
  await page.waitForTimeout(300);
  await expect(page.getByRole("group", { name: "Did you reach Ada?" })).toHaveCount(0);
});

test("a send still counts when the kit is closed before the share sheet answers", async ({ page }) => {
  await stubDevice(page);
  // The share sheet stays open until the test answers for the person.
  await page.addInitScript(() => {
    navigator.share = (data) =>
      new Promise((resolve) => {
        window.__calls.push(["share", data.text]);
        window.__answerShare = resolve;
      });
  });
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  await details(page, app, "Ada", { cadence: "Every week", last: daysAgo(9) });
  await app.go("Today");
  await page.getByRole("list", { name: "Check-ins" }).getByRole("button", { name: "Reach out to Ada", exact: true }).click();
  const kit = page.getByRole("region", { name: /: Ada$/ });
  await kit.getByRole("button", { name: "Send…" }).click();
  await expect.poll(async () => (await calls(page)).filter((c) => c[0] === "share").length).toBe(1);
  // Closed while the sheet is still up; then the message goes.
  await kit.getByRole("button", { name: "Close" }).click();
  await expect(kit).toHaveCount(0);
  await page.evaluate(() => window.__answerShare());
  // Tend carries on, and the next start asks about the send.
  await app.go("People");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await page.reload();
  await expect(page.getByRole("group", { name: "Did you reach Ada?" })).toBeVisible();
});

test("copied from a person's view, 'Not yet' keeps them due; asked after a minute away, once", async ({ page }) => {
  await stubDevice(page);
  await page.clock.install();
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Grace");
  await details(page, app, "Grace", { cadence: "Every week", last: daysAgo(9) });

  // From her own view: no numbers yet, so Tend says how to get links.
  await page.getByRole("button", { name: "Reach out to Grace" }).click();
  const kit = page.getByRole("region", { name: /: Grace$/ });
  await expect(kit.getByRole("link")).toHaveCount(0);
  await expect(kit).toContainText("Add a phone number or email address");
  await kit.getByLabel("How").selectOption({ label: "Call" });
  await kit.getByRole("button", { name: "Copy" }).click();
  await expect(kit.getByRole("status")).toContainText("Copied.");
  const copied = (await calls(page)).filter((c) => c[0] === "copy");
  expect(copied).toHaveLength(1);
  expect(copied[0][1]).toBe(await kit.getByLabel("Your message").inputValue());

  // Away for a few seconds: not asked.
  await setVisible(page, false);
  await page.clock.fastForward(10_000);
  await setVisible(page, true);
  await page.waitForTimeout(300);
  await expect(page.getByRole("group", { name: "Did you reach Grace?" })).toHaveCount(0);
  // Away for over a minute: asked.
  await setVisible(page, false);
  await page.clock.fastForward(61_000);
  await setVisible(page, true);
  const question = page.getByRole("group", { name: "Did you reach Grace?" });
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Not yet" }).click();
  await expect(question).toHaveCount(0);

  // Still due on Today, and the question is not asked again.
  await app.go("Today");
  await expect(page.getByRole("list", { name: "Check-ins" }).getByRole("listitem")).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole("list", { name: "Check-ins" }).getByRole("listitem")).toHaveCount(1);
  await page.waitForTimeout(300);
  await expect(page.getByRole("group", { name: "Did you reach Grace?" })).toHaveCount(0);
});

/** With the device stubbed, Ada weekly and last in touch 30 days ago: drifting. */
async function withAdaDrifting(page) {
  await stubDevice(page);
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  await details(page, app, "Ada", { cadence: "Every week", last: daysAgo(30) });
  return app;
}

test("data this version refuses leaves the badge as it was: empty lists are not the person's", async ({ page }) => {
  const app = await withAdaDrifting(page);
  await app.go("Today");
  await expect.poll(async () => (await badgeCalls(page)).at(-1)).toEqual(["setAppBadge", 1]);
  // Saved by a newer Tend: refused, so nothing is counted or cleared.
  await page.evaluate(() => localStorage.setItem("tend:meta", '{"schema_version":99,"epoch":0}'));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your data is waiting" })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await badgeCalls(page)).toEqual([]);
});

test("the badge counts who is due; the daily nudge asks first; a season pauses all of it and ends in a welcome", async ({ page }) => {
  const app = await withAdaDrifting(page);
  await app.addPerson("Bea");
  await details(page, app, "Bea", { cadence: "Every month", last: daysAgo(3) });
  await app.go("Today");
  await expect(page.getByRole("list", { name: "Check-ins" }).getByRole("listitem")).toHaveCount(1);
  // One person is drifting, none due today: the badge counts who needs a word.
  await expect.poll(async () => (await badgeCalls(page)).at(-1)).toEqual(["setAppBadge", 1]);

  // The daily nudge: the permission is asked for only on the button, and
  // until it is on nothing about anyone is kept for the service worker.
  await app.go("Settings");
  expect((await calls(page)).filter((c) => c[0] === "requestPermission")).toHaveLength(0);
  expect(await nudgeSchedule(page)).toBeNull();
  await page.getByRole("button", { name: "Turn on the daily nudge" }).click();
  await expect(page.getByText("The daily nudge is on")).toBeVisible();
  const registered = (await calls(page)).filter((c) => c[0] === "periodicSync.register");
  expect(registered).toHaveLength(1);
  expect(registered[0][1]).toBe("tend-daily");
  expect(registered[0][2]).toBeGreaterThanOrEqual(12 * 3600 * 1000);
  // The service worker reads who is due from the schedule Tend keeps.
  await expect.poll(async () => JSON.stringify(await nudgeSchedule(page))).toContain("Ada");

  // A season that began five days ago: Today goes quiet, the badge clears.
  const form = page.getByRole("form", { name: "Take a season" });
  await form.getByLabel("From").fill(daysAgo(5));
  await form.getByLabel("Why (optional, only for you)").selectOption({ index: 1 });
  await form.getByRole("button", { name: "Take a season" }).click();
  await expect(page.locator(".notice-list[role=status]")).toContainText("Your season has begun.");
  await app.go("Today");
  await expect(page.getByRole("region", { name: "Your season" })).toContainText("You are taking a season");
  await expect(page.getByRole("list", { name: "Check-ins" })).toHaveCount(0);
  await expect.poll(async () => (await badgeCalls(page)).at(-1)).toEqual(["clearAppBadge"]);
  await noViolations(page, "Today in a season");

  // Ending it: a welcome with the few who matter, each with the kit,
  // instead of a list of everything missed.
  await page.getByRole("region", { name: "Your season" }).getByRole("button", { name: "End the season" }).click();
  const welcome = page.getByRole("region", { name: "Welcome back" });
  await expect(welcome).toBeVisible();
  await expect(page.getByRole("list", { name: "Check-ins" })).toHaveCount(0);
  await welcome.getByRole("button", { name: "Reach out to Ada" }).click();
  await expect(welcome.getByRole("region", { name: /: Ada$/ })).toBeVisible();
  await noViolations(page, "the welcome back");
  await welcome.getByRole("button", { name: "Thank you, show Today" }).click();
  await expect(welcome).toHaveCount(0);
  // The season's days did not count: Ada is back on the list.
  await expect(page.getByRole("list", { name: "Check-ins" }).getByRole("listitem")).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole("region", { name: "Welcome back" })).toHaveCount(0);
});

test("the daily nudge: a periodic sync shows one calm notification a day, naming who is due", async ({ page, context, baseURL }) => {
  // The permission is granted as the person would on the button; the
  // periodic sync is dispatched through the DevTools protocol, as Chromium
  // does about once a day for an installed app.
  await context.grantPermissions(["notifications"], { origin: new URL(baseURL).origin });
  await stubDevice(page);
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");
  await details(page, app, "Ada", { cadence: "Every week", last: daysAgo(30) });
  await app.go("Settings");
  await page.getByRole("button", { name: "Turn on the daily nudge" }).click();
  await expect(page.getByText("The daily nudge is on")).toBeVisible();
  // Today's line in the schedule carries the words once the nudge is on.
  await expect.poll(async () => (await nudgeSchedule(page))?.days[0].t || null).toMatch(/Ada/);

  const cdp = await context.newCDPSession(page);
  const registrations = [];
  cdp.on("ServiceWorker.workerRegistrationUpdated", (e) => registrations.push(...e.registrations));
  await cdp.send("ServiceWorker.enable");
  await expect.poll(() => registrations.filter((r) => !r.isDeleted).length).toBeGreaterThan(0);
  const reg = registrations.find((r) => !r.isDeleted);
  const sync = () =>
    cdp.send("ServiceWorker.dispatchPeriodicSyncEvent", { origin: new URL(baseURL).origin, registrationId: reg.registrationId, tag: "tend-daily" });
  const shown = () => page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => n.body));

  await sync();
  await expect.poll(shown).toEqual([expect.stringContaining("Ada")]);
  // Dismissed, and woken again the same day: nothing more.
  await page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).forEach((n) => n.close()));
  await expect.poll(shown).toEqual([]);
  await sync();
  await page.waitForTimeout(1000);
  expect(await shown()).toEqual([]);
});
