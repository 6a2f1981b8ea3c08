"""MkDocs hooks: only what MkDocs alone can do, the ingest's folder served at the site's root and
the order of the navigation. The site's data (search index, study data, downloads) is made after
the pages by the project's own step, `python -m scripts.site.build site/` (scripts/site/build.py),
under any generator.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section

# MkDocs loads this file by path, not as a package member: make the repository importable.
if str(Path(__file__).resolve().parents[2]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.site.manifest import load
from scripts.site.offline import write_precache

GENERATED = "generated/"


_serving = False  # under `mkdocs serve`: no offline cache (scripts/site/offline.py)


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Serve docs/generated/ (written by the ingest) at the site's root: generated/metrics.md -> metrics/."""
    owners: dict[str, str] = {}
    for f in files:
        if f.src_uri.startswith(GENERATED):
            f.dest_uri = f.dest_uri.removeprefix(GENERATED)
            for derived in ("url", "abs_dest_path"):
                f.__dict__.pop(derived, None)  # cached from the old dest_uri
        if f.dest_uri in owners:
            raise PluginError(
                f"docs/{f.src_uri} and docs/{owners[f.dest_uri]} would both be published at {f.dest_uri}; rename the hand-written one"
            )
        owners[f.dest_uri] = f.src_uri
    return files


def _first_src(item: Any) -> str:
    if isinstance(item, Section):
        return _first_src(item.children[0]) if item.children else ""
    return str(getattr(getattr(item, "file", None), "src_uri", "") or "")


def _flatten_generated(items: list[Any]) -> list[Any]:
    """The auto-built navigation shows docs/generated/ as a section: put its pages at the top level,
    and a split theme (a folder whose parts are not in the menu) as its overview page alone."""
    out = []
    for item in items:
        if isinstance(item, Section) and _first_src(item).startswith(GENERATED):
            for child in item.children:
                if isinstance(child, Section) and len(child.children) == 1:
                    child = child.children[0]
                child.parent = None
                out.append(child)
        else:
            out.append(item)
    return out


def on_nav(nav: Navigation, config: MkDocsConfig, files: Any) -> Navigation:
    """Home first, then the themes in the taxonomy's order, then the other pages."""
    nav.items = _flatten_generated(nav.items)
    themes = load(config.docs_dir)["themes"]
    order = {GENERATED + t["path"]: k for k, t in enumerate(themes, start=1)}
    order.update({f"{GENERATED}{t['slug']}/": k for k, t in enumerate(themes, start=1)})

    def key(item: Any) -> tuple[int, str]:
        src = getattr(getattr(item, "file", None), "src_uri", "")
        if src == "index.md":
            return (0, "")
        if item.is_section and item.children:  # a split theme's folder: place it by its first page
            first = getattr(getattr(item.children[0], "file", None), "src_uri", "")
            return (order.get(first.rsplit("/", 1)[0] + "/", len(order) + 1), str(item.title or ""))
        return (order.get(src, len(order) + 1), str(item.title or ""))

    nav.items.sort(key=key)
    nav.pages.sort(key=key)
    for k, page in enumerate(nav.pages):
        page.previous_page = nav.pages[k - 1] if k else None
        page.next_page = nav.pages[k + 1] if k + 1 < len(nav.pages) else None
    return nav


def on_post_build(config: MkDocsConfig) -> None:
    """Under `mkdocs serve` only (which never runs the project's build step): a worker that caches
    nothing and clears what a built site of the same address cached, so an edit shows on reload."""
    if _serving:
        write_precache(Path(config.site_dir), live=False)
