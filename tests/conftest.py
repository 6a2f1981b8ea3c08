"""Shared fixtures. The seed dumps in sources/ are the primary fixtures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.bench.browser import type_keys
from scripts.bench.scratch import scratch_project
from scripts.bench.serve import serve

ROOT = Path(__file__).resolve().parents[1]
# The seed dumps: in sources/ in the template, in tests/fixtures/seeds/ once `make new-site` made the
# repository a site of its own (scripts/new_site.py).
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
SOURCES = SEEDS if SEEDS.is_dir() else ROOT / "sources"
SEEDS_REGISTRY = ROOT / "tests" / "fixtures" / "seeds.ids.lock"
EXPORT = ROOT / "tests" / "fixtures" / "export" / "result.json"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current ingest")


@pytest.fixture(scope="session")
def seed_sources():
    from scripts.ingest.read import iter_sources

    return list(iter_sources(SOURCES))


@pytest.fixture(scope="session")
def seed_posts(seed_sources):
    return [p for s in seed_sources for p in s.posts]


def committed_registry():
    """The seeds' id registry: committed in docs/generated/ (what the ingest reads on every run), or
    kept beside the seeds once the repository is a site of its own."""
    from scripts.ingest.registry import REGISTRY, load

    path = SEEDS_REGISTRY if SEEDS.is_dir() else ROOT / "docs" / "generated" / REGISTRY
    return load(path.read_text(encoding="utf-8") if path.exists() else None, str(path))


@pytest.fixture(scope="session")
def seed_result(seed_sources):
    from scripts.ingest.pipeline import run

    return run(seed_sources, committed_registry())


@pytest.fixture(scope="session")
def export_source():
    from scripts.ingest.read import parse_source

    return parse_source("export/result.json", EXPORT.read_bytes())


@pytest.fixture(scope="session")
def export_posts(export_source):
    return export_source.posts


def run_posts(posts, registry=None):
    """The pipeline over raw posts (as if they came from one source), with an optional registry."""
    from scripts.ingest.pipeline import run
    from scripts.ingest.read import Source

    return run([Source("posts", list(posts))], registry)


def question_by_title(result, start: str):
    from scripts.ingest.plain import title_text

    matches = [q for q in result.questions if title_text(q.post).startswith(start)]
    assert len(matches) == 1, f"{len(matches)} questions start with {start!r}"
    return matches[0]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.ingest", *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """sources/ plus Telegram exports (the hand-made one with \\xNN escapes, a channel with every
    feature, a 2019 one) -> ingest -> `mkdocs build --strict`, in a scratch copy of the project."""
    from . import exports as X

    tmp = scratch_project(tmp_path_factory.mktemp("project"))
    sources = tmp / "sources"
    shutil.copytree(SOURCES, sources)
    (sources / "export").mkdir()
    shutil.copy2(EXPORT, sources / "export" / "result.json")
    for folder, data in (("channel", X.channel_export()), ("old", X.old_export())):
        (sources / folder).mkdir()
        (sources / folder / "result.json").write_text(X.dumps(data), encoding="utf-8")
    with (sources / "channels.toml").open("a", encoding="utf-8") as config:
        config.write("\n" + X.config_toml(X.CHANNEL, X.OLD_CHANNEL))
    return ingest_and_build(tmp)


def ingest_and_build(project: Path, site_url: str = "http://127.0.0.1/") -> Path:
    """A scratch project's sources/ -> ingest -> `mkdocs build --strict` into project/site -> the
    project's build step (search index, study data, downloads)."""
    done = run_cli("--sources", str(project / "sources"), "--docs", str(project / "docs"), cwd=project)
    assert done.returncode == 0, done.stderr
    render(project, project / "site", site_url)
    step = subprocess.run(
        [sys.executable, "-m", "scripts.site.build", str(project / "site"), "--docs", str(project / "docs")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert step.returncode == 0, step.stdout + step.stderr
    return project / "site"


def render(project: Path, site: Path, site_url: str = "http://127.0.0.1/") -> None:
    """`mkdocs build --strict` of a scratch project into site: the pages alone."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr


def site_manifest(built_site: Path) -> dict:
    """The manifest the built site was made from (a build input: it is not published)."""
    import json

    return json.loads((built_site.parent / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def site_url(built_site) -> Iterator[str]:
    with serve(built_site, gzip_text=False) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright. Under CI=true a browser that cannot start fails the run."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("playwright is not installed")
    if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


class Watched:
    """A page whose console errors and off-site requests are recorded."""

    def __init__(self, page, origin: str) -> None:
        self.page = page
        self.errors: list[str] = []
        self.external: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on(
            "request", lambda r: (not r.url.startswith(origin) and not r.url.startswith("data:")) and self.external.append(r.url)
        )

    def type_keys(self, text: str) -> None:
        type_keys(self.page, text)


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    watched = Watched(context.new_page(), site_url.rstrip("/"))
    yield watched
    context.close()
    # Every browser test also checks: no script error, no request leaving the site.
    assert watched.errors == [], f"console errors: {watched.errors}"
    assert watched.external == [], f"requests left 127.0.0.1: {watched.external}"
