"""Where a search hit and a random pick land, on a phone (390x844, touch) and on a desktop: the
question at the top of the screen with its answer open and the searched words marked, on its theme
page (no detour through q/<id>/); a random pick closed, with its badge and «Следующий». And the
smaller points of a phone: back navigation keeps an opened answer, tap targets, the 404 title.

Run in Debian's Chromium against the seed site (tests/conftest.py built_site); questions are found
by title in the manifest, never by a hard-coded id.
"""

from __future__ import annotations

import re
import time

import pytest

from scripts.bench.browser import type_keys

from .conftest import site_manifest

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
DEVICES = {"phone": PHONE, "desktop": DESKTOP}

# A question's heading: on screen below the header, its answer's state, the words marked in it.
LANDED = """id => {
  const h = document.getElementById(id)
  if (!h) return null
  let d = h.nextElementSibling
  while (d && d.tagName !== "DETAILS") d = d.nextElementSibling
  const r = h.getBoundingClientRect()
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom
  const pill = document.querySelector(".md-top")
  const p = pill && !pill.hidden && getComputedStyle(pill).visibility !== "hidden" && !pill.matches(".md-top--hidden")
    ? pill.getBoundingClientRect() : null
  const marked = root => root ? [...root.querySelectorAll("mark.qa-mark")].map(m => m.textContent.toLowerCase()) : []
  return {
    top: r.top, bottom: r.bottom, height: innerHeight, header,
    pillOver: p ? p.bottom > r.top && p.top < r.bottom : false,
    open: Boolean(d && d.open), marks: marked(h).concat(marked(d)),
    badge: Boolean(h.querySelector(".qa-badge")), next: Boolean(document.querySelector(".qa-next")),
  }
}"""


@pytest.fixture(params=["phone", "desktop"])
def device(request, browser, site_url):
    context = browser.new_context(**DEVICES[request.param])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.device = request.param  # type: ignore[attr-defined]
    yield page
    context.close()
    assert errors == [], errors


def slow_pages(page, seconds: float = 0.4) -> None:
    """Pages take a while to arrive, as over a phone's network: instant navigation then changes the
    address well before it shows the new page."""

    def delay(route) -> None:
        time.sleep(seconds)
        route.continue_()

    page.route(re.compile(r".*/(#.*)?$"), delay)


def url_of(built_site, title_start: str) -> str:
    urls = [q["url"] for q in site_manifest(built_site)["questions"] if q["title"].startswith(title_start)]
    assert len(urls) == 1, (title_start, urls)
    return urls[0]


def search_and_take(page, query: str, target: str) -> None:
    """Open the search as a reader does on this device, type the query, tap or click the hit."""
    page.wait_for_selector(".qa-copy, .qa-themes", state="attached")
    if page.device == "phone":
        page.tap("label.md-header__button[for=__search]")
        page.wait_for_timeout(500)  # the overlay opens; Material then fixes the page in place
    page.click(".md-search__input")
    type_keys(page, query)
    link = page.locator(f".md-search-result__item a[href$='{target}']").first
    link.wait_for(state="visible")
    if page.device == "phone":
        link.tap()
    else:
        link.click()


def landed(page, qid: str) -> dict:
    page.wait_for_function("id => location.hash === '#' + id", arg=qid)
    page.wait_for_timeout(1200)  # Material's overlay lets go of the page 100 ms after closing
    state = page.evaluate(LANDED, qid)
    assert state is not None, page.url
    return state


def in_view(s: dict) -> bool:
    return s["header"] - 1 <= s["top"] and s["bottom"] <= s["height"] and not s["pillOver"]


@pytest.mark.parametrize(
    ("start", "query", "title"),
    [
        ("metrics/", "микро усреднение", "Микро усреднение"),
        ("losses/", "энтропия", "Информационная энтропия"),
    ],
)
def test_a_hit_on_the_same_page_lands_on_its_question(device, site_url, built_site, start, query, title):
    target = url_of(built_site, title)
    device.goto(site_url + start)
    device.evaluate("() => window.scrollTo(0, 0)")
    search_and_take(device, query, target)
    s = landed(device, target.split("#")[1])
    assert s["open"] and in_view(s), s
    assert s["marks"], s


def test_a_hit_on_another_page_lands_on_its_theme_page(device, site_url, built_site):
    target = url_of(built_site, "Информационная энтропия")
    seen: list[str] = []
    device.on("request", lambda r: seen.append(r.method + " " + r.url))
    slow_pages(device)
    device.goto(site_url)
    search_and_take(device, "энтропию", target)
    s = landed(device, target.split("#")[1])
    assert device.url == site_url + target, device.url  # the theme page, not q/<id>/
    assert s["open"] and in_view(s), s
    assert s["marks"] and all(m.startswith("энтроп") for m in s["marks"]), s
    assert not [u for u in seen if "/q/" in u], seen  # no HEAD q/<id>/, no reload there


def test_random_from_the_home_page_lands_closed_with_badge_and_next(device, site_url, built_site):
    seen: list[str] = []
    device.on("request", lambda r: seen.append(r.method + " " + r.url))
    slow_pages(device)
    device.goto(site_url)
    device.wait_for_selector(".qa-themes", state="attached")
    button = device.locator(".qa-home-actions .qa-random")
    if device.device == "phone":
        button.tap()
    else:
        button.click()
    device.wait_for_function("() => location.hash.length > 1")
    qid = device.evaluate("() => decodeURIComponent(location.hash.slice(1))")
    s = landed(device, qid)
    assert "/q/" not in device.url, device.url
    assert not s["open"] and s["badge"] and s["next"] and in_view(s), s
    assert not [u for u in seen if "/q/" in u], seen
    urls = {q["url"] for q in site_manifest(built_site)["questions"]}
    assert device.url.removeprefix(site_url) in urls


def test_going_back_to_a_theme_page_keeps_the_answer_opened(device, site_url, built_site):
    target = url_of(built_site, "Как выбор функции потерь")
    page_url, qid = target.split("#")
    device.goto(site_url + page_url)
    device.wait_for_selector(".qa-copy", state="attached")
    heading = device.locator(f"#{qid}")
    heading.scroll_into_view_if_needed()
    heading.click(position={"x": 5, "y": 5})  # a click on a question opens its answer
    assert device.evaluate(LANDED, qid)["open"]
    device.locator("a.md-footer__link--next").click()
    device.wait_for_function("p => !location.pathname.endsWith('/' + p)", arg=page_url)
    device.wait_for_selector(".qa-copy, .qa-themes, #qa-session", state="attached")
    device.wait_for_timeout(300)
    device.go_back()
    device.wait_for_function("p => location.pathname.endsWith('/' + p)", arg=page_url)
    device.wait_for_selector(".qa-copy", state="attached")
    device.wait_for_timeout(300)
    assert device.evaluate(LANDED, qid)["open"]


def box(page, selector: str) -> dict:
    el = page.locator(selector).first
    el.scroll_into_view_if_needed()
    b = el.bounding_box()
    assert b is not None, selector
    return b


def test_tap_targets_are_44_px_under_a_finger_and_24_with_a_mouse(device, site_url, built_site):
    device.goto(site_url + url_of(built_site, "Информационная энтропия").split("#")[0])
    device.wait_for_selector(".qa-copy", state="attached")
    least = 44 if device.device == "phone" else 24
    copy = box(device, ".qa-copy")
    assert copy["width"] >= least and copy["height"] >= least, copy
    device.goto(site_url)
    device.wait_for_selector(".qa-themes", state="attached")
    train = box(device, ".qa-train")
    assert train["width"] >= least and train["height"] >= least, train


def test_figures_do_not_look_like_links(device, site_url):
    """«знаю N из M» and «К повторению сейчас: K» are text in the quiet colour, not the link colour."""
    device.goto(site_url)
    device.wait_for_selector(".qa-themes", state="attached")
    colours = device.evaluate(
        """() => {
          const probe = document.createElement("span")
          probe.className = "qa-due-total"
          const p = document.createElement("span")
          p.className = "qa-progress"
          p.textContent = "знаю 1 из 1"
          probe.textContent = "К повторению сейчас: 3."
          const article = document.querySelector("article")
          article.append(probe, p)
          const link = document.querySelector(".qa-train")
          const out = { due: getComputedStyle(probe).color, known: getComputedStyle(p).color,
                        link: getComputedStyle(link).color, cursor: getComputedStyle(p).cursor,
                        underline: getComputedStyle(p).textDecorationLine }
          probe.remove(); p.remove()
          return out
        }"""
    )
    assert colours["due"] != colours["link"] and colours["known"] != colours["link"], colours
    assert colours["underline"] == "none" and colours["cursor"] != "pointer", colours


def test_the_study_page_shows_keyboard_help_only_with_a_keyboard(device, site_url):
    device.goto(site_url + "study/")
    device.wait_for_selector(".qa-card-title", state="attached")
    keys = device.locator(".qa-keys").is_visible()
    swipe = device.locator(".qa-swipe").is_visible()
    assert (keys, swipe) == ((False, True) if device.device == "phone" else (True, False))
    if device.device == "phone":  # the question and its button on the first screen
        reveal = device.locator(".qa-reveal").bounding_box()
        assert reveal is not None and reveal["y"] + reveal["height"] <= 844, reveal


def test_the_404_page_title_says_what_it_is(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(site_url + "no-such-page/")
    assert response is not None and response.status == 404
    assert page.title().startswith("Страница не найдена"), page.title()
    context.close()
