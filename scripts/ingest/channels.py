"""The sources config, `sources/channels.toml`: which channels the site publishes and how each is named.

    [[channel]]
    name = "Библиотека собеса по Data Science"   # what readers see as the source
    username = "ds_interview_lib"               # public channel: links to t.me/<username>/<post>
    chat_id = 1234567890                        # its "id" in a Telegram Desktop export
    dumps = ["000_*.txt"]                       # text dumps of this channel (globs under sources/)
    study_tags = ["Трюк", "вопрос"]             # hashtags (no '#', any case) of a study series: evidence for
    other_tags = ["мем", "новости"]             # hashtags of everything else: evidence against
    min_confidence = 0.5                        # publish a study verdict only this sure (rules/study.toml's default)

A full-account export publishes only the chats listed here by `chat_id`; a single-chat export is
published whether listed or not (listing it names it and links its posts). A text dump takes its
channel from the first entry whose `dumps` pattern matches its path.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .models import Channel, IngestError
from .text import normalize

CONFIG = "channels.toml"
USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")  # Telegram's rule for public usernames


@dataclass(frozen=True)
class ChannelRule:
    channel: Channel
    chat_id: int | None
    dumps: tuple[str, ...]


@dataclass(frozen=True)
class SourcesConfig:
    rules: tuple[ChannelRule, ...] = ()

    def for_chat(self, chat_id: int | None) -> Channel | None:
        return next((r.channel for r in self.rules if chat_id is not None and r.chat_id == chat_id), None)

    def for_dump(self, rel: str) -> Channel | None:
        return next((r.channel for r in self.rules if any(fnmatch.fnmatchcase(rel, p) for p in r.dumps)), None)


def parse(file: str, text: str) -> SourcesConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise IngestError(file, "", f"not valid TOML: {e}") from None
    rules = []
    entries = data.get("channel", [])
    if not isinstance(entries, list):
        raise IngestError(file, "", "[[channel]] entries expected")
    for k, raw in enumerate(entries, start=1):
        where = f"channel {k}"
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise IngestError(file, where, "every [[channel]] needs a `name` (text)")
        unknown = set(raw) - {"name", "username", "chat_id", "dumps", "study_tags", "other_tags", "min_confidence"}
        if unknown:
            raise IngestError(file, where, f"unknown key(s): {', '.join(sorted(unknown))}")
        username = raw.get("username")
        if username is not None and (not isinstance(username, str) or not USERNAME.match(username)):
            raise IngestError(file, where, f"`username` must be a Telegram username (5–32 letters, digits, _), got {username!r}")
        chat_id = raw.get("chat_id")
        if chat_id is not None and (type(chat_id) is not int or not 0 < chat_id < 2**63):
            raise IngestError(file, where, f"`chat_id` must be the chat's numeric id, got {chat_id!r}")
        dumps = raw.get("dumps", [])
        if not isinstance(dumps, list) or not all(isinstance(p, str) for p in dumps):
            raise IngestError(file, where, "`dumps` must be a list of file patterns")
        tags = {}
        for key in ("study_tags", "other_tags"):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(t, str) and t.strip().lstrip("#") for t in value):
                raise IngestError(file, where, f'`{key}` must be a list of hashtags, e.g. ["Трюк", "вопрос"]')
            tags[key] = tuple(normalize(t.strip().lstrip("#")).casefold() for t in value)
        confidence = raw.get("min_confidence")
        if confidence is not None and (type(confidence) not in (int, float) or not 0 <= confidence <= 1):
            raise IngestError(file, where, f"`min_confidence` must be a number from 0 to 1, got {confidence!r}")
        channel = Channel(
            normalize(raw["name"].strip()),
            username,
            study_tags=tags["study_tags"],
            other_tags=tags["other_tags"],
            min_confidence=float(confidence) if confidence is not None else None,
        )
        rules.append(ChannelRule(channel, chat_id, tuple(dumps)))
    return SourcesConfig(tuple(rules))


def load(folder: Path) -> SourcesConfig:
    path = folder / CONFIG
    if not path.exists():
        return SourcesConfig()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise IngestError(str(path), "", f"cannot read the sources config: {e}") from None
    return parse(str(path), text)
