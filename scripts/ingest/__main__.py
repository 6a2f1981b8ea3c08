"""python -m scripts.ingest [--sources DIR] [--docs DIR] [--check]

Reads sources/, writes docs/generated/ in one transaction (pages, question pages, the manifest
questions.json, the id registry ids.lock and the report report.json). Exit codes: 0 done, 1 (--check)
docs/ is stale, 2 bad input or output (the message names the file and the line, message or post;
docs/ is left exactly as it was).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .models import IngestError
from .output import GENERATED, changes, commit, read_generated, transaction
from .pipeline import Result, run
from .read import iter_sources
from .registry import REGISTRY, load
from .report import REPORT
from .text import display


def ingest(sources: Path, docs: Path) -> Result:
    registry = load(read_generated(docs, REGISTRY), display(docs / GENERATED / REGISTRY))
    return run(iter_sources(sources), registry)


def summary(result: Result) -> list[str]:
    s = result.report["summary"]
    fates = ", ".join(f"{k}: {v}" for k, v in s.items() if k not in ("posts_read", "not_selected_messages"))
    how = Counter(m.how for m in result.matches.values())
    ids = ", ".join(f"{v} {k}" for k, v in sorted(how.items()))
    registry = ", ".join(f"{v} {k}" for k, v in result.report["ids"].items())
    if not s["posts_read"]:  # a new site before its first export (`make new-site`)
        return ["No posts in the sources yet: the site is built empty. Add an export (README, Start your own site)."]
    lines = [
        f"Read {s['posts_read']} posts -> {len(result.questions)} questions ({fates}).",
        "Themes: " + ", ".join(f"{k} {v}" for k, v in result.report["themes"].items()),
        f"Ids: {ids} (registry: {registry}).",
    ]
    for qid, m in sorted(result.matches.items()):
        if m.how == "similar":
            lines.append(f"  {qid}: a post without an id of its own took this published id (text similarity {m.similarity:.2f})")
        if m.aliases:
            lines.append(f"  {qid}: now also answers for {', '.join(m.aliases)} (their links lead here)")
    for chat in result.report["chats_not_selected"]:
        lines.append(
            f"Skipped chat «{chat['chat']}» (chat_id {chat['chat_id']}, {chat['messages']} messages) in {chat['file']}: "
            "to publish it, add it to sources/channels.toml as [[channel]] with its name and chat_id."
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.ingest", description="Build docs/generated/ from Telegram dumps and exports."
    )
    parser.add_argument("--sources", type=Path, default=Path("sources"), help="folder of *.txt dumps and *.json exports")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the site's docs folder")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when docs/ is stale")
    args = parser.parse_args(argv)
    try:
        if args.check:
            result = ingest(args.sources, args.docs)
            stale = changes(args.docs, result.outputs)
            if stale.any:
                names = [*stale.written[:8], *(f"-{p}" for p in stale.removed[:8])]
                print(f"docs/ is stale: {len(stale.written)} file(s) differ, {len(stale.removed)} to remove: {', '.join(names)}")
                print("Run `python -m scripts.ingest` and commit the result.")
                return 1
            print(f"docs/ is up to date ({len(result.questions)} questions).")
            return 0
        with transaction(args.docs):
            result = ingest(args.sources, args.docs)
            done = commit(args.docs, result.outputs)
    except IngestError as e:
        print(f"ingest failed: {e}", file=sys.stderr)
        print("docs/ was not changed.", file=sys.stderr)
        return 2
    print("\n".join(summary(result)))
    print(
        f"docs/{GENERATED}/: {len(done.written)} file(s) written, {len(done.removed)} removed. Report: {display(args.docs / GENERATED / REPORT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
