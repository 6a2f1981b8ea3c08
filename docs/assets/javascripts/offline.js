/* Offline: registers the service worker (sw.js at the site's root, written by the build, see
 * scripts/site/offline.py) and says when a newer build is ready: «Обновить» switches to it at once
 * (the page reloads from the new build's cache), else the new build takes over when the reader
 * has closed the site's tabs. Never two builds in one page. */
(function () {
  if (!("serviceWorker" in navigator) || !window.qaStore) return
  const base = qaStore.BASE

  function offerUpdate(worker) {
    if (document.querySelector(".qa-update")) return
    const bar = document.createElement("div")
    bar.className = "qa-update"
    bar.setAttribute("role", "status")
    bar.textContent = "Сайт обновился. "
    const button = document.createElement("button")
    button.type = "button"
    button.className = "qa-update__button"
    button.textContent = "Обновить"
    button.addEventListener("click", () => { button.disabled = true; worker.postMessage({ type: "SKIP_WAITING" }) })
    bar.append(button)
    document.body.append(bar)
  }

  function watch(registration) {
    if (!registration) return   /* service workers blocked (a setting, a test) */
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting)
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing
      if (!worker) return
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offerUpdate(worker)
      })
    })
  }

  /* The first worker takes the page over when installed (nothing to mix with); a later one only
   * when asked: then the page shows the new build. */
  let hadController = Boolean(navigator.serviceWorker.controller)
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController) location.reload()
    hadController = true
  })

  navigator.serviceWorker.register(new URL("sw.js", base).href, { scope: new URL("./", base).href })
    .then(watch, err => console.warn("service worker not registered", err))
})()

/* Whether a failed download is the network's fault: the page says «нет сети», not «nothing found». */
window.qaOffline = () => navigator.onLine === false
