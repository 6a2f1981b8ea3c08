"""`make new-site` (scripts/new_site.py) on a scratch copy: the template's channels leave no source,
id, page or removal notice behind; the empty site builds; a new channel's export builds a site of
its own questions only."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from scripts.bench.scratch import scratch_project

from . import exports as X
from .conftest import ROOT, SOURCES, ingest_and_build, run_cli

NOTICE = "Этот вопрос удалён из канала"


def new_site(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.new_site", "--root", str(root)], cwd=ROOT, capture_output=True, text=True, check=False
    )


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and "site" not in p.parts
    }


def test_a_new_site_carries_nothing_of_the_template(tmp_path):
    project = scratch_project(tmp_path)
    shutil.copytree(SOURCES, project / "sources")
    shutil.copytree(ROOT / "docs" / "generated", project / "docs" / "generated")
    seeds_lock = (project / "docs" / "generated" / "ids.lock").read_text(encoding="utf-8")
    assert '"status":"live"' in seeds_lock.replace(" ", "")  # the template's published ids

    done = new_site(project)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (project / "sources").iterdir()] == ["channels.toml"]
    config = (project / "sources" / "channels.toml").read_text(encoding="utf-8")
    assert all(line.startswith("#") for line in config.splitlines() if line.strip())  # names no channel
    assert not (project / "docs" / "generated").exists()
    # The tests keep their fixtures: the seed dumps and the seeds' registry.
    assert sorted(p.name for p in (project / "tests" / "fixtures" / "seeds").iterdir()) == sorted(
        p.name for p in SOURCES.iterdir()
    )
    assert (project / "tests" / "fixtures" / "seeds.ids.lock").read_text(encoding="utf-8") == seeds_lock

    # The empty site builds: a home page, no question, nothing of the template in the sitemap.
    first = run_cli("--sources", str(project / "sources"), "--docs", str(project / "docs"), cwd=project)
    assert first.returncode == 0 and "the site is built empty" in first.stdout, first.stdout + first.stderr
    site = ingest_and_build(project)
    assert (site / "index.html").is_file() and not (site / "q").exists()
    assert "/q/" not in (site / "sitemap.xml").read_text(encoding="utf-8")

    # A new channel's export: its questions, and no removal notice of the template's.
    (project / "sources" / "mine").mkdir()
    (project / "sources" / "mine" / "result.json").write_text(X.dumps(X.real_export()), encoding="utf-8")
    with (project / "sources" / "channels.toml").open("a", encoding="utf-8") as config:
        config.write("\n" + X.config_toml(X.REAL_CHANNEL))
    site = ingest_and_build(project)
    manifest = json.loads((project / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))
    assert len(manifest["questions"]) == 4 and manifest["not_live"] == []
    pages = sorted((site / "q").iterdir())
    assert [p.name for p in pages] == sorted(q["id"] for q in manifest["questions"])
    assert not any(NOTICE in (p / "index.html").read_text(encoding="utf-8") for p in pages)
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("/q/") == 4

    # Once is enough: a second run refuses and changes nothing.
    before = tree(project)
    again = new_site(project)
    assert again.returncode == 2 and "refused" in again.stderr
    assert tree(project) == before
