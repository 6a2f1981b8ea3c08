"""Study mode: random question, know/repeat marks that persist, progress, review page, Anki deck."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile

import genanki
import pytest

from scripts.site.anki import GUID_NAMESPACE, notes


def manifest_of(built_site) -> dict:
    from .conftest import site_manifest

    return site_manifest(built_site)


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
    p.evaluate("ids => localStorage.setItem('qa-marks/v1', JSON.stringify(Object.fromEntries(ids.map(i => [i, 'known']))))", ids[1:])
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
    assert p.inner_text(".qa-count .qa-progress") == f"знаю 1 из {len(ids)}"
    # Instant navigation to the home page: the theme card shows the same progress.
    p.click("a.md-header__button.md-logo")
    p.wait_for_function("() => !!document.querySelector('.qa-themes')")
    p.wait_for_function("() => document.querySelector('.qa-progress[data-qa-theme=\"classic-ml\"]').textContent !== ''")
    assert p.inner_text(".qa-progress[data-qa-theme='classic-ml']") == f"знаю 1 из {len(ids)}"
    # The review page lists what is marked "Повторить", and clearing empties it.
    p.goto(site_url + "review/")
    p.wait_for_selector(".qa-review-list li")
    titles = p.eval_on_selector_all(".qa-review-list a", "els => els.map(e => e.getAttribute('href'))")
    assert titles == [site_url + f"classic-ml/#{ids[1]}"]
    p.once("dialog", lambda d: d.accept())
    p.click(".qa-clear")
    p.wait_for_function("() => !document.querySelector('.qa-review-list')")
    assert p.evaluate("() => localStorage.getItem('qa-marks/v1')") == "{}"


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
    assert p.evaluate("() => localStorage.getItem('qa-marks/v1')") == "{}"


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
    assert link == "http://127.0.0.1/" + pickle["url"]
    l1 = next(q for q in manifest["questions"] if q["id"].startswith("chem-l1"))
    assert "<li>L2 устойчивее при мультиколлинеарности;</li>" in fields[genanki.guid_for(GUID_NAMESPACE, l1["id"])][1]
    tags = {guid: t.split() for guid, _, t in rows}
    assert set(tags[genanki.guid_for(GUID_NAMESPACE, l1["id"])]) == {"validation", "машинное_обучение"}


def test_csv_export_matches_the_deck(built_site):
    manifest = manifest_of(built_site)
    rows = list(csv.DictReader(io.StringIO((built_site / "downloads" / "sobes-data-science.csv").read_text(encoding="utf-8"))))
    assert [r["question"] for r in rows] == [q["title"] for q in manifest["questions"]]
    assert all(r["link"].startswith("http://127.0.0.1/") and "#" in r["link"] for r in rows)


def test_home_page_links_the_deck(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="downloads/sobes-data-science.apkg"' in html and 'href="downloads/sobes-data-science.csv"' in html
