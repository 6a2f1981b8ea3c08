"""Typed records that flow through the ingest pipeline.

RawPost (read/split) -> Post (clean, classify) -> Question (dedupe, ids) -> pages (render).
All records are frozen: every stage returns new records instead of mutating old ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(Exception):
    """Bad input: the message names the file and the line or post."""

    def __init__(self, file: str, where: str, message: str) -> None:
        super().__init__(f"{file}:{where}: {message}" if where else f"{file}: {message}")
        self.file = file
        self.where = where


@dataclass(frozen=True)
class Run:
    """A piece of inline text with one style (None = plain)."""

    text: str
    style: str | None = None  # bold | italic | code | strike | link | hashtag | pre
    href: str | None = None  # link target, or code language for style "pre"


Line = tuple[Run, ...]


def plain_line(text: str) -> Line:
    return (Run(text),) if text else ()


def line_text(line: Line) -> str:
    return "".join(run.text for run in line)


@dataclass(frozen=True)
class SourceRef:
    """Where a post was read: file name, post position in the file (1-based), first line."""

    file: str
    post: int
    line: int | None = None
    date: str | None = None  # ISO 8601, when the source gives one
    link: str | None = None  # link to the original post, when the source gives one
    channel: str | None = None  # the channel's name, when the source tells it

    def label(self) -> str:
        return f"{self.file}#{self.post}" + (f" (line {self.line})" if self.line else "")


@dataclass(frozen=True)
class RawPost:
    """One post as split from a source, before any cleaning.

    `lines` is the most complete copy found. `cut` is the second copy a text dump carries
    (formatted runs cut away), used to repair `lines`. `single_copy` is true when the dump
    held only one copy of the post.
    """

    ref: SourceRef
    lines: tuple[Line, ...]
    cut: tuple[str, ...] = ()
    single_copy: bool = False
    forwarded_from: str | None = None
    preview: tuple[str, ...] = ()  # a link preview (site, title, description) shown under the post
    poll: Poll | None = None
    notes: tuple[str, ...] = ()  # what the reader or splitter removed or noticed
    service: bool = False  # a Telegram service message (join, pin), not a post


@dataclass(frozen=True)
class Poll:
    question: str
    options: tuple[tuple[str, str | None], ...]  # (text, share such as "78%")
    kind: str = "quiz"


# ---- blocks of a cleaned answer -------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class ListItem:
    line: Line
    children: tuple[Block, ...] = ()


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class Code:
    text: str
    language: str = ""


Block = Paragraph | ListBlock | Code


@dataclass(frozen=True)
class Verdict:
    """A decision and the rule that made it: every fate and theme can be traced."""

    value: str
    rule: str
    reason: str


@dataclass(frozen=True)
class Post:
    """A cleaned post with its fate."""

    ref: SourceRef
    title: Line
    blocks: tuple[Block, ...]
    hashtags: tuple[str, ...]
    fate: Verdict
    poll: Poll | None = None
    forwarded_from: str | None = None
    fixes: tuple[str, ...] = ()  # repairs applied, for the report
    partial: bool = False  # only the cut-down copy survived: the title and formatted runs are lost
    signals: frozenset[str] = frozenset()  # facts found while splitting: preview, forwarded

    @property
    def kept(self) -> bool:
        return self.fate.value in ("qa", "quiz", "partial")


@dataclass(frozen=True)
class Question:
    id: str
    post: Post
    theme: Verdict
    tags: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    merged: tuple[Post, ...] = field(default=())  # duplicates folded into this question
