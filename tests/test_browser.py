"""The site as a reader uses it, in Debian's Chromium: deep links, search, copy link, phone."""

from __future__ import annotations

import re
import time

import pytest
import snowballstemmer

from .conftest import SOURCES, site_manifest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def url_of(built_site):
    """A question's address on its theme page, found by the start of its title (ids are never hard-coded)."""
    questions = site_manifest(built_site)["questions"]

    def find(title: str) -> str:
        (url,) = [q["url"] for q in questions if q["title"].startswith(title)]
        return url

    return find


LOSS = "Почему иногда используют"
QUIZ = "Как выбор функции потерь"
BAGGING = "Объясните смысл бэггинга"


def state(page, qid: str) -> dict:
    """Whether the question's answer is open and its heading is in view."""
    return page.evaluate(
        """id => {
            const h = document.getElementById(id)
            let d = h.nextElementSibling
            while (d && d.tagName !== "DETAILS") d = d.nextElementSibling
            const r = h.getBoundingClientRect()
            return {open: d.open, top: r.top, bottom: r.bottom, height: innerHeight}
        }""",
        qid,
    )


def in_view(s: dict) -> bool:
    return s["top"] >= 0 and s["bottom"] <= s["height"]


def ready(page) -> None:
    page.wait_for_selector(".qa-copy, .qa-themes", state="attached")


def test_deep_link_opens_the_answer_on_a_fresh_load(page, site_url, url_of):
    page.page.goto(site_url + url_of(LOSS))
    ready(page.page)
    s = state(page.page, url_of(LOSS).split("#")[1])
    assert s["open"] and in_view(s), s
    assert not state(page.page, url_of(QUIZ).split("#")[1])["open"]  # only the linked answer opens


def test_deep_link_opens_the_answer_on_a_hash_change(page, site_url, url_of):
    page.page.goto(site_url + "losses/")
    ready(page.page)
    qid = url_of(QUIZ).split("#")[1]
    assert not state(page.page, qid)["open"]
    page.page.evaluate("id => { location.hash = id }", qid)
    page.page.wait_for_function("id => location.hash === '#' + id", arg=qid)
    page.page.wait_for_timeout(200)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s


def test_deep_link_opens_the_answer_after_instant_navigation(page, site_url, url_of):
    page.page.goto(site_url)
    ready(page.page)
    page.page.evaluate(
        "href => { const a = document.createElement('a'); a.href = href; a.textContent = 'go'; document.querySelector('article').appendChild(a); a.click() }",
        site_url + url_of(BAGGING),
    )
    qid = url_of(BAGGING).split("#")[1]
    page.page.wait_for_function("id => !!document.getElementById(id)", arg=qid)
    page.page.wait_for_timeout(300)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s
    # Instant navigation swapped the content without a reload: Material's app kept running.
    assert page.page.evaluate("() => performance.getEntriesByType('navigation').length") == 1


def test_clicking_a_question_toggles_its_answer(page, site_url, url_of):
    page.page.goto(site_url + "classic-ml/")
    ready(page.page)
    qid = url_of(BAGGING).split("#")[1]
    heading = page.page.locator(f"#{qid}")
    assert not state(page.page, qid)["open"]
    heading.click(position={"x": 20, "y": 10})
    assert state(page.page, qid)["open"]
    heading.click(position={"x": 20, "y": 10})
    assert not state(page.page, qid)["open"]


def test_copy_link_control_copies_the_questions_own_page(page, site_url, url_of):
    page.page.goto(site_url + "losses/")
    ready(page.page)
    qid = url_of(LOSS).split("#")[1]
    page.page.locator(f"#{qid} .qa-copy").click()
    assert page.page.evaluate("() => navigator.clipboard.readText()") == site_url + f"q/{qid}/"  # the permalink
    assert page.page.locator(f"#{qid} .qa-copy").get_attribute("data-copied") == "Ссылка скопирована"


def search(page, site_url, query: str) -> list[str]:
    if not page.page.url.startswith(site_url):
        page.page.goto(site_url)
        ready(page.page)
    page.page.click(".md-search__input")
    page.page.fill(".md-search__input", "")
    page.type_keys(query)
    page.page.wait_for_function(
        "q => document.querySelector('.md-search__input').value === q && document.querySelector('.md-search-result__meta').textContent.trim() !== ''",
        arg=query,
    )
    page.page.wait_for_timeout(150)
    return page.page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.getAttribute('href'))")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("переобучение", "Почему иногда стоит использовать заведомо"),
        ("переобученной моделью", "Почему иногда стоит использовать заведомо"),
        ("энтропию", "Информационная энтропия"),
        ("функциями потерь", "Как выбор функции потерь"),
        ("сериализации", "Что такое сериализация"),
        ("бэггинг", "Объясните смысл бэггинга"),
        ("ROC-AUC", "В каких случаях вы будете применять ROC"),
        ("k-means", "В чём заключается разница между обычным k-средних"),
        ("смещению данных", "Можно ли считать, что модель"),
        ("data drift", "Что такое data drift"),
    ],
)
def test_russian_word_forms_find_the_question(page, site_url, query, expected, url_of):
    links = search(page, site_url, query)
    assert any(link.endswith(url_of(expected)) for link in links), links


def test_a_search_hit_opens_its_answer(page, site_url, url_of):
    search(page, site_url, "бэггинга")
    page.page.locator(f".md-search-result__item a[href$='{url_of(BAGGING)}']").first.click()
    qid = url_of(BAGGING).split("#")[1]
    page.page.wait_for_function("id => location.hash === '#' + id", arg=qid)
    page.page.wait_for_timeout(300)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s


def test_nonsense_finds_nothing(page, site_url):
    assert search(page, site_url, "абырвалг") == []


def test_tags_page_lists_questions_by_tag(page, site_url):
    page.page.goto(site_url + "tags/")
    text = page.page.inner_text("article")
    tag = text[text.index("машинное обучение") :]
    assert "Объясните смысл бэггинга?" in tag.split("статистика")[0]  # a tag lists its questions
    page.page.click("text=Объясните смысл бэггинга?")
    page.page.wait_for_url("**/q/*/")
    assert "Объясните смысл бэггинга?" in page.page.inner_text("h1")


def test_phone_viewport(browser, site_url, url_of):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    p = context.new_page()
    p.goto(site_url + url_of(LOSS))
    p.wait_for_selector(".qa-copy", state="attached")
    assert p.evaluate("() => document.documentElement.scrollWidth") <= 390
    s = state(p, url_of(LOSS).split("#")[1])
    assert s["open"] and in_view(s), s
    p.goto(site_url)
    assert p.evaluate("() => document.documentElement.scrollWidth") <= 390
    context.close()


def test_browser_stemmer_matches_python_snowball(page, site_url):
    words = sorted({w.lower() for f in SOURCES.glob("*.txt") for w in re.findall(r"[А-Яа-яЁё]+", f.read_text(encoding="utf-8"))})
    assert len(words) > 2000
    page.page.goto(site_url)
    page.page.add_script_tag(url=site_url + "assets/javascripts/stemmer-ru.js")
    got = page.page.evaluate("words => words.map(w => window.stemRu(w))", words)
    stemmer = snowballstemmer.stemmer("russian")
    expected = [stemmer.stemWord(w.replace("ё", "е")) for w in words]
    mismatches = [(w, e, g) for w, e, g in zip(words, expected, got, strict=True) if e != g]
    assert mismatches == []


def test_a_link_to_a_question_that_moved_still_lands_on_it(page, site_url, url_of):
    """An old link (the question moved to another theme or part) is sent to the question's own page."""
    qid = url_of(BAGGING).split("#")[1]
    asked: list[str] = []  # on a slow network too, the site asks once whether the page exists, and leaves once

    def slowly(route) -> None:
        asked.append(route.request.method)
        if route.request.method == "HEAD":
            time.sleep(0.5)
        route.continue_()

    page.page.route(f"**/q/{qid}/", slowly)
    page.page.goto(site_url + "losses/#" + qid)
    page.page.wait_for_url(site_url + f"q/{qid}/")
    page.page.wait_for_selector(".qa-copy", state="attached")
    page.page.wait_for_timeout(200)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s
    assert asked == ["HEAD", "GET"], asked


def test_a_link_into_a_page_that_is_gone_still_lands_on_its_question(browser, site_url, url_of):
    """A theme page that no longer exists (its last question left it): the site's 404 page sends the
    anchor to the question's own page. (Its own 404 is the one console error this page may log.)"""
    qid = url_of(BAGGING).split("#")[1]
    context = browser.new_context()
    p = context.new_page()
    p.goto(site_url + "no-longer-a-theme/#" + qid)
    p.wait_for_url(site_url + f"q/{qid}/")
    p.wait_for_selector(f"h1#{qid}")
    context.close()
