"""The offline cache: the service worker at the site's root and the precache manifest it carries.

`write_precache(site_dir)` runs after the build. It lists what a reader keeps after the first
visit (`precache_entries`): every page but the questions' own pages (`q/<id>/`, one a question:
about 28 KB each, 220 MB at 10,000 posts, so they are kept only once opened, see sw.js), the
assets the pages load, the study session's chunks and the split search index; each entry is
Workbox's `{url, revision}` with the hash of the file's bytes as its revision, so a republished
build downloads only what changed and a reader's cache holds one build or the other. Material's
own lunr search (unused: the site's search worker replaces it), the downloads, the link-preview
cards, source maps and gzipped copies are left out. The manifest is written into the worker template
(`assets/javascripts/sw.js`, which is removed from the site) as Workbox's injectManifest does.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

TEMPLATE = "assets/javascripts/sw.js"
WORKER = "sw.js"
MANIFEST_PLACEHOLDER = "self.__WB_MANIFEST"
BUILD_PLACEHOLDER = "self.__QA_BUILD"

# Paths (relative to the site, POSIX) never precached, by their first parts or their suffix.
EXCLUDED_PREFIXES = (
    "q/",  # a question's own page: kept once opened (sw.js), too many to keep all
    "downloads/",  # the Anki deck and the CSV
    "assets/cards/",  # link-preview images (scripts/site/cards.py), for messengers, not readers
    "assets/javascripts/lunr/",  # Material's lunr search, replaced by search-worker.js
    "assets/javascripts/workers/",
    "assets/javascripts/vendor/workbox-",  # loaded by the worker itself (importScripts)
)
# Kept: search/search_index.json (only the search's configuration: it names the index folder) and
# sitemap.xml (Material's instant navigation reads it to know the site's own pages).
EXCLUDED_NAMES = {WORKER}
EXCLUDED_SUFFIXES = (".map", ".gz")


@dataclass(frozen=True)
class Entry:
    url: str  # relative to the worker, i.e. to the site's root
    revision: str
    size: int


@dataclass(frozen=True)
class Precache:
    entries: tuple[Entry, ...]
    build: str  # the hash of the manifest: names this build's caches

    @property
    def size(self) -> int:
        return sum(e.size for e in self.entries)


def precached(rel: str) -> bool:
    """Whether a file of the built site (its path relative to the site) belongs to the precache."""
    name = PurePosixPath(rel).name
    if rel == TEMPLATE or name in EXCLUDED_NAMES or rel.endswith(EXCLUDED_SUFFIXES):
        return False
    return not any(rel.startswith(prefix) for prefix in EXCLUDED_PREFIXES)


def precache_entries(site_dir: Path) -> Precache:
    entries = []
    for path in sorted(site_dir.rglob("*")):
        rel = path.relative_to(site_dir).as_posix()
        if path.is_file() and precached(rel):
            data = path.read_bytes()
            entries.append(Entry(rel, hashlib.sha256(data).hexdigest()[:16], len(data)))
    build = hashlib.sha256(json.dumps([(e.url, e.revision) for e in entries]).encode()).hexdigest()[:16]
    return Precache(tuple(entries), build)


def worker_source(template: str, precache: Precache) -> str:
    """The template with the manifest and the build's hash in place of their placeholders."""
    for placeholder in (MANIFEST_PLACEHOLDER, BUILD_PLACEHOLDER):
        if template.count(placeholder) != 1:
            raise ValueError(f"{TEMPLATE}: expected {placeholder} once, found it {template.count(placeholder)} times")
    manifest = json.dumps([{"url": e.url, "revision": e.revision} for e in precache.entries], separators=(",", ":"))
    return template.replace(MANIFEST_PLACEHOLDER, manifest).replace(BUILD_PLACEHOLDER, json.dumps(precache.build))


# `mkdocs serve` rebuilds on every edit: a cache there would show the edit only after «Обновить».
# Its worker keeps nothing and removes itself (and any worker a built site left on that address).
DEV_WORKER = """/* mkdocs serve: no offline cache while editing (scripts/site/offline.py). */
self.addEventListener("install", () => self.skipWaiting())
self.addEventListener("activate", event => event.waitUntil(
  caches.keys().then(keys => Promise.all(keys.filter(k => k.startsWith("qa-")).map(k => caches.delete(k))))
    .then(() => self.registration.unregister())))
"""


def write_precache(site_dir: Path, live: bool = True) -> Precache:
    """Write sw.js at the root of the built site from its template; return what it precaches.
    With live=False (`mkdocs serve`), the worker caches nothing and unregisters itself."""
    template = site_dir / TEMPLATE
    source = template.read_text(encoding="utf-8")
    template.unlink()  # published only with its manifest, at the root (a worker's scope is its folder)
    if not live:
        (site_dir / WORKER).write_text(DEV_WORKER, encoding="utf-8")
        return Precache((), "")
    precache = precache_entries(site_dir)
    (site_dir / WORKER).write_text(worker_source(source, precache), encoding="utf-8")
    return precache
