"""Telegram Desktop exports built in code, shaped like real ones (see scripts/ingest/telegram_json.py).

Real exports of public channels were studied for their shape (single chat and full account, old and
new format); none is copied here: every text below is the project's own or made up for the test.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

CHAT_ID = 1700000001
BASE_TIME = int(datetime(2025, 3, 1, 9, 0, tzinfo=UTC).timestamp())


def entity(kind: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "text": text, **extra}


def parts_of(text: str | list[Any]) -> list[Any]:
    return [entity("plain", text)] if isinstance(text, str) else [p if isinstance(p, dict) else entity("plain", p) for p in text]


def message(msg_id: int, text: str | list[Any], *, day: int = 0, old: bool = False, **extra: Any) -> dict[str, Any]:
    """A channel post; `old` writes the 2019 format (no date_unixtime, no text_entities, integer from_id)."""
    when = BASE_TIME + day * 86400 + (msg_id % 100_000) * 60
    msg: dict[str, Any] = {
        "id": msg_id,
        "type": "message",
        "date": datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%S"),
    }
    if old:
        msg.update(**{"from": "DS Interview", "from_id": CHAT_ID})
        msg["text"] = text
    else:
        msg.update(date_unixtime=str(when), **{"from": "DS Interview", "from_id": f"channel{CHAT_ID}"})
        entities = parts_of(text)
        msg["text"] = text if isinstance(text, str) else [p["text"] if p["type"] == "plain" else p for p in entities]
        msg["text_entities"] = entities
    msg.update(extra)
    return msg


def service(msg_id: int, action: str = "pin_message") -> dict[str, Any]:
    return {
        "id": msg_id,
        "type": "service",
        "date": "2025-03-01T09:00:00",
        "date_unixtime": str(BASE_TIME),
        "actor": "DS Interview",
        "action": action,
        "text": "",
        "text_entities": [],
    }


def chat(
    messages: list[dict[str, Any]], *, name: str = "DS Interview", chat_id: int | None = CHAT_ID, kind: str = "public_channel"
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": kind}
    if chat_id is not None:
        out["id"] = chat_id
    out["messages"] = messages
    return out


def full_account(chats: list[dict[str, Any]], left: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 42, "first_name": "Maintainer", "last_name": "", "phone_number": "+0 000", "bio": ""},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    if left is not None:
        data["left_chats"] = {"about": "This page lists all supergroups and channels you've left.", "list": left}
    return data


def dumps(data: dict[str, Any]) -> str:
    """As Telegram Desktop writes it: indented, non-ASCII as is."""
    return json.dumps(data, ensure_ascii=False, indent=1)


def qa(title: str, *paragraphs: str) -> str:
    return "\n\n".join([title, *paragraphs])
