"""Lighthouse (npm `lighthouse`, run with Debian's Chromium) on the home page and the largest page.

Lighthouse is not a Python package: give its command with --lighthouse (e.g. the
node_modules/.bin/lighthouse of `npm install lighthouse` in a scratch folder). Pages are served
gzipped, as GitHub Pages serves them; the form factor is Lighthouse's default, mobile. Each page
is measured RUNS times and the median score kept, as Lighthouse advises: its simulated CPU
slowdown turns this machine's noise into total-blocking-time swings of 70–300 ms between runs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from .serve import serve

FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
RUNS = 3


def largest_page(site: Path) -> str:
    page = max(site.rglob("index.html"), key=lambda p: p.stat().st_size)
    return page.parent.relative_to(site).as_posix() + "/" if page.parent != site else ""


def scores(site: Path, command: str, chromium: str = "/usr/bin/chromium") -> dict[str, dict[str, float | str]]:
    out: dict[str, dict[str, float | str]] = {}
    with serve(site) as url, tempfile.TemporaryDirectory() as tmp:
        for name, path in (("home", ""), ("largest_page", largest_page(site))):
            runs: dict[str, list[float]] = {}
            for k in range(RUNS):
                report = Path(tmp) / f"{name}-{k}.json"
                subprocess.run(
                    [command, url + path, "--quiet", f"--chrome-flags={FLAGS}", "--only-categories=performance,accessibility",
                     "--output=json", f"--output-path={report}"],
                    check=True, env={**os.environ, "CHROME_PATH": chromium}, timeout=300, capture_output=True,
                )  # fmt: skip
                for category, data in json.loads(report.read_text(encoding="utf-8"))["categories"].items():
                    runs.setdefault(category, []).append(data["score"])
            out[name] = {category: statistics.median(values) for category, values in runs.items()} | {"path": path}
    return out
