// Lectern's service worker: pre-caches the app shell and every lesson's text and pictures of one build,
// keeps each page as it is visited, and serves from the cache first, so the site works
// offline. scripts/write-sw.sh fills in the file list and version at build time.
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
  event.respondWith(respond(event, request));
});

async function respond(event, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    // A page opened online opens offline too. Redirects and errors are not kept, and a
    // full cache only means the page is not kept.
    if (request.mode === "navigate" && response.ok && !response.redirected) {
      event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
    }
    return response;
  } catch (offline) {
    // A page never opened is the home page's shell: the app draws the address's route.
    if (request.mode === "navigate") {
      const shell = await cache.match("./");
      if (shell) return shell;
    }
    throw offline;
  }
}
