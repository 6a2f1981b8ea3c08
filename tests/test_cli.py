"""The command line: summary, --check, atomic writes, and bad input that never damages docs/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scripts.bench.scratch import copy_hand_written_docs as copy_docs

from .conftest import EXPORT, SOURCES, run_cli


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch project: the seed sources and an ingested docs/."""
    shutil.copytree(SOURCES, tmp_path / "sources")
    copy_docs(tmp_path)
    done = run_cli("--sources", str(tmp_path / "sources"), "--docs", str(tmp_path / "docs"))
    assert done.returncode == 0, done.stderr
    return tmp_path


def ingest(project: Path, *extra: str):
    return run_cli("--sources", str(project / "sources"), "--docs", str(project / "docs"), *extra)


def test_summary_counts_fates_and_themes(project):
    done = ingest(project)
    assert done.returncode == 0
    report = json.loads((project / "docs" / "generated" / "report.json").read_text(encoding="utf-8"))
    first = done.stdout.splitlines()[0]
    assert first.startswith(f"Read {report['summary']['posts_read']} posts -> ")
    assert f"ad: {report['summary']['ad']}" in first
    assert "Themes: " in done.stdout


def test_check_passes_when_fresh_and_fails_when_stale(project):
    assert ingest(project, "--check").returncode == 0
    (project / "sources" / "005_new.txt").write_text(
        "🤔 Что такое градиентный бустинг?\nЭто ансамбль деревьев, где каждое следующее дерево исправляет ошибки предыдущих.\n❤3\n",
        encoding="utf-8",
    )
    before = snapshot(project / "docs")
    stale = ingest(project, "--check")
    assert stale.returncode == 1 and "stale" in stale.stdout
    assert snapshot(project / "docs") == before  # --check writes nothing
    assert ingest(project).returncode == 0
    assert "gradientnyi-busting" in (project / "docs" / "generated" / "classic-ml.md").read_text(encoding="utf-8")


def test_an_unchanged_run_touches_nothing(project):
    page = project / "docs" / "generated" / "metrics.md"
    mtime = page.stat().st_mtime_ns
    done = ingest(project)
    assert "0 file(s) written" in done.stdout
    assert page.stat().st_mtime_ns == mtime


BAD_INPUTS = [
    ("empty.txt", b"", "empty.txt: file is empty"),
    ("blank.txt", b"\n \n", "blank.txt: file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary.txt: file is binary"),
    ("cp1251.txt", "Что такое переобучение?\nЭто когда модель запоминает шум.\n".encode("cp1251"), "cp1251.txt:1: not UTF-8"),
    ("truncated.json", b'{"name": "x", "messages": [{"id": 1, "type": "mess', "truncated.json:1:"),
    ("other.json", b'{"hello": "world"}', "other.json: JSON is not a Telegram Desktop export"),
    ("list.json", b"[1, 2, 3]", "list.json: JSON is not a Telegram Desktop export"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_fails_clearly_and_leaves_docs_alone(project, name, data, message):
    before = snapshot(project / "docs")
    (project / "sources" / name).write_bytes(data)
    done = ingest(project)
    assert done.returncode == 2
    assert message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert "docs/ was not changed" in done.stderr
    assert snapshot(project / "docs") == before


def test_a_missing_sources_folder_is_named(tmp_path):
    done = run_cli("--sources", str(tmp_path / "nope"), "--docs", str(tmp_path / "docs"))
    assert done.returncode == 2 and "sources folder not found" in done.stderr


def test_export_with_hex_escapes_is_read(project):
    (project / "sources" / "export").mkdir()
    shutil.copy2(EXPORT, project / "sources" / "export" / "result.json")
    assert ingest(project).returncode == 0
    manifest = json.loads((project / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))
    assert any(q["title"] == "Что такое data drift и как его заметить?" for q in manifest["questions"])


def test_a_post_of_several_megabytes(project):
    body = ("Градиентный бустинг строит деревья последовательно, и каждое исправляет ошибки предыдущих. " * 60 + "\n") * 700
    (project / "sources" / "huge.txt").write_text("🤔 Как работает градиентный бустинг?\n" + body + "❤1\n", encoding="utf-8")
    assert (project / "sources" / "huge.txt").stat().st_size > 5_000_000
    done = ingest(project)
    assert done.returncode == 0, done.stderr
    page = (project / "docs" / "generated" / "classic-ml.md").read_text(encoding="utf-8")
    assert "kak-rabotaet-gradientnyi-busting" in page


def test_post_text_is_data_not_markup(project):
    (project / "sources" / "tricky.txt").write_text(
        "🤔 Как защититься от <script>alert(1)</script> и {{ config.site_name }} в датасете модели?\n"
        "Текст с <img src=x onerror=alert(2)> в признаках и {% include 'x' %} в данных для обучения и {# note #}.\n"
        '| a | b |\n|---|---|\n# не заголовок\n??? note "не блок"\n* не список *\n❤1\n',
        encoding="utf-8",
    )
    assert ingest(project).returncode == 0
    manifest = json.loads((project / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))
    q = next(q for q in manifest["questions"] if q["title"].startswith("Как защититься"))
    assert q["title"] == "Как защититься от <script>alert(1)</script> и {{ config.site_name }} в датасете модели?"
    assert "<script>" not in q["answer"] and "{{" not in q["answer"] and "{%" not in q["answer"]
    assert "\\<img src=x onerror=alert(2)>" in q["answer"]
