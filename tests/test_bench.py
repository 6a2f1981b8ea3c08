"""The benchmark runs end to end and prints the figures the README promises (small size, no timing asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scripts.bench.__main__ import main

from .conftest import ROOT

KEYS = {"posts", "questions", "ingest_s", "ingest_peak_mb", "build_s", "largest_page_kb", "search_index_kb", "text_kb",
        "page_load_search_kb", "search_first_result_kb", "search_query_ms", "study_kb", "study_30_kb",
        "precache_files", "precache_mb", "precache_gzip_mb", "question_pages_mb", "cards_s", "cards_mb"}  # fmt: skip


@pytest.mark.browser
def test_bench_json_has_every_figure(browser):
    """Run as a user would, in its own process (it drives Chromium itself)."""
    done = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--sizes", "120", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    runs = json.loads(done.stdout)["runs"]
    assert len(runs) == 1 and set(runs[0]) == KEYS
    run = runs[0]
    assert run["posts"] == 120 and 0 < run["questions"] < 120
    # A page load fetches Material's stub and the worker, no index; a query fetches a part of it.
    assert 0 < run["page_load_search_kb"] < 50 and run["page_load_search_kb"] < run["search_first_result_kb"]
    assert run["search_first_result_kb"] < run["search_index_kb"]
    assert run["search_query_ms"] > 0
    assert 0 < run["study_kb"] <= run["study_30_kb"]
    # The offline cache holds the site but the questions' own pages; every question has its card.
    assert run["precache_files"] > 0 and run["precache_mb"] > run["search_index_kb"] / 1024
    assert 0 < run["precache_gzip_mb"] < run["precache_mb"]
    assert run["question_pages_mb"] > 0 and run["cards_s"] > 0 and run["cards_mb"] > 0


def test_bench_table(capsys):
    assert main(["--sizes", "60", "--no-browser"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| posts | questions | ingest s |") and "| 60 |" in out and "Machine:" in out


def test_the_zensical_probe_reads_the_menus_order_of_either_generator(built_site):
    """scripts/bench/zensical.py compares the menu's themes with the taxonomy: MkDocs' menu (our
    on_nav hook) is in taxonomy order; the same reader finds Zensical's `./generated/<theme>/` links."""
    from scripts.bench.zensical import nav_themes

    from .conftest import site_manifest

    slugs = [t["slug"] for t in site_manifest(built_site)["themes"]]
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert nav_themes(home, slugs) == slugs
    zensical = home.replace('href="', 'href="./generated/')
    assert nav_themes(zensical, sorted(slugs)) == slugs
