"""Study controls as they look: WCAG AA contrast of every control in both colour schemes, pressed and
not, measured from the colours Chromium computes; and the print view."""

from __future__ import annotations

import pytest

from scripts.site.manifest import load

pytestmark = pytest.mark.browser

AA = 4.5

# Text colour against the colour behind it (transparent layers composited down to the page).
CONTRAST = """
selectors => {
  const parse = c => {
    const m = c.match(/rgba?\\(([^)]+)\\)/)
    if (!m) throw new Error('colour not in rgb(): ' + c)
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number)
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]
  }
  const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1)
  const behind = el => {
    const layers = []
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor)
      if (c[3] > 0) layers.push(c)
      if (c[3] >= 1) break
    }
    return layers.reverse().reduce((bg, c) => over(c, bg), [255, 255, 255, 1])
  }
  const lum = c => {
    const ch = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 }
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
  }
  const out = []
  for (const sel of selectors) {
    const els = [...document.querySelectorAll(sel)].filter(e => e.checkVisibility() && e.getBoundingClientRect().width > 0)
    if (!els.length) { out.push({ sel, ratio: null }); continue }
    for (const el of els.slice(0, 3)) {
      const bg = behind(el)
      const fg = over(parse(getComputedStyle(el).color), bg)
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x)
      out.push({ sel, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100, fg, bg, text: el.textContent.trim().slice(0, 30) })
    }
  }
  return out
}
"""


def measure(p, selectors: list[str]) -> list[dict]:
    return p.evaluate(CONTRAST, selectors)


def ids_of(built_site, theme: str) -> list[str]:
    return [q["id"] for q in load(built_site.parent / "docs")["questions"] if q["theme"] == theme]


@pytest.mark.parametrize(("color_scheme", "scheme"), [("light", "default"), ("dark", "slate")])
def test_every_study_control_is_readable(browser, site_url, built_site, color_scheme, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=color_scheme)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    results: list[dict] = []
    try:
        p = context.new_page()
        ids = ids_of(built_site, "classic-ml")
        # A theme page: the marks not pressed, then pressed; the random pick with its badge and «Следующий».
        p.goto(site_url + "classic-ml/")
        p.wait_for_selector(".qa-copy", state="attached")
        assert p.get_attribute("body", "data-md-color-scheme") == scheme
        results += measure(p, [".qa-study button[aria-pressed=false]", ".qa-random", ".qa-copy"])
        p.click(f".qa-study[data-qa-id='{ids[0]}'] button[data-qa-mark='known']")
        p.click(f".qa-study[data-qa-id='{ids[1]}'] button[data-qa-mark='repeat']")
        results += measure(p, [".qa-study button[aria-pressed=true]", ".qa-count .qa-progress", ".qa-count .qa-progress a"])
        p.click(".qa-random")
        p.wait_for_selector(".qa-next")
        results += measure(p, [".qa-next", ".qa-badge"])
        # The home page with progress and due counts.
        p.goto(site_url)
        p.wait_for_selector(".qa-progress[data-qa-theme='classic-ml'] a")
        results += measure(
            p, [".qa-start", ".qa-home-actions .qa-random", ".qa-due-total", ".qa-train", ".qa-progress[data-qa-theme] a"]
        )
        # The «Повторить» page.
        p.goto(site_url + "review/")
        p.wait_for_selector(".qa-review-list a")
        results += measure(p, ["#qa-review a.qa-start", ".qa-clear", ".qa-review-list a"])
        # The session: before and after the answer, after a mark; the transfer controls and the offer.
        p.goto(site_url + "study/?theme=metrics")
        p.wait_for_selector(".qa-card[data-qa-id]")
        results += measure(p, [".qa-scope", ".qa-reveal", ".qa-session-status", ".qa-card-meta", ".qa-card-title", ".qa-keys"])
        p.click(".qa-reveal")
        results += measure(p, [".qa-know", ".qa-dont", ".qa-card-page a", ".qa-card-answer p"])
        p.click(".qa-dont")
        p.wait_for_selector(".qa-undo:not([hidden])")
        p.click(".qa-export-link")
        p.wait_for_function("() => document.querySelector('.qa-transfer-status').textContent !== ''")
        p.evaluate("() => { document.querySelector('.qa-import-offer').hidden = false }")
        results += measure(p, [
            ".qa-undo", ".qa-export-file", ".qa-export-link", ".qa-import-label", ".qa-import-code", ".qa-code",
            ".qa-transfer-status", ".qa-import-yes", ".qa-import-no",
        ])  # fmt: skip
    finally:
        context.close()
    missing = [r["sel"] for r in results if r["ratio"] is None]
    assert missing == [], f"not on screen: {missing}"
    low = [r for r in results if r["ratio"] < AA]
    assert low == [], low
    assert len(results) >= 30


def test_printing_opens_the_answers_hides_the_controls_and_prints_the_address(page, site_url, built_site):
    p = page.page
    p.goto(site_url + "classic-ml/")
    p.wait_for_selector(".qa-copy", state="attached")
    p.click(".qa-random")
    p.wait_for_selector(".qa-next")
    p.emulate_media(media="print")
    shown = p.evaluate(
        """() => [...document.querySelectorAll('article details')].map(d => {
            const body = [...d.children].find(c => c.tagName !== 'SUMMARY')
            return d.open || (body.checkVisibility() && body.getBoundingClientRect().height > 0)
        })"""
    )
    assert shown and all(shown)
    assert (
        p.evaluate("() => document.querySelectorAll('article details:not([open])').length") >= len(shown) - 1
    )  # by CSS, not by opening them
    for control in (".qa-study", ".qa-random", ".qa-copy", ".qa-next", ".qa-badge", ".md-header", ".md-sidebar"):
        assert p.evaluate("sel => [...document.querySelectorAll(sel)].every(e => !e.checkVisibility())", control), control
    assert p.is_visible(".qa-print-url")
    assert p.inner_text(".qa-print-url") == f"Адрес страницы: {site_url}classic-ml/"
    assert p.pdf()[:4] == b"%PDF"
    # On screen the address line is not shown.
    p.emulate_media(media="screen")
    assert not p.is_visible(".qa-print-url")
    # The study page prints its question and answer, not its buttons.
    p.goto(site_url + "study/")
    p.wait_for_selector(".qa-card[data-qa-id]")
    p.click(".qa-reveal")
    p.emulate_media(media="print")
    for control in (".qa-actions", ".qa-scope", ".qa-transfer", ".qa-keys"):
        assert not p.is_visible(control), control
    assert p.is_visible(".qa-card-title") and p.is_visible(".qa-card-answer")
    assert p.inner_text(".qa-print-url") == f"Адрес страницы: {site_url}study/"
