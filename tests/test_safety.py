"""The ingest as a safe tool: one transaction, a lock, only its own files, a clear message for
every bad input or output, and docs/ exactly as it was after any failure (output.py)."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from scripts.bench.scratch import copy_hand_written_docs as copy_docs
from scripts.bench.synth import write_sources
from scripts.ingest.output import GENERATED, work_dir
from scripts.ingest.read import parse_source

from . import exports as X
from .conftest import ROOT, SOURCES, run_cli


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder by its hash: two trees are equal when their dicts are."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def ingest(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--sources", str(project / "sources"), "--docs", str(project / "docs"), *extra)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch project: the seed sources and an ingested docs/."""
    shutil.copytree(SOURCES, tmp_path / "sources")
    copy_docs(tmp_path)
    assert ingest(tmp_path).returncode == 0
    return tmp_path


def fails_cleanly(project: Path, message: str) -> subprocess.CompletedProcess[str]:
    """Run the ingest expecting exit 2 with `message`, no traceback, and docs/ byte for byte as before."""
    before = tree(project / "docs")
    done = ingest(project)
    assert done.returncode == 2, done.stdout + done.stderr
    assert message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "docs/ was not changed" in done.stderr
    assert tree(project / "docs") == before
    assert not work_dir(project / "docs").exists()
    return done


# ---- one transaction --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[Path, dict[str, str], dict[str, str]]:
    """A project whose docs/ holds the seeds' tree, and a 1,500-post source set that replaces it;
    with the trees before and after (old, new) to compare a killed run against."""
    root = tmp_path_factory.mktemp("big")
    shutil.copytree(SOURCES, root / "sources")
    copy_docs(root)
    assert ingest(root).returncode == 0
    old = tree(root / "docs" / GENERATED)
    shutil.copytree(root / "docs", root / "docs-old")
    write_sources(root / "sources" / "synthetic", 1500)
    assert ingest(root).returncode == 0
    new = tree(root / "docs" / GENERATED)
    assert old != new
    return root, old, new


def restore(root: Path) -> None:
    shutil.rmtree(root / "docs")
    shutil.copytree(root / "docs-old", root / "docs")


def test_a_kill_at_any_moment_leaves_the_old_tree_or_the_new_one(big):
    root, old, new = big
    started = time.perf_counter()
    restore(root)
    assert ingest(root).returncode == 0
    duration = time.perf_counter() - started
    rng = random.Random(11)
    seen = {"old": 0, "new": 0}
    for k in range(24):
        restore(root)
        # Spread the kills over the whole run and past its end (a loaded machine runs slower), with
        # some jitter so that they fall at different steps each time.
        delay = duration * 1.8 * (k + rng.uniform(0, 1)) / 24
        proc = subprocess.Popen([sys.executable, "-m", "scripts.ingest", "--sources", str(root / "sources"), "--docs", str(root / "docs")],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = tree(root / "docs" / GENERATED)
        assert now in (old, new), f"kill after {delay:.2f}s left a mixed tree"
        seen["old" if now == old else "new"] += 1
        # Nothing temporary is inside docs/, where it could be published.
        assert sorted(p.name for p in (root / "docs").iterdir()) == sorted(p.name for p in (root / "docs-old").iterdir())
    assert seen["old"] and seen["new"], seen  # the kills landed on both sides of the switch
    # What a killed run left beside docs/ is swept by the next run.
    restore(root)
    work_dir(root / "docs").mkdir(exist_ok=True)
    (work_dir(root / "docs") / "new-999").mkdir()
    assert ingest(root).returncode == 0
    assert not work_dir(root / "docs").exists()
    assert tree(root / "docs" / GENERATED) == new


def test_a_second_run_at_the_same_time_is_refused(project):
    docs = project / "docs"
    fd = os.open(docs, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a running ingest holds it
    try:
        fails_cleanly(project, "another ingest is writing this folder right now")
    finally:
        os.close(fd)
    assert ingest(project).returncode == 0


def test_two_runs_started_together_leave_one_whole_tree(big):
    root, _, new = big
    restore(root)
    cmd = [sys.executable, "-m", "scripts.ingest", "--sources", str(root / "sources"), "--docs", str(root / "docs")]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.returncode, err) for p in procs for _, err in [p.communicate()]]
    assert min(code for code, _ in results) == 0
    for code, err in results:
        assert code == 0 or (code == 2 and "another ingest is writing this folder" in err), err
    assert tree(root / "docs" / GENERATED) == new


# ---- only its own files -----------------------------------------------------------------------


def test_a_hand_written_page_at_a_theme_address_is_never_replaced(project):
    page = project / "docs" / "llm.md"
    page.write_text("# Мои заметки про LLM\n", encoding="utf-8")
    done = fails_cleanly(project, "docs/llm.md has the address llm/ that the generated page generated/llm.md needs")
    assert "Rename the hand-written page" in done.stderr
    assert page.read_text(encoding="utf-8") == "# Мои заметки про LLM\n"


def test_a_file_put_into_the_generated_folder_is_never_deleted(project):
    mine = project / "docs" / GENERATED / "notes.md"
    mine.write_text("# Мои заметки\n", encoding="utf-8")
    fails_cleanly(project, "holds files the ingest did not write")
    assert mine.read_text(encoding="utf-8") == "# Мои заметки\n"


def test_files_named_like_the_manifest_elsewhere_are_left_alone(project):
    other = project / "docs" / "assets" / "questions.json"
    other.write_text('{"mine": true}', encoding="utf-8")
    assert ingest(project).returncode == 0
    assert other.read_text(encoding="utf-8") == '{"mine": true}'


def test_a_generated_page_resaved_in_another_encoding_is_still_known_as_generated(project):
    page = project / "docs" / GENERATED / "metrics.md"
    page.write_bytes(page.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    assert ingest(project).returncode == 0
    assert ingest(project, "--check").returncode == 0


def test_a_folder_where_a_page_should_be_is_named(project):
    page = project / "docs" / GENERATED / "metrics.md"
    page.unlink()
    page.mkdir()
    (page / "draft.md").write_text("# Черновик\n", encoding="utf-8")
    fails_cleanly(project, "metrics.md/draft.md")


def test_docs_pointing_at_a_file_is_refused(project):
    target = project / "file.txt"
    target.write_text("x", encoding="utf-8")
    done = run_cli("--sources", str(project / "sources"), "--docs", str(target))
    assert done.returncode == 2 and "--docs must be a folder" in done.stderr and "Traceback" not in done.stderr


@contextmanager
def read_only(folder: Path):
    """A folder nobody may write into, root included (the immutable flag), or a plain chmod for a user."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield
        folder.chmod(0o755)
        return
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_read_only_docs_folder_is_reported_and_left_alone(project):
    (project / "sources" / "new.txt").write_text(
        X.qa("🤔 Что такое стекинг?", "Стекинг обучает метамодель на предсказаниях базовых моделей."), encoding="utf-8"
    )
    with read_only(project / "docs"):
        fails_cleanly(project, "docs")


# ---- bad input --------------------------------------------------------------------------------


def json_source(project: Path, text: str, name: str = "export/result.json") -> None:
    (project / "sources" / name).parent.mkdir(parents=True, exist_ok=True)
    (project / "sources" / name).write_text(text, encoding="utf-8")


def good_message(**extra) -> dict:
    return X.message(
        7,
        X.qa("Что такое стекинг в машинном обучении?", "Стекинг обучает метамодель на предсказаниях нескольких базовых моделей."),
        **extra,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "result.json: JSON nested too deep"),
        ('{"messages": [{"id": ' + "9" * 5000 + ', "type": "message"}]}', "result.json: unreadable JSON value"),
        (X.dumps(X.chat([X.message(10**30, "x")])), f"message {10**30}: id: input should be less than"),
        (
            X.dumps(X.chat([good_message(text_entities=[{"type": "text_link", "text": "тут", "href": 5}])])),
            "message 7: text_entities.0.href",
        ),
        (X.dumps(X.chat([good_message(poll={"question": "Что?", "answers": ["да", "нет"]})])), "message 7: poll.answers.0"),
        (X.dumps(X.chat([good_message(date_unixtime="никогда")])), "message 7: date_unixtime is not a time"),
        (
            X.dumps(X.chat([{**good_message(), "date": "2025-13-45T99:00:00", "date_unixtime": None}])),
            "message 7: date is not a date",
        ),
        (X.dumps(X.chat([{**good_message(), "text": 5, "text_entities": None}])), "message 7: text"),
        ('{"hello": "world"}', "result.json: JSON is not a Telegram Desktop export"),
        (X.dumps(X.full_account([{"name": "x", "messages": "no"}])), "chats.list[1]: messages"),
    ],
    ids=[
        "deep",
        "5000-digit id",
        "huge id",
        "href number",
        "poll strings",
        "bad unixtime",
        "impossible date",
        "text number",
        "not export",
        "bad chat",
    ],
)
def test_bad_export_fields_are_named(project, text, message):
    json_source(project, text)
    fails_cleanly(project, message)


def test_a_lone_surrogate_becomes_a_replacement_character(project):
    json_source(project, X.dumps(X.chat([good_message()])).replace("метамодель", "мета\\ud800модель"))
    done = ingest(project)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((project / "docs" / GENERATED / "questions.json").read_text(encoding="utf-8"))
    assert any("мета\ufffdмодель" in q["text"] for q in manifest["questions"])


def test_a_file_name_that_is_not_utf8_is_printed_and_read(project):
    name = os.fsencode(project / "sources") + b"/\xff\xfe-dump.txt"
    with open(name, "wb") as f:
        f.write("🤔 Что такое стекинг?\nСтекинг обучает метамодель на предсказаниях базовых моделей.\n".encode())
    done = ingest(project)
    assert done.returncode == 0, done.stderr
    report = json.loads((project / "docs" / GENERATED / "report.json").read_text(encoding="utf-8"))
    assert "\\xff\\xfe-dump.txt" in {e["file"] for e in report["posts"]}


def test_a_dangling_link_where_an_export_was_stops_the_run(project):
    (project / "sources" / "export").symlink_to(project / "moved-away")
    fails_cleanly(project, "is a link to something that does not exist")


def test_an_unreadable_source_file_is_named(project):
    (project / "sources" / "broken.txt").symlink_to("/proc/self/mem")  # a file no one can read, root included
    fails_cleanly(project, "broken.txt: cannot read")


def test_an_unlistable_source_folder_is_named(project, monkeypatch):
    """Root can list any folder, so the folder's error is raised as the system would for a user."""
    from scripts.ingest import read

    (project / "sources" / "private").mkdir()
    real = os.scandir

    def scandir(path):
        if str(path).endswith("private"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(read.IngestError, match="private: cannot read this folder: Permission denied"):
        read.source_files(project / "sources")


def test_nfd_and_zero_width_text_is_normalised_for_search(project):
    title = "Что такое регуляризация?"
    body = "Регуляризация штрафует модель за сложность, чтобы она не переобучалась на шуме обучающей выборки."
    import unicodedata

    dump = unicodedata.normalize("NFD", f"🤔 {title}\n{body}\n").replace("штрафует", "штра\u200bфу\u00adет")
    (project / "sources" / "nfd.txt").write_text(dump, encoding="utf-8")
    assert ingest(project).returncode == 0
    manifest = json.loads((project / "docs" / GENERATED / "questions.json").read_text(encoding="utf-8"))
    q = next(q for q in manifest["questions"] if q["title"] == title)
    assert "штрафует" in q["text"] and unicodedata.is_normalized("NFC", q["text"])


def test_the_pages_workflow_tests_and_checks_before_it_publishes():
    """Every action pinned to a commit, and nothing deployed unless the tests pass and docs/ is fresh."""
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)", workflow)
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    jobs = workflow.split("\n  build:\n")
    assert "run: bash .ci/run" in jobs[0]
    assert "needs: test" in jobs[1] and "python -m scripts.ingest --check" in jobs[1]
    assert jobs[1].index("--check") < jobs[1].index("mkdocs build")


def test_a_hostile_username_in_the_sources_config_is_refused(project):
    """The config is the only place a channel's username comes from; it must be a username."""
    (project / "sources" / "channels.toml").write_text(
        '[[channel]]\nname = "x"\nusername = "x\\"><script>alert(1)</script>"\n', encoding="utf-8"
    )
    fails_cleanly(project, "channels.toml:channel 1: `username` must be a Telegram username")


def test_post_text_never_becomes_a_spreadsheet_formula():
    from scripts.site.anki import cell

    assert cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")' and cell("- пункт") == "'- пункт"
    assert cell("Что такое ROC-AUC?") == "Что такое ROC-AUC?"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r"])
def test_no_line_break_of_any_kind_lets_text_out_of_code(separator):
    """A line separator that Python splits on but Markdown does not would end a code span or fence
    early: the text after it would be read as markup."""
    from .test_fuzz import live_html

    payload = f"fit(){separator}{separator}<img src=x onerror=alert(1)>"
    msg = X.message(
        5,
        [
            "Как обучить модель машинного обучения?\nВызовите ",
            X.entity("code", payload),
            " и ",
            X.entity("pre", f"x = 1{separator}```\n<img src=y onerror=alert(2)>", language="python"),
            ".",
        ],
    )
    source = parse_source("e/result.json", X.dumps(X.chat([msg])).encode("utf-8"))
    from scripts.ingest.pipeline import run

    result = run([source])
    for rel, page in result.outputs.items():
        if rel.endswith(".md"):
            assert live_html(page) == [], rel


def test_control_characters_never_break_a_page_head():
    """DEL and C1 controls in a title or poll question: the page's front matter still parses."""
    import yaml

    from scripts.ingest.pipeline import run

    msg = X.message(
        6, "Что такое\x7f регуляризация\x85 модели?\nРегуляризация штрафует модель машинного обучения за сложность весов."
    )
    poll = X.message(
        7, "", poll={"question": "Какая метрика\u0080 не зависит от порога?", "answers": [{"text": "ROC-AUC", "voters": 3}]}
    )
    result = run([parse_source("e/result.json", X.dumps(X.chat([msg, poll])).encode("utf-8"))])
    for rel, page in result.outputs.items():
        if rel.endswith(".md"):
            head = yaml.safe_load(page.split("---\n")[1])
            assert head["generated"] == "scripts.ingest" and head["title"], rel


def test_without_atomic_exchange_a_failed_switch_puts_the_old_tree_back(project, monkeypatch):
    """On a file system without renameat2 (NFS, some FUSE mounts), two renames: when the second
    fails, and when a run is killed between them, the old tree (and its id registry) comes back."""
    from scripts.ingest import output
    from scripts.ingest.models import IngestError

    docs = project / "docs"
    before = tree(docs)
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    real = os.rename

    def rename(src, dst):
        if Path(dst) == docs / GENERATED and Path(src).name.startswith("new-"):
            raise OSError(28, "No space left on device", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    outputs = {"metrics.md": "---\ngenerated: scripts.ingest\n---\n# x\n"}
    with pytest.raises(IngestError, match="cannot switch to the new pages"), output.transaction(docs):
        output.commit(docs, outputs)
    assert tree(docs) == before
    # Killed between the two renames: the old tree waits in the work folder; the next run restores it.
    monkeypatch.setattr(os, "rename", real)
    work = output.work_dir(docs)
    work.mkdir()
    os.rename(docs / GENERATED, work / "old-4242")
    assert ingest(project).returncode == 0
    assert tree(docs) == before and not work.exists()
