"""The site as a reader uses it, in Debian's Chromium: deep links, search, copy link, phone."""

from __future__ import annotations

import re

import pytest
import snowballstemmer

from .conftest import SOURCES

pytestmark = pytest.mark.browser

LOSS = "losses/#pochemu-inogda-ispolzuiut-obmanchivo-plokhuiu-loss-funktsiiu-na-etape-obucheniia"
QUIZ = "losses/#kak-vybor-funktsii-poter-vliiaet-na-protsess-obucheniia-modeli"
BAGGING = "classic-ml/#obiasnite-smysl-begginga"


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


def test_deep_link_opens_the_answer_on_a_fresh_load(page, site_url):
    page.page.goto(site_url + LOSS)
    ready(page.page)
    s = state(page.page, LOSS.split("#")[1])
    assert s["open"] and in_view(s), s
    assert not state(page.page, QUIZ.split("#")[1])["open"]  # only the linked answer opens


def test_deep_link_opens_the_answer_on_a_hash_change(page, site_url):
    page.page.goto(site_url + "losses/")
    ready(page.page)
    qid = QUIZ.split("#")[1]
    assert not state(page.page, qid)["open"]
    page.page.evaluate("id => { location.hash = id }", qid)
    page.page.wait_for_function("id => location.hash === '#' + id", arg=qid)
    page.page.wait_for_timeout(200)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s


def test_deep_link_opens_the_answer_after_instant_navigation(page, site_url):
    page.page.goto(site_url)
    ready(page.page)
    page.page.evaluate(
        "href => { const a = document.createElement('a'); a.href = href; a.textContent = 'go'; document.querySelector('article').appendChild(a); a.click() }",
        site_url + BAGGING,
    )
    qid = BAGGING.split("#")[1]
    page.page.wait_for_function("id => !!document.getElementById(id)", arg=qid)
    page.page.wait_for_timeout(300)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s
    # Instant navigation swapped the content without a reload: Material's app kept running.
    assert page.page.evaluate("() => performance.getEntriesByType('navigation').length") == 1


def test_clicking_a_question_toggles_its_answer(page, site_url):
    page.page.goto(site_url + "classic-ml/")
    ready(page.page)
    qid = BAGGING.split("#")[1]
    heading = page.page.locator(f"#{qid}")
    assert not state(page.page, qid)["open"]
    heading.click(position={"x": 20, "y": 10})
    assert state(page.page, qid)["open"]
    heading.click(position={"x": 20, "y": 10})
    assert not state(page.page, qid)["open"]


def test_copy_link_control_copies_the_questions_own_page(page, site_url):
    page.page.goto(site_url + "losses/")
    ready(page.page)
    qid = LOSS.split("#")[1]
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
        ("переобучение", "validation/#pochemu-inogda-stoit-ispolzovat-zavedomo-pereobuchennuiu-model-nesmotria-na-riski"),
        ("переобученной моделью", "validation/#pochemu-inogda-stoit-ispolzovat-zavedomo-pereobuchennuiu-model-nesmotria-na-riski"),
        ("энтропию", "losses/#informatsionnaia-entropiia"),
        ("функциями потерь", "losses/#kak-vybor-funktsii-poter-vliiaet-na-protsess-obucheniia-modeli"),
        ("сериализации", "engineering/#chto-takoe-serializatsiia-i-deserializatsiia-kak-ispolzuetsia-v-mashinnom-obuchenii"),
        ("бэггинг", "classic-ml/#obiasnite-smysl-begginga"),
        ("ROC-AUC", "metrics/#v-kakikh-sluchaiakh-vy-budete-primeniat-roc-krivuiu-dlia-otsenki-modeli"),
        ("k-means", "classic-ml/#v-chem-zakliuchaetsia-raznitsa-mezhdu-obychnym-k-srednikh-k-means-i-k-srednikh-k-means"),
        ("смещению данных", "drift/#mozhno-li-schitat-chto-model-kotoraia-khorosho-rabotaet-na-dannykh-proshlogo-ponimaet-budushchee"),
        ("data drift", "drift/#chto-takoe-data-drift-i-kak-ego-zametit"),
    ],
)
def test_russian_word_forms_find_the_question(page, site_url, query, expected):
    links = search(page, site_url, query)
    assert any(link.endswith(expected) for link in links), links


def test_a_search_hit_opens_its_answer(page, site_url):
    search(page, site_url, "бэггинга")
    page.page.locator(f".md-search-result__item a[href$='{BAGGING}']").first.click()
    qid = BAGGING.split("#")[1]
    page.page.wait_for_function("id => location.hash === '#' + id", arg=qid)
    page.page.wait_for_timeout(300)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s


def test_nonsense_finds_nothing(page, site_url):
    assert search(page, site_url, "абырвалг") == []


def test_tags_page_lists_questions_by_tag(page, site_url):
    page.page.goto(site_url + "tags/")
    text = page.page.inner_text("article")
    assert "машинное обучение" in text and "Функции потерь" in text


def test_phone_viewport(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    p = context.new_page()
    p.goto(site_url + LOSS)
    p.wait_for_selector(".qa-copy", state="attached")
    assert p.evaluate("() => document.documentElement.scrollWidth") <= 390
    s = state(p, LOSS.split("#")[1])
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


def test_a_link_to_a_question_that_moved_still_lands_on_it(page, site_url):
    """An old link (the question moved to another theme or part) is sent to its current page."""
    qid = BAGGING.split("#")[1]
    page.page.goto(site_url + "losses/#" + qid)
    page.page.wait_for_url(site_url + BAGGING)
    page.page.wait_for_selector(".qa-copy", state="attached")
    page.page.wait_for_timeout(200)
    s = state(page.page, qid)
    assert s["open"] and in_view(s), s
