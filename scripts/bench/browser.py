"""Search and study-page figures in Debian's Chromium: bytes a reader downloads for search, and query times.

Each query runs in a fresh browser context (an empty cache, as a first visit) against the gzip
server of serve.py, which notes every response it sends, the worker's fetches included. A
wrapper around `Worker`, installed before the page's scripts run, timestamps every QUERY/RESULT
pair of Material's worker protocol; queries are typed key by key as a keyboard does
(keyDown/keyUp per character), so each keystroke sends its own query, starting
FOCUS_TO_TYPING_MS after the search box got focus.
"""

from __future__ import annotations

from pathlib import Path

from .serve import serve

FOCUS_TO_TYPING_MS = 300  # a reader taps the box, then starts typing (a phone's keyboard takes about as long to appear)
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


def is_search(path: str) -> bool:
    """A file fetched for search: the index, Material's stub, the worker and its stemmer, Pagefind's bundle."""
    return path.startswith(("/search/", "/pagefind/")) or path.endswith(("/search-worker.js", "/stemmer-ru.js"))


def search_kb(traffic: list[tuple[str, int]]) -> float:
    return sum(size for path, size in traffic if is_search(path)) / 1024


def search_figures(site: Path, chromium: str = "/usr/bin/chromium") -> dict[str, float]:
    """page_load_search_kb: search bytes of a page load without searching; search_first_result_kb:
    search bytes from page load to the results of a query typed key by key (the worst query);
    search_query_ms: the worst worker round trip of any keystroke."""
    from playwright.sync_api import sync_playwright

    traffic: list[tuple[str, int]] = []
    figures = {"page_load_search_kb": 0.0, "search_first_result_kb": 0.0, "search_query_ms": 0.0}
    with serve(site, traffic=traffic) as url, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        for query in ["", *QUERIES]:
            context = browser.new_context(service_workers="block")  # what search costs, not the offline precache
            page = context.new_page()
            page.add_init_script(WRAP_WORKER)
            traffic.clear()
            page.goto(url)
            page.wait_for_function("() => window.__bench.ready !== null", timeout=60_000)
            page.wait_for_load_state("networkidle")
            if not query:
                figures["page_load_search_kb"] = round(search_kb(traffic), 1)
            else:
                page.click(".md-search__input")  # the worker fetches the dictionary on focus
                page.wait_for_timeout(FOCUS_TO_TYPING_MS)
                type_keys(page, query, delay_ms=60)  # a fast typist
                page.wait_for_function(
                    "() => window.__bench.queries.length && window.__bench.queries.every(q => q.got !== null)", timeout=30_000
                )
                times = page.evaluate("() => window.__bench.queries.map(q => q.got - q.sent)")
                figures["search_query_ms"] = round(max(figures["search_query_ms"], *times), 1)
                figures["search_first_result_kb"] = round(max(figures["search_first_result_kb"], search_kb(traffic)), 1)
            context.close()
        browser.close()
    return figures


# Pagefind for comparison (python -m scripts.bench --pagefind CMD): its JS API, as its UI uses it,
# one search of the whole query and the data of the five pages its UI shows first.
PAGEFIND_QUERY = """async query => {
  const start = performance.now()
  const pagefind = await import("./pagefind/pagefind.js")
  await pagefind.init()
  const search = await pagefind.search(query)
  await Promise.all(search.results.slice(0, 5).map(r => r.data()))
  return performance.now() - start
}"""


def pagefind_figures(site: Path, chromium: str = "/usr/bin/chromium") -> dict[str, float]:
    """Pagefind's search bytes from page load to the first results (worst query) and its worst time."""
    from playwright.sync_api import sync_playwright

    traffic: list[tuple[str, int]] = []
    figures = {"pagefind_first_result_kb": 0.0, "pagefind_query_ms": 0.0}
    with serve(site, traffic=traffic) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for query in QUERIES:
            context = browser.new_context()
            page = context.new_page()
            page.goto(url)
            page.wait_for_load_state("networkidle")
            traffic.clear()
            ms = page.evaluate(PAGEFIND_QUERY, query)
            figures["pagefind_query_ms"] = round(max(figures["pagefind_query_ms"], ms), 1)
            kb = sum(size for path, size in traffic if path.startswith("/pagefind/")) / 1024
            figures["pagefind_first_result_kb"] = round(max(figures["pagefind_first_result_kb"], kb), 1)
            context.close()
        browser.close()
    return figures


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
        # Without the service worker: what the session itself costs (the precache is measured apart).
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, service_workers="block")
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
