"""The project's build step: everything the site needs besides its pages, written into a rendered site.

    python -m scripts.site.build site/ [--docs docs] [--site-url URL]

Run after a generator has rendered docs/ into site/ (today `mkdocs build`; any other generator
will do): it reads the manifest the ingest wrote (docs/generated/questions.json) and the site's
address from the rendered home page (its canonical link) unless --site-url names it, and writes

- search/<hash>/ and search/search_index.json: the search index (scripts/site/search_index.py);
- assets/study.json and assets/study/<theme>/<k>.json: study mode's data (scripts/site/study.py);
- downloads/: the Anki deck and the CSV (scripts/site/anki.py).

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
from scripts.site.manifest import ManifestError, load
from scripts.site.study import write_study_files


class BuildError(Exception):
    """A site this step cannot complete: the message names the file."""


class _Canonical(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "canonical" and self.href is None:
            self.href = found.get("href")


def canonical_url(page: Path) -> str | None:
    parser = _Canonical()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.href


def site_url_of(site: Path) -> str:
    """The address the generator built the site for: the home page's canonical link."""
    home = site / "index.html"
    if not home.is_file():
        raise BuildError(f"{home}: no home page; render the site first (`mkdocs build`)")
    url = canonical_url(home)
    if not url:
        raise BuildError(f'{home}: no <link rel="canonical"> to take the site\'s address from; pass --site-url')
    return url


def build(manifest: dict[str, Any], site: Path, site_url: str) -> None:
    """Every data file of the site, in order. New outputs are added here, and only here (a list of
    every file for an offline cache, once written, comes last: it lists what the others wrote)."""
    search_index.write(manifest, site)
    write_study_files(manifest, site, site_url)  # study mode's data, the Anki deck, the CSV
    # Share cards and the offline precache list (issue 19) go here:
    #   write_cards(manifest, site, site_url)   # scripts/site/cards.py
    #   write_precache(site)                    # scripts/site/offline.py, last


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.site.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the rendered site (e.g. site/)")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the docs folder holding generated/questions.json")
    parser.add_argument("--site-url", help="the site's address (default: the home page's canonical link)")
    args = parser.parse_args(argv)
    try:
        manifest = load(args.docs)
        site_url = args.site_url or site_url_of(args.site)
        build(manifest, args.site, site_url)
    except (BuildError, ManifestError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{args.site}: search index, study data and downloads for {len(manifest['questions'])} questions ({site_url})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
