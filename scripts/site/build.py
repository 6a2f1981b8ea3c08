"""The project's build step: everything the site needs besides its pages, written into a rendered site.

    python -m scripts.site.build site/ [--docs docs] [--site-url URL]

Run after a generator has rendered docs/ into site/ (today `mkdocs build`; any other generator
will do): it reads the manifest the ingest wrote (docs/generated/questions.json) and the site's
address from the rendered home page (its canonical link) unless --site-url names it, and writes

- search/<hash>/ and search/search_index.json: the search index (scripts/site/search_index.py);
- assets/study.json and assets/study/<theme>/<k>.json: study mode's data (scripts/site/study.py);
- downloads/: the Anki deck and the CSV (scripts/site/anki.py);
- assets/cards/<id>.png: a link-preview card per question (scripts/site/cards.py, cached in build/cards/);
- manifest.webmanifest and its icons (scripts/site/install.py);
- sw.js: the service worker with its precache list of every file above (scripts/site/offline.py), last.

`python -m scripts.site.check site/` then checks that the site is whole. Nothing here needs MkDocs
to be running: the generator renders pages, the project makes its own data.
"""

from __future__ import annotations

import argparse
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from scripts.site import search_index
from scripts.site.cards import write_cards
from scripts.site.install import write_webmanifest
from scripts.site.manifest import ManifestError, load
from scripts.site.offline import Precache, write_precache
from scripts.site.study import write_study_files

CARDS_CACHE = Path("build") / "cards"  # drawn cards by content hash, kept between builds
SHORT_NAME = "Собес DS"  # the name under the icon on a phone's home screen


class BuildError(Exception):
    """A site this step cannot complete: the message names the file."""


class _Head(HTMLParser):
    """A page's canonical link and its named meta tags (the first of each)."""

    def __init__(self) -> None:
        super().__init__()
        self.href: str | None = None
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "canonical" and self.href is None:
            self.href = found.get("href")
        name = found.get("property") or found.get("name")
        if tag == "meta" and name and name not in self.meta:
            self.meta[name] = found.get("content") or ""


def head_of(page: Path) -> _Head:
    parser = _Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def site_url_of(site: Path) -> str:
    """The address the generator built the site for: the home page's canonical link."""
    home = site / "index.html"
    if not home.is_file():
        raise BuildError(f"{home}: no home page; render the site first (`mkdocs build`)")
    url = head_of(home).href
    if not url:
        raise BuildError(f'{home}: no <link rel="canonical"> to take the site\'s address from; pass --site-url')
    return url


def build(manifest: dict[str, Any], site: Path, site_url: str, cards_cache: Path = CARDS_CACHE) -> Precache:
    """Every data file of the site, in order. New outputs are added here, and only here (the list of
    every file for the offline cache comes last: it lists and hashes what the others wrote)."""
    search_index.write(manifest, site)
    write_study_files(manifest, site, site_url)  # study mode's data, the Anki deck, the CSV
    meta = head_of(site / "index.html").meta
    name = meta.get("og:site_name") or "Собес по Data Science"
    write_cards(site, manifest["questions"], name, cards_cache)
    write_webmanifest(site, name, SHORT_NAME, meta.get("description", ""))
    return write_precache(site)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.site.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the rendered site (e.g. site/)")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the docs folder holding generated/questions.json")
    parser.add_argument("--site-url", help="the site's address (default: the home page's canonical link)")
    parser.add_argument("--cards-cache", type=Path, default=CARDS_CACHE, help="where drawn preview cards are kept")
    args = parser.parse_args(argv)
    try:
        manifest = load(args.docs)
        site_url = args.site_url or site_url_of(args.site)
        precache = build(manifest, args.site, site_url, args.cards_cache)
    except (BuildError, ManifestError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    n = len(manifest["questions"])
    mb = precache.size / 2**20
    print(f"{args.site}: search index, study data, downloads and preview cards for {n} questions ({site_url});")
    print(f"  offline: {len(precache.entries)} files, {mb:.1f} MB precached by sw.js")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
