"""Search and study-page figures in Debian's Chromium. Search: read off Material's own worker messages.

A wrapper around `Worker`, installed before the page's scripts run, timestamps the READY
message (index built) and every QUERY/RESULT pair; queries are typed key by key as a keyboard
does (keyDown/keyUp per character), so each keystroke sends its own query.
"""

from __future__ import annotations

from pathlib import Path

from .serve import serve

QUERIES = ["модель", "переобучение", "функция потерь", "метрики качества", "ROC-AUC", "k-means", "градиентного спуска", "данных"]

WRAP_WORKER = """
(() => {
  const Native = window.Worker
  window.__bench = { ready: null, queries: [] }
  window.Worker = function (url, options) {
    const worker = new Native(url, options)
    const post = worker.postMessage.bind(worker)
    worker.postMessage = (message, ...rest) => {
      if (message && message.type === 2) window.__bench.queries.push({ sent: performance.now(), got: null })
      return post(message, ...rest)
    }
    worker.addEventListener("message", ev => {
      if (ev.data.type === 1) window.__bench.ready = performance.now()
      if (ev.data.type === 3) {
        const pending = window.__bench.queries.find(q => q.got === null)
        if (pending) pending.got = performance.now()
      }
    })
    return worker
  }
})()
"""


def type_keys(page, text: str, delay_ms: int = 0) -> None:
    """Type like a keyboard: keyDown/keyUp per character. Material's search listens to keyup, and
    Playwright's type() sends no keyup for characters outside the US layout (Cyrillic)."""
    cdp = page.context.new_cdp_session(page)
    for ch in text:
        cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "text": ch, "key": ch, "unmodifiedText": ch})
        cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": ch})
        if delay_ms:
            page.wait_for_timeout(delay_ms)
    cdp.detach()


def search_figures(site: Path, chromium: str = "/usr/bin/chromium") -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    with serve(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page()
        page.add_init_script(WRAP_WORKER)
        page.goto(url)
        page.wait_for_function("() => window.__bench.ready !== null", timeout=60_000)
        ready_s = page.evaluate("() => window.__bench.ready") / 1000
        worst = 0.0
        for query in QUERIES:
            page.click(".md-search__input")
            page.fill(".md-search__input", "")
            page.evaluate("() => { window.__bench.queries = [] }")
            type_keys(page, query, delay_ms=60)  # a fast typist
            page.wait_for_function(
                "() => window.__bench.queries.length && window.__bench.queries.every(q => q.got !== null)", timeout=30_000
            )
            times = page.evaluate("() => window.__bench.queries.map(q => q.got - q.sent)")
            worst = max(worst, *times)
        browser.close()
    return round(ready_s, 2), round(worst, 1)


# What the page downloaded, compressed as served (its HTML and every resource it fetched), less the
# search index: Material's search fetches that on every page, and the search figures cover it.
PAGE_KB = """() => {
  const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
  return entries.filter(e => !e.name.includes("/search/")).reduce((sum, e) => sum + e.encodedBodySize, 0) / 1024
}"""


def study_figures(site: Path, chromium: str = "/usr/bin/chromium", answers: int = 30) -> tuple[float, float]:
    """KB (gzip) the study page costs a phone: until its first question shows, and after `answers` answers (crossing chunks)."""
    from playwright.sync_api import sync_playwright

    with serve(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        page.goto(url + "study/")
        page.wait_for_selector(".qa-card[data-qa-id]", timeout=60_000)
        page.wait_for_load_state("networkidle")
        first = page.evaluate(PAGE_KB)
        for k in range(answers):
            shown = page.get_attribute(".qa-card", "data-qa-id")
            page.click(".qa-reveal")
            page.click(".qa-dont" if k % 3 == 0 else ".qa-know")
            page.wait_for_function("id => document.querySelector('.qa-card').dataset.qaId !== id", arg=shown, timeout=60_000)
        page.wait_for_load_state("networkidle")
        after = page.evaluate(PAGE_KB)
        browser.close()
    return round(first, 1), round(after, 1)
