"""Read Telegram Desktop's "Export chat history" JSON (result.json) into raw posts.

Two shapes: a single chat (`name`, `type`, `id`, `messages`) and a full-account export, whose chats
are under `chats.list` and `left_chats.list`. A full-account export publishes only the chats that
sources/channels.toml selects by `chat_id`; the others are reported as not selected.

Old and new formats both: a message's text is `text_entities` (new) or `text`, a string or a list
of strings and entity objects (old); `date_unixtime` may be missing (old); `from_id` is an integer
(old) or a string. Every field is checked by type before use (the pydantic models below), and every
string is Unicode-normalised (text.py). Telegram Desktop writes control characters as `\\xNN`, which
JSON does not allow: those are read as `\\u00NN`.

Entities become runs: bold, italic, underline, strikethrough, spoiler, code, pre (with its language),
links (text links; bare links, with `https://` added when the text has no scheme), e-mails (mailto:),
phone numbers (tel:), mentions (t.me links), bot commands (code), blockquotes (quote runs); custom
emoji, cashtags and user mentions without a username stay text. Media the message carried become a
marker line at its top (media runs), so the page can say that the post had a picture or a file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import patterns as P
from .channels import USERNAME, SourcesConfig
from .models import Channel, IngestError, Line, Poll, RawPost, Run, SourceRef
from .text import normalize

# \xNN not preceded by an escaping backslash (an even run of backslashes before it).
HEX_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\x([0-9a-fA-F]{2})")

Id = Annotated[int, Field(ge=-(2**63), lt=2**63)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)


class Entity(_Model):
    type: str
    text: str
    href: str | None = None
    language: str | None = None


TextPart = str | Entity
Text = str | list[TextPart]
Parts = str | Sequence[TextPart]


class Answer(_Model):
    text: Text
    voters: Annotated[int, Field(ge=0)] = 0


class PollData(_Model):
    question: Text
    total_voters: Annotated[int, Field(ge=0)] | None = None
    answers: list[Answer] = []


class Message(_Model):
    id: Id
    type: str
    date: str | None = None
    date_unixtime: str | None = None
    edited: str | None = None
    edited_unixtime: str | None = None
    forwarded_from: str | None = None
    reply_to_message_id: Id | None = None
    text: Text = ""
    text_entities: list[Entity] | None = None
    photo: str | None = None
    file: str | None = None
    file_name: str | None = None
    media_type: str | None = None
    poll: PollData | None = None
    contact_information: dict[str, Any] | None = None
    location_information: dict[str, Any] | None = None
    action: str | None = None


class Chat(_Model):
    name: str | None = None
    type: str | None = None
    id: Id | None = None
    messages: list[Any]


@dataclass(frozen=True)
class Skipped:
    """A chat of a full-account export that sources/channels.toml does not select."""

    name: str
    chat_id: int | None
    messages: int


# ---- the file -------------------------------------------------------------------------------------


def loads(file: str, text: str) -> dict[str, Any]:
    """Parse the export, accepting `\\xNN`; errors name the file, line and column."""
    fixed = HEX_ESCAPE.sub(lambda m: f"{m.group(1)}\\u00{m.group(2)}", text)
    try:
        data = json.loads(fixed)
    except json.JSONDecodeError as e:
        raise IngestError(file, f"{e.lineno}:{e.colno}", f"broken JSON: {e.msg}") from None
    except RecursionError:
        raise IngestError(file, "", "JSON nested too deep to be a Telegram export") from None
    except ValueError as e:  # e.g. an integer of thousands of digits
        raise IngestError(file, "", f"unreadable JSON value: {e}") from None
    if not isinstance(data, dict):
        raise IngestError(file, "", "JSON is not a Telegram Desktop export: expected an object")
    return data


def chats(file: str, data: dict[str, Any]) -> Iterator[tuple[str, Chat]]:
    """(where, chat) for every chat the export holds."""
    if "messages" in data:
        yield "", _chat(file, "", data)
        return
    lists = [(key, data[key]) for key in ("chats", "left_chats") if key in data]
    if not lists:
        raise IngestError(
            file, "", "JSON is not a Telegram Desktop export: no 'messages' (a single chat) and no 'chats' (a whole account)"
        )
    for key, section in lists:
        items = section.get("list") if isinstance(section, dict) else None
        if not isinstance(items, list):
            raise IngestError(file, key, f"'{key}' must hold a 'list' of chats")
        for k, raw in enumerate(items, start=1):
            yield f"{key}.list[{k}]", _chat(file, f"{key}.list[{k}]", raw)


def _chat(file: str, where: str, raw: Any) -> Chat:
    try:
        return Chat.model_validate(raw)
    except ValidationError as e:
        raise IngestError(file, where or "chat", _explain(e)) from None


def _explain(e: ValidationError) -> str:
    err = e.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    return f"{loc}: {err['msg'].lower()} (got {str(err.get('input'))[:60]!r})" if loc else err["msg"]


# ---- one message ----------------------------------------------------------------------------------


def _href(kind: str, text: str) -> str | None:
    t = text.strip()
    if kind == "link":
        return t if P.SCHEME.match(t) else f"https://{t}"
    if kind == "email":
        return f"mailto:{t}"
    if kind == "phone":
        digits = re.sub(r"[^\d+]", "", t)
        return f"tel:{digits}" if digits else None
    if kind == "mention":
        name = t.lstrip("@")
        return f"https://t.me/{name}" if USERNAME.match(name) else None
    return None


STYLE_OF_ENTITY = {
    "bold": "bold",
    "italic": "italic",
    "underline": "underline",
    "strikethrough": "strike",
    "spoiler": "spoiler",
    "code": "code",
    "bot_command": "code",
    "hashtag": "hashtag",
    "blockquote": "quote",
}
LINKS = ("link", "email", "phone", "mention")


def run_of(part: TextPart) -> Run:
    if isinstance(part, str):
        return Run(normalize(part))
    text = normalize(part.text)
    if part.type == "pre":
        return Run(text, "pre", normalize(part.language or ""))
    if part.type == "text_link":
        return Run(text, "link", normalize(part.href or "")) if part.href else Run(text)
    if part.type in LINKS:
        href = _href(part.type, text)
        return Run(text, "link", href) if href else Run(text)
    return Run(text, STYLE_OF_ENTITY.get(part.type))  # plain, custom_emoji, cashtag, mention_name…: text


def runs_of(text: Parts) -> list[Run]:
    return [run_of(text)] if isinstance(text, str) else [run_of(p) for p in text]


def flat(text: Text) -> str:
    return "".join(r.text for r in runs_of(text))


def split_lines(runs: list[Run]) -> tuple[Line, ...]:
    """Cut runs into lines at newlines; a `pre` run stays whole as a line of its own. A blank line
    (the author's paragraph break) is kept as one empty line."""
    lines: list[list[Run]] = [[]]
    after_pre = False
    for run in runs:
        if run.style == "pre":
            if lines[-1]:
                lines.append([])
            lines[-1].append(Run(run.text.strip("\n"), "pre", run.href))
            lines.append([])
            after_pre = True
            continue
        text = run.text[1:] if after_pre and run.text.startswith("\n") else run.text  # the pre block's own line end
        after_pre = False
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.style, run.href))
    out: list[Line] = []
    for line in lines:
        if any(r.text.strip() for r in line):
            out.append(tuple(line))
        elif out and out[-1]:
            out.append(())
    while out and not out[-1]:
        out.pop()
    return tuple(out)


MEDIA_KIND = {
    "video_file": "video",
    "animation": "animation",
    "voice_message": "voice",
    "audio_file": "audio",
    "video_message": "video_message",
    "sticker": "sticker",
}


def media_line(msg: Message) -> Line | None:
    """A marker for what the message carried besides text (its photo, video or file)."""
    if msg.photo is not None:
        return (Run("", "media", "photo"),)
    if msg.media_type in MEDIA_KIND:
        return (Run("", "media", MEDIA_KIND[msg.media_type]),)
    if msg.file is not None:
        name = msg.file_name or ("" if msg.file.startswith("(") else PurePosixPath(msg.file).name)
        return (Run(normalize(name), "media", "file"),)
    if msg.contact_information is not None:
        return (Run("", "media", "contact"),)
    if msg.location_information is not None:
        return (Run("", "media", "location"),)
    return None


def _poll(raw: PollData) -> Poll:
    total = raw.total_voters or sum(a.voters for a in raw.answers)
    options = tuple((flat(a.text), f"{round(100 * a.voters / total)}%" if total else None) for a in raw.answers)
    return Poll(flat(raw.question), options, "quiz")


MAX_TIME = 2**40  # seconds since 1970: far beyond any real post


def time_of(unixtime: str | None, iso: str | None, field: str) -> str | None:
    """A time in UTC (ISO 8601): from `<field>_unixtime`, or from `<field>` in old exports."""
    if unixtime is not None:
        if not unixtime.isdigit() or int(unixtime) > MAX_TIME:
            raise ValueError(f"{field}_unixtime is not a time: {unixtime[:40]!r}")
        return datetime.fromtimestamp(int(unixtime), UTC).strftime("%Y-%m-%dT%H:%M:%S")
    if iso is None:
        return None
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise ValueError(f"{field} is not a date: {iso[:40]!r}") from None


def date_of(msg: Message) -> str:
    date = time_of(msg.date_unixtime, msg.date, "date")
    if date is None:
        raise ValueError("the message has no date")
    return date


def raw_post(file: str, position: int, chat_key: str, channel: Channel, raw: Any) -> RawPost:
    where = f"message #{position}"
    if isinstance(raw, dict) and type(raw.get("id")) is int:
        where = f"message {raw['id']}"
    try:
        msg = Message.model_validate(raw)
        date = date_of(msg) if msg.type == "message" or msg.date or msg.date_unixtime else None
        edited = time_of(msg.edited_unixtime, msg.edited, "edited")
    except ValidationError as e:
        raise IngestError(file, where, _explain(e)) from None
    except ValueError as e:
        raise IngestError(file, where, str(e)) from None
    forwarded = normalize(msg.forwarded_from) if msg.forwarded_from else None
    ref = SourceRef(
        file,
        position,
        f"tg:{chat_key}:{msg.id}",
        date=date,
        edited=edited,
        channel=channel,
        message_id=msg.id,
        forwarded_from=forwarded,
        reply_to=msg.reply_to_message_id,
    )
    notes = (f"message id {msg.id}",)
    if msg.type != "message":
        return RawPost(ref=ref, lines=(), notes=(*notes, f"service message: {msg.action or msg.type}"), service=True)
    runs = runs_of(msg.text_entities) if msg.text_entities else runs_of(msg.text)
    lines = split_lines(runs)
    media = media_line(msg)
    return RawPost(
        ref=ref,
        lines=((media,) if media else ()) + lines,
        poll=_poll(msg.poll) if msg.poll else None,
        notes=notes,
    )


def parse(file: str, text: str, config: SourcesConfig | None = None) -> tuple[list[RawPost], list[Skipped]]:
    """The posts of every chat the export holds and the config selects, and the chats it skips."""
    config = config or SourcesConfig()
    data = loads(file, text)
    single = "messages" in data
    posts: list[RawPost] = []
    skipped: list[Skipped] = []
    for _, chat in chats(file, data):
        name = normalize(chat.name) if chat.name else None
        channel = config.for_chat(chat.id)
        if channel is None and not single:
            skipped.append(Skipped(name or "(без названия)", chat.id, len(chat.messages)))
            continue
        channel = channel or Channel(name or PurePosixPath(file).parent.name or file)
        chat_key = str(chat.id) if chat.id is not None else f"file:{file}"
        for raw in chat.messages:
            posts.append(raw_post(file, len(posts) + 1, chat_key, channel, raw))
    return posts, skipped
