"""Golden test: the generated docs/ for the seed dumps, compared file by file.

Regenerate on purpose with `pytest tests/test_golden.py --update-golden`, then read the diff.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"


def test_generated_docs_match_golden(seed_result, request):
    outputs = seed_result.outputs
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        GOLDEN.mkdir()
        for rel, content in outputs.items():
            (GOLDEN / rel).write_text(content, encoding="utf-8")
        pytest.fail("golden files rewritten: review `git diff tests/golden` and run again without --update-golden")
    expected = {p.name: p.read_text(encoding="utf-8") for p in GOLDEN.iterdir()}
    assert sorted(outputs) == sorted(expected)
    for rel, content in outputs.items():
        assert content == expected[rel], f"{rel} differs from tests/golden/{rel}"


def test_committed_docs_are_fresh(seed_result):
    """docs/ in the repository is what the ingest makes of sources/ (what `--check` enforces)."""
    for rel, content in seed_result.outputs.items():
        assert (ROOT / "docs" / rel).read_text(encoding="utf-8") == content, f"docs/{rel} is stale: run python -m scripts.ingest"
