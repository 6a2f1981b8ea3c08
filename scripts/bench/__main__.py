"""python -m scripts.bench [--sizes 1000,10000] [--json]

For each size: synthetic sources (scripts/bench/synth.py) -> ingest (wall time, peak memory of
the ingest process alone) -> `mkdocs build` (wall time) -> the largest HTML page, the search
index on disk and the answers' plain text -> search in Debian's Chromium over a gzip server
(gzip KB of search files a page load fetches; gzip KB from page load to the results of a query
typed key by key, worst of a fixed set; worst worker round trip of any keystroke) -> what the
study page downloads on a phone, gzipped (until its first question shows, and after thirty answers)
-> the offline cache (files and MB the service worker precaches; the questions' own pages, kept only
once opened) and the link-preview cards (seconds to draw them all anew, MB).
Search quality on the seed site: python -m scripts.bench.quality.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scripts.site.manifest import load

from .scratch import scratch_project
from .synth import write_export, write_sources

ROOT = Path(__file__).resolve().parents[2]


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1/"}
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this child alone
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed:\n{err.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def measure(
    posts: int, browser: bool, lighthouse: str | None = None, pagefind: str | None = None, shape: str = "mixed"
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"bench-{posts}-") as name:
        tmp = scratch_project(Path(name))
        (write_export if shape == "export" else write_sources)(tmp / "sources", posts)
        py = sys.executable
        ingest_s, ingest_mb = timed([py, "-m", "scripts.ingest"], tmp)
        render_s, _ = timed([py, "-m", "mkdocs", "build", "--strict", "-q"], tmp)
        data_s, _ = timed([py, "-m", "scripts.site.build", "site"], tmp)  # search index, study data, downloads
        build_s = render_s + data_s
        site = tmp / "site"
        manifest = load(tmp / "docs")
        text = sum(len(q["text"].encode("utf-8")) for q in manifest["questions"])
        run: dict[str, Any] = {
            "posts": posts,
            "questions": len(manifest["questions"]),
            "ingest_s": round(ingest_s, 2),
            "ingest_peak_mb": round(ingest_mb, 1),
            "build_s": round(build_s, 2),
            "largest_page_kb": round(max(p.stat().st_size for p in site.rglob("*.html")) / 1024, 1),
            "search_index_kb": round(sum(f.stat().st_size for f in (site / "search").rglob("*") if f.is_file()) / 1024, 1),
            "text_kb": round(text / 1024, 1),
            "page_load_search_kb": None,
            "search_first_result_kb": None,
            "search_query_ms": None,
            "study_kb": None,
            "study_30_kb": None,
        }
        run.update(offline_figures(site, manifest, tmp / "cards-bench"))
        if browser:
            from .browser import search_figures, study_figures

            run.update(search_figures(site))
            run["study_kb"], run["study_30_kb"] = study_figures(site)
        if browser and pagefind:
            from .browser import pagefind_figures
            from .quality import pagefind_index

            pagefind_index(site, pagefind)
            run.update(pagefind_figures(site))
        if lighthouse:
            from .lighthouse import scores

            run["lighthouse"] = scores(site, lighthouse)
        return run


def offline_figures(site: Path, manifest: dict[str, Any], cache: Path) -> dict[str, Any]:
    """What the service worker precaches (files, MB as stored, MB gzipped as a first visit downloads
    it in the background), the questions' own pages it keeps
    only once opened (MB if all were), and the link-preview cards: seconds to draw them all anew
    (in parallel, as the build does) and their MB on disk."""
    from scripts.site.cards import CARDS, write_cards
    from scripts.site.offline import precache_entries

    from .serve import TEXT, compressed

    precache = precache_entries(site)
    gzip_bytes = sum(len(compressed(site / e.url)) if (site / e.url).suffix in TEXT else e.size for e in precache.entries)
    start = time.perf_counter()
    write_cards(site, manifest["questions"], "Собес по Data Science", cache)
    cards_s = time.perf_counter() - start
    mb = 2**20
    return {
        "precache_files": len(precache.entries),
        "precache_mb": round(precache.size / mb, 1),
        "precache_gzip_mb": round(gzip_bytes / mb, 1),  # what a first visit downloads in the background
        "question_pages_mb": round(sum(p.stat().st_size for p in (site / "q").rglob("*.html")) / mb, 1),
        "cards_s": round(cards_s, 2),
        "cards_mb": round(sum(p.stat().st_size for p in (site / CARDS).glob("*.png")) / mb, 1),
    }


COLUMNS = [
    ("posts", "posts"), ("questions", "questions"), ("ingest_s", "ingest s"), ("ingest_peak_mb", "ingest MB"),
    ("build_s", "build s"), ("largest_page_kb", "largest page KB"), ("search_index_kb", "index KB"),
    ("text_kb", "text KB"), ("page_load_search_kb", "page load search KB"),
    ("search_first_result_kb", "first result KB"), ("search_query_ms", "worst query ms"),
    ("study_kb", "study page KB"), ("study_30_kb", "after 30 answers KB"),
    ("precache_files", "precache files"), ("precache_mb", "precache MB"), ("precache_gzip_mb", "precache gzip MB"),
    ("question_pages_mb", "q pages MB"),
    ("cards_s", "cards s"), ("cards_mb", "cards MB"),
]  # fmt: skip


def table(runs: list[dict[str, Any]]) -> str:
    head = "| " + " | ".join(label for _, label in COLUMNS) + " |"
    rule = "|" + "|".join("---:" for _ in COLUMNS) + "|"
    rows = ["| " + " | ".join("—" if r[key] is None else str(r[key]) for key, _ in COLUMNS) + " |" for r in runs]
    return "\n".join([head, rule, *rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated numbers of posts")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--shape", choices=["mixed", "export"], default="mixed",
                        help="mixed: text dumps and an export (default); export: one channel's Telegram Desktop export")  # fmt: skip
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium search figures")
    parser.add_argument("--pagefind", metavar="COMMAND", help="also index the site with Pagefind (its command) and measure it")
    parser.add_argument("--lighthouse", metavar="COMMAND", help="also run Lighthouse (its command) at 1,000 posts or fewer")
    args = parser.parse_args(argv)
    runs = [
        measure(int(n), not args.no_browser, args.lighthouse if int(n) <= 1000 else None, args.pagefind, args.shape)
        for n in args.sizes.split(",")
    ]
    if args.json:
        print(json.dumps({"runs": runs}, ensure_ascii=False))
    else:
        print(table(runs))
        for r in runs:
            if "pagefind_first_result_kb" in r:
                print(
                    f"Pagefind at {r['posts']} posts: first result {r['pagefind_first_result_kb']} KB, worst query {r['pagefind_query_ms']} ms"
                )
        for r in runs:
            for page, figures in r.get("lighthouse", {}).items():
                print(
                    f"Lighthouse at {r['posts']} posts, {page} (/{figures['path']}): "
                    + ", ".join(f"{k} {v}" for k, v in figures.items() if k != "path")
                )
        print(f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
