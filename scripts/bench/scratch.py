"""A scratch copy of the project to ingest and build in, for the benchmark and the tests.

The code is linked, not copied (so it is what runs and what coverage measures); the config,
overrides and hand-written pages are copied; docs/generated/ is left for the ingest to write.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from scripts.ingest.output import GENERATED

ROOT = Path(__file__).resolve().parents[2]


def copy_hand_written_docs(dest: Path) -> Path:
    """dest/docs with every file of docs/ that the ingest did not generate."""
    docs = dest / "docs"
    for path in (ROOT / "docs").rglob("*"):
        if path.is_file() and path.relative_to(ROOT / "docs").parts[0] != GENERATED:
            target = docs / path.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    return docs


def scratch_project(dest: Path) -> Path:
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", dest / "overrides")
    (dest / "scripts").symlink_to(ROOT / "scripts")
    copy_hand_written_docs(dest)
    return dest
