// Tend's service worker. scripts/post-build.mjs fills in the cache name and
// the precache list (every file of this build), so each build gets its own
// cache and old ones are removed once the new version takes over.
// The scope is part of the name: two copies of Tend on one origin (under
// different paths) each keep, and clean up, only their own caches.
const SCOPE = "@" + self.registration.scope;
const CACHE = "__TEND_CACHE__" + SCOPE;
const PRECACHE = __TEND_PRECACHE__;

// Every file of the build, a few at a time (the split build has some
// seventy; all at once, WebKitGTK left the install hanging now and then).
// A download that stops moving for STALL ms is dropped and tried again (a
// connection can hang on a flaky network, or on a server that dropped it,
// and the install would wait on it for good); a slow one that keeps moving
// is never cut off. Any file that still fails fails the install, as addAll
// would, and the browser tries again on a later visit; a retried install
// of the same build fills the same cache.
const STALL = 10000;
const TRIES = 3;

async function download(cache, url) {
  // One watchdog for the whole file: the request, every piece of its body
  // and storing it. Each step that moves gives it STALL ms more; when it
  // fires, the download is cancelled and this file's try fails, even if
  // what hung (a connection, or the cache's own write) never answers.
  const controller = new AbortController();
  let timer;
  const moving = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), STALL);
  };
  const stalled = new Promise((_, reject) =>
    controller.signal.addEventListener("abort", () => reject(new Error(`precache: ${url} stopped moving`))),
  );
  const fetchAndStore = async () => {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
    const reader = response.body.getReader();
    const parts = [];
    for (;;) {
      moving();
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
    }
    moving();
    const { status, statusText, headers } = response;
    await cache.put(url, new Response(new Blob(parts), { status, statusText, headers }));
  };
  moving();
  try {
    await Promise.race([fetchAndStore(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

async function precache() {
  const cache = await caches.open(CACHE);
  const queue = [...PRECACHE];
  const next = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      for (let attempt = 1; ; attempt++) {
        try {
          await download(cache, url);
          break;
        } catch (error) {
          if (attempt >= TRIES) throw error;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, next));
}

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the person chooses to
  // reload, so it never swaps code under someone who is typing.
  event.waitUntil(precache());
});

self.addEventListener("message", (event) => {
  if (event.data === "tend:skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("tend-") && k.endsWith(SCOPE) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// A cache lookup that has not answered in LOOKUP ms goes to the network
// instead: WebKitGTK's Cache API now and then never answers (as its writes
// did during the precache), and a hung lookup for the page or its code
// would keep Tend from opening at all.
const LOOKUP = 3000;

function cached(request, options) {
  return Promise.race([caches.match(request, options), new Promise((resolve) => setTimeout(resolve, LOOKUP))]);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every screen is the same page (screens live in the URL hash).
    const index = new URL("index.html", self.registration.scope).href;
    event.respondWith(cached(index, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(cached(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});

// The daily nudge (opt-in, installed Chromium): Periodic Background Sync
// wakes this worker about once a day. It cannot read localStorage, so the
// app keeps a schedule for it in a cache of its own (src/device/nudge.rs,
// computed by src/model/nudge.rs):
//   { "v": 1, "days": [{ "d": "YYYY-MM-DD", "n": due count, "t": words? }] }
// the counts for the coming days as they stand if no one is contacted, 0
// during a season, a text only on days with a notification (the nudge is
// on, someone is due, no season), and no names when the passphrase lock is
// on. This does what model::nudge::to_show does: at most one notification
// a day, and none past the schedule's last day (someone who has not opened
// Tend for a month is not chased); the badge keeps the last known count.
// The cache's name does not start with "tend-", so activate never deletes it.
const NUDGE_CACHE = "tend:nudge" + SCOPE;
const SCHEDULE = new URL("tend-nudge.json", self.registration.scope).href;
const SHOWN = new URL("tend-nudge-shown.json", self.registration.scope).href;

function localDay(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function setBadge(count) {
  const nav = self.navigator;
  try {
    if (count > 0 && "setAppBadge" in nav) await nav.setAppBadge(count);
    else if ("clearAppBadge" in nav) await nav.clearAppBadge();
  } catch {
    // Not installed, or badges refused: nothing to do.
  }
}

async function nudge() {
  const cache = await caches.open(NUDGE_CACHE);
  const hit = await cache.match(SCHEDULE);
  if (!hit) return;
  let days;
  try {
    days = (await hit.json()).days || [];
  } catch {
    return;
  }
  if (!days.length) return;
  const today = localDay(new Date());
  const entry = days.find((d) => d.d === today);
  const last = days[days.length - 1];
  await setBadge(entry ? entry.n : today > last.d ? last.n : 0);
  if (!entry || !entry.t) return;
  const shown = await cache.match(SHOWN);
  if (shown && (await shown.text()) >= today) return;
  await self.registration.showNotification("Tend", {
    body: entry.t,
    tag: "tend-daily",
    icon: "icons/icon-192.png",
    data: { url: new URL("./#/", self.registration.scope).href },
  });
  await cache.put(SHOWN, new Response(today));
}

self.addEventListener("periodicsync", (event) => {
  if (event.tag === "tend-daily") event.waitUntil(nudge());
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || self.registration.scope;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((list) => {
      const open = list.find((c) => c.url.startsWith(self.registration.scope));
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
