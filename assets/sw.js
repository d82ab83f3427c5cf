// Lectern's service worker: pre-caches every file of one build and serves them, so the
// site works offline. scripts/write-sw.sh fills in the file list and version at build time.
const VERSION = "__VERSION__";
const FILES = __FILES__;
// Cache names are per origin; the scope keeps several sites on one origin apart.
const PREFIX = "lectern:" + self.registration.scope + ":";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// A new build waits until the learner accepts it ("A new version is ready: reload").
self.addEventListener("message", (event) => {
  if (event.data === "lectern:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (offline) {
        // Every address of the app is index.html with a different hash.
        if (request.mode === "navigate") {
          const index = await cache.match("./index.html");
          if (index) return index;
        }
        throw offline;
      }
    })
  );
});
