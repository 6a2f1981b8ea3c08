"""The benchmark runs end to end and prints the figures the README promises (small size, no timing asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scripts.bench.__main__ import main

from .conftest import ROOT

KEYS = {"posts", "questions", "ingest_s", "ingest_peak_mb", "build_s", "largest_page_kb", "search_index_kb", "text_kb",
        "search_ready_s", "search_query_ms", "study_kb", "study_30_kb"}  # fmt: skip


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
    assert run["search_index_kb"] <= 1.5 * run["text_kb"]
    assert run["search_ready_s"] > 0 and run["search_query_ms"] > 0
    assert 0 < run["study_kb"] <= run["study_30_kb"]


def test_bench_table(capsys):
    assert main(["--sizes", "60", "--no-browser"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| posts | questions | ingest s |") and "| 60 |" in out and "Machine:" in out
