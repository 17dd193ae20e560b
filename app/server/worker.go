package server

import "netprimer/app/ui"

// serviceWorker is the app-worker.js template given to go-app in place of
// its default, which matches pages with their query string (so a lesson's
// shared link fails offline), does not wait for its cache to fill before
// installing, and would answer API calls from the cache.
//
// go-app fills in {{.Version}} and {{.ResourcesToCache}}: every lesson
// route, app.wasm, the scripts, styles and icons. A new version installs a
// new cache; the page learns of it through go-app's update notice.
const serviceWorker = `// Netprimer service worker, version {{.Version}}.
const cacheName = "` + ui.CachePrefix + `{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== cacheName) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin ||
      url.pathname.startsWith("/api/") || url.pathname === "/healthz") {
    return; // lookups are live or they fail: never from a cache
  }
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  const cache = await caches.open(cacheName);
  if (request.mode === "navigate") {
    // A lesson's state is in its query; the page reads it from the URL,
    // so any query is served by the one cached page of the route.
    const page = await cache.match(url.origin + url.pathname);
    if (page) {
      return page;
    }
    try {
      return await fetch(request);
    } catch (err) {
      // Offline at an address the app does not know: the app of the
      // home page shows its not-found page for it.
      const home = await cache.match(url.origin + "/");
      if (home) {
        return home;
      }
      throw err;
    }
  }
  const hit = await cache.match(request);
  return hit || fetch(request);
}
`
