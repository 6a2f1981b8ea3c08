"""Read every source file under a folder into raw posts. The only stage that reads the disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from . import telegram_json, textdump
from .models import IngestError, RawPost

SUFFIXES = (".txt", ".json")


def source_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise IngestError(str(folder), "", "sources folder not found")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise IngestError(str(folder), "", "no *.txt or *.json sources found")
    return files


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


def parse_source(name: str, data: bytes) -> list[RawPost]:
    text = decode(name, data)
    if name.lower().endswith(".json"):
        return telegram_json.parse(name, text)
    return textdump.parse(name, text)


def iter_sources(folder: Path) -> Iterator[RawPost]:
    """Raw posts file by file, so that a file's posts can be processed and dropped."""
    for path in source_files(folder):
        yield from parse_source(path.relative_to(folder).as_posix(), path.read_bytes())


def read_sources(folder: Path) -> list[RawPost]:
    return list(iter_sources(folder))
