"""python -m scripts.ingest [--sources DIR] [--docs DIR] [--report FILE] [--check]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .models import IngestError
from .pipeline import run
from .read import iter_sources
from .render import dump_json
from .write import plan, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.ingest", description="Build docs/ from Telegram dumps and exports.")
    parser.add_argument("--sources", type=Path, default=Path("sources"), help="folder of *.txt dumps and *.json exports")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the site's docs folder")
    parser.add_argument("--report", type=Path, default=Path("build/ingest-report.json"), help="where to write the report")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when docs/ is stale")
    args = parser.parse_args(argv)
    try:
        result = run(iter_sources(args.sources))
    except IngestError as e:
        print(f"ingest failed: {e}", file=sys.stderr)
        print("docs/ was not changed.", file=sys.stderr)
        return 2
    summary = result.report["summary"]
    if args.check:
        changed, stale = plan(args.docs, result.outputs)
        if changed or stale:
            print(f"docs/ is stale: {len(changed)} file(s) differ, {len(stale)} to remove: {', '.join(sorted(changed) + [p.name for p in stale])}")
            print("Run `python -m scripts.ingest` and commit the result.")
            return 1
        print(f"docs/ is up to date ({len(result.questions)} questions).")
        return 0
    changed, removed = write(args.docs, result.outputs)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    head = {k: v for k, v in result.report.items() if k != "posts"}
    args.report.write_text(dump_json(head, "posts", result.report["posts"]), encoding="utf-8")
    fates = ", ".join(f"{k}: {v}" for k, v in summary.items() if k != "posts_read")
    print(f"Read {summary['posts_read']} posts -> {len(result.questions)} questions ({fates}).")
    print("Themes: " + ", ".join(f"{k} {v}" for k, v in result.report["themes"].items()))
    print(f"docs/: {len(changed)} file(s) written, {len(removed)} removed. Report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
