"""Write the generated files into docs/ all at once, or report what is stale.

Everything is computed in memory first. Files are then written beside their targets and renamed
into place only when all of them were written, so a failed ingest leaves docs/ as it was. A file
is rewritten only when its content changed (no rebuild loop under `mkdocs serve`), and generated
pages that are no longer produced are removed. Hand-written pages are never touched: a page is
generated when its front matter says `generated: scripts.ingest`.
"""

from __future__ import annotations

import os
from pathlib import Path

from .render import GENERATED_BY, GENERATED_KEY, MANIFEST

TMP_SUFFIX = ".ingest-tmp"


def is_generated(path: Path) -> bool:
    if path.name == MANIFEST:
        return True
    try:
        head = path.read_text(encoding="utf-8")[:400]
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("---\n") and f"\n{GENERATED_KEY}: {GENERATED_BY}\n" in head


def plan(docs: Path, outputs: dict[str, str]) -> tuple[dict[str, str], list[Path]]:
    """What to write (changed files only) and which stale generated files to remove."""
    changed = {}
    for rel, content in outputs.items():
        target = docs / rel
        if not target.exists() or target.read_text(encoding="utf-8") != content:
            changed[rel] = content
    stale = []
    if docs.is_dir():
        for path in sorted(docs.rglob("*")):
            rel = path.relative_to(docs).as_posix()
            if path.is_file() and rel not in outputs and (path.suffix == ".md" or path.name == MANIFEST) and is_generated(path):
                stale.append(path)
    return changed, stale


def write(docs: Path, outputs: dict[str, str]) -> tuple[list[str], list[str]]:
    changed, stale = plan(docs, outputs)
    temps: list[tuple[Path, Path]] = []
    try:
        for rel, content in changed.items():
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + TMP_SUFFIX)
            tmp.write_text(content, encoding="utf-8")
            temps.append((tmp, target))
    except BaseException:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, target in temps:
        os.replace(tmp, target)
    for path in stale:
        path.unlink()
    return sorted(changed), [p.relative_to(docs).as_posix() for p in stale]
