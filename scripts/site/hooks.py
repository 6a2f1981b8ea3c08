"""MkDocs hooks: the search index (scripts/site/search_index.py), the order of the navigation, the Anki deck."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation

# MkDocs loads this file by path, not as a package member: make the repository importable.
if str(Path(__file__).resolve().parents[2]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.site import search_index
from scripts.site.anki import write_csv, write_deck
from scripts.site.manifest import load

log = logging.getLogger("mkdocs.hooks.study_guide")

DECK_FILE = "sobes-data-science.apkg"
CSV_FILE = "sobes-data-science.csv"


def study_list(manifest: dict[str, Any]) -> dict[str, Any]:
    """What study mode needs in the browser: each question's id, page, theme and title."""
    return {"questions": [[q["id"], q["url"], q["theme"], q["title"]] for q in manifest["questions"]]}


def on_nav(nav: Navigation, config: MkDocsConfig, files: Any) -> Navigation:
    """Home first, then the themes in the taxonomy's order, then the other pages."""
    themes = load(config.docs_dir)["themes"]
    order = {t["path"]: k for k, t in enumerate(themes, start=1)}
    order.update({f"{t['slug']}/": k for k, t in enumerate(themes, start=1)})

    def key(item: Any) -> tuple[int, str]:
        src = getattr(getattr(item, "file", None), "src_uri", "")
        if src == "index.md":
            return (0, "")
        if item.is_section and item.children:  # a split theme's folder: place it by its first page
            first = getattr(getattr(item.children[0], "file", None), "src_uri", "")
            return (order.get(first.split("/", 1)[0] + "/", len(order) + 1), str(item.title or ""))
        return (order.get(src, len(order) + 1), str(item.title or ""))

    nav.items.sort(key=key)
    nav.pages.sort(key=key)
    for k, page in enumerate(nav.pages):
        page.previous_page = nav.pages[k - 1] if k else None
        page.next_page = nav.pages[k + 1] if k + 1 < len(nav.pages) else None
    return nav


@event_priority(-100)  # after Material's search plugin has written its own index
def on_post_build(config: MkDocsConfig) -> None:
    manifest = load(config.docs_dir)
    index = search_index.write(manifest, Path(config.site_dir))
    log.info("search index: %d questions in %s", len(manifest["questions"]), index)
    study = Path(config.site_dir) / "assets" / "study.json"
    study.write_text(json.dumps(study_list(manifest), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    downloads = Path(config.site_dir) / "downloads"
    write_deck(manifest, config.site_url or "", downloads / DECK_FILE)
    write_csv(manifest, config.site_url or "", downloads / CSV_FILE)
