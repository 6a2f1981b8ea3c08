"""Lighthouse (npm `lighthouse`, run with Debian's Chromium) on the home page, a theme page (the
largest page), a question's own page and the study page, in every category.

Lighthouse is not a Python package: give its command with --lighthouse (e.g. the
node_modules/.bin/lighthouse of `npm install lighthouse` in a scratch folder). Pages are served
gzipped, as GitHub Pages serves them; the form factor is Lighthouse's default, mobile. Each page
is measured RUNS times and the median score kept, as Lighthouse advises: its simulated CPU
slowdown turns this machine's noise into total-blocking-time swings of 70–300 ms between runs.

`python -m scripts.bench.lighthouse SITE COMMAND [--runs N] [--page NAME ...]` measures a site
already built (--page: only the pages named, e.g. to compare two builds in turn).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .serve import serve

FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
CATEGORIES = "performance,accessibility,best-practices,seo"
RUNS = 3


def largest_page(site: Path) -> str:
    """The largest page but a question's own (q/<id>/ pages are measured apart)."""
    pages = [p for p in site.rglob("index.html") if p.parent.parent.name != "q"]
    page = max(pages, key=lambda p: p.stat().st_size)
    return page.parent.relative_to(site).as_posix() + "/" if page.parent != site else ""


def question_page(site: Path) -> str:
    """The first question's own page, in name order (a stable choice)."""
    return "q/" + min(p.parent.name for p in (site / "q").glob("*/index.html")) + "/"


def pages(site: Path) -> dict[str, str]:
    return {"home": "", "theme": largest_page(site), "question": question_page(site), "study": "study/"}


def scores(
    site: Path, command: str, chromium: str = "/usr/bin/chromium", runs: int = RUNS, only: list[str] | None = None
) -> dict[str, dict[str, float | str]]:
    out: dict[str, dict[str, float | str]] = {}
    with serve(site) as url, tempfile.TemporaryDirectory() as tmp:
        for name, path in pages(site).items():
            if only and name not in only:
                continue
            found: dict[str, list[float]] = {}
            for k in range(runs):
                report = Path(tmp) / f"{name}-{k}.json"
                subprocess.run(
                    [command, url + path, "--quiet", f"--chrome-flags={FLAGS}", f"--only-categories={CATEGORIES}",
                     "--output=json", f"--output-path={report}"],
                    check=True, env={**os.environ, "CHROME_PATH": chromium}, timeout=300, capture_output=True,
                )  # fmt: skip
                data = json.loads(report.read_text(encoding="utf-8"))
                for category, figures in data["categories"].items():
                    found.setdefault(category, []).append(figures["score"])
                for audit in ("total-blocking-time", "first-contentful-paint", "cumulative-layout-shift"):
                    found.setdefault(audit, []).append(data["audits"][audit]["numericValue"])
            out[name] = {key: round(statistics.median(values), 3) for key, values in found.items()} | {"path": path}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.lighthouse", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (mkdocs build)")
    parser.add_argument("command", help="Lighthouse's command, e.g. node_modules/.bin/lighthouse")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument(
        "--page", action="append", choices=("home", "theme", "question", "study"), help="only this page (repeatable)"
    )
    args = parser.parse_args(argv)
    for name, figures in scores(args.site, args.command, runs=args.runs, only=args.page).items():
        print(f"{name} (/{figures.pop('path')}): " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
