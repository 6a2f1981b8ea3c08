"""Offline and installable, in Chromium at a phone's size, with the site served under a sub-path
(as GitHub Pages serves a project site): after one visit and with the network off, a theme page not
opened yet, a search and a study session of ten cards all work; where nothing was saved, the page
says «нет сети», never «nothing found»; a republished site replaces the cache; the manifest makes
the site installable. The precache manifest itself (scripts/site/offline.py) is checked against
the files of the built site."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from scripts.bench.scratch import scratch_project
from scripts.bench.serve import serve
from scripts.site import offline

from .conftest import CHROMIUM, SOURCES, ingest_and_build

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
SUBPATH = "repo/"


@contextmanager
def served_under_subpath(site: Path, tmp: Path) -> Iterator[str]:
    """The site at http://127.0.0.1:<port>/repo/ (the folder above it holds nothing else)."""
    root = tmp / "root"
    root.mkdir(exist_ok=True)
    link = root / SUBPATH.rstrip("/")
    if not link.exists():
        link.symlink_to(site, target_is_directory=True)
    with serve(root, gzip_text=False) as url:
        yield url + SUBPATH


@pytest.fixture(scope="module")
def subpath_url(built_site, tmp_path_factory) -> Iterator[str]:
    with served_under_subpath(built_site, tmp_path_factory.mktemp("served")) as url:
        yield url


def manifest_of(site: Path) -> dict:
    return json.loads((site.parent / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))


def worker_manifest(site: Path) -> list[dict]:
    source = (site / "sw.js").read_text(encoding="utf-8")
    match = re.search(r"precacheAndRoute\((\[.*?\]),", source)
    assert match, "no precache manifest in sw.js"
    return json.loads(match.group(1))


def ready_offline(p) -> None:
    """Wait until the service worker controls the page: its install (the whole precache) is done."""
    p.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)


def wait_ready(p) -> None:
    p.wait_for_selector(".qa-copy, .qa-themes, .qa-card", state="attached")


def search_meta(p, query: str) -> str:
    p.click("label.md-header__button[for='__search']")  # a phone: the search opens from its icon
    p.fill(".md-search__input", query)
    p.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''")
    p.wait_for_timeout(300)
    return p.inner_text(".md-search-result__meta")


# ---- the precache manifest --------------------------------------------------------------------------


def test_the_precache_lists_every_page_but_the_questions_with_the_hash_of_its_bytes(built_site):
    entries = worker_manifest(built_site)
    urls = {e["url"] for e in entries}
    for e in entries:
        data = (built_site / e["url"]).read_bytes()
        assert e["revision"] == hashlib.sha256(data).hexdigest()[:16], e["url"]
    pages = {p.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")}
    questions = {p for p in pages if p.startswith("q/")}
    assert questions and not questions & urls  # a question's own page is kept once opened, not before
    assert pages - questions <= urls  # every other page: home, themes, study, the repeat list, tags
    assert {"index.html", "losses/index.html", "study/index.html", "404.html", "manifest.webmanifest"} <= urls
    # What the session and the search need offline: every study chunk, the whole split index.
    for folder in (
        "assets/study",
        f"search/{json.loads((built_site / 'search' / 'search_index.json').read_text())['config']['index'].split('/')[1]}",
    ):
        files = {p.relative_to(built_site).as_posix() for p in (built_site / folder).rglob("*") if p.is_file()}
        assert files and files <= urls, folder
    # Never: the downloads, the preview cards, Material's unused lunr search, the worker's own scripts.
    assert not [u for u in urls if u.startswith(("downloads/", "assets/cards/", "assets/javascripts/lunr/", "q/"))]
    assert "sw.js" not in urls and not (built_site / offline.TEMPLATE).exists()


def test_the_worker_template_needs_each_placeholder_once():
    precache = offline.Precache((offline.Entry("index.html", "abc", 1),), "b1")
    source = offline.worker_source("x(self.__WB_MANIFEST); const B = self.__QA_BUILD", precache)
    assert source == 'x([{"url":"index.html","revision":"abc"}]); const B = "b1"'
    with pytest.raises(ValueError, match="__WB_MANIFEST once, found it 0 times"):
        offline.worker_source("self.__QA_BUILD", precache)
    with pytest.raises(ValueError, match="__QA_BUILD once, found it 2 times"):
        offline.worker_source("self.__WB_MANIFEST self.__QA_BUILD self.__QA_BUILD", precache)


# ---- offline after one visit ----------------------------------------------------------------------------


@pytest.mark.browser
def test_after_one_visit_the_site_works_offline(browser, subpath_url, built_site):
    context = browser.new_context(**PHONE)
    errors: list[str] = []
    try:
        p = context.new_page()
        p.on("pageerror", lambda e: errors.append(str(e)))
        p.goto(subpath_url)
        wait_ready(p)
        ready_offline(p)
        p.goto(subpath_url + "q/informatsionnaia-entropiia/")  # a question's own page, opened once
        context.set_offline(True)
        assert p.evaluate("navigator.onLine") is False

        # A theme page never opened, and a part of it: from the cache.
        p.goto(subpath_url + "metrics/")
        wait_ready(p)
        assert p.title().startswith("Метрики качества")
        assert p.locator("h2.qa-question, h3.qa-question, .qa-question").count() > 3
        # The question page opened before: kept. One never opened: the worker says there is no network.
        p.goto(subpath_url + "q/informatsionnaia-entropiia/")
        assert p.title().startswith("Информационная энтропия")
        other = next(q["id"] for q in manifest_of(built_site)["questions"] if q["id"] != "informatsionnaia-entropiia")
        p.goto(subpath_url + f"q/{other}/")
        assert p.title() == "Нет сети" and "ещё не сохранена" in p.inner_text("body")

        # Search: the dictionary, the postings and the questions all come from the cache.
        p.goto(subpath_url + "losses/")
        wait_ready(p)
        assert search_meta(p, "энтропия").startswith("Найден")
        links = p.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.getAttribute('href'))")
        assert any(link.endswith("#informatsionnaia-entropiia") for link in links), links

        # «Случайный вопрос» lands on a question of this theme.
        p.goto(subpath_url + "losses/")
        wait_ready(p)
        p.click(".qa-random")
        p.wait_for_selector(".qa-next", state="visible")

        # The study session runs through ten cards, every theme's chunk from the cache.
        p.goto(subpath_url + "study/")
        seen = []
        for k in range(10):
            p.wait_for_function(
                "seen => { const c = document.querySelector('.qa-card'); return c.dataset.qaId && !c.hidden && (seen.length === 0 || c.dataset.qaId !== seen[seen.length - 1]) }",
                arg=seen,
            )
            seen.append(p.get_attribute(".qa-card", "data-qa-id"))
            p.click(".qa-reveal")
            p.click(".qa-know" if k % 2 else ".qa-dont")
        p.wait_for_function("() => /ответов сегодня: 10/.test(document.querySelector('.qa-session-status').textContent)")
        assert "Нет сети" not in p.inner_text(".qa-session")
        assert len(set(seen)) >= 6, seen  # «Не знаю» brings a card back after a minute, not at once
        assert errors == []
    finally:
        context.close()


@pytest.mark.browser
def test_without_the_cache_the_page_says_there_is_no_network(browser, subpath_url):
    """The same site with service workers blocked (a first visit cut short, a browser without
    them): nothing was saved, so search, the session and random say «нет сети»."""
    context = browser.new_context(service_workers="block", **PHONE)
    errors: list[str] = []
    try:
        p = context.new_page()
        p.on("pageerror", lambda e: errors.append(str(e)))
        p.goto(subpath_url + "losses/")
        wait_ready(p)
        context.set_offline(True)
        meta = search_meta(p, "энтропия")
        assert meta.startswith("Нет сети"), meta
        assert "Совпадений не найдено" not in p.inner_text(".md-search-result")

        context.set_offline(False)
        p.goto(subpath_url + "losses/")
        wait_ready(p)
        context.set_offline(True)
        p.click(".qa-random")
        p.wait_for_selector(".qa-offline-note")
        assert p.inner_text(".qa-offline-note").strip().startswith("Нет сети")

        # The session: its first chunk arrived; a chunk it needs later cannot.
        context.set_offline(False)
        p.goto(subpath_url + "study/")
        p.wait_for_function("() => document.querySelector('.qa-card').dataset.qaId")
        context.set_offline(True)
        for _ in range(12):
            if p.locator(".qa-card").is_hidden():
                break
            p.click(".qa-reveal")
            p.click(".qa-know")
            p.wait_for_function("() => !document.querySelector('.qa-reveal').hidden || document.querySelector('.qa-card').hidden")
        status = p.inner_text(".qa-session-status")
        assert status.startswith("Нет сети"), status
        # No previous card left with live buttons.
        assert p.locator(".qa-card").is_hidden()
        assert p.locator(".qa-know").is_hidden() and p.locator(".qa-dont").is_hidden() and p.locator(".qa-reveal").is_hidden()
        # The network back: the session carries on by itself.
        context.set_offline(False)
        p.wait_for_function("() => !document.querySelector('.qa-card').hidden && document.querySelector('.qa-card').dataset.qaId")
        assert not p.locator(".qa-reveal").is_hidden()
        assert errors == []
    finally:
        context.close()


# ---- a republished site ------------------------------------------------------------------------------


@pytest.mark.browser
def test_a_republished_site_replaces_the_cache(browser, tmp_path):
    project = scratch_project(tmp_path)
    shutil.copytree(SOURCES, project / "sources")
    site = ingest_and_build(project, "http://127.0.0.1/repo/")
    first = {e["url"]: e["revision"] for e in worker_manifest(site)}
    context = browser.new_context(**PHONE)
    try:
        with served_under_subpath(site, tmp_path) as url:
            p = context.new_page()
            p.goto(url)
            ready_offline(p)
            p.goto(url + "losses/")
            assert p.locator("text=Информационная энтропия простыми словами").count() == 0

            # Republish: one question's title changed (on the same theme: «энтропия Шеннона» would move it to
            # statistics), the site rebuilt in place, at the same address.
            dump = project / "sources" / "000_e8535a7f8ec8cda3.txt"
            dump.write_text(
                dump.read_text(encoding="utf-8").replace("Информационная энтропия", "Информационная энтропия простыми словами")
            )
            site = ingest_and_build(project, "http://127.0.0.1/repo/")
            second = {e["url"]: e["revision"] for e in worker_manifest(site)}
            assert first["losses/index.html"] != second["losses/index.html"]

            # The next visit finds the new worker; it waits (no mix of builds in an open page) and offers the new build.
            p.reload()
            p.wait_for_selector(".qa-update__button", timeout=30_000)
            assert p.locator("text=Информационная энтропия простыми словами").count() == 0  # still the old build
            with p.expect_navigation():
                p.click(".qa-update__button")
            wait_ready(p)
            context.set_offline(True)
            p.goto(url + "losses/")
            wait_ready(p)
            assert (
                p.locator(
                    "h2:has-text('Информационная энтропия простыми словами'), h3:has-text('Информационная энтропия простыми словами')"
                ).count()
                == 1
            )
            # The cache holds this build alone: every entry's revision is the new one.
            cached = p.evaluate(
                """async () => {
                    const names = await caches.keys()
                    const out = {}
                    for (const name of names) out[name] = (await (await caches.open(name)).keys()).map(r => r.url)
                    return out
                }"""
            )
            precache = [name for name in cached if name.startswith("qa-precache-")]
            assert len(precache) == 1, list(cached)
            revisions = {}
            for key in cached[precache[0]]:
                path, _, rev = key.partition("?__WB_REVISION__=")
                revisions[path.removeprefix(url)] = rev or None
            assert revisions == {u: r for u, r in second.items()}
    finally:
        context.close()


# ---- installable ---------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_the_web_app_manifest_names_the_site_in_russian_with_its_icons(built_site):
    manifest = json.loads((built_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == "Собес по Data Science" and manifest["short_name"] == "Собес DS"
    assert manifest["lang"] == "ru" and manifest["start_url"] == "./" and manifest["scope"] == "./"
    assert manifest["display"] == "standalone" and manifest["theme_color"] == "#4051b5"
    sizes = {}
    for icon in manifest["icons"]:
        w, h = png_size((built_site / icon["src"]).read_bytes())
        assert icon["sizes"] == f"{w}x{h}" and icon["type"] == "image/png"
        sizes.setdefault(icon["purpose"], set()).add(w)
    assert sizes == {"any": {192, 512}, "maskable": {512}}
    assert png_size((built_site / "assets" / "images" / "apple-touch-icon.png").read_bytes()) == (180, 180)
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="manifest" href="manifest.webmanifest">' in home
    assert '<link rel="apple-touch-icon" href="assets/images/apple-touch-icon.png">' in home
    assert 'media="(prefers-color-scheme: dark)" content="#1e2029"' in home


@pytest.mark.browser
def test_chromium_finds_the_site_installable(browser, subpath_url, tmp_path):
    # A profile on disk: Chromium installs nothing from an incognito profile (Playwright's contexts).
    context = browser.browser_type.launch_persistent_context(
        tmp_path / "profile", executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"], **PHONE
    )
    try:
        p = context.pages[0] if context.pages else context.new_page()
        p.goto(subpath_url)
        ready_offline(p)  # installability asks for a worker that serves the start page
        cdp = context.new_cdp_session(p)
        assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
        manifest = cdp.send("Page.getAppManifest")
        assert manifest["url"] == subpath_url + "manifest.webmanifest" and manifest["errors"] == []
    finally:
        context.close()


@pytest.mark.browser
def test_under_mkdocs_serve_an_edit_shows_on_the_next_load(browser, built_site, tmp_path):
    """`mkdocs serve` rebuilds on every edit: its worker (live=False) keeps nothing and drops the
    cache a built site left on that address, so an edited page shows as it is on disk."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    context = browser.new_context(**PHONE)
    try:
        with served_under_subpath(site, tmp_path) as url:
            p = context.new_page()
            p.goto(url)
            ready_offline(p)
            assert p.evaluate("caches.keys()")
            (site / offline.TEMPLATE).write_text((Path(offline.__file__).parents[2] / "docs" / offline.TEMPLATE).read_text())
            assert offline.write_precache(site, live=False).entries == ()
            p.reload()
            left = None
            for _ in range(100):  # the new worker installs, clears the caches: poll for at most 20 s
                try:  # the page reloads once when the worker that controlled it is replaced (offline.js)
                    left = p.evaluate("async () => (await caches.keys()).length")
                except PlaywrightError:
                    continue
                if left == 0:
                    break
                p.wait_for_timeout(200)
            assert left == 0
            page = site / "losses" / "index.html"
            page.write_text(page.read_text(encoding="utf-8").replace("<title>", "<title>Правка ", 1), encoding="utf-8")
            p.goto(url + "losses/")
            assert p.title().startswith("Правка ")
    finally:
        context.close()
