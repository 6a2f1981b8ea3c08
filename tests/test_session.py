"""The study session (study/) in Chromium: reveal, mark, next, progress across reloads and instant
navigation, spaced repetition, due counts, keyboard and swipe, transfer of marks to another profile."""

from __future__ import annotations

import json
import re

import pytest

from scripts.site.manifest import load
from scripts.site.study import chunk_count, chunk_of, fnv1a

pytestmark = pytest.mark.browser

STORE = "qa-study/v2"
DAY = 86_400


def manifest(built_site) -> dict:
    return load(built_site.parent / "docs")


def questions(built_site) -> dict[str, dict]:
    return {q["id"]: q for q in manifest(built_site)["questions"]}


def store(p) -> dict:
    return json.loads(p.evaluate(f"() => localStorage.getItem('{STORE}') || '{{\"cards\":{{}}}}'"))["cards"]


def card_id(p, other: str | None = None) -> str:
    """The question on screen (once it differs from `other`)."""
    p.wait_for_function(
        "other => { const c = document.querySelector('.qa-card'); return c.dataset.qaId && c.dataset.qaId !== other }", arg=other
    )
    return p.get_attribute(".qa-card", "data-qa-id")


def open_session(p, site_url: str, query: str = "") -> str:
    p.goto(site_url + "study/" + query)
    return card_id(p)


def answer(p, button: str) -> None:
    p.click(".qa-reveal")
    p.click(button)


def now(p) -> int:
    return p.evaluate("() => Math.floor(Date.now() / 1000)")


@pytest.fixture
def phone(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def test_a_session_reveals_marks_moves_on_and_survives_a_reload(page, site_url, built_site):
    p = page.page
    qs = questions(built_site)
    first = open_session(p, site_url, "?theme=classic-ml")
    assert qs[first]["theme"] == "classic-ml"
    assert p.inner_text(".qa-card-title") == qs[first].get("title_shown", qs[first]["title"])  # a spoiler stays hidden
    assert p.is_hidden(".qa-card-answer") and p.is_hidden(".qa-know") and p.is_hidden(".qa-dont")
    p.click(".qa-reveal")
    assert p.is_visible(".qa-card-answer") and p.is_visible(".qa-know") and p.is_hidden(".qa-reveal")
    first_line = qs[first]["text"].splitlines()[0][:40]
    assert first_line in p.inner_text(".qa-card-answer")
    assert p.get_attribute(".qa-card-page a", "href") == site_url + qs[first]["url"]
    p.click(".qa-dont")
    second = card_id(p, first)
    assert qs[second]["theme"] == "classic-ml"
    cards = store(p)
    assert [e[1] for e in cards[first]["log"]] == [1] and cards[first]["t"] == "classic-ml"
    assert 0 < cards[first]["due"] - now(p) <= 60  # «Не знаю»: back in a minute
    answer(p, ".qa-know")
    third = card_id(p, second)
    assert store(p)[second]["due"] - now(p) > DAY  # «Знаю»: back in days
    assert third not in (first, second)
    assert "ответов сегодня: 2" in p.inner_text(".qa-session-status")
    # A reload (and the answer opened before it) brings back the same question, as it was.
    p.click(".qa-reveal")
    p.reload()
    assert card_id(p) == third
    p.wait_for_selector(".qa-card-answer", state="visible")
    assert p.input_value(".qa-scope") == "theme:classic-ml"
    # Undo takes back the last answer and shows its question again.
    p.click(".qa-undo")
    assert card_id(p, third) == second
    assert second not in store(p) and p.is_visible(".qa-know")


def test_the_first_screen_loads_no_scheduler_and_parses_no_answer(page, site_url, built_site):
    """The page opens on the question: the scheduler (ts-fsrs) is fetched when the first answer is
    shown, and the answer's HTML is parsed then, not with the page; rating it still schedules it."""
    p = page.page
    qs = questions(built_site)
    first = open_session(p, site_url)
    p.wait_for_load_state("networkidle")
    loaded = "() => performance.getEntriesByType('resource').some(e => e.name.includes('/vendor/ts-fsrs'))"
    assert p.evaluate(loaded) is False and p.evaluate("() => typeof window.FSRS") == "undefined"
    assert p.evaluate("() => document.querySelector('.qa-card-answer').childNodes.length") == 0
    p.click(".qa-reveal")
    p.wait_for_function(loaded)
    words = " ".join(re.findall(r"\w+", qs[first]["text"].splitlines()[0]))[
        :40
    ]  # a poll's «Accuracy — 12%» is «Accuracy 12%» in the text
    assert words in " ".join(re.findall(r"\w+", p.inner_text(".qa-card-answer")))
    p.click(".qa-know")
    card_id(p, first)
    assert store(p)[first]["due"] - now(p) > DAY  # scheduled by FSRS: back in days


def test_not_known_comes_back_before_new_questions(page, site_url, built_site):
    p = page.page
    p.clock.install()
    first = open_session(p, site_url, "?theme=classic-ml")
    answer(p, ".qa-dont")
    second = card_id(p, first)
    assert second != first  # not at once: a new question first
    p.clock.fast_forward("02:00")
    answer(p, ".qa-know")
    assert card_id(p, second) == first  # due again: it comes before the three new ones left
    assert "вы отмечали «Не знаю»" in p.inner_text(".qa-card-meta")
    assert "К повторению: 1" in p.inner_text(".qa-session-status")


def test_a_theme_runs_out_then_says_when_to_come_back(page, site_url, built_site):
    p = page.page
    ids = [q["id"] for q in manifest(built_site)["questions"] if q["theme"] == "losses"]
    shown = [open_session(p, site_url, "?theme=losses")]
    for _ in ids[1:]:
        answer(p, ".qa-know")
        shown.append(card_id(p, shown[-1]))
    assert sorted(shown) == sorted(ids)  # every question of the theme, once
    answer(p, ".qa-know")
    p.wait_for_function("() => !document.querySelector('.qa-card').dataset.qaId")
    assert p.inner_text(".qa-card-title") == "На сегодня всё"
    assert "Следующее повторение — через 2 дня" in p.inner_text(".qa-card-answer")
    assert p.is_hidden(".qa-reveal") and p.is_hidden(".qa-know")


def test_due_counts_on_the_home_page_theme_cards_and_theme_page(page, site_url, built_site):
    p = page.page
    p.clock.install()
    first = open_session(p, site_url, "?theme=metrics")
    answer(p, ".qa-know")
    second = card_id(p, first)
    answer(p, ".qa-dont")
    card_id(p, second)
    # Instant navigation to the home page: one due now (the «Не знаю»), one known.
    p.click("a.md-header__button.md-logo")
    p.wait_for_selector(".qa-themes")
    p.wait_for_function("() => document.querySelector('.qa-due-total').textContent !== ''")
    assert p.inner_text(".qa-due-total") == "К повторению сейчас: 1."
    total = len([q for q in manifest(built_site)["questions"] if q["theme"] == "metrics"])
    assert p.inner_text(".qa-progress[data-qa-theme='metrics']") == f"знаю 1 из {total} · к повторению: 1"
    assert p.get_attribute(".qa-progress[data-qa-theme='metrics'] a", "href") == site_url + "study/?theme=metrics"
    # Three days later the known one is due too.
    p.clock.fast_forward(3 * DAY * 1000)
    p.goto(site_url + "metrics/")
    p.wait_for_selector(".qa-count .qa-progress a")
    assert p.inner_text(".qa-count .qa-progress") == f"знаю 1 из {total} · к повторению: 2"
    p.goto(site_url)
    p.wait_for_function("() => document.querySelector('.qa-due-total').textContent !== ''")
    assert p.inner_text(".qa-due-total") == "К повторению сейчас: 2."


def test_the_repeat_list_can_be_worked_through(page, site_url, built_site):
    p = page.page
    ids = [q["id"] for q in manifest(built_site)["questions"] if q["theme"] == "classic-ml"][:2]
    p.goto(site_url + "classic-ml/")
    for qid in ids:
        p.click(f".qa-study[data-qa-id='{qid}'] button[data-qa-mark='repeat']")
    p.wait_for_function(
        "ids => ids.every(id => document.querySelector(`.qa-study[data-qa-id='${id}'] [data-qa-mark=repeat]`).ariaPressed === 'true')",
        arg=ids,
    )
    p.goto(site_url + "review/")
    p.click("a.qa-start")
    p.wait_for_url(site_url + "study/?list=repeat")
    first = card_id(p)
    assert first in ids
    assert "В списке «Повторить»: 2" in p.inner_text(".qa-session-status")
    answer(p, ".qa-know")
    second = card_id(p, first)
    assert {first, second} == set(ids)
    answer(p, ".qa-know")
    p.wait_for_function("() => document.querySelector('.qa-card-title').textContent === 'Список «Повторить» пуст'")
    assert "В списке «Повторить»: 0" in p.inner_text(".qa-session-status")


def test_the_session_by_keyboard_on_a_russian_layout(page, site_url, built_site):
    """Physical keys: Space shows the answer, → «Знаю», ← «Не знаю», U (Г on a Russian layout) undoes."""
    p = page.page
    first = open_session(p, site_url, "?theme=classic-ml")
    cdp = p.context.new_cdp_session(p)

    def press(key: str, code: str, vk: int, text: str = "") -> None:
        down = {"type": "keyDown" if text else "rawKeyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk}
        if text:
            down["text"] = text
        cdp.send("Input.dispatchKeyEvent", down)
        cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk})

    press(" ", "Space", 32, " ")
    p.wait_for_selector(".qa-card-answer", state="visible")
    press("ArrowRight", "ArrowRight", 39)
    second = card_id(p, first)
    assert store(p)[first]["log"][0][1] == 3
    press("ф", "KeyA", 65, "ф")
    p.wait_for_selector(".qa-dont", state="visible")
    press("ArrowLeft", "ArrowLeft", 37)
    third = card_id(p, second)
    assert store(p)[second]["log"][0][1] == 1
    press("г", "KeyU", 85, "г")
    assert card_id(p, third) == second
    assert p.evaluate("() => location.pathname") == "/study/"


def test_a_swipe_marks_the_answer_on_a_phone(phone, site_url, built_site):
    p = phone
    first = open_session(p, site_url, "?theme=validation")
    p.click(".qa-reveal")
    box = p.locator(".qa-card").bounding_box()
    y = box["y"] + min(box["height"], 844 - box["y"]) / 3
    cdp = p.context.new_cdp_session(p)

    def swipe(x0: float, x1: float) -> None:
        cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x0, "y": y}]})
        for k in range(1, 9):
            cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x0 + (x1 - x0) * k / 8, "y": y}]})
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    swipe(60, 330)  # to the right: «Знаю»
    second = card_id(p, first)
    assert store(p)[first]["log"][0][1] == 3
    p.click(".qa-reveal")
    swipe(330, 60)  # to the left: «Не знаю»
    card_id(p, second)
    assert store(p)[second]["log"][0][1] == 1
    # One-handed: the buttons are large and on screen without scrolling.
    p.click(".qa-reveal")
    for button in (".qa-know", ".qa-dont"):
        b = p.locator(button).bounding_box()
        assert b["height"] >= 48 and b["width"] >= 120 and b["y"] + b["height"] <= 844, (button, b)
    assert p.evaluate("() => document.documentElement.scrollWidth") <= 390


def test_the_session_survives_instant_navigation(page, site_url, built_site):
    p = page.page
    p.goto(site_url)
    p.click("a.qa-start")  # Material's instant navigation, no reload
    first = card_id(p)
    p.click(".qa-reveal")
    p.click("a.md-header__button.md-logo")
    p.wait_for_selector(".qa-themes")
    p.click("a.qa-train[href$='?theme=drift']")
    p.wait_for_url(site_url + "study/?theme=drift")
    drift = card_id(p)
    assert questions(built_site)[drift]["theme"] == "drift"
    p.select_option(".qa-scope", "all")
    p.wait_for_url(site_url + "study/")
    assert p.evaluate("() => performance.getEntriesByType('navigation').length") == 1
    # The question in progress stays when the scope widens.
    assert p.get_attribute(".qa-card", "data-qa-id") == drift
    assert first in questions(built_site)


def test_the_study_page_loads_one_chunk_not_the_question_list(page, site_url, built_site):
    p = page.page
    urls: list[str] = []
    p.on("request", lambda r: urls.append(r.url[len(site_url) :]))
    qid = open_session(p, site_url, "?theme=classic-ml")
    p.wait_for_load_state("networkidle")
    own = [u for u in urls if not u.startswith("search/")]
    assert "assets/study.json" not in own and not any(u.endswith("questions.json") for u in own)
    chunk = f"assets/study/classic-ml/{chunk_of(qid, chunk_count(len([q for q in questions(built_site).values() if q['theme'] == 'classic-ml'])))}.json"
    assert [u for u in own if u.startswith("assets/study/")] == [chunk]
    # The browser's hash is the build's: every chunk the page can ask for holds its questions.
    ids = list(questions(built_site))
    assert p.evaluate("ids => ids.map(window.qaSession.fnv1a)", ids) == [fnv1a(i) for i in ids]


def _mark_some(p, site_url: str, built_site) -> dict:
    first = open_session(p, site_url, "?theme=classic-ml")
    answer(p, ".qa-know")
    second = card_id(p, first)
    answer(p, ".qa-dont")
    card_id(p, second)
    cards = store(p)
    assert set(cards) == {first, second}
    return cards


def test_export_to_a_file_and_import_it_into_a_fresh_profile(browser, page, site_url, built_site, tmp_path):
    p = page.page
    cards = _mark_some(p, site_url, built_site)
    with p.expect_download() as info:
        p.click(".qa-export-file")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.name.startswith("sobes-progress-") and path.suffix == ".json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "sobes-progress" and {i: c["log"] for i, c in data["cards"].items()} == {
        i: c["log"] for i, c in cards.items()
    }
    # Another device with a mark of its own on one of the same questions, and one elsewhere.
    context = browser.new_context()
    try:
        q = context.new_page()
        ids = list(cards)
        other = next(i for i, x in questions(built_site).items() if x["theme"] == "metrics")
        q.goto(site_url + "classic-ml/")
        q.click(f".qa-study[data-qa-id='{ids[0]}'] button[data-qa-mark='repeat']")
        q.goto(site_url + "metrics/")
        q.click(f".qa-study[data-qa-id='{other}'] button[data-qa-mark='known']")
        q.wait_for_function("id => JSON.parse(localStorage.getItem('qa-study/v2')).cards[id].due", arg=other)
        before = store(q)
        q.goto(site_url + "study/")
        card_id(q)
        q.set_input_files(".qa-import-file", str(path))
        q.wait_for_function("() => document.querySelector('.qa-transfer-status').textContent.startsWith('Перенесено')")
        assert q.inner_text(".qa-transfer-status") == "Перенесено: 1 новый вопрос, обновлено: 1. Всего с отметками: 3."
        merged = store(q)
        # The union of both logs: nothing lost on either side; the later answer decides.
        assert merged[ids[1]]["log"] == cards[ids[1]]["log"]
        assert sorted(map(tuple, merged[ids[0]]["log"])) == sorted(map(tuple, before[ids[0]]["log"] + cards[ids[0]]["log"]))
        assert merged[other]["log"] == before[other]["log"]
        assert all(isinstance(c["due"], int) for c in merged.values())
        # Importing the same file again changes nothing.
        q.set_input_files(".qa-import-file", str(path))
        q.wait_for_function("() => document.querySelector('.qa-transfer-status').textContent.includes('обновлено: 0')")
        assert store(q) == merged
    finally:
        context.close()


def test_a_link_carries_the_marks_to_a_fresh_profile(browser, page, site_url, built_site):
    p = page.page
    cards = _mark_some(p, site_url, built_site)
    p.click(".qa-export-link")
    p.wait_for_function("() => document.querySelector('.qa-transfer-status').textContent.startsWith('Ссылка скопирована')")
    link = p.input_value(".qa-code")
    assert link.startswith(site_url + "study/#import=1") and p.evaluate("() => navigator.clipboard.readText()") == link
    assert len(link) < 600, len(link)  # two marks: a short link
    context = browser.new_context()
    try:
        q = context.new_page()
        q.goto(link)
        q.wait_for_selector(".qa-import-offer:not([hidden])")
        assert "отметки 2 вопросов" in q.inner_text(".qa-import-offer")
        assert q.evaluate("() => location.hash") == ""  # the code leaves the address bar
        assert store(q) == {}  # nothing merged before the reader agrees
        q.click(".qa-import-yes")
        q.wait_for_function("() => document.querySelector('.qa-transfer-status').textContent.startsWith('Перенесено')")
        assert {i: c["log"] for i, c in store(q).items()} == {i: c["log"] for i, c in cards.items()}
        # The code pasted by hand works the same (here: into a third, empty profile).
    finally:
        context.close()
    third = browser.new_context()
    try:
        r = third.new_page()
        r.goto(site_url + "study/")
        card_id(r)
        r.fill(".qa-code", link.split("#import=")[1])
        r.click(".qa-import-code")
        r.wait_for_function("() => document.querySelector('.qa-transfer-status').textContent.startsWith('Перенесено')")
        assert set(store(r)) == set(cards)
        r.fill(".qa-code", "not a code")
        r.click(".qa-import-code")
        r.wait_for_function("() => document.querySelector('.qa-transfer-status').textContent.startsWith('Не удалось')")
        assert set(store(r)) == set(cards)
    finally:
        third.close()
