/* The service worker: what a reader keeps after the first visit, for reading on the subway.
 *
 * The build (scripts/site/offline.py) writes this file to the site's root as sw.js, with
 * the manifest placeholder (Workbox's name for it) replaced by the precache manifest (every page but the questions' own pages,
 * the assets, the study data and the search index, each with the hash of its content as its
 * revision) and the build placeholder by the hash of that manifest. Workbox (vendor/workbox-7.4.1, MIT)
 * installs a new build's files beside the old ones and switches when the new worker activates,
 * deleting the old entries: a reader sees one whole build or the other, never a mix. The new worker
 * waits until the reader closes the site's tabs or taps «Обновить» (offline.js sends SKIP_WAITING).
 *
 * A question's own page (q/<id>/, one a question: too many to keep them all) is kept once opened,
 * in a cache of this build alone; offline, one never opened gets a short page saying so.
 * Paths are relative to this file, so the site works under a sub-path (https://x.github.io/repo/). */
importScripts("assets/javascripts/vendor/workbox-7.4.1/workbox-sw.js")
workbox.setConfig({ debug: false, modulePathPrefix: "assets/javascripts/vendor/workbox-7.4.1/" })

const BUILD = self.__QA_BUILD
const SCOPE = new URL("./", self.location.href).href   /* two sites on one origin keep apart */
const PAGES = `qa-pages-${SCOPE}-`

workbox.core.setCacheNameDetails({ prefix: "qa" })   /* qa-precache-v2-<scope> */
workbox.precaching.precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/],   /* study/?theme=losses is study/index.html */
  directoryIndex: "index.html",
  cleanURLs: false,
})
workbox.precaching.cleanupOutdatedCaches()
workbox.core.clientsClaim()   /* the first visit's page is served by the worker once it is ready */

/* Pages not in the precache (a question's own page): the network first, then what was kept. */
workbox.routing.registerRoute(
  ({ request, url }) => request.mode === "navigate" && url.href.startsWith(SCOPE),
  new workbox.strategies.NetworkFirst({ cacheName: PAGES + BUILD }),
)

const OFFLINE_PAGE = `<!doctype html><html lang="ru"><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Нет сети</title>
<body style="font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">
<h1>Нет сети</h1><p>Эта страница ещё не сохранена для чтения без сети: откройте её, когда сеть будет.
Темы, тренировка и поиск работают и без сети.</p><p><a href="${SCOPE}">На главную</a></p></body></html>`

workbox.routing.setCatchHandler(({ request }) => request.mode === "navigate"
  ? Promise.resolve(new Response(OFFLINE_PAGE, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } }))
  : Promise.resolve(Response.error()))

/* On activation, the kept pages of older builds go with their build. */
self.addEventListener("activate", event => {
  event.waitUntil(caches.keys().then(keys => Promise.all(
    keys.filter(key => key.startsWith(PAGES) && key !== PAGES + BUILD).map(key => caches.delete(key)))))
})

self.addEventListener("message", event => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting()
  if (event.data && event.data.type === "BUILD" && event.ports[0]) event.ports[0].postMessage(BUILD)
})
