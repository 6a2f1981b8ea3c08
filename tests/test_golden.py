"""Golden test: the generated docs/generated/ for the seed dumps, compared file by file.

Regenerate on purpose with `pytest tests/test_golden.py --update-golden`, then read the diff.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import run_cli

GOLDEN = Path(__file__).parent / "golden"


def test_generated_docs_match_golden(seed_result, request):
    outputs = seed_result.outputs
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        GOLDEN.mkdir()
        for rel, content in outputs.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(content, encoding="utf-8")
        pytest.fail("golden files rewritten: review `git diff tests/golden` and run again without --update-golden")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(outputs) == sorted(expected)
    for rel, content in outputs.items():
        assert content == expected[rel], f"{rel} differs from tests/golden/{rel}"


def test_committed_docs_are_fresh():
    """docs/generated/ in the repository is what the ingest makes of sources/ (`--check` writes nothing)."""
    done = run_cli("--check")
    assert done.returncode == 0, done.stdout + done.stderr
