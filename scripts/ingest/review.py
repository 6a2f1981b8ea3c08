"""python -m scripts.ingest.review [--limit N] | --set KEY publish|skip|theme=SLUG|title=TEXT

The review queue: the ingest's decisions it is least sure of, published or not, least certain first,
each with its evidence and a link to the post, read from docs/generated/report.json (an entry
without a `confidence` counts as certain, 1.0). `--set` records the maintainer's verdict on a post by
its source key in scripts/ingest/rules/overrides.toml (its comments and other entries kept); the next
`python -m scripts.ingest` honours it. An unknown key, theme or verdict stops with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .rules import RULES_DIR, taxonomy

ROOT = Path(__file__).resolve().parents[2]
REPORT_PATH = ROOT / "docs" / "generated" / "report.json"
OVERRIDES_PATH = RULES_DIR / "overrides.toml"
KEPT = frozenset({"qa", "quiz", "partial"})
SETTLED_RULES = frozenset({"service-message", "override"})  # nothing to review: Telegram's own, or the maintainer's
HEADER = re.compile(r"^\s*\[\s*(?P<key>\"(?:[^\"\\]|\\.)*\"|'[^']*'|[A-Za-z0-9_.-]+)\s*\]\s*(?:#.*)?$")
ANY_HEADER = re.compile(r"^\s*\[")


class ReviewError(Exception):
    """Bad input to the review command: the message says what and where."""


@dataclass(frozen=True)
class Item:
    key: str
    confidence: float
    fate: str
    title: str
    evidence: tuple[str, ...]
    where: str  # the t.me link, else file and line or post
    ids: tuple[str, ...]
    theme: str | None
    theme_confidence: float | None = None  # a published question's theme, as sure as classify.theme says

    @property
    def published(self) -> bool:
        return self.fate in KEPT

    @property
    def doubt(self) -> float:
        """How sure the least certain of its decisions is: whether to publish it, and on which theme."""
        if self.published and self.theme_confidence is not None:
            return min(self.confidence, self.theme_confidence)
        return self.confidence

    @property
    def doubtful_theme(self) -> bool:
        """The theme is the decision to check: it is less certain than the fate."""
        return self.doubt < self.confidence


def load_report(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        posts = data["posts"]
        if not isinstance(posts, list):
            raise TypeError("posts is not a list")
        return posts
    except OSError as e:
        raise ReviewError(f"{path}: cannot read the report ({e.strerror}); run `python -m scripts.ingest` first") from None
    except (ValueError, KeyError, TypeError) as e:
        raise ReviewError(f"{path}: not an ingest report ({e})") from None


def _where(entry: dict[str, Any]) -> str:
    if entry.get("link"):
        return str(entry["link"])
    at = f" (line {entry['line']})" if entry.get("line") else f" (message {entry['message_id']})" if "message_id" in entry else ""
    channel = f" · {entry['channel_link']}" if entry.get("channel_link") else ""
    return f"sources/{entry['file']}#{entry['post']}{at}{channel}"


def _theme_confidence(entry: dict[str, Any]) -> float | None:
    """A published question's theme confidence; none when the maintainer set the theme (nothing to ask)."""
    if entry.get("theme_confidence") is None or entry.get("theme_rule") == "override":
        return None
    return float(entry["theme_confidence"])


def item(entry: dict[str, Any]) -> Item:
    evidence = entry.get("evidence") or [f"{entry.get('rule', '?')}: {entry.get('reason', '')}"]
    if entry.get("joined_to"):
        evidence = [*evidence, f"joined to {entry['joined_to']}"]
    if entry.get("theme"):
        evidence = [*evidence, f"theme {entry['theme']} ({entry.get('theme_rule', '?')}: {entry.get('theme_reason', '')})"]
    return Item(
        key=str(entry["key"]),
        confidence=float(entry.get("confidence", 1.0)),
        fate=str(entry["fate"]),
        title=str(entry.get("title", "")),
        evidence=tuple(str(e) for e in evidence),
        where=_where(entry),
        ids=tuple(entry.get("ids", ())),
        theme=entry.get("theme"),
        theme_confidence=_theme_confidence(entry),
    )


def queue(entries: Sequence[dict[str, Any]]) -> list[Item]:
    """Every decision to review, least certain first: a post by the less certain of its fate and, when it
    is published, its theme (an override of the theme settles that). Ties: published first (a wrong
    one is seen), then by key."""
    items = [item(e) for e in entries if e.get("rule") not in SETTLED_RULES]
    return sorted(items, key=lambda i: (i.doubt, not i.published, i.key))


def show(items: Sequence[Item], total: int) -> str:
    out = [f"{len(items)} of {total} decisions, least certain first:", ""]
    for i in items:
        state = f"published as {', '.join(i.ids)}" if i.ids else "published" if i.published else "not published"
        doubt = f"  (theme {i.theme}: {i.theme_confidence:.2f})" if i.doubtful_theme else ""
        out.append(f"{i.doubt:.2f}  {i.fate}  {i.key}  «{i.title}»  ({state}){doubt}")
        out.append(f"      {i.where}")
        out += [f"      - {e}" for e in i.evidence]
        out.append(f"      verdict: python -m scripts.ingest.review --set '{i.key}' publish|skip|theme=SLUG|title=TEXT")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---- recording a verdict --------------------------------------------------------------------------


def parse_verdict(verdict: str) -> tuple[str, object]:
    """(field, value) of an override: publish = true/false, theme = slug, title = text."""
    if verdict == "publish":
        return "publish", True
    if verdict == "skip":
        return "publish", False
    name, sep, value = verdict.partition("=")
    if sep and name == "theme":
        slugs = [t.slug for t in taxonomy().themes]
        if value not in slugs:
            raise ReviewError(f"unknown theme {value!r}: one of {', '.join(slugs)} (scripts/ingest/rules/themes.toml)")
        return "theme", value
    if sep and name == "title":
        if not value.strip():
            raise ReviewError("title=TEXT needs a text")
        return "title", " ".join(value.split())
    raise ReviewError(f"unknown verdict {verdict!r}: publish, skip, theme=SLUG or title=TEXT")


def _toml_key(key: str) -> str:
    return json.dumps(key, ensure_ascii=False)


def _toml_value(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else json.dumps(value, ensure_ascii=False)


def _header_key(line: str) -> str | None:
    m = HEADER.match(line)
    if not m:
        return None
    raw = m.group("key")
    return str(tomllib.loads(f"{raw} = 0").popitem()[0])


def with_override(text: str, key: str, field: str, value: object) -> str:
    """The overrides file with `field = value` set in the table of `key`; every other line kept."""
    lines = text.split("\n")
    start = next((k for k, line in enumerate(lines) if _header_key(line) == key), None)
    setting = f"{field} = {_toml_value(value)}"
    if start is None:
        body = text.rstrip("\n")
        return (body + "\n\n" if body else "") + f"[{_toml_key(key)}]\n{setting}\n"
    end = next((k for k in range(start + 1, len(lines)) if ANY_HEADER.match(lines[k])), len(lines))
    field_line = re.compile(rf"^\s*{re.escape(field)}\s*=")
    for k in range(start + 1, end):
        if field_line.match(lines[k]):
            lines[k] = setting
            return "\n".join(lines)
    last = max((k for k in range(start, end) if lines[k].strip() and not lines[k].lstrip().startswith("#")), default=start)
    lines.insert(last + 1, setting)
    return "\n".join(lines)


def record(key: str, verdict: str, report: Path, overrides: Path) -> str:
    keys = {str(e.get("key")) for e in load_report(report)}
    if key not in keys:
        raise ReviewError(f"unknown source key {key!r}: no post of {report} has it (keys look like 'tg:<chat>:<message>')")
    field, value = parse_verdict(verdict)
    try:
        old = overrides.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = ""
    except OSError as e:
        raise ReviewError(f"{overrides}: cannot read ({e.strerror})") from None
    new = with_override(old, key, field, value)
    try:
        if tomllib.loads(new)[key][field] != value:
            raise ValueError("the value did not land")
    except (tomllib.TOMLDecodeError, KeyError, ValueError) as e:
        raise ReviewError(f"{overrides}: cannot record the verdict there ({e}); fix the file by hand") from None
    tmp = overrides.with_name(overrides.name + ".tmp")
    tmp.write_text(new, encoding="utf-8")
    os.replace(tmp, overrides)
    return f"{overrides}: [{_toml_key(key)}] {field} = {_toml_value(value)}; run `python -m scripts.ingest` to apply it."


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.ingest.review", description=__doc__.split("\n\n")[1])
    parser.add_argument("--set", nargs=2, metavar=("KEY", "VERDICT"), help="publish | skip | theme=SLUG | title=TEXT")
    parser.add_argument("--limit", type=int, default=20, help="how many decisions to list (0: all)")
    parser.add_argument("--report", type=Path, default=REPORT_PATH)
    parser.add_argument("--overrides", type=Path, default=OVERRIDES_PATH)
    args = parser.parse_args(argv)
    try:
        if args.set:
            print(record(args.set[0], args.set[1], args.report, args.overrides))
            return 0
        entries = load_report(args.report)
        items = queue(entries)
        print(show(items[: args.limit] if args.limit else items, len(entries)), end="")
        return 0
    except ReviewError as e:
        print(f"review: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
