"""Split a text dump (Telegram's web preview, copied as text) into raw posts.

Two layouts are recognised:
- the channel preview: each post whole, then its cut-down copy (see align.py), then optional
  "Please open Telegram…"/"VIEW IN TELEGRAM", a link preview and a reactions line;
- a "Telegram Web" page: a header line, blank lines between paragraphs, one copy per post and a
  footer with a timestamp, "Back to Top" and "HTML Embed Code:".
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from . import patterns as P
from .align import align
from .channels import SourcesConfig
from .models import Channel, Poll, RawPost, SourceRef, plain_line
from .rules import fate_rules

MAX_ALIGN_LINES = 400  # longer segments are taken as a single copy (alignment is quadratic)
PREVIEW_LINES = 3  # a link preview: its site, title and description (then only repeats of them)

OPEN_IN_TELEGRAM = "Please open Telegram to view this post"
VIEW_IN_TELEGRAM = "VIEW IN TELEGRAM"


@dataclass
class Segment:
    """Lines between two hard post boundaries (reactions, VIEW IN TELEGRAM, a forward header)."""

    lines: list[tuple[int, str]] = field(default_factory=list)
    forwarded_from: str | None = None
    preview: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _is_title_start(text: str) -> bool:
    """A line that opens a post: emoji, then a capital letter or a quote."""
    m = P.LEADING_EMOJI.match(text)
    if not m or m.end() == 0:
        return False
    rest = text[m.end() :]
    return bool(rest) and (rest[0].isupper() or rest[0] in '«"')


def _opens_web_post(text: str, previous: str) -> bool:
    """In a Telegram Web page, a title line glued to the previous post's last line."""
    previous = previous.strip()
    if not _is_title_start(text) or previous.endswith((":", ",", ";")):
        return False
    lead = P.LEADING_EMOJI.match(text)
    return not (lead and previous.startswith(lead.group().strip()))  # not a list's next item


def _segments(lines: Sequence[tuple[int, str]], web: bool) -> Iterator[Segment]:
    rules = fate_rules()
    seg = Segment()
    i = 0
    prev_blank = True
    while i < len(lines):
        no, text = lines[i]
        stripped = text.strip()
        if not stripped:
            prev_blank = True
            i += 1
            continue
        if P.REACTIONS.match(stripped):
            seg.notes.append(f"reactions line {no}")
            yield seg
            seg = Segment()
        elif stripped in (OPEN_IN_TELEGRAM, VIEW_IN_TELEGRAM):
            seg.notes.append(f"boilerplate line {no}: {stripped}")
            if stripped == VIEW_IN_TELEGRAM:
                # What follows is a link preview (site name, title, description; the dump may write
                # the description's last line twice), a reactions line or the next post.
                j = i + 1
                if j < len(lines) and lines[j][1].strip() in rules.preview_sites:
                    while j < len(lines) and not P.REACTIONS.match(text := lines[j][1].strip()):
                        doubled = j + 1 < len(lines) and lines[j + 1][1].strip() == text
                        if j - i > PREVIEW_LINES and text not in seg.preview and not doubled:
                            break  # the next post: a post without reactions has no line after it
                        seg.preview.append(text)
                        j += 1
                    i = j - 1
                if not (i + 1 < len(lines) and P.REACTIONS.match(lines[i + 1][1].strip())):
                    yield seg
                    seg = Segment()
        elif m := P.FORWARDED.match(stripped):
            if seg.lines:
                yield seg
            seg = Segment(forwarded_from=m.group("channel").strip())
        elif web and seg.lines and not prev_blank and _opens_web_post(stripped, seg.lines[-1][1]):
            yield seg
            seg = Segment(lines=[(no, text)])
        else:
            seg.lines.append((no, text))
        prev_blank = False
        i += 1
    if seg.lines or seg.preview:
        yield seg


def _ends_post(text: str) -> bool:
    return _is_title_start(text) or bool(P.FORWARDED.match(text))


def split_copies(lines: Sequence[str]) -> list[tuple[int, int, int]]:
    """Split a segment into posts: (start, cut_start, end) per post; cut_start == end if single.

    For each start, pick the split point whose cut copy matches the most lines, provided the cut
    copy reaches the end of the whole copy and ends at the segment's end or at a post's title.
    """
    posts: list[tuple[int, int, int]] = []
    start = 0
    n = len(lines)
    while start < n:
        best: tuple[int, int, int] | None = None  # (matched, cut_start, end)
        if n - start <= MAX_ALIGN_LINES:
            stripped = [line.rstrip() for line in lines]
            for j in range(start + 1, n):
                head = stripped[j]
                if not head.strip():
                    continue
                if not P.CODE_LINE.match(head.strip()) and not any(stripped[k].startswith(head) for k in range(start, j)):
                    continue  # a cut copy starts with a prefix of a line before it (or with code it kept)
                whole = lines[start:j]
                a = align(whole, lines[j:])
                if a.matched == 0:
                    continue
                end = j + a.consumed
                last = a.matches[-1][1]
                if last < len(whole) - 3:
                    continue  # the cut copy must run to the end of the whole copy
                # A post with no boundary after it: accept a cut copy that is long and
                # reaches the last line of the whole copy exactly.
                if end < n and not _ends_post(lines[end].strip()) and (a.matched < 3 or last != len(whole) - 1):
                    continue
                if best is None or a.matched > best[0]:
                    best = (a.matched, j, end)
        if best is None:
            posts.append((start, n, n))
            break
        posts.append((start, best[1], best[2]))
        start = best[2]
    return posts


def _poll(seg_lines: list[tuple[int, str]]) -> tuple[int, Poll] | None:
    texts = [t.strip() for _, t in seg_lines]
    for k, text in enumerate(texts):
        m = P.POLL_HEADER.match(text)
        if m and k > 0:
            options: list[tuple[str, str | None]] = []
            rest = texts[k + 1 :]
            j = 0
            while j < len(rest):
                if P.POLL_SHARE.match(rest[j]) and j + 1 < len(rest):
                    options.append((rest[j + 1], rest[j]))
                    j += 2
                else:
                    options.append((rest[j], None))
                    j += 1
            return k - 1, Poll(texts[k - 1], tuple(options), m.group("kind").lower())
    return None


def parse(file: str, text: str, config: SourcesConfig | None = None) -> list[RawPost]:
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(no, line.rstrip()) for no, line in enumerate(raw_lines, start=1)]
    web = bool(numbered) and bool(P.WEB_HEADER.match(next((t for _, t in numbered if t.strip()), "")))
    date: str | None = None
    if web:
        body: list[tuple[int, str]] = []
        seen_header = False
        for no, t in numbered:
            s = t.strip()
            if not seen_header and P.WEB_HEADER.match(s):
                seen_header = True
                continue
            if m := P.WEB_TIMESTAMP.match(s):
                y, mo, d, h, mi, se = m.groups()
                date = f"{y}-{mo}-{d}T{h}:{mi}:{se}"
                continue
            if s in ("Back to Top", "HTML Embed Code:"):
                continue
            body.append((no, t))
        numbered = body

    configured = (config or SourcesConfig()).for_dump(file)
    posts: list[RawPost] = []
    for seg in _segments(numbered, web):
        if not seg.lines:
            if seg.preview:
                posts.append(_raw(file, len(posts) + 1, seg, [], [], True, None, configured))
            continue
        poll = _poll(seg.lines)
        body = seg.lines
        if poll:  # a poll closes its segment; a post before it without a reactions line is a post of its own
            q_index, p = poll
            body = seg.lines[:q_index]
        texts = [t for _, t in body]
        for start, cut_start, end in split_copies(texts) if texts else []:
            whole = body[start:cut_start]
            cut = texts[cut_start:end]
            posts.append(_raw(file, len(posts) + 1, seg, whole, cut, cut_start == end, None, configured))
        if poll:
            posts.append(_raw(file, len(posts) + 1, seg, seg.lines[q_index : q_index + 1], [], True, p, configured))
    if date and posts:
        last = posts[-1]
        posts[-1] = dataclasses.replace(last, ref=dataclasses.replace(last.ref, date=date))
    return posts


def _raw(
    file: str,
    position: int,
    seg: Segment,
    whole: list[tuple[int, str]],
    cut: list[str],
    single: bool,
    poll: Poll | None,
    configured: Channel | None,
) -> RawPost:
    first_line = whole[0][0] if whole else None
    signatures = fate_rules().signatures
    signed = next((t.strip() for t in [*(t for _, t in whole), *cut] if t.strip() in signatures), None)
    channel = configured or (Channel(signed) if signed else None)
    text = "\n".join([*(t for _, t in whole), *cut, *seg.preview, poll.question if poll else ""])
    key = "dump:" + hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:16]
    return RawPost(
        ref=SourceRef(file, position, key, line=first_line, channel=channel, forwarded_from=seg.forwarded_from),
        lines=tuple(plain_line(t) for _, t in whole),
        cut=tuple(cut),
        single_copy=single,
        dump=True,
        preview=tuple(seg.preview),
        poll=poll,
        notes=tuple(seg.notes),
    )
