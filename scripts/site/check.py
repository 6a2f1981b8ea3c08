"""The whole-site check: after a build, every piece the site promises exists and agrees with the manifest.

    python -m scripts.site.check site/ [--docs docs]

Exit 0 when the site is whole; 1 with one line per missing piece, naming the file, otherwise (so a
generator that skipped a step fails the build instead of publishing a site without search):

- every question has its anchor on its theme page and a page of its own (`q/<id>/`) carrying its
  link preview (title, description, Open Graph and Twitter tags); every id no longer live keeps its page;
- the search index is the project's (search_index.json names its folder), covers every question
  and no other;
- the study data lists every question, each theme's chunks hold exactly its questions, as many as
  the study page expects;
- the Anki deck and the CSV hold one note per question (GUIDs from the ids);
- every question has its link-preview card; the web app manifest and its icons exist; the service
  worker's precache lists every file it should, each with the hash of its bytes as they are now.

It reads only the files (HTML as rendered, JSON, the deck's SQLite), whatever generator made them.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import genanki

from scripts.site.anki import GUID_NAMESPACE
from scripts.site.cards import CARDS
from scripts.site.install import MANIFEST as WEBMANIFEST
from scripts.site.manifest import ManifestError, load
from scripts.site.offline import WORKER, precache_entries
from scripts.site.study import CSV_FILE, DECK_FILE, chunk_count, theme_chunks

# What a messenger reads for a link preview of a question's own page (overrides/main.html writes them).
PREVIEW_TAGS = ("description", "og:title", "og:description", "og:url", "twitter:card")
# The study page's theme options carry their chunks' sizes (scripts/site/study.py scope_options).
CHUNK_SIZES = re.compile(r'value="theme:([\w-]+)" data-qa-chunks="([\d,]*)"')
SHOWN = 5  # examples named per kind of problem; the rest are counted


class _Page(HTMLParser):
    """The ids, the <title> and the meta tags of a rendered page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if "id" in found:
            self.ids.add(found["id"])
        if tag == "meta" and (found.get("name") or found.get("property")):
            self.meta[found.get("name") or found["property"]] = found.get("content", "")
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


@lru_cache(maxsize=64)
def read_page(path: Path) -> _Page | None:
    if not path.is_file():
        return None
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def page_file(site: Path, url: str) -> Path:
    """The file a site-relative URL (`metrics/`, `q/<id>/`) is served from."""
    path = url.split("#", 1)[0]
    return site / path / "index.html" if path.endswith("/") or not path else site / path


class Report:
    """Problems by kind, each kind with its first few examples and a count."""

    def __init__(self) -> None:
        self.kinds: dict[str, list[str]] = {}

    def add(self, kind: str, example: str) -> None:
        self.kinds.setdefault(kind, []).append(example)

    def lines(self) -> Iterator[str]:
        for kind, examples in self.kinds.items():
            more = f" (and {len(examples) - SHOWN} more)" if len(examples) > SHOWN else ""
            yield f"{kind}: {', '.join(examples[:SHOWN])}{more}"


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def check_pages(manifest: dict[str, Any], site: Path, report: Report) -> None:
    for q in manifest["questions"]:
        theme_page = page_file(site, q["url"])
        page = read_page(theme_page)
        if page is None:
            report.add("no theme page at the question's address", q["url"])
        elif q["url"].partition("#")[2] not in page.ids:
            report.add(f"no anchor for a question on its theme page ({theme_page.relative_to(site)})", "#" + q["id"])
        own = read_page(page_file(site, q["permalink"]))
        if own is None:
            report.add("no page of its own (q/<id>/index.html)", q["permalink"])
            continue
        missing = [tag for tag in PREVIEW_TAGS if not own.meta.get(tag)] + ([] if own.title.strip() else ["<title>"])
        if missing:
            report.add(f"link preview incomplete on the question's page (missing {', '.join(missing)})", q["permalink"])
        elif " ".join(own.meta["og:title"].split()) != " ".join(q.get("title_shown", q["title"]).split()):
            report.add("link preview not the question's (og:title differs: its front matter was not read?)", q["permalink"])
    for qid in manifest.get("not_live", []):
        if read_page(page_file(site, f"q/{qid}/")) is None:
            report.add("an id no longer live lost its page (q/<id>/ is a promise)", f"q/{qid}/")


def check_search(manifest: dict[str, Any], site: Path, report: Report) -> None:
    stub_path = site / "search" / "search_index.json"
    stub = read_json(stub_path)
    folder = stub.get("config", {}).get("index") if isinstance(stub, dict) else None
    if not folder:
        what = "missing" if not stub_path.is_file() else "not the project's (it names no index folder)"
        report.add(f"search index {what}: run `python -m scripts.site.build {site}`", str(stub_path.relative_to(site)))
        return
    meta = read_json(site / folder / "meta.json")
    if not isinstance(meta, dict):
        report.add("search index has no dictionary", f"{folder}meta.json")
        return
    ids = []
    for n in range(meta.get("questions", 0)):
        doc = read_json(site / folder / "d" / f"{n}.json")
        if not isinstance(doc, list) or not doc:
            report.add("search index document missing", f"{folder}d/{n}.json")
        else:
            ids.append(doc[0].split("#", 1)[-1])
    for shard in range(len(meta.get("shards", []))):
        if not (site / folder / "p" / f"{shard}.json").is_file():
            report.add("search index postings shard missing", f"{folder}p/{shard}.json")
    want = {q["id"] for q in manifest["questions"]}
    for qid in sorted(want - set(ids)):
        report.add("question not in the search index", qid)
    for qid in sorted(set(ids) - want):
        report.add("search index holds a question the manifest does not", qid)


def check_study(manifest: dict[str, Any], site: Path, report: Report) -> None:
    listing = read_json(site / "assets" / "study.json")
    if not isinstance(listing, dict):
        report.add(f"study data missing: run `python -m scripts.site.build {site}`", "assets/study.json")
        return
    listed = [row[0] for row in listing.get("questions", [])]
    want = [q["id"] for q in manifest["questions"]]
    if listed != want:
        report.add("study data does not list the manifest's questions", f"assets/study.json ({len(listed)} of {len(want)})")
    expected_chunks = {slug: [len(c) for c in chunks] for slug, chunks in theme_chunks(manifest).items()}
    study_page = site / "study" / "index.html"
    shown = {slug: [int(n) for n in sizes.split(",") if n] for slug, sizes in CHUNK_SIZES.findall(_text(study_page))}
    for t in manifest["themes"]:
        slug = t["slug"]
        ids = sorted(q["id"] for q in manifest["questions"] if q["theme"] == slug)
        found: list[str] = []
        sizes = []
        for k in range(chunk_count(len(ids))):
            chunk = read_json(site / "assets" / "study" / slug / f"{k}.json")
            if not isinstance(chunk, dict):
                report.add("study chunk missing", f"assets/study/{slug}/{k}.json")
                continue
            cards = [c[0] for c in chunk.get("cards", [])]
            found += cards
            sizes.append(len(cards))
        if sorted(found) != ids and len(sizes) == chunk_count(len(ids)):
            report.add("study chunks do not hold the theme's questions", f"assets/study/{slug}/")
        if shown.get(slug) != expected_chunks[slug]:
            report.add("the study page's chunk sizes disagree with the manifest", f"study/index.html theme:{slug}")


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def deck_guids(path: Path) -> list[str] | None:
    try:
        with zipfile.ZipFile(path) as z, tempfile.TemporaryDirectory() as tmp:
            z.extract("collection.anki2", tmp)
            db = sqlite3.connect(Path(tmp) / "collection.anki2")
            try:
                return [row[0] for row in db.execute("select guid from notes")]
            finally:
                db.close()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.DatabaseError):
        return None


def check_downloads(manifest: dict[str, Any], site: Path, report: Report) -> None:
    want = sorted(genanki.guid_for(GUID_NAMESPACE, q["id"]) for q in manifest["questions"])
    deck = site / "downloads" / DECK_FILE
    guids = deck_guids(deck)
    if guids is None:
        report.add(f"Anki deck missing or unreadable: run `python -m scripts.site.build {site}`", f"downloads/{DECK_FILE}")
    elif sorted(guids) != want:
        report.add("Anki deck does not hold one note per question", f"downloads/{DECK_FILE} ({len(guids)} of {len(want)})")
    table = site / "downloads" / CSV_FILE
    if not table.is_file():
        report.add(f"CSV missing: run `python -m scripts.site.build {site}`", f"downloads/{CSV_FILE}")
        return
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    if sorted(r[0] for r in rows[1:]) != want:
        report.add("CSV does not hold one row per question", f"downloads/{CSV_FILE} ({len(rows) - 1} of {len(want)})")


def check_offline(manifest: dict[str, Any], site: Path, report: Report) -> None:
    step = f"run `python -m scripts.site.build {site}`"
    for q in manifest["questions"]:
        if not (site / CARDS / f"{q['id']}.png").is_file():
            report.add(f"link-preview card missing: {step}", f"{CARDS}/{q['id']}.png")
    webmanifest = read_json(site / WEBMANIFEST)
    if not isinstance(webmanifest, dict):
        report.add(f"web app manifest missing: {step}", WEBMANIFEST)
    else:
        for icon in webmanifest.get("icons", []):
            if not (site / icon["src"]).is_file():
                report.add("web app manifest names an icon that is not there", icon["src"])
    worker = site / WORKER
    if not worker.is_file():
        report.add(f"service worker missing: {step}", WORKER)
        return
    source = worker.read_text(encoding="utf-8")
    for entry in precache_entries(site).entries:
        if f'"url":{json.dumps(entry.url)},"revision":"{entry.revision}"' not in source:
            report.add("offline cache does not list a file as it is now (written after the worker?)", entry.url)
    for url in re.findall(r'\{"url":"([^"]*)","revision":', source):
        if not (site / url).is_file():
            report.add("offline cache lists a file that is not there (the worker would fail to install)", url)


def check(manifest: dict[str, Any], site: Path) -> list[str]:
    """Every problem found, one line each (empty: the site is whole)."""
    report = Report()
    check_pages(manifest, site, report)
    check_search(manifest, site, report)
    check_study(manifest, site, report)
    check_downloads(manifest, site, report)
    check_offline(manifest, site, report)
    return list(report.lines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.site.check", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the built site (e.g. site/)")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the docs folder holding generated/questions.json")
    args = parser.parse_args(argv)
    try:
        manifest = load(args.docs)
    except ManifestError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not (args.site / "index.html").is_file():
        print(f"error: {args.site}/index.html: no site there; build it first", file=sys.stderr)
        return 2
    problems = check(manifest, args.site)
    if problems:
        kinds = f"{len(problems)} kind{'s' if len(problems) > 1 else ''} of problem"
        print(f"{args.site}/ is not whole ({kinds}):", file=sys.stderr)
        for line in problems:
            print(f"  - {line}", file=sys.stderr)
        return 1
    n = len(manifest["questions"])
    print(
        f"{args.site}/ is whole: {n} questions with their anchors, pages and previews; search index, study data, deck, CSV, preview cards and offline cache agree"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
