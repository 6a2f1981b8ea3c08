"""Read every source file under a folder into raw posts. The only stage that reads sources from disk.

A source is a `*.txt` text dump or a `*.json` Telegram Desktop export anywhere under sources/;
`sources/channels.toml` names the channels (channels.py). A folder that cannot be listed, a link
that leads nowhere, a file that cannot be read: each stops the run with its path named, so that no
source is ever skipped silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import channels, telegram_json, textdump
from .channels import CONFIG, SourcesConfig
from .models import IngestError, RawPost
from .text import display, normalize

SUFFIXES = (".txt", ".json")


@dataclass(frozen=True)
class Source:
    name: str  # path under sources/, printable
    posts: list[RawPost]
    skipped: list[telegram_json.Skipped] = field(default_factory=list)


def _raise(error: OSError) -> None:
    raise IngestError(display(error.filename or "?"), "", f"cannot read this folder: {error.strerror}")


def source_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise IngestError(display(folder), "", "sources folder not found")
    files = []
    for top, dirs, names in os.walk(folder, onerror=_raise, followlinks=True):
        dirs.sort()
        for name in [*names, *dirs]:
            path = Path(top) / name
            if path.is_symlink() and not path.exists():
                raise IngestError(display(path), "", "is a link to something that does not exist (a moved or deleted export?)")
        files += [Path(top) / n for n in names if n.lower().endswith(SUFFIXES)]
    if not files and not (folder / CONFIG).is_file():  # a new site names its channels before their first export
        raise IngestError(display(folder), "", f"no *.txt or *.json sources found (and no {CONFIG})")
    return sorted(files)


def decode(name: str, data: bytes) -> str:
    """UTF-8 text or a clear error: empty, binary and non-UTF-8 files are refused."""
    if not data.strip():
        raise IngestError(name, "", "file is empty")
    if b"\x00" in data:
        raise IngestError(name, "", "file is binary (it contains NUL bytes), not a text dump or JSON export")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise IngestError(
            name, f"{line}", f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); re-save the file as UTF-8"
        ) from None
    return text


def parse_source(name: str, data: bytes, config: SourcesConfig | None = None) -> Source:
    text = decode(name, data)
    if name.lower().endswith(".json"):
        posts, skipped = telegram_json.parse(name, text, config)
        return Source(name, posts, skipped)
    return Source(name, textdump.parse(name, normalize(text), config))


def iter_sources(folder: Path) -> Iterator[Source]:
    """Source by source, so that a file's posts can be processed and dropped."""
    config = channels.load(folder)
    for path in source_files(folder):
        name = display(path.relative_to(folder).as_posix())
        try:
            data = path.read_bytes()
        except OSError as e:
            raise IngestError(name, "", f"cannot read: {e.strerror}") from None
        yield parse_source(name, data, config)
