// Tend's service worker. scripts/post-build.mjs fills in the cache name and
// the precache list (every file of this build), so each build gets its own
// cache and old ones are removed once the new version takes over.
// The scope is part of the name: two copies of Tend on one origin (under
// different paths) each keep, and clean up, only their own caches.
const SCOPE = "@" + self.registration.scope;
const CACHE = "__TEND_CACHE__" + SCOPE;
const PRECACHE = __TEND_PRECACHE__;

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the person chooses to
  // reload, so it never swaps code under someone who is typing.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every screen is the same page (screens live in the URL hash).
    const index = new URL("index.html", self.registration.scope).href;
    event.respondWith(caches.match(index, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
