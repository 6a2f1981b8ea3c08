"""Read Telegram Desktop's "Export chat history" JSON (result.json) into raw posts.

A message's `text` is a string or a list of strings and entity objects; entities map to runs
(bold, italic, code, pre with its language, links, hashtags). Telegram Desktop writes some
control characters as `\\xNN`, which JSON does not allow: those are read as `\\u00NN`.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from .models import IngestError, Line, Poll, RawPost, Run, SourceRef

# \xNN not preceded by an escaping backslash (an even run of backslashes before it).
HEX_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\x([0-9a-fA-F]{2})")

STYLE_OF_ENTITY = {
    "bold": "bold",
    "italic": "italic",
    "underline": "italic",
    "strikethrough": "strike",
    "code": "code",
    "pre": "pre",
    "text_link": "link",
    "link": "link",
    "hashtag": "hashtag",
}


def loads(file: str, text: str) -> dict[str, Any]:
    """Parse the export, accepting `\\xNN`; errors name the file, line and column."""
    fixed = HEX_ESCAPE.sub(lambda m: f"{m.group(1)}\\u00{m.group(2)}", text)
    try:
        data = json.loads(fixed)
    except json.JSONDecodeError as e:
        raise IngestError(file, f"{e.lineno}:{e.colno}", f"broken JSON: {e.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise IngestError(file, "", "JSON is not a Telegram Desktop export: no top-level 'messages' list")
    return data


def _runs(file: str, msg_id: Any, text: Any) -> list[Run]:
    if isinstance(text, str):
        return [Run(text)]
    if not isinstance(text, list):
        raise IngestError(file, f"message {msg_id}", "'text' is neither a string nor a list")
    runs: list[Run] = []
    for part in text:
        if isinstance(part, str):
            runs.append(Run(part))
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            kind = part.get("type", "plain")
            style = STYLE_OF_ENTITY.get(kind)
            href = part.get("href") if kind == "text_link" else part.get("text") if kind == "link" else None
            if kind == "pre":
                href = part.get("language") or ""
            runs.append(Run(part["text"], style, href))
        else:
            raise IngestError(file, f"message {msg_id}", f"unreadable text entity: {str(part)[:80]}")
    return runs


def split_lines(runs: list[Run]) -> tuple[Line, ...]:
    """Cut runs into lines at newlines; a `pre` run stays whole as a line of its own."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        if run.style == "pre":
            if lines[-1]:
                lines.append([])
            lines[-1].append(Run(run.text.strip("\n"), "pre", run.href))
            lines.append([])
            continue
        pieces = run.text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.style, run.href))
    return tuple(tuple(line) for line in lines if any(r.text.strip() for r in line))


def _poll(raw: dict[str, Any]) -> Poll:
    answers = raw.get("answers") or []
    total = raw.get("total_voters") or sum(int(a.get("voters") or 0) for a in answers)
    options = tuple(
        (str(a.get("text", "")), f"{round(100 * int(a.get('voters') or 0) / total)}%" if total else None)
        for a in answers
    )
    return Poll(str(raw.get("question", "")), options, "quiz")


def _date(msg: dict[str, Any]) -> str | None:
    if str(msg.get("date_unixtime", "")).isdigit():
        return datetime.fromtimestamp(int(msg["date_unixtime"]), UTC).strftime("%Y-%m-%dT%H:%M:%S")
    date = msg.get("date")
    return str(date) if date else None


def parse(file: str, text: str) -> list[RawPost]:
    data = loads(file, text)
    username = data.get("username")  # not written by Telegram Desktop; see README (sources/channels.toml)
    channel = data.get("name") if isinstance(data.get("name"), str) else None
    posts: list[RawPost] = []
    for position, msg in enumerate(data["messages"], start=1):
        if not isinstance(msg, dict):
            raise IngestError(file, f"message #{position}", "a message is not an object")
        msg_id = msg.get("id", position)
        link = f"https://t.me/{username}/{msg_id}" if username and isinstance(msg_id, int) else None
        ref = SourceRef(file, position, None, _date(msg), link, channel)
        notes: list[str] = [f"message id {msg_id}"]
        if msg.get("type") != "message":
            notes.append(f"service message: {msg.get('action', msg.get('type'))}")
            posts.append(RawPost(ref=ref, lines=(), notes=tuple(notes), service=True))
            continue
        runs = _runs(file, msg_id, msg.get("text", ""))
        for media in ("photo", "file", "media_type"):
            if media in msg:
                notes.append(f"{media} not carried over")
        poll = _poll(msg["poll"]) if isinstance(msg.get("poll"), dict) else None
        posts.append(
            RawPost(
                ref=ref,
                lines=split_lines(runs),
                forwarded_from=msg.get("forwarded_from"),
                poll=poll,
                notes=tuple(notes),
            )
        )
    return posts
