// The connection-challenge journey: import contacts from a phone's .vcf,
// give someone a check-in rhythm, start the 5-for-5 challenge, complete two
// days (the second from Today, on the next day), add a ritual, and export the
// calendar, which a real iCalendar parser (ical.js) must read back, alarms
// included.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Tend } from "./app.mjs";

const fixture = (name) => fileURLToPath(new URL(`../fixtures/vcards/${name}`, import.meta.url));
const TOMASZ = "Tomasz Wiśniewski, PhD";
const docs = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs");

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
}

async function exportCalendar(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export calendar (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("tend-calendar.ics");
  return readFileSync(await download.path(), "utf8");
}

test("import contacts, set a rhythm, two days of the 5-for-5, Today, and the calendar", async ({ page }) => {
  // A long journey through most screens, with several accessibility checks.
  test.setTimeout(150_000);
  // Monday 16 November 2026, in the browser's own time zone.
  await page.clock.setFixedTime(new Date(2026, 10, 16, 9, 0));
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ingrid Sæther");

  // A vCard 3.0 file with folded lines, an inline photo and three contacts,
  // one of them already in People, with an impossible birthday.
  await app.go("Settings");
  await page.getByLabel("Choose a contacts file (.vcf)").setInputFiles(fixture("v30-folded-lf.vcf"));
  const preview = page.getByRole("form", { name: "Contacts to import" });
  const rows = preview.getByRole("list", { name: "Contacts in the file" }).getByRole("listitem");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: TOMASZ })).toContainText("birthday November 30");
  await expect(rows.filter({ hasText: "Chidi" })).toContainText("birthday February 1, 1979");
  await expect(preview.getByRole("checkbox", { name: new RegExp(`^${TOMASZ}`) })).toBeChecked();
  await expect(rows.filter({ hasText: "Ingrid" })).toContainText("Already in People");
  await expect(preview.getByRole("checkbox", { name: /^Ingrid/ })).not.toBeChecked();
  await expect(preview.getByRole("list", { name: "What could not be read in full" })).toContainText("1992-06-31");
  await axe(page);
  await preview.screenshot({ path: join(docs, "contacts-import.png") });
  await preview.getByRole("button", { name: "Import the ticked contacts" }).click();
  await expect(app.status()).toContainText("Added 2 people to People.");

  // A bad file is refused with where it went wrong, and adds no one.
  await page.getByLabel("Choose a contacts file (.vcf)").setInputFiles(fixture("not-a-vcard.vcf"));
  await expect(app.alert()).toContainText(/line/i);
  await app.go("People");
  const people = page.getByRole("list", { name: "People" });
  await expect(people.getByRole("listitem")).toHaveCount(3);

  // A weekly rhythm, last in touch nine days ago: due on Today.
  await app.openPerson(TOMASZ);
  const form = page.getByRole("form", { name: `Details for ${TOMASZ}` });
  await form.getByRole("group", { name: "How often to check in" }).getByRole("radio", { name: "Every week" }).check();
  await form.getByLabel("Last contact").fill("2026-11-07");
  await form.getByLabel("Gift ideas (one per line)").fill("A good notebook\nTickets to the jazz club");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(app.status()).toContainText(`Saved the details of ${TOMASZ}.`);

  // The 5-for-5, day 1 aimed at Tomasz.
  await app.go("Challenges");
  const five = page.getByRole("form", { name: "5-for-5 Connection Challenge" });
  await app.pick(five.getByRole("group", { name: "Day 1" }), "With", TOMASZ);
  await five.getByRole("button", { name: "Start the 5-for-5" }).click();
  await expect(app.status()).toContainText("Started. Day 1 is today.");
  const challenge = page.getByRole("region", { name: "5-for-5 Connection Challenge" });
  await expect(challenge.getByText("Day 1 of 5 · 0 done")).toBeVisible();
  await expect(challenge.getByRole("listitem")).toHaveCount(5);
  await expect(challenge.getByRole("listitem").first()).toContainText(`With ${TOMASZ}.`);
  await challenge.getByLabel("Note (optional)").fill("He laughed at my thank-you");
  await challenge.getByRole("button", { name: "Done: Day 1 of 5-for-5 Connection Challenge" }).click();
  await expect(challenge.getByText("Day 1 of 5 · 1 done")).toBeVisible();
  await expect(challenge.getByRole("listitem").first()).toContainText("He laughed at my thank-you");
  await axe(page);

  // A weekly ritual, for the calendar.
  await page.getByLabel("Ritual name").fill("Sunday call with Mum");
  await page.getByRole("button", { name: "Add ritual" }).click();
  await expect(page.getByRole("list", { name: "Your rituals" })).toContainText("Every Sunday");

  // Today: the challenge, Tomasz due, his birthday coming up.
  await app.go("Today");
  const step = page.getByRole("region", { name: "Your challenge today" });
  await expect(step.getByRole("listitem")).toHaveCount(1);
  await expect(step).toContainText("Done");
  await expect(page.getByRole("list", { name: "Check-ins" })).toContainText(TOMASZ);
  await expect(page.getByRole("list", { name: "Coming up" })).toContainText(`${TOMASZ}'s birthday`);
  await expect(page.getByRole("list", { name: "Coming up" })).toContainText("Gift ideas: A good notebook; Tickets to the jazz club");
  await expect(page.getByRole("region", { name: "A small step for today" })).toBeVisible();

  // The next day, day 2 is marked from Today.
  await page.clock.setFixedTime(new Date(2026, 10, 17, 9, 0));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today");
  await expect(step.getByRole("listitem")).toHaveCount(1);
  await expect(step).toContainText("Day 2:");
  await step.getByRole("button", { name: "Done: Day 2 of 5-for-5 Connection Challenge" }).click();
  await expect(step).toContainText("Done");
  await app.go("Challenges");
  await expect(challenge.getByText("Day 2 of 5 · 2 done · 2 in a row")).toBeVisible();
  await axe(page);
  await challenge.screenshot({ path: join(docs, "challenge.png") });
  await app.go("Today");
  await page.locator("main").screenshot({ path: join(docs, "today.png") });
  await app.go("Challenges");

  // Both days survive a reload.
  const stored = await app.stored();
  expect(JSON.parse(stored["tend:challenges"])[0].d.filter((d) => d.m).length).toBe(2);
  expect(stored["tend:gifts"]).toContain("Tickets to the jazz club");

  // The calendar, read by ical.js: a weekly check-in, the ritual, and a
  // yearly birthday with no year; the same UIDs on a second export.
  await app.go("Settings");
  const text = await exportCalendar(page);
  expect(text).toContain("\r\n");
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.getFirstPropertyValue("version")).toBe("2.0");
  expect(cal.getFirstPropertyValue("prodid")).toBeTruthy();
  const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const bySummary = Object.fromEntries(events.map((e) => [e.summary, e]));
  expect(Object.keys(bySummary).sort()).toEqual(
    [`Birthday: ${TOMASZ}`, "Birthday: Dr. Chidi Emeka Abara", `Check in with ${TOMASZ}`, "Sunday call with Mum"].sort(),
  );
  // A birthday with its year starts on the day of birth.
  expect(bySummary["Birthday: Dr. Chidi Emeka Abara"].startDate.toString()).toBe("1979-02-01");
  const checkIn = bySummary[`Check in with ${TOMASZ}`];
  expect(checkIn.component.getFirstPropertyValue("rrule").freq).toBe("WEEKLY");
  expect(checkIn.startDate.toString()).toBe("2026-11-17");
  const ritual = bySummary["Sunday call with Mum"];
  expect(ritual.component.getFirstPropertyValue("rrule").toString()).toBe("FREQ=WEEKLY;BYDAY=SU");
  expect(ritual.startDate.toString()).toBe("2026-11-22");
  const birthday = bySummary[`Birthday: ${TOMASZ}`];
  expect(birthday.component.getFirstPropertyValue("rrule").freq).toBe("YEARLY");
  expect(birthday.startDate.month).toBe(11);
  expect(birthday.startDate.day).toBe(30);
  // Expanding the birthday gives 30 November every year.
  const it = birthday.iterator();
  const years = [it.next(), it.next()].map((t) => t.toString());
  expect(years).toEqual(["2026-11-30", "2027-11-30"]);
  for (const e of events) expect(e.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
  // Every series carries display alarms at 9:00, the default hour, as a
  // trigger from the all-day start: a birthday the day before and on the
  // day, everything else on the day.
  for (const e of events) {
    const alarms = e.component.getAllSubcomponents("valarm");
    const triggers = alarms.map((a) => a.getFirstPropertyValue("trigger").toSeconds());
    expect(triggers).toEqual(e.summary.startsWith("Birthday:") ? [-15 * 3600, 9 * 3600] : [9 * 3600]);
    for (const a of alarms) {
      expect(a.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(a.getFirstPropertyValue("description")).toMatch(/\S/);
    }
  }
  expect(bySummary[`Birthday: ${TOMASZ}`].component.getAllSubcomponents("valarm")[0].getFirstPropertyValue("description"))
    .toBe(`Tomorrow is the birthday of ${TOMASZ}`);
  expect(checkIn.component.getFirstSubcomponent("valarm").getFirstPropertyValue("description"))
    .toBe(`A good day to get in touch with ${TOMASZ}`);
  expect(text.match(/BEGIN:VALARM/g)).toHaveLength(6);
  const again = await exportCalendar(page);
  const uids = (t) => t.split("\r\n").filter((l) => l.startsWith("UID:")).sort();
  expect(uids(again)).toEqual(uids(text));
});

test("your own challenge ends in a reflection; rituals, a reconnect plan and a date to remember", async ({ page }) => {
  // Sunday 22 November 2026.
  await page.clock.setFixedTime(new Date(2026, 10, 22, 10, 0));
  const app = new Tend(page);
  await app.open();
  await app.addPerson("Ada");

  // A one-day challenge of your own: nothing is refused silently...
  await app.go("Challenges");
  const own = page.getByRole("form", { name: "Your own challenge" });
  await own.getByRole("button", { name: "Start my challenge" }).click();
  await expect(own.getByRole("alert")).toHaveText("Give your challenge a name.");
  await own.getByLabel("Challenge name").fill("Reach out");
  await own.getByLabel("One small action per line, one line per day").fill("Call Ada");
  await own.getByRole("button", { name: "Start my challenge" }).click();
  const challenge = page.getByRole("region", { name: "Reach out" });
  await expect(challenge.getByText("Day 1 of 1 · 0 done")).toBeVisible();
  // ...and finishing it is celebrated and asks how it felt.
  await challenge.getByRole("button", { name: "Done: Day 1 of Reach out" }).click();
  const finished = page.getByRole("region", { name: "Finished" });
  await expect(finished).toContainText("You finished it.");
  await expect(finished.getByRole("list", { name: "Finished challenges" })).toContainText("1 of 1 days done");
  await finished.getByLabel("How did connecting make you feel?").fill("Lighter than I expected.");
  await finished.getByRole("button", { name: "Save to journal" }).click();
  await expect(finished.getByLabel("How did connecting make you feel?")).toHaveCount(0);

  // The 7-day starter plan starts with its first step.
  await page.getByRole("button", { name: "Start the 7-day plan" }).click();
  await expect(page.getByRole("region", { name: "7-day starter plan" }).getByText("Day 1 of 7 · 0 done")).toBeVisible();

  // A Sunday ritual with Ada, marked today, then skipped instead.
  const form = page.getByRole("form", { name: "New ritual" });
  await form.getByRole("button", { name: "Add ritual" }).click();
  await expect(form.getByRole("alert")).toContainText("Give the ritual a name");
  await form.getByLabel("Ritual name").fill("Sunday call");
  await app.pick(form, "With", "Ada");
  await form.getByRole("button", { name: "Add ritual" }).click();
  const rituals = page.getByRole("list", { name: "Your rituals" });
  await expect(rituals).toContainText("Sunday call with Ada");
  await expect(rituals).toContainText("not marked yet");
  await rituals.getByRole("button", { name: "Done: Sunday call with Ada" }).click();
  await expect(rituals).toContainText(": done");
  await rituals.getByRole("button", { name: "Skip: Sunday call with Ada" }).click();
  await expect(rituals).toContainText(": skipped");

  // A plan to reconnect with Ada after a move, ticked step by step.
  const plan = page.getByRole("form", { name: "New plan" });
  await app.pick(plan, "Who", "Ada");
  await plan.getByRole("radio", { name: "Moved away" }).check();
  await plan.getByRole("button", { name: "Make a plan" }).click();
  const plans = page.getByRole("list", { name: "Your plans" });
  await expect(plans).toContainText("Ada: Moved away");
  await expect(plans).toContainText("Ways to open the conversation");
  const steps = plans.getByRole("checkbox");
  const count = await steps.count();
  expect(count).toBeGreaterThan(1);
  await steps.first().check();
  await expect(plans).toContainText(`1 of ${count} steps done`);
  await plans.getByLabel("A step of your own").fill("Send her a photo from our old street");
  await plans.getByRole("button", { name: "Add step" }).click();
  await expect(plans.getByRole("checkbox")).toHaveCount(count + 1);
  await expect(plans).toContainText(`1 of ${count + 1} steps done`);
  await axe(page);

  // Stopping the 7-day plan moves it to the history; removing takes things away.
  await page.getByRole("button", { name: "Stop this challenge: 7-day starter plan" }).click();
  await expect(page.getByRole("region", { name: "7-day starter plan" })).toHaveCount(0);
  await expect(finished.getByRole("list", { name: "Finished challenges" })).toContainText("7-day starter plan");
  await rituals.getByRole("button", { name: "Remove Sunday call with Ada" }).click();
  await expect(page.getByRole("list", { name: "Your rituals" })).toHaveCount(0);
  await page.getByRole("button", { name: "Remove plan for Ada" }).click();
  await expect(page.getByRole("list", { name: "Your plans" })).toHaveCount(0);

  // A date to remember for Ada, in the next 30 days: Today shows it.
  await app.openPerson("Ada");
  const dates = page.getByRole("form", { name: "Dates for Ada" });
  await dates.getByLabel("What").selectOption({ label: "New job" });
  await dates.getByLabel("Month (1–12)").fill("12");
  await dates.getByLabel("Day").fill("1");
  await dates.getByRole("button", { name: "Add date" }).click();
  await expect(page.getByRole("form", { name: "Dates for Ada" })).toContainText("New job · December 1");
  await app.go("Today");
  await expect(page.getByRole("list", { name: "Coming up" })).toContainText("Ada: New job");

  // Logging a contact with anyone from Today: choose who, then how.
  await app.pick(page, "Who were you in touch with?", "Ada");
  await page.getByRole("group", { name: "Log contact with Ada" }).getByRole("button", { name: "Call", exact: true }).click();
  await expect(app.status()).toContainText("Logged: Call with Ada.");
  await expect(page.getByRole("group", { name: "Log contact with Ada" })).toHaveCount(0);
  expect(Object.keys(await app.stored())).toContain("tend:interactions:2026-11");

  // A date can be removed again.
  await app.openPerson("Ada");
  await page.getByRole("button", { name: /^Remove New job/ }).click();
  await expect(page.getByRole("form", { name: "Dates for Ada" })).not.toContainText("New job ·");
  await app.go("Today");
  await expect(page.getByRole("list", { name: "Coming up" })).toHaveCount(0);

  // All of it is kept.
  await page.reload();
  await app.journalView("Entries");
  await expect(page.getByRole("list", { name: "Journal entries" })).toContainText("Lighter than I expected.");
  const stored = await app.stored();
  for (const key of ["tend:challenges", "tend:rituals", "tend:reconnects", "tend:milestones"]) expect(stored[key]).toBeTruthy();
  // Removed records are kept as deletions, so other tabs and merges learn of them.
  expect(JSON.parse(stored["tend:rituals"])[0].x).toBe(true);
});

test("a ritual whose first day is still ahead shows its next date and can be removed at once", async ({ page }) => {
  // Tuesday 1 December 2026: a monthly ritual on the 6th has not come round yet.
  await page.clock.setFixedTime(new Date(2026, 11, 1, 10, 0));
  const app = new Tend(page);
  await app.open();
  await app.go("Challenges");
  const form = page.getByRole("form", { name: "New ritual" });
  await form.getByLabel("Ritual name").fill("Letter to Gran");
  await form.getByLabel("When").selectOption({ label: "Every month" });
  await form.getByLabel("Day of the month (for monthly)").fill("6");
  await form.getByRole("button", { name: "Add ritual" }).click();
  const rituals = page.getByRole("list", { name: "Your rituals" });
  await expect(rituals).toContainText("Every month on day 6");
  // Its first date, from the model's next occurrence, and nothing to mark yet.
  await expect(rituals).toContainText(/Next: Sunday,? (6 December|December 6)/);
  await expect(rituals.getByRole("button", { name: "Done: Letter to Gran" })).toHaveCount(0);
  await axe(page);
  await rituals.getByRole("button", { name: "Remove Letter to Gran" }).click();
  await expect(page.getByRole("list", { name: "Your rituals" })).toHaveCount(0);
  const stored = await app.stored();
  expect(JSON.parse(stored["tend:rituals"])[0].x).toBe(true);
});
