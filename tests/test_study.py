"""Study mode on the theme pages: random question (landing, «Следующий»), marks that persist and migrate,
progress, the «Повторить» page, shortcuts by physical key, the address bar, Anki deck and CSV, footer."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import zipfile

import genanki
import pytest

from scripts.site.anki import GUID_NAMESPACE, notes
from scripts.site.manifest import load
from scripts.site.study import chunk_count, chunk_of

STORE = "qa-study/v2"


def manifest_of(built_site) -> dict:
    return load(built_site.parent / "docs")


def marks(p) -> dict[str, str | None]:
    """Each marked question's current mark, as the page's store reads it."""
    return p.evaluate(
        "() => { const s = qaStore.load(); return Object.fromEntries(Object.entries(s.cards).map(([id, c]) => [id, qaStore.mark(c)])) }"
    )


def seed_known(p, ids: list[str], theme: str) -> None:
    """Marks «Знаю» as the store keeps them (due in ten days)."""
    p.evaluate(
        """([ids, theme]) => {
            const at = Math.floor(Date.now() / 1000)
            const cards = Object.fromEntries(ids.map(id => [id, { t: theme, log: [[at, 3]], due: at + 864000 }]))
            localStorage.setItem('qa-study/v2', JSON.stringify({ v: 2, cards }))
        }""",
        [ids, theme],
    )


def ids_of_theme(built_site, theme: str) -> list[str]:
    return [q["id"] for q in manifest_of(built_site)["questions"] if q["theme"] == theme]


def wait_ready(p) -> None:
    p.wait_for_selector(".qa-random", state="attached")


def answer_open(p, qid: str) -> bool:
    return p.evaluate(
        "id => { let d = document.getElementById(id).nextElementSibling; while (d.tagName !== 'DETAILS') d = d.nextElementSibling; return d.open }",
        qid,
    )


@pytest.mark.browser
def test_random_question_on_a_theme_page_stays_in_the_theme_with_answer_collapsed(page, site_url, built_site):
    p = page.page
    p.goto(site_url + "losses/")
    wait_ready(p)
    theme_ids = ids_of_theme(built_site, "losses")
    for _ in range(3):
        before = p.evaluate("() => location.hash")
        p.click(".qa-random")
        p.wait_for_function("h => location.hash && location.hash !== h", arg=before)
        qid = p.evaluate("() => decodeURIComponent(location.hash.slice(1))")
        assert qid in theme_ids
        p.wait_for_timeout(150)
        assert not answer_open(p, qid)


@pytest.mark.browser
def test_random_question_from_home_lands_on_a_real_question(page, site_url, built_site):
    p = page.page
    p.goto(site_url)
    wait_ready(p)
    p.click(".qa-random")
    p.wait_for_function("() => location.hash.length > 1")
    qid = p.evaluate("() => decodeURIComponent(location.hash.slice(1))")
    assert qid in {q["id"] for q in manifest_of(built_site)["questions"]}
    p.wait_for_selector(f"#{qid}")
    p.wait_for_timeout(150)
    assert not answer_open(p, qid)


@pytest.mark.browser
def test_random_prefers_questions_not_marked_known(page, site_url, built_site):
    p = page.page
    ids = ids_of_theme(built_site, "losses")
    p.goto(site_url + "losses/")
    wait_ready(p)
    p.evaluate(
        "ids => localStorage.setItem('qa-marks/v1', JSON.stringify(Object.fromEntries(ids.map(i => [i, 'known']))))", ids[1:]
    )
    for _ in range(3):
        p.goto(site_url + "losses/")
        wait_ready(p)
        p.click(".qa-random")
        p.wait_for_function("() => location.hash.length > 1")
        assert p.evaluate("() => decodeURIComponent(location.hash.slice(1))") == ids[0]


@pytest.mark.browser
def test_marks_survive_a_reload_and_count_as_progress(page, site_url, built_site):
    p = page.page
    ids = ids_of_theme(built_site, "classic-ml")
    p.goto(site_url + "classic-ml/")
    wait_ready(p)
    p.click(f".qa-study[data-qa-id='{ids[0]}'] button[data-qa-mark='known']")
    p.click(f".qa-study[data-qa-id='{ids[1]}'] button[data-qa-mark='repeat']")
    p.reload()
    wait_ready(p)
    assert p.get_attribute(f".qa-study[data-qa-id='{ids[0]}'] button[data-qa-mark='known']", "aria-pressed") == "true"
    assert p.get_attribute(f"#{ids[0]}", "data-qa-mark") == "known"
    assert p.inner_text(".qa-count .qa-progress") == f"знаю 1 из {len(ids)} · к повторению: 1"
    # Instant navigation to the home page: the theme card shows the same progress.
    p.click("a.md-header__button.md-logo")
    p.wait_for_function("() => !!document.querySelector('.qa-themes')")
    p.wait_for_function("() => document.querySelector('.qa-progress[data-qa-theme=\"classic-ml\"]').textContent !== ''")
    assert p.inner_text(".qa-progress[data-qa-theme='classic-ml']") == f"знаю 1 из {len(ids)} · к повторению: 1"
    # The review page lists what is marked "Повторить", and clearing empties it.
    p.goto(site_url + "review/")
    p.wait_for_selector(".qa-review-list li")
    titles = p.eval_on_selector_all(".qa-review-list a", "els => els.map(e => e.getAttribute('href'))")
    assert titles == [site_url + f"classic-ml/#{ids[1]}"]
    p.once("dialog", lambda d: d.accept())
    p.click(".qa-clear")
    p.wait_for_function("() => !document.querySelector('.qa-review-list')")
    assert marks(p) == {ids[0]: None, ids[1]: None}


@pytest.mark.browser
def test_pressing_a_mark_again_clears_it(page, site_url, built_site):
    p = page.page
    qid = ids_of_theme(built_site, "metrics")[0]
    p.goto(site_url + "metrics/")
    wait_ready(p)
    button = f".qa-study[data-qa-id='{qid}'] button[data-qa-mark='repeat']"
    p.click(button)
    assert p.get_attribute(button, "aria-pressed") == "true"
    p.click(button)
    assert p.get_attribute(button, "aria-pressed") == "false"
    assert marks(p) == {qid: None}


@pytest.mark.browser
def test_keyboard_shortcuts(page, site_url, built_site):
    p = page.page
    p.goto(site_url + "losses/")
    wait_ready(p)
    p.keyboard.press("r")
    p.wait_for_function("() => location.hash.length > 1")
    qid = p.evaluate("() => decodeURIComponent(location.hash.slice(1))")
    assert qid in ids_of_theme(built_site, "losses")
    p.wait_for_timeout(150)
    assert not answer_open(p, qid)
    p.keyboard.press("a")
    assert answer_open(p, qid)
    # «a» pressed before the landing's own pass has run (a slow phone: the pass comes last): the answer
    # opens, and the pass, when it comes, leaves it open
    other = next(i for i in ids_of_theme(built_site, "losses") if i != qid)
    p.evaluate(
        """id => {
            sessionStorage.setItem("qa-landing", JSON.stringify({ id, from: "random" }))
            history.replaceState(null, "", "#" + id)
        }""",
        other,
    )
    p.keyboard.press("a")
    p.evaluate("() => window.dispatchEvent(new HashChangeEvent('hashchange'))")
    p.wait_for_timeout(100)
    assert answer_open(p, other)


def _deck_notes(path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(path) as z, z.open("collection.anki2") as f:
        data = f.read()
    tmp = path.parent / "collection.sqlite"
    tmp.write_bytes(data)
    with sqlite3.connect(tmp) as db:
        rows = db.execute("select guid, flds, tags from notes order by guid").fetchall()
    tmp.unlink()
    return rows


def test_anki_deck_has_one_note_per_question_with_stable_guids(built_site):
    manifest = manifest_of(built_site)
    rows = _deck_notes(built_site / "downloads" / "sobes-data-science.apkg")
    assert len(rows) == len(manifest["questions"])
    expected = {genanki.guid_for(GUID_NAMESPACE, q["id"]) for q in manifest["questions"]}
    assert {guid for guid, _, _ in rows} == expected
    # A second build makes the same GUIDs: notes() depends only on the manifest.
    assert [n["guid"] for n in notes(manifest, "http://x/")] == [n["guid"] for n in notes(manifest, "http://y/")]
    fields = {guid: flds.split("\x1f") for guid, flds, _ in rows}
    pickle = next(q for q in manifest["questions"] if q["id"].startswith("chto-takoe-serializatsiia"))
    front, back, _theme, link = fields[genanki.guid_for(GUID_NAMESPACE, pickle["id"])]
    assert front == pickle["title"]
    assert "<pre" in back and "pickle.dump(model, wf)" in back and "<code" in back
    assert link == "http://127.0.0.1/" + pickle["permalink"] == f"http://127.0.0.1/q/{pickle['id']}/"
    l1 = next(q for q in manifest["questions"] if q["id"].startswith("chem-l1"))
    assert "<li>L2 устойчивее при мультиколлинеарности;</li>" in fields[genanki.guid_for(GUID_NAMESPACE, l1["id"])][1]
    tags = {guid: t.split() for guid, _, t in rows}
    assert set(tags[genanki.guid_for(GUID_NAMESPACE, l1["id"])]) == {"validation", "машинное_обучение"}


def test_csv_opens_in_excel_and_flashcard_apps(built_site):
    manifest = manifest_of(built_site)
    raw = (built_site / "downloads" / "sobes-data-science.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark: Excel reads UTF-8 (Cyrillic) only with it
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == ["guid", "question", "answer", "answer_html", "theme", "tags", "link"]
    assert [r["question"] for r in rows] == [q["title"] for q in manifest["questions"]]
    for q, row in zip(manifest["questions"], rows, strict=True):  # titles may repeat: rows follow the manifest
        assert row["answer"] == q["text"] and not re.search(r"</?(p|li|ul|ol|pre|code|strong|em)\b", row["answer"])
        assert row["answer_html"].startswith("<") and row["theme"] == q["theme_title"]
        assert row["link"] == "http://127.0.0.1/" + q["permalink"]
    assert b"\r\n" in raw  # rows end as Excel writes them


def test_home_page_links_the_deck(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="downloads/sobes-data-science.apkg"' in html and 'href="downloads/sobes-data-science.csv"' in html


# ---- landing of a random question ---------------------------------------------------------------


def heading_top(p, qid: str) -> dict:
    return p.evaluate(
        """id => {
            const h = document.getElementById(id)
            return {top: h.getBoundingClientRect().top, margin: parseFloat(getComputedStyle(h).scrollMarginTop)}
        }""",
        qid,
    )


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 900}])
def test_a_random_question_lands_at_the_top_marked_with_next_by_its_answer(browser, site_url, built_site, viewport):
    """Even the last question of a page: it comes to the top, not 300 px down under another one."""
    ids = ids_of_theme(built_site, "classic-ml")
    last = ids[-1]
    context = browser.new_context(viewport=viewport)
    try:
        p = context.new_page()
        p.goto(site_url + "classic-ml/")
        wait_ready(p)
        seed_known(p, ids[:-1], "classic-ml")  # the only one not known: the random pick
        p.click(".qa-random")
        p.wait_for_function("id => location.hash === '#' + id", arg=last)
        p.wait_for_selector(f"#{last} .qa-badge")
        p.wait_for_timeout(300)
        pos = heading_top(p, last)
        assert abs(pos["top"] - pos["margin"]) <= 2, pos
        assert p.text_content(f"#{last} .qa-badge") == "Случайный вопрос"
        assert p.get_attribute(f"#{last}", "data-qa-landing") == "random"
        assert not answer_open(p, last)
        # Only the question picked is marked; «Следующий» sits in its own study bar, by the answer.
        assert p.eval_on_selector_all(".qa-badge", "els => els.length") == 1
        next_button = f".qa-study[data-qa-id='{last}'] .qa-next"
        assert p.inner_text(next_button) == "Следующий случайный →"
        p.click(next_button)
        p.wait_for_function("id => location.hash.length > 1 && location.hash !== '#' + id", arg=last)
        qid = p.evaluate("() => decodeURIComponent(location.hash.slice(1))")
        p.wait_for_selector(f"#{qid} .qa-badge")
        p.wait_for_timeout(300)
        pos = heading_top(p, qid)
        assert abs(pos["top"] - pos["margin"]) <= 2, pos
        assert qid in ids and not answer_open(p, qid)
        assert p.eval_on_selector_all(".qa-badge", "els => els.length") == 1
        assert p.eval_on_selector_all(".qa-next", "els => els.length") == 1
    finally:
        context.close()


@pytest.mark.browser
def test_the_review_page_groups_by_theme_and_opens_questions_closed(page, site_url, built_site):
    p = page.page
    manifest = manifest_of(built_site)
    picks = {t: [q["id"] for q in manifest["questions"] if q["theme"] == t][:2] for t in ("metrics", "validation")}
    p.goto(site_url + "review/")
    p.evaluate(
        """ids => {
            const at = Math.floor(Date.now() / 1000)
            localStorage.setItem('qa-study/v2', JSON.stringify({ v: 2, cards: Object.fromEntries(ids.map(id => [id, { log: [[at, 1]], due: at + 60 }])) }))
        }""",
        picks["metrics"] + picks["validation"],
    )
    p.reload()
    p.wait_for_selector(".qa-review-list li")
    titles = {t["slug"]: t["title"] for t in manifest["themes"]}
    themes = p.eval_on_selector_all(".qa-review-theme", "els => els.map(e => e.textContent)")
    assert themes == [f"{titles['metrics']} (2)", f"{titles['validation']} (2)"]  # taxonomy order
    assert p.get_attribute("a.qa-start", "href") == site_url + "study/?list=repeat"
    # A link from the list opens its question with the answer closed, marked, with «Следующий из списка».
    first = picks["metrics"][0]
    p.click(f".qa-review-list a[href$='#{first}']")
    p.wait_for_selector(f"#{first} .qa-badge")
    p.wait_for_timeout(200)
    assert not answer_open(p, first)
    assert p.text_content(f"#{first} .qa-badge") == "Из списка «Повторить»"
    p.click(f".qa-study[data-qa-id='{first}'] .qa-next")
    p.wait_for_function("id => location.hash === '#' + id", arg=picks["metrics"][1])
    p.wait_for_selector(f"#{picks['metrics'][1]} .qa-badge")
    assert not answer_open(p, picks["metrics"][1])


@pytest.mark.browser
def test_marks_of_the_first_version_are_migrated_not_dropped(page, site_url, built_site):
    p = page.page
    ids = ids_of_theme(built_site, "metrics")
    p.goto(site_url)
    p.evaluate("ids => localStorage.setItem('qa-marks/v1', JSON.stringify({[ids[0]]: 'known', [ids[1]]: 'repeat'}))", ids)
    p.goto(site_url + "metrics/")
    wait_ready(p)
    assert p.get_attribute(f".qa-study[data-qa-id='{ids[0]}'] button[data-qa-mark='known']", "aria-pressed") == "true"
    assert p.get_attribute(f".qa-study[data-qa-id='{ids[1]}'] button[data-qa-mark='repeat']", "aria-pressed") == "true"
    # The scheduler settles the due times and the theme of each mark; the old key goes only then.
    p.wait_for_function("() => Object.values(qaStore.load().cards).every(c => typeof c.due === 'number' && c.t)")
    cards = p.evaluate("() => qaStore.load().cards")
    assert {i: c["t"] for i, c in cards.items()} == {ids[0]: "metrics", ids[1]: "metrics"}
    assert p.evaluate("() => localStorage.getItem('qa-marks/v1')") is None
    assert marks(p) == {ids[0]: "known", ids[1]: "repeat"}


# ---- keyboard by physical key, the address bar ---------------------------------------------------


def press(p, key: str, code: str, vk: int) -> None:
    """A key as a Russian layout sends it: the character of the layout, the code of the physical key."""
    cdp = p.context.new_cdp_session(p)
    cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": key, "code": code, "text": key, "windowsVirtualKeyCode": vk})
    cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk})
    cdp.detach()


def search_is_open(p) -> bool:
    toggle = "document.querySelector('[data-md-toggle=search]').checked"
    return p.evaluate(f"() => {toggle} && document.activeElement.matches('.md-search__input')")


@pytest.mark.browser
def test_shortcuts_work_on_a_russian_layout(page, site_url, built_site):
    p = page.page
    p.goto(site_url + "losses/")
    wait_ready(p)
    # «/» is «.» on a Russian layout, which Material takes for "next page": here it opens the search.
    press(p, ".", "Slash", 191)
    p.wait_for_function("() => document.querySelector('[data-md-toggle=search]').checked")
    assert search_is_open(p) and p.input_value(".md-search__input") == ""
    assert p.evaluate("() => location.pathname") == "/losses/"
    # Typing in the search box is never taken for a shortcut: «к» (the R key) is a letter there.
    press(p, "к", "KeyR", 82)
    assert p.input_value(".md-search__input") == "к" and p.evaluate("() => location.hash") == ""
    p.fill(".md-search__input", "")
    p.keyboard.press("Escape")
    p.wait_for_function("() => !document.querySelector('[data-md-toggle=search]').checked")
    p.evaluate("() => document.activeElement.blur()")
    # Material finishes closing the search after the toggle (it restores the scroll ~100 ms later and
    # may take the focus back meanwhile); a reader's next key comes later than that.
    p.wait_for_timeout(400)
    press(p, "ы", "KeyS", 83)
    p.wait_for_function("() => document.querySelector('[data-md-toggle=search]').checked")
    assert search_is_open(p) and p.input_value(".md-search__input") == ""
    p.keyboard.press("Escape")
    p.evaluate("() => document.activeElement.blur()")
    # R (К) picks a random question of the theme, A (Ф) opens its answer.
    press(p, "к", "KeyR", 82)
    p.wait_for_function("() => location.hash.length > 1")
    qid = p.evaluate("() => decodeURIComponent(location.hash.slice(1))")
    assert qid in ids_of_theme(built_site, "losses")
    p.wait_for_selector(f"#{qid} .qa-badge")
    assert not answer_open(p, qid)
    press(p, "ф", "KeyA", 65)
    assert answer_open(p, qid)


@pytest.mark.browser
def test_scrolling_leaves_the_address_alone(page, site_url, built_site):
    """Scrolling past questions does not rewrite the address (a reload or a share keeps the page)."""
    p = page.page
    ids = ids_of_theme(built_site, "classic-ml")
    for start in ("classic-ml/", f"classic-ml/#{ids[0]}"):
        p.goto(site_url + start)
        wait_ready(p)
        p.mouse.move(640, 450)
        seen = set()
        for _ in range(12):
            p.mouse.wheel(0, 300)
            p.wait_for_timeout(150)
            seen.add(p.evaluate("() => location.href"))
        p.wait_for_timeout(500)
        seen.add(p.evaluate("() => location.href"))
        assert p.evaluate("() => scrollY") > 500
        assert seen == {site_url + start}


# ---- build outputs ---------------------------------------------------------------------------------


def test_study_chunks_hold_every_question_once_where_the_page_says(built_site):
    manifest = manifest_of(built_site)
    page = (built_site / "study" / "index.html").read_text(encoding="utf-8")
    seen = []
    for theme in manifest["themes"]:
        ids = [q["id"] for q in manifest["questions"] if q["theme"] == theme["slug"]]
        n = chunk_count(len(ids))
        folder = built_site / "assets" / "study" / theme["slug"]
        assert len(list(folder.iterdir())) == n
        sizes = []
        for k in range(n):
            data = json.loads((folder / f"{k}.json").read_text(encoding="utf-8"))
            assert data["theme"] == theme["slug"]
            assert all(chunk_of(card[0], n) == k for card in data["cards"])
            sizes.append(len(data["cards"]))
            seen += [card[0] for card in data["cards"]]
        assert f'value="theme:{theme["slug"]}" data-qa-chunks="{",".join(map(str, sizes))}"' in page
    assert sorted(seen) == sorted(q["id"] for q in manifest["questions"])
    engineering = json.loads((built_site / "assets" / "study" / "engineering" / "0.json").read_text(encoding="utf-8"))
    pickle = next(c for c in engineering["cards"] if c[0].startswith("chto-takoe-serializatsiia"))
    assert "<pre" in pickle[2] and "pickle.dump(model, wf)" in pickle[2] and pickle[3].startswith("engineering/#")


def test_footer_is_russian_and_names_no_generator(built_site):
    for page in ("index.html", "losses/index.html", "study/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        assert "Made with" not in html and "Material for MkDocs" not in html
        assert "права на тексты принадлежат их авторам" in html
