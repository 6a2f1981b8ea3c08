"""A measured way off MkDocs: build the committed docs/ with Zensical, run the project's build step
and the whole-site check on its output, and print what works and what does not.

    python -m scripts.bench.zensical [--zensical /tmp/zvenv/bin/zensical] [--json]

Zensical runs in its own venv (it reads mkdocs.yml, and its macros extension imports our macros
module, so that venv needs the locked packages too); the build step and the check run here. The
exit status is the check's: 0 once Zensical's site is whole, 1 while it is not, 2 if it did not build.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from scripts.site.manifest import load

from .scratch import scratch_project

ROOT = Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
NAV_LINK = re.compile(r'href="(?:\./)?(?:generated/)?([\w-]+/)"')


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900, check=False)


def last_error(output: str) -> str:
    lines = [line.strip() for line in ANSI.sub("", output).splitlines() if line.strip()]
    errors = [line for line in lines if "Error" in line or "error" in line]
    return (errors or lines or [""])[-1][:300]


def nav_themes(home: str, slugs: list[str]) -> list[str]:
    """The themes in the order the home page's primary navigation lists them."""
    start = home.find("md-nav--primary")
    found = []
    for path in NAV_LINK.findall(home[start : start + 200_000] if start >= 0 else ""):
        slug = path.rstrip("/")
        if slug in slugs and slug not in found:
            found.append(slug)
    return found


def measure(zensical: list[str], project: Path) -> dict[str, Any]:
    """Findings of one Zensical build of a scratch copy of the project (docs/ as committed)."""
    scratch_project(project)
    shutil.copytree(ROOT / "docs" / "generated", project / "docs" / "generated")
    manifest = load(project / "docs")
    slugs = [t["slug"] for t in manifest["themes"]]
    version = run([*zensical, "--version"], project)
    out: dict[str, Any] = {"version": (version.stdout or version.stderr).strip()}
    built = run([*zensical, "build", "--strict"], project)
    site = project / "site"
    out["build"] = "ok" if built.returncode == 0 else f"exit {built.returncode}: {last_error(built.stdout + built.stderr)}"
    if built.returncode or not (site / "index.html").is_file():
        out["check"] = "not run (no site)"
        out["status"] = 2
        return out
    home = (site / "index.html").read_text(encoding="utf-8")
    study = site / "study" / "index.html"
    at_root = all((site / t["path"].removesuffix(".md")).is_dir() or (site / t["slug"]).is_dir() for t in manifest["themes"])
    out["hooks (generated/ served at the root)"] = "yes" if at_root else "no: pages under generated/ (hooks ignored)"
    order = nav_themes(home, slugs)
    out["nav order (taxonomy)"] = "yes" if order == slugs else f"no: {', '.join(order)}"
    out["macros (home's theme cards, study page's chunks)"] = (
        "yes" if "qa-themes" in home and study.is_file() and "data-qa-chunks" in study.read_text(encoding="utf-8") else "no"
    )
    out["overrides: our search worker named in #__config"] = "yes" if "search-worker.js" in home else "no"
    own_index = [p for p in ("search.json", "search/search_index.json") if (site / p).is_file()]
    out["the generator's own search index"] = ", ".join(own_index) or "none"
    step = run([sys.executable, "-m", "scripts.site.build", str(site), "--docs", str(project / "docs")], ROOT)
    out["our build step"] = "ok" if step.returncode == 0 else f"exit {step.returncode}: {step.stderr.strip()}"
    check = run([sys.executable, "-m", "scripts.site.check", str(site), "--docs", str(project / "docs")], ROOT)
    lines = (check.stdout + check.stderr).strip().replace(str(site), "site").splitlines()
    out["check"] = lines
    out["status"] = check.returncode
    return out


def markdown(findings: dict[str, Any]) -> str:
    rows = ["| finding | result |", "|---|---|"]
    for key, value in findings.items():
        if key in ("check", "status"):
            continue
        rows.append(f"| {key} | {value} |")
    check = findings["check"]
    rows += ["", "Whole-site check on Zensical's output, after our build step:", ""]
    rows += [f"    {line}" for line in (check if isinstance(check, list) else [check])]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.zensical", description=__doc__.split("\n\n")[0])
    parser.add_argument("--zensical", default="zensical", help="the command that runs Zensical (default: zensical)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zensical-") as name:
        findings = measure(shlex.split(args.zensical), Path(name))
    print(json.dumps(findings, ensure_ascii=False, indent=1) if args.json else markdown(findings))
    return int(findings["status"])


if __name__ == "__main__":
    raise SystemExit(main())
