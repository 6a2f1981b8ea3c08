"""python -m scripts.bench.quality [--pagefind CMD]: search quality on the seed site, in Chromium.

Builds the seed site (sources/ plus the JSON export of tests/fixtures), runs every query of
scripts/bench/queries.json through the site's search worker exactly as Material's box sends it,
and prints the mean reciprocal rank of the first question that answers it (results in the order
the list shows them), apart for the queries in mixed Russian/English/transliterated forms, and how
many words and phrases absent from the corpus found nothing. With --pagefind
(the command of Pagefind's CLI, e.g. `python -m pagefind`), does the same with Pagefind's own
index of the built pages, for comparison; Pagefind is not a dependency of the site.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scripts.site.manifest import load

from .scratch import scratch_project
from .serve import serve

ROOT = Path(__file__).resolve().parents[2]
QUERIES = Path(__file__).with_name("queries.json")
EXPORT = ROOT / "tests" / "fixtures" / "export" / "result.json"
PAGEFIND_EXCLUDE = ".qa-meta,.qa-study,.qa-copy,.qa-random,.qa-count,.headerlink,.md-source-file"

# Runs in the page: the worker the site ships, spoken to as Material does; hits in list order.
OURS = """async queries => {
  const stub = await (await fetch("search/search_index.json")).json()
  const worker = new Worker("assets/javascripts/search-worker.js")
  const next = type => new Promise(resolve => { worker.onmessage = ev => ev.data.type === type && resolve(ev.data.data) })
  const ready = next(1); worker.postMessage({ type: 0, data: stub }); await ready
  const out = []
  for (const q of queries) {
    const result = next(3); worker.postMessage({ type: 2, data: q })
    out.push((await result).items.flatMap(group => group.filter(i => i.location.includes("#")).map(i => i.location)))
  }
  worker.terminate()
  return out
}"""

# Pagefind's JS API: pages in its order, each page's sections by how many matches they hold.
PAGEFIND = """async queries => {
  const pagefind = await import("./pagefind/pagefind.js")
  await pagefind.init()
  const out = []
  for (const q of queries) {
    const search = await pagefind.search(q)
    const pages = await Promise.all(search.results.slice(0, 10).map(r => r.data()))
    out.push(pages.flatMap(p => [...p.sub_results].sort((a, b) => b.locations.length - a.locations.length)
      .map(s => s.url.replace(/^\\//, ""))))
  }
  return out
}"""


def build_seed_site(dest: Path) -> Path:
    """sources/ plus the JSON export -> ingest -> mkdocs build, in a scratch copy; returns the project."""
    project = scratch_project(dest)
    shutil.copytree(ROOT / "sources", project / "sources")
    (project / "sources" / "export").mkdir()
    shutil.copy2(EXPORT, project / "sources" / "export" / "result.json")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1/"}
    for cmd in (
        [sys.executable, "-m", "scripts.ingest"],
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        [sys.executable, "-m", "scripts.site.build", "site"],
    ):
        done = subprocess.run(cmd, check=False, cwd=project, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return project


def load_queries() -> dict[str, Any]:
    return json.loads(QUERIES.read_text(encoding="utf-8"))


def expected(manifest: dict[str, Any], starts: list[str]) -> set[str]:
    urls = {q["url"] for q in manifest["questions"] if any(q["title"].startswith(s) for s in starts)}
    if not urls:
        raise ValueError(f"no question starts with any of {starts}")
    return urls


def reciprocal_rank(found: list[str], answers: set[str], questions: set[str]) -> float:
    """1/rank of the first answer among the questions found (other anchors a page has do not count)."""
    hits = [url for url in found if url in questions]
    return next((1 / rank for rank, url in enumerate(hits, start=1) if url in answers), 0.0)


def all_queries(data: dict[str, Any]) -> list[str]:
    """Every query of the set, in the order score() reads the results."""
    return [q["q"] for q in data["queries"] + data.get("mixed", [])] + data["absent"] + data.get("absent_phrases", [])


def score(results: list[list[str]], data: dict[str, Any], manifest: dict[str, Any]) -> dict[str, Any]:
    """MRR of the queries and of the mixed-language ones; how many absent words and phrases found nothing."""
    queries, mixed = data["queries"], data.get("mixed", [])
    absent, phrases = data["absent"], data.get("absent_phrases", [])
    questions = {q["url"] for q in manifest["questions"]}
    answered = queries + mixed
    ranks = [
        reciprocal_rank(found, expected(manifest, q["expect"]), questions) for q, found in zip(answered, results, strict=False)
    ]
    misses = [q["q"] for q, r in zip(answered, ranks, strict=True) if r == 0]
    rest = results[len(answered) :]
    empty = sum(1 for found in rest[: len(absent)] if not found)
    phrases_empty = sum(1 for found in rest[len(absent) :] if not found)
    base, extra = ranks[: len(queries)], ranks[len(queries) :]
    return {
        "mrr": round(sum(base) / len(base), 3),
        "mixed_mrr": round(sum(extra) / len(extra), 3) if extra else None,
        "missed": misses,
        "absent_empty": f"{empty}/{len(absent)}",
        "absent_phrases_empty": f"{phrases_empty}/{len(phrases)}",
    }


def run_in_chromium(site: Path, script: str, queries: list[str], chromium: str = "/usr/bin/chromium") -> list[list[str]]:
    from playwright.sync_api import sync_playwright

    with serve(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(url)
        results = page.evaluate(script, queries)
        browser.close()
    return results


@contextmanager
def seed_project() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="quality-") as name:
        yield build_seed_site(Path(name))


def pagefind_index(site: Path, command: str) -> None:
    cmd = [*shlex.split(command), "--site", str(site), "--root-selector", "article", "--exclude-selectors", PAGEFIND_EXCLUDE]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)


def measure(engines: dict[str, Callable[[Path], str]], project: Path) -> dict[str, dict[str, Any]]:
    data = load_queries()
    manifest = load(project / "docs")
    queries = all_queries(data)
    return {
        name: score(run_in_chromium(project / "site", script(project / "site"), queries), data, manifest)
        for name, script in engines.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.quality", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pagefind", metavar="COMMAND", help="also measure Pagefind, run by this command (e.g. 'python -m pagefind')"
    )
    args = parser.parse_args(argv)
    engines: dict[str, Callable[[Path], str]] = {"ours": lambda site: OURS}
    if args.pagefind:
        command = args.pagefind

        def with_pagefind(site: Path) -> str:
            pagefind_index(site, command)
            return PAGEFIND

        engines["pagefind"] = with_pagefind
    with seed_project() as project:
        for name, figures in measure(engines, project).items():
            data = load_queries()
            print(
                f"{name}: MRR {figures['mrr']} on {len(data['queries'])} queries, {figures['mixed_mrr']} on "
                f"{len(data.get('mixed', []))} mixed-language ones; absent words with no hit {figures['absent_empty']}, "
                f"absent phrases {figures['absent_phrases_empty']}; missed: {', '.join(figures['missed']) or 'none'}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
