"""Read docs/generated/questions.json, the manifest the ingest writes, for the site's hooks and macros."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

MANIFEST = "generated/questions.json"


class ManifestError(PluginError):
    """No manifest to build from (run the ingest first): MkDocs prints it as a message, not a traceback."""


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ManifestError(f"{path}: cannot read the manifest ({e}); run `python -m scripts.ingest` first") from None
    if not isinstance(data.get("questions"), list) or not isinstance(data.get("themes"), list):
        raise ManifestError(f"{path}: not a manifest written by scripts.ingest")
    return data


def load(docs_dir: str | Path) -> dict[str, Any]:
    path = Path(docs_dir) / MANIFEST
    if not path.exists():
        raise ManifestError(f"{path} not found; run `python -m scripts.ingest` first")
    return _load(str(path), path.stat().st_mtime)
