"""Lighthouse (npm `lighthouse`, run with Debian's Chromium) on the home page and the largest page.

Lighthouse is not a Python package: give its command with --lighthouse (e.g. the
node_modules/.bin/lighthouse of `npm install lighthouse` in a scratch folder). Pages are served
gzipped, as GitHub Pages serves them; the form factor is Lighthouse's default, mobile.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from .serve import serve

FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"


def largest_page(site: Path) -> str:
    page = max(site.rglob("index.html"), key=lambda p: p.stat().st_size)
    return page.parent.relative_to(site).as_posix() + "/" if page.parent != site else ""


def scores(site: Path, command: str, chromium: str = "/usr/bin/chromium") -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    with serve(site) as url, tempfile.TemporaryDirectory() as tmp:
        for name, path in (("home", ""), ("largest_page", largest_page(site))):
            report = Path(tmp) / f"{name}.json"
            subprocess.run(
                [command, url + path, "--quiet", f"--chrome-flags={FLAGS}", "--only-categories=performance,accessibility",
                 "--output=json", f"--output-path={report}"],
                check=True, env={**os.environ, "CHROME_PATH": chromium}, timeout=300, capture_output=True,
            )  # fmt: skip
            data = json.loads(report.read_text(encoding="utf-8"))
            out[name] = {k: v["score"] for k, v in data["categories"].items()} | {"path": path}
    return out
