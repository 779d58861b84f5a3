// Every screen and view Tend has, by hash, with the heading that shows it
// is there: the layout sweep, the accessibility sweep and the screenshots
// all walk this one list. A new view (say #/journal/entries) is one line.
//
// `hash` is a string, or a function of the context ({ personId }) for
// views of one record; `heading` is the level-1 heading's text (a RegExp
// where it varies), or null to accept any.
export const SCREENS = [
  { name: "Today", hash: "#/", heading: "Today" },
  { name: "Check-up", hash: "#/checkup", heading: "Check-up" },
  { name: "People", hash: "#/people", heading: "People" },
  { name: "Person", hash: ({ personId }) => `#/people/${encodeURIComponent(personId)}`, heading: null },
  { name: "Challenges", hash: "#/challenges", heading: "Challenges" },
  { name: "Journal", hash: "#/journal", heading: "Journal" },
  { name: "Journal: entries", hash: "#/journal/entries", heading: "Journal" },
  { name: "Journal: month", hash: "#/journal/month", heading: "Journal" },
  { name: "Journal: review", hash: "#/journal/review", heading: "Journal" },
  { name: "Settings", hash: "#/settings", heading: "Settings" },
  { name: "Help", hash: "#/help", heading: "Help" },
  { name: "About", hash: "#/about", heading: "About Tend" },
  { name: "Welcome", hash: "#/welcome", heading: "Welcome to Tend" },
  { name: "Welcome: check-up", hash: "#/welcome/checkup", heading: "A first check-up" },
  { name: "Welcome: people", hash: "#/welcome/people", heading: "Your first few people" },
  { name: "Welcome: rhythm", hash: "#/welcome/rhythm", heading: "A first rhythm or challenge" },
];

/** The hash of `screen` in `ctx`. */
export const hashOf = (screen, ctx = {}) => (typeof screen.hash === "function" ? screen.hash(ctx) : screen.hash);

/**
 * Shows `screen` without reloading (as a link would) and waits until its
 * heading is there and the page has been laid out.
 */
export async function show(page, screen, ctx = {}) {
  const hash = hashOf(screen, ctx);
  await page.evaluate((h) => {
    if (location.hash !== h) location.hash = h;
  }, hash);
  const h1 = page.locator("main h1:visible").first();
  if (screen.heading) await h1.filter({ hasText: screen.heading }).waitFor();
  else await h1.waitFor();
  // Two frames: whatever the screen does once it is shown (focus, scroll) is done.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** How far the page reaches past the viewport's width, and what sticks out furthest. */
export async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    const culprits = [];
    if (over > 0) {
      for (const el of document.querySelectorAll("body *")) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > width + 0.5) {
          const id = el.id ? `#${el.id}` : "";
          const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().replace(/\s+/g, ".")}` : "";
          culprits.push({ el: `${el.tagName.toLowerCase()}${id}${cls}`, right: Math.round(r.right), text: (el.textContent || "").trim().slice(0, 40) });
        }
      }
      culprits.sort((a, b) => b.right - a.right);
    }
    return { over, height: document.documentElement.scrollHeight, culprits: culprits.slice(0, 6) };
  });
}
