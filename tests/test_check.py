"""The project's build step (scripts/site/build.py) and the whole-site check (scripts/site/check.py),
on the site built from the seeds and the exports: a generator that skips the data fails the check."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, render, site_manifest


def run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def check(site: Path) -> subprocess.CompletedProcess[str]:
    return run("scripts.site.check", str(site), "--docs", str(site.parent / "docs"))


@pytest.fixture
def copy(built_site, tmp_path) -> Path:
    """A copy of the built site beside its project's docs/, to break."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "docs").symlink_to(built_site.parent / "docs")
    shutil.copytree(built_site, project / "site")
    return project / "site"


def test_the_built_site_is_whole(built_site):
    done = check(built_site)
    assert done.returncode == 0, done.stderr
    n = len(site_manifest(built_site)["questions"])
    assert done.stdout.startswith(f"{built_site}/ is whole: {n} questions")


def test_pages_rendered_by_mkdocs_alone_fail_the_check_naming_every_missing_piece(built_site, tmp_path):
    """The hooks make no data: without the project's step the site has Material's own search index,
    no study data and no downloads, and the check says so."""
    site = tmp_path / "mkdocs-only"
    render(built_site.parent, site)
    done = run("scripts.site.check", str(site), "--docs", str(built_site.parent / "docs"))
    assert done.returncode == 1, done.stdout
    step = f"run `python -m scripts.site.build {site}`"
    lines = done.stderr.splitlines()
    n = len(site_manifest(built_site)["questions"])
    assert lines[:5] + lines[6:] == [
        f"{site}/ is not whole (7 kinds of problem):",
        f"  - search index not the project's (it names no index folder): {step}: search/search_index.json",
        f"  - study data missing: {step}: assets/study.json",
        f"  - Anki deck missing or unreadable: {step}: downloads/sobes-data-science.apkg",
        f"  - CSV missing: {step}: downloads/sobes-data-science.csv",
        f"  - web app manifest missing: {step}: manifest.webmanifest",
        f"  - service worker missing: {step}: sw.js",
    ]
    assert lines[5].startswith(f"  - link-preview card missing: {step}: assets/cards/") and lines[5].endswith(
        f"(and {n - 5} more)"
    )
    built = run("scripts.site.build", str(site), "--docs", str(built_site.parent / "docs"))
    assert built.returncode == 0, built.stderr
    assert run("scripts.site.check", str(site), "--docs", str(built_site.parent / "docs")).returncode == 0


def test_a_missing_anchor_page_or_preview_is_named(built_site, copy):
    manifest = site_manifest(built_site)
    first, second, third = manifest["questions"][:3]
    theme_page = copy / first["url"].split("#")[0] / "index.html"
    theme_page.write_text(theme_page.read_text(encoding="utf-8").replace(f'id="{first["id"]}"', 'id="x"'), encoding="utf-8")
    shutil.rmtree(copy / second["permalink"])
    own = copy / third["permalink"] / "index.html"
    own.write_text(own.read_text(encoding="utf-8").replace('property="og:description"', 'property="og:x"'), encoding="utf-8")
    done = check(copy)
    assert done.returncode == 1
    lines = done.stderr.splitlines()[1:]
    theme_file = Path(first["url"].split("#")[0]) / "index.html"
    assert lines == [
        f"  - no anchor for a question on its theme page ({theme_file}): #{first['id']}",
        f"  - no page of its own (q/<id>/index.html): {second['permalink']}",
        f"  - link preview incomplete on the question's page (missing og:description): {third['permalink']}",
        f"  - offline cache does not list a file as it is now (written after the worker?): {theme_file}",
    ]


def test_a_question_missing_from_the_search_index_study_data_or_deck_is_named(built_site, copy):
    manifest = site_manifest(built_site)
    stub = json.loads((copy / "search" / "search_index.json").read_text(encoding="utf-8"))
    folder = copy / stub["config"]["index"]
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    last = json.loads((folder / "d" / f"{meta['questions'] - 1}.json").read_text(encoding="utf-8"))
    (folder / "d" / f"{meta['questions'] - 1}.json").unlink()
    study = json.loads((copy / "assets" / "study.json").read_text(encoding="utf-8"))
    study["questions"] = study["questions"][1:]
    (copy / "assets" / "study.json").write_text(json.dumps(study), encoding="utf-8")
    table = copy / "downloads" / "sobes-data-science.csv"
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    buf = io.StringIO()
    csv.writer(buf).writerows(rows[:-1])
    table.write_text(buf.getvalue(), encoding="utf-8-sig")
    done = check(copy)
    assert done.returncode == 1
    n = len(manifest["questions"])
    assert done.stderr.splitlines()[1:] == [
        f"  - search index document missing: {stub['config']['index']}d/{meta['questions'] - 1}.json",
        f"  - question not in the search index: {last[0]}",
        f"  - study data does not list the manifest's questions: assets/study.json ({n - 1} of {n})",
        f"  - CSV does not hold one row per question: downloads/sobes-data-science.csv ({n - 1} of {n})",
        "  - offline cache does not list a file as it is now (written after the worker?): assets/study.json",
        f"  - offline cache lists a file that is not there (the worker would fail to install): {stub['config']['index']}d/{meta['questions'] - 1}.json",
    ]


def test_the_build_step_takes_the_sites_address_from_its_pages(built_site):
    """The deck's links go where the generator built the site for (SITE_URL of the build)."""
    rows = list(csv.reader(io.StringIO((built_site / "downloads" / "sobes-data-science.csv").read_text(encoding="utf-8-sig"))))
    q = site_manifest(built_site)["questions"][0]
    assert [r[-1] for r in rows if r[1] == q["title"]] == ["http://127.0.0.1/" + q["permalink"]]


def test_the_build_step_refuses_a_folder_that_is_no_rendered_site(tmp_path):
    done = run("scripts.site.build", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr == f"error: {tmp_path}/index.html: no home page; render the site first (`mkdocs build`)\n"
    done = run("scripts.site.check", str(tmp_path))
    assert done.returncode == 2 and done.stderr == f"error: {tmp_path}/index.html: no site there; build it first\n"


def test_the_data_step_and_the_check_follow_every_render():
    """make build, make test and the Pages build render the pages, then make the data, then check."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    steps = ["-m mkdocs build --strict", "-m scripts.site.build site", "-m scripts.site.check site"]
    site = makefile.split("define SITE\n", 1)[1].split("endef", 1)[0]
    assert [line.split(" ", 1)[1] for line in site.splitlines()] == steps
    for target in ("build", "test"):
        recipe = makefile.split(f"\n{target}: ", 1)[1].split("\n\n", 1)[0]
        assert "\t$(SITE)" in recipe, target
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    build = workflow.split("\n  build:\n", 1)[1].split("\n  deploy:\n", 1)[0]
    order = [build.index(f"run: python {s}") for s in steps] + [build.index("upload-pages-artifact")]
    assert order == sorted(order)


def test_make_serve_serves_the_built_site_with_its_404_page(built_site):
    """scripts/site/serve.py (make serve): the site's files as they are, its 404 page for a missing one."""
    import socket
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "scripts.site.serve", str(built_site), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        assert server.stdout.readline() == f"Serving {built_site}/ on http://127.0.0.1:{port}/ (Ctrl+C stops)\n"
        url = f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(url + "search/search_index.json") as r:
            assert json.load(r)["config"]["index"].startswith("search/")
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(url + "no-such-page/")
        with missing.value as page:
            assert page.code == 404 and page.read() == (built_site / "404.html").read_bytes()
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()
