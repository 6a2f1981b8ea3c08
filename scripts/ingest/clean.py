"""Turn a repaired post into a title and answer blocks; drop the dump's debris.

Removes signatures, web-preview boilerplate, hashtag lines (kept as tags) and references to
images that are not there; finds the title; turns list markers into lists, continuation lines
into paragraphs, and code that lost its indentation into an indented Python block.
"""

from __future__ import annotations

import functools
import re

from . import patterns as P
from .models import (
    Block,
    Code,
    Line,
    ListBlock,
    ListItem,
    Paragraph,
    Post,
    RawPost,
    Run,
    Verdict,
    line_text,
)
from .rules import fate_rules

UNCLASSIFIED = Verdict("unclassified", "none", "not classified yet")

# Latin letters that look Cyrillic, as typed by mistake into Cyrillic hashtags ("машинноe").
HOMOGLYPHS = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")


def normalize_hashtag(tag: str) -> str:
    if P.CYRILLIC.search(tag):
        tag = tag.translate(HOMOGLYPHS)
    return tag.lower()


def strip_leading_emoji(line: Line) -> Line:
    if not line:
        return line
    first = line[0]
    m = P.LEADING_EMOJI.match(first.text)
    if not m or m.end() == 0:
        return line
    rest = first.text[m.end():]
    return ((Run(rest, first.style, first.href),) if rest else ()) + line[1:]


def strip_trailing_emoji(text: str) -> str:
    return re.sub(rf"(?:\s*{P.EMOJI})+$", "", text).strip()


def _is_debris(text: str) -> str | None:
    rules = fate_rules()
    s = text.strip()
    if s in rules.signatures:
        return "signature"
    if s in rules.boilerplate:
        return "boilerplate"
    if P.IMAGE_REF.match(s):
        return "image reference"
    return None


def _is_title_like(text: str) -> bool:
    s = text.strip()
    if P.LEADING_EMOJI.match(s) and P.LEADING_EMOJI.match(s).end() > 0:
        return True
    if s.endswith("?"):
        return True
    words = P.WORD.findall(s)
    return 0 < len(words) <= 14 and not s.endswith((".", ":", ",", ";")) and not P.DANGLING_END.search(s)


def looks_partial(raw: RawPost, texts: list[str]) -> bool:
    """Only the cut-down copy survived: it never holds the (formatted) title line."""
    if not raw.single_copy or not texts or raw.poll:
        return False
    signed = any(t.strip() in fate_rules().signatures for t in texts)
    first = texts[0].strip()
    lead = P.LEADING_EMOJI.match(first)
    if signed and not (lead and lead.end() > 0):
        return True  # this channel's titles start with an emoji and are formatted
    dangling = sum(1 for t in texts if P.DANGLING_END.search(t.strip()))
    return not _is_title_like(first) or dangling >= 2


# ---- blocks -------------------------------------------------------------------------------------


# Bullets that the channels mix within one list count as one kind.
BULLET_FAMILIES = {
    **dict.fromkeys("—–-•·", "dash"),
    **dict.fromkeys("▪▫◽◾◻◼🔹🔸🔷🔶⚫⚪", "square"),
    **dict.fromkeys("✔✅☑✓", "check"),
    **dict.fromkeys("🟠🟢🔴🔵🟡🟣", "circle"),
}


@functools.lru_cache(maxsize=100_000)
def _marker(text: str) -> tuple[str, int] | None:
    """The list kind of a line ("ordered" or a bullet family) and where its text starts."""
    if m := P.ORDERED_MARKER.match(text):
        return "ordered", m.end()
    if m := P.BULLET_MARKER.match(text):
        symbol = m.group("m").replace("\ufe0f", "")
        return BULLET_FAMILIES.get(symbol, symbol), m.end()
    return None


def _drop_prefix(line: Line, n: int) -> Line:
    out: list[Run] = []
    for run in line:
        if n >= len(run.text):
            n -= len(run.text)
            continue
        out.append(Run(run.text[n:], run.style, run.href) if n else run)
        n = 0
    return tuple(out)


def _is_code(text: str) -> bool:
    text = text.strip()
    if not P.CODE_LINE.match(text):
        return False
    return not P.CYRILLIC.search(text) or text.startswith("#")


def rebuild_code(texts: list[str]) -> str:
    """Re-indent Python whose indentation was lost: a block header indents what follows."""
    out: list[str] = []
    depth = 0
    for text in texts:
        s = text.strip()
        if depth and P.DEDENT_KEYWORD.match(s):
            depth = 0
        out.append("    " * depth + s)
        if P.BLOCK_HEADER.match(s):
            depth += 1
    return "\n".join(out)


class _Lines:
    """Lines with their texts and list markers worked out once."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.texts = [line_text(x) for x in lines]
        self.marks = [_marker(t) for t in self.texts]
        self.pre = [len(x) == 1 and x[0].style == "pre" for x in lines]

    def kind(self, i: int) -> str | None:
        m = self.marks[i]
        return m[0] if m else None


def _code_run(ls: _Lines, i: int) -> int:
    j = i
    while j < len(ls.lines) and not ls.pre[j] and _is_code(ls.texts[j]):
        j += 1
    if j - i >= 2 and any(not ls.texts[k].strip().startswith("#") for k in range(i, j)):
        return j
    return i


def to_blocks(lines: list[Line]) -> tuple[Block, ...]:
    ls = _Lines(lines)
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        if ls.pre[i]:
            run = lines[i][0]
            blocks.append(Code(run.text, run.href or ""))
            i += 1
            continue
        end = _code_run(ls, i)
        if end > i:
            blocks.append(Code(rebuild_code(ls.texts[i:end]), "python"))
            i = end
            continue
        kind = ls.kind(i)
        if kind and any(ls.kind(k) == kind for k in range(i + 1, n)):  # a list needs two items
            block, i = _list(ls, i, kind)
            blocks.append(block)
            continue
        para = [lines[i]]
        i += 1
        while i < n and _continues(ls, i - 1, i):
            para.append(lines[i])
            i += 1
        blocks.append(Paragraph(tuple(para)))
    return tuple(blocks)


def _continues(ls: _Lines, prev: int, nxt: int) -> bool:
    """A line that goes on the previous one's sentence: it starts lowercase after no full stop."""
    if ls.pre[prev] or ls.pre[nxt] or ls.marks[nxt] is not None:
        return False
    p, n = ls.texts[prev].rstrip(), ls.texts[nxt].lstrip()
    return bool(n) and n[0].islower() and not P.TERMINAL_PUNCT.search(p)


def _list(ls: _Lines, i: int, kind: str) -> tuple[ListBlock, int]:
    items: list[ListItem] = []
    loose = False
    n = len(ls.lines)
    while i < n and ls.kind(i) == kind:
        head = _drop_prefix(ls.lines[i], ls.marks[i][1])
        j = i + 1
        while j < n and ls.kind(j) != kind:
            j += 1
        if j < n:  # another item follows: everything between belongs to this one
            body = ls.lines[i + 1:j]
        else:  # the last item takes one more line, and only in a list whose items have bodies
            body = ls.lines[i + 1:i + 2] if loose else []
            j = i + 1 + len(body)
        loose = loose or bool(body)
        items.append(ListItem(head, to_blocks(list(body)) if body else ()))
        i = j
    return ListBlock(kind == "ordered", tuple(items)), i


# ---- the stage ----------------------------------------------------------------------------------


def derive_title(lines: list[Line], limit: int = 90) -> str:
    """A title for a post that lost its own: its first sentence, shortened."""
    text = " ".join(line_text(x).strip() for x in lines[:2])
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence.rstrip(" :—–-")


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strip_controls(line: Line) -> Line:
    if not any(CONTROL.search(r.text) for r in line):
        return line
    return tuple(Run(CONTROL.sub("", r.text), r.style, r.href) for r in line)


def clean(raw: RawPost, lines: tuple[Line, ...], fixes: tuple[str, ...]) -> Post:
    notes = list(fixes)
    lines = tuple(_strip_controls(x) for x in lines)
    kept: list[Line] = []
    hashtags: list[str] = []
    for line in lines:
        text = line_text(line)
        if why := _is_debris(text):
            notes.append(f"{why} removed: {text.strip()[:40]}")
            continue
        if P.HASHTAG_LINE.match(text.strip()):
            hashtags.extend(normalize_hashtag(t) for t in P.HASHTAG.findall(text))
            continue
        if not text.strip():
            continue
        kept.append(line)
    texts = [line_text(x) for x in lines]
    partial = looks_partial(raw, [t for t in texts if t.strip()])
    signals = frozenset(s for s, on in (("preview", bool(raw.preview)), ("forwarded", bool(raw.forwarded_from))) if on)
    if raw.poll:
        title: Line = (Run(raw.poll.question),)
        body: list[Line] = []
    elif partial:
        first = line_text(kept[0]).strip() if kept else ""
        if _is_title_like(first) and len(P.WORD.findall(first)) <= 8 and len(kept) > 1:
            title, body = (Run(first),), kept[1:]  # a short heading line survived
        else:
            title, body = (Run(derive_title(kept)),), kept
        body = [_mark_truncated(x) for x in body]
    elif kept:
        first = strip_leading_emoji(kept[0])
        title = (Run(strip_trailing_emoji(line_text(first))),)
        body = kept[1:]
    else:
        title, body = (), []
    return Post(
        ref=raw.ref,
        title=title,
        blocks=to_blocks(body),
        hashtags=tuple(dict.fromkeys(hashtags)),
        fate=UNCLASSIFIED,
        poll=raw.poll,
        forwarded_from=raw.forwarded_from,
        fixes=tuple(notes),
        partial=partial,
        signals=signals,
    )


def _mark_truncated(line: Line) -> Line:
    """In a partial post, show where a line was cut: "… модель" ends with an ellipsis."""
    text = line_text(line).rstrip()
    if P.DANGLING_END.search(text) or (text and text[-1].isalnum() and len(P.WORD.findall(text)) > 3):
        return line + (Run(" …"),)
    return line
