"""Typed records that flow through the ingest pipeline.

RawPost (read/split) -> Post (clean, classify) -> Question (dedupe, registry) -> pages (render).
All records are frozen: every stage returns new records instead of mutating old ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(Exception):
    """Bad input or output: the message names the file and the line, message or post."""

    def __init__(self, file: str, where: str, message: str) -> None:
        super().__init__(f"{file}:{where}: {message}" if where else f"{file}: {message}")
        self.file = file
        self.where = where


@dataclass(frozen=True)
class Run:
    """A piece of inline text with one style (None = plain)."""

    text: str
    # bold | italic | underline | strike | spoiler | code | pre | link | hashtag | quote | media
    style: str | None = None
    href: str | None = None  # link target; code language for "pre"; media kind for "media"


Line = tuple[Run, ...]


def plain_line(text: str) -> Line:
    return (Run(text),) if text else ()


def line_text(line: Line) -> str:
    return "".join(run.text for run in line)


@dataclass(frozen=True)
class Channel:
    """A channel as the maintainer names it in sources/channels.toml."""

    name: str
    username: str | None = None  # public channels: https://t.me/<username>
    study_tags: tuple[str, ...] = ()  # hashtags (casefolded, no '#') that mark a study series
    other_tags: tuple[str, ...] = ()  # hashtags that mark everything else (memes, news)
    min_confidence: float | None = None  # publish a study verdict only this sure (None: the rules' default)

    @property
    def url(self) -> str | None:
        return f"https://t.me/{self.username}" if self.username else None


@dataclass(frozen=True)
class SourceRef:
    """Where a post was read, and what identifies it across exports.

    `key` is the post's identity: `tg:<chat id>:<message id>` for a Telegram export message (stable
    across exports and edits), `dump:<hash of its text>` for a text-dump post (which has no id).
    """

    file: str  # path under sources/
    post: int  # position in the file (1-based)
    key: str
    line: int | None = None  # first line, in a text dump
    date: str | None = None  # ISO 8601, when the source gives one
    edited: str | None = None  # when the message was last edited (ISO 8601), in an export
    channel: Channel | None = None
    message_id: int | None = None
    forwarded_from: str | None = None
    reply_to: int | None = None  # the message this one replies to, in an export (its message id)

    @property
    def chat(self) -> str | None:
        """The chat of an export message (`tg:<chat id>`, its key without the message id); None in a dump."""
        return self.key.rsplit(":", 1)[0] if self.key.startswith("tg:") else None

    @property
    def link(self) -> str | None:
        """The original post, for public channels."""
        if self.channel and self.channel.username and self.message_id is not None:
            return f"https://t.me/{self.channel.username}/{self.message_id}"
        return None

    def label(self) -> str:
        return (
            f"{self.file}#{self.post}"
            + (f" (line {self.line})" if self.line else "")
            + (f" (message {self.message_id})" if self.message_id is not None else "")
        )


@dataclass(frozen=True)
class Poll:
    question: str
    options: tuple[tuple[str, str | None], ...]  # (text, share such as "78%")
    kind: str = "quiz"


@dataclass(frozen=True)
class RawPost:
    """One post as split from a source, before any cleaning.

    `lines` is the most complete copy found. `cut` is the second copy a text dump carries
    (formatted runs cut away), used to repair `lines`. `single_copy` is true when the dump
    held only one copy of the post. `dump` is true for text dumps: only they get the dump repairs.
    """

    ref: SourceRef
    lines: tuple[Line, ...]
    cut: tuple[str, ...] = ()
    single_copy: bool = False
    dump: bool = False
    preview: tuple[str, ...] = ()  # a link preview (site, title, description) shown under the post
    poll: Poll | None = None
    notes: tuple[str, ...] = ()  # what the reader or splitter removed or noticed
    service: bool = False  # a Telegram service message (join, pin), not a post


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


@dataclass(frozen=True)
class Quote:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Media:
    """Where the post had a picture, video or file that the site does not carry."""

    kind: str  # photo | video | animation | voice | audio | video_message | sticker | file | contact | location
    label: str = ""  # "Картинка 2", a file name


Block = Paragraph | ListBlock | Code | Quote | Media


@dataclass(frozen=True)
class Verdict:
    """A decision and the rule that made it: every fate and theme can be traced."""

    value: str
    rule: str
    reason: str
    confidence: float = 1.0  # how sure the ingest is (0..1)
    evidence: tuple[str, ...] = ()  # the features and rules that decided, in short English


@dataclass(frozen=True)
class Post:
    """A cleaned post with its fate."""

    ref: SourceRef
    title: Line
    blocks: tuple[Block, ...]
    hashtags: tuple[str, ...]
    fate: Verdict
    poll: Poll | None = None
    fixes: tuple[str, ...] = ()  # repairs applied, for the report
    partial: bool = False  # only the cut-down copy survived: the title and formatted runs are lost
    incomplete: tuple[str, ...] = ()  # what the source lost: sections left empty, a list without items
    signals: frozenset[str] = frozenset()  # facts found while splitting: preview, forwarded
    part: int = 0  # the n-th sub-question of a digest post (0: the post is not a digest part)
    whole: str | None = None  # for a digest part: the title of the whole post
    part_name: str = ""  # for a digest part: what identifies it within the post (its title, slugged)
    thread: tuple[SourceRef, ...] = ()  # the answer posts joined to this question (threads.py)
    asked: int | None = None  # for a question joined with its answers: how many of its blocks are its own
    joined_to: str | None = None  # for an answer joined to its question: the question's key

    @property
    def kept(self) -> bool:
        return self.fate.value in ("qa", "quiz", "partial")

    @property
    def key(self) -> str:
        """The post's identity; a digest's part is named by its title, not its place (parts may be
        inserted or renumbered)."""
        return f"{self.ref.key}#{self.part_name}" if self.part_name else self.ref.key


@dataclass(frozen=True)
class Merge:
    """A post folded into a question as a copy of it, and how similar the two were (0..1)."""

    post: Post
    similarity: float


@dataclass(frozen=True)
class Question:
    id: str
    post: Post
    theme: Verdict
    tags: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    merged: tuple[Merge, ...] = field(default=())  # duplicates folded into this question
    aliases: tuple[str, ...] = ()  # earlier ids of the same question (they lead here)
