"""Turn a repaired post into a title and answer blocks; drop the dump's debris.

Removes signatures, web-preview boilerplate and hashtag lines (kept as tags); keeps where a picture or
file was (media blocks: "Картинка N" in a dump, the photo of an export message); finds the title,
with its formatting and links; turns list markers into lists (a list ends where its markers end),
blockquotes into quotes, continuation lines into paragraphs, and code that lost its indentation into
an indented Python block.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from . import patterns as P
from .models import (
    Block,
    Code,
    Line,
    ListBlock,
    ListItem,
    Media,
    Paragraph,
    Post,
    Quote,
    RawPost,
    Run,
    Verdict,
    line_text,
)
from .rules import content_rules, fate_rules
from .shorten import cut_at, shorten
from .titles import asks, greeting_end, passed_over, set_up_then_question, title_rules

UNCLASSIFIED = Verdict("unclassified", "none", "not classified yet")
TITLE_MAX_WORDS = 30  # a first line longer than this is a paragraph: the title is its first sentence
TITLE_MAX_CHARS = 160

# Latin letters that look Cyrillic, as typed by mistake into a Cyrillic word of a hashtag ("машинноe").
HOMOGLYPHS = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
LATIN = re.compile(r"[A-Za-z]")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(A-ZА-ЯЁ0-9])")
HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)
HEADING_EMPHASIS = frozenset({"bold", "italic", "underline"})


def _fix_word(word: str) -> str:
    """A Cyrillic word with Latin look-alikes typed into it gets its Cyrillic letters back; a Latin
    word («DevOps»), a mixed one with letters that have no look-alike («MLщик») stays as written."""
    latin = LATIN.findall(word)
    if not latin or not P.CYRILLIC.search(word) or len(latin) * 2 >= len(word):
        return word
    fixed = word.translate(HOMOGLYPHS)
    return fixed if not LATIN.search(fixed) else word


def normalize_hashtag(tag: str) -> str:
    """A hashtag as its author wrote it, letters and case kept, but for Latin look-alikes inside a
    Cyrillic word (tags are merged case-insensitively where they are listed)."""
    return "_".join(_fix_word(w) for w in tag.split("_"))


def unique_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag once, compared case-insensitively, as it was first written."""
    seen: dict[str, str] = {}
    for tag in tags:
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def strip_leading_emoji(line: Line) -> Line:
    if not line:
        return line
    first = line[0]
    m = P.LEADING_EMOJI.match(first.text)
    if not m or m.end() == 0:
        return line
    rest = first.text[m.end() :]
    return ((Run(rest, first.style, first.href),) if rest else ()) + line[1:]


def strip_trailing_emoji(text: str) -> str:
    return re.sub(rf"(?:\s*{P.EMOJI})+$", "", text).rstrip()


def trim_title(line: Line) -> Line:
    """A heading without its decorative emoji and outer spaces, formatting and links kept."""
    line = strip_leading_emoji(tuple(r for r in line if r.text))
    while line and not line[-1].text.strip():
        line = line[:-1]
    if line:
        last = line[-1]
        line = line[:-1] + (Run(strip_trailing_emoji(last.text), last.style, last.href),)
    if line:
        first = line[0]
        line = (Run(first.text.lstrip(), first.style, first.href),) + line[1:]
    # A heading is emphasised already: bold, italic and underline add nothing there (links, code,
    # strikethrough and spoilers keep their meaning).
    line = tuple(Run(r.text) if r.style in HEADING_EMPHASIS else r for r in line)
    return tuple(r for r in line if r.text)


def split_line(line: Line, offset: int) -> tuple[Line, Line]:
    """The runs of a line before and after a character offset."""
    left: list[Run] = []
    right: list[Run] = []
    at = 0
    for run in line:
        end = at + len(run.text)
        if end <= offset:
            left.append(run)
        elif at >= offset:
            right.append(run)
        else:
            left.append(Run(run.text[: offset - at], run.style, run.href))
            right.append(Run(run.text[offset - at :], run.style, run.href))
        at = end
    return tuple(left), tuple(right)


def _is_debris(line: Line) -> str | None:
    """Why a line is not part of the answer (the report says so), or None."""
    rules = fate_rules()
    s = line_text(line).strip()
    if s in rules.signatures:
        return "signature"
    if s in rules.boilerplate:
        return "boilerplate"
    linked = any(r.style == "link" for r in line)
    for rule in content_rules().strip:
        if rule.pattern.search(s) and not (rule.keep_with_link and linked):
            return f"{rule.name} ({rule.reason})"
    return None


def _is_title_like(text: str) -> bool:
    s = text.strip()
    lead = P.LEADING_EMOJI.match(s)
    if lead and lead.end() > 0:
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
    kinds = [m[0] if (m := _marker(t.strip())) else None for t in texts[:2]]
    if signed and len(kinds) == 2 and kinds[0] is not None and kinds[0] == kinds[1]:
        return True  # the emoji opens a list, not a title
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
        symbol = (m.group("m") or m.group("d") or m.group("e")).replace("\ufe0f", "")
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


def is_media(line: Line) -> bool:
    return len(line) == 1 and line[0].style == "media"


PARAGRAPH_BREAK: Line = (Run("", "break"),)


def is_break(line: Line) -> bool:
    return len(line) == 1 and line[0].style == "break"


def is_quote(line: Line) -> bool:
    runs = [r for r in line if r.text.strip()]
    return bool(runs) and all(r.style == "quote" for r in runs)


class _Lines:
    """Lines with their texts and list markers worked out once."""

    def __init__(self, lines: list[Line], joined: bool) -> None:
        self.lines = lines
        self.joined = joined  # lines are the author's own (an export): a line break stays in its paragraph
        self.texts = [line_text(x) for x in lines]
        self.pre = [len(x) == 1 and x[0].style == "pre" for x in lines]
        self.media = [is_media(x) for x in lines]
        self.quote = [is_quote(x) for x in lines]
        self.breaks = [is_break(x) for x in lines]
        self.special = [p or m or q or b for p, m, q, b in zip(self.pre, self.media, self.quote, self.breaks, strict=True)]
        self.marks = [None if s else _marker(t) for s, t in zip(self.special, self.texts, strict=True)]

    def kind(self, i: int) -> str | None:
        m = self.marks[i]
        return m[0] if m else None


def _code_run(ls: _Lines, i: int) -> int:
    j = i
    while j < len(ls.lines) and not ls.special[j] and _is_code(ls.texts[j]):
        j += 1
    if j - i >= 2 and any(not ls.texts[k].strip().startswith("#") for k in range(i, j)):
        return j
    return i


def _unquote(line: Line) -> Line:
    return tuple(Run(r.text, None if r.style == "quote" else r.style, r.href) for r in line)


def to_blocks(lines: list[Line], nested: bool = False, joined: bool = False) -> tuple[Block, ...]:
    """Blocks of answer lines. A list needs two items, except inside another list's item. In an
    export (`joined`) the author's blank lines separate paragraphs; in a dump a line continues a
    paragraph only when it continues its sentence."""
    ls = _Lines(lines, joined)
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        if ls.breaks[i]:
            i += 1
            continue
        if ls.pre[i]:
            run = lines[i][0]
            blocks.append(Code(run.text, run.href or ""))
            i += 1
            continue
        if ls.media[i]:
            run = lines[i][0]
            blocks.append(Media(run.href or "file", run.text))
            i += 1
            continue
        if ls.quote[i]:
            j = i
            while j < n and ls.quote[j]:
                j += 1
            blocks.append(Quote(to_blocks([_unquote(x) for x in lines[i:j]], joined=joined)))
            i = j
            continue
        end = _code_run(ls, i)
        if end > i:
            blocks.append(Code(rebuild_code(ls.texts[i:end]), "python"))
            i = end
            continue
        kind = ls.kind(i)
        if kind and (nested or any(ls.kind(k) == kind for k in range(i + 1, n))):
            block, i = _list(ls, i, kind)
            if block.items:
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
    if ls.special[prev] or ls.special[nxt] or ls.marks[nxt] is not None:
        return False
    if ls.joined:
        return True
    p, n = ls.texts[prev].rstrip(), ls.texts[nxt].lstrip()
    return bool(n) and n[0].islower() and not P.TERMINAL_PUNCT.search(p)


LABEL_MAX_WORDS = 12


def _is_label(line: Line) -> bool:
    """A list item that names something rather than says it ("✔️ Bootstrapping", "▪️Преобразование
    Бокса-Кокса."): short, with no more than a full stop at its end."""
    text = line_text(line).strip().removesuffix(".")
    return not P.TERMINAL_PUNCT.search(text) and len(P.WORD.findall(text)) <= LABEL_MAX_WORDS


def _next_after_breaks(ls: _Lines, j: int) -> int:
    while j < len(ls.lines) and ls.breaks[j]:
        j += 1
    return j


def _list(ls: _Lines, i: int, kind: str) -> tuple[ListBlock, int]:
    """A list of one kind of marker; it ends where its markers end (blank lines between two items do
    not end it). An item keeps its sub-items (a list of another kind under it; after the last item,
    only when the item ends with a colon or other items had sub-items: a «💡 …» line after a plain
    list is a remark on the list, not its sub-item) and lines that go on its sentence; an item that is a label also keeps
    the paragraph that explains it, when the list's items have such paragraphs."""
    items: list[ListItem] = []
    n = len(ls.lines)
    loose = False
    while i < n and ls.kind(i) == kind:
        head = _drop_prefix(ls.lines[i], ls.marks[i][1])  # type: ignore[index]
        nxt = next((k for k in range(i + 1, n) if ls.kind(k) == kind), None)
        opens = line_text(head).rstrip().endswith(":")
        explained = _is_label(head) and (loose or not items)
        j = i + 1
        resume = None
        took_plain = False
        while j < n and ls.kind(j) != kind and not ls.media[j]:
            if ls.breaks[j] and (k := _next_after_breaks(ls, j)) < n and ls.kind(k) == kind:
                resume = k  # the author's blank line between two items of the list
                break
            if ls.kind(j) is not None:
                if nxt is None and not (opens or loose):
                    break
                j += 1
            elif _continues(ls, j - 1, j):
                j += 1
            elif explained and (nxt is not None or (loose and not took_plain)):
                took_plain = True
                j += 1
            else:
                break
        if nxt is not None and (resume or j) < nxt:
            nxt = None  # a line that is not the item's ends the list
        body = list(ls.lines[i + 1 : j])
        loose = loose or any(not is_break(x) for x in body)
        children = to_blocks(body, nested=True, joined=ls.joined) if body else ()
        if line_text(head).strip() or children:  # a bare marker («➖» and nothing) is no item: «-» alone underlines a heading
            items.append(ListItem(head, children))
        i = resume or j
        if nxt is None:
            break
    return ListBlock(kind == "ordered", tuple(items)), i


# ---- the stage ----------------------------------------------------------------------------------


def derive_title(lines: list[Line], limit: int = 90) -> str:
    """A title for a post that lost its own: its first sentence, shortened."""
    text = " ".join(line_text(x).strip() for x in lines[:2] if not is_media(x))
    sentence = shorten(re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0], limit, explains=True)
    sentence = sentence.rstrip(" :—–-")
    if P.DANGLING_END.search(sentence):
        sentence = sentence.rstrip(" ,") + "…"  # the source cut the sentence here
    return sentence


def _is_paragraph(text: str) -> bool:
    """A first line too long to be a title as it is: a paragraph."""
    return len(P.WORD.findall(text)) > TITLE_MAX_WORDS or len(text) > 2 * TITLE_MAX_CHARS


def keeps_set_up(text: str) -> bool:
    """A paragraph-long first line whose first sentence sets the scene and whose last asks or sets the
    task (rules/titles.toml, [set_up]): its first sentence alone would title a question with a bare
    set-up («В выборке кредитов 2% дефолтов.»)."""
    return _is_paragraph(text) and set_up_then_question([x for x in SENTENCE_END.split(text.strip()) if x])


def headline(line: Line) -> tuple[Line, Line]:
    """Title and rest of a first line: a long first line (a paragraph) gives its first sentence as
    the title and keeps the rest as the answer's opening; a set-up and its question stay together."""
    text = line_text(line)
    if not _is_paragraph(text):
        return line, ()
    if keeps_set_up(text):
        if len(text) <= 2 * TITLE_MAX_CHARS:
            return line, ()  # «В выборке 2% дефолтов. … Какова настоящая вероятность?»: the set-up and its question
        cut = cut_at(text, 2 * TITLE_MAX_CHARS, explains=False) or len(text)
        return _cut_title(line, cut), line
    m = SENTENCE_END.search(text, 12)
    if m and m.start() <= TITLE_MAX_CHARS:
        title, rest = split_line(line, m.start())
        return title, split_line(rest, m.end() - m.start())[1]
    cut = cut_at(text, TITLE_MAX_CHARS, explains=False) or len(text)
    return _cut_title(line, cut), line  # too long a sentence: the answer keeps it whole


def _cut_title(line: Line, cut: int) -> Line:
    title = split_line(line, cut)[0]
    title = title[:-1] + (Run(title[-1].text.rstrip(" ,;:—–-"), title[-1].style, title[-1].href),) if title else title
    return title + (Run("…"),)


def _has_words(line: Line) -> bool:
    return bool(line) and not is_media(line) and not _is_pre(line) and bool(HAS_WORD.search(line_text(trim_title(line))))


def _is_pre(line: Line) -> bool:
    """A line of a code block as the export marks it (`_is_code` tells code written as plain text)."""
    return bool(line) and line[0].style == "pre"


def _is_strong(line: Line) -> bool:
    """A line set in bold (italic, underlined) as a whole: the author's heading."""
    runs = [r for r in line if r.text.strip() and HAS_WORD.search(r.text)]
    return bool(runs) and all(r.style in HEADING_EMPHASIS for r in runs)


def pick_title(lines: list[Line]) -> tuple[Line, list[Line], list[str]]:
    """The line that carries the question (titles.py passes over greetings, calls to action and
    lead-ins), trimmed; decoration-only lines before it are dropped, media before it stay in the
    answer, and so do the passed-over lines that say something."""
    candidates: list[int] = []
    for k, line in enumerate(lines):
        if _is_pre(line):
            break
        if _has_words(line):
            candidates.append(k)
    if not candidates:
        return (), lines, []

    def next_line(k: int) -> Line | None:
        return next((lines[j] for j in range(k + 1, len(lines)) if not is_break(lines[j])), None)

    def follows(nxt: Line | None) -> str | None:
        if nxt is None or not _has_words(nxt) or _marker(line_text(nxt).strip()) is not None:
            return None
        return line_text(nxt)

    after = [next_line(k) for k in candidates]
    texts, nexts = [line_text(lines[k]) for k in candidates], [follows(x) for x in after]
    passes = passed_over(texts, nexts, [x is not None and _is_strong(x) for x in after])
    code_before = False
    if (q := _question_after_code(lines, candidates[-1])) is not None:
        # «Задачка по pandas» / the code / «Что выведет код и почему?»: the label yields to the question past the code
        over = passed_over([*texts, line_text(lines[q])], [*nexts[:-1], line_text(lines[q]), None])
        if len(over) == len(candidates):
            passes, candidates, code_before = over, [*candidates, q], True
    at = candidates[len(passes)]
    notes = [f"title: {p.rule.name} passed over «{line_text(lines[candidates[p.index]]).strip()[:40]}»" for p in passes]
    kept = {candidates[p.index] for p in passes if p.rule.keep}
    line = trim_title(lines[at])
    if cut := greeting_end(line_text(line)):
        line = split_line(line, cut)[1]  # «Привет! Что такое p-value?»: the greeting says nothing
    if keeps_set_up(line_text(line)):
        notes.append(f"title: {title_rules().set_up.name} kept «{line_text(line).strip()[:40]}» whole")
    head, rest = headline(line)
    head = trim_title(head)
    code_from = candidates[-2] + 1 if code_before else at  # the code between the label and its question stays, in order
    before = [x for i, x in enumerate(lines[:code_from]) if is_media(x) or i in kept]
    if kept:
        before.append(PARAGRAPH_BREAK)
    return head, before + lines[code_from:at] + ([rest] if rest else []) + lines[at + 1 :], notes


def _question_after_code(lines: list[Line], last: int) -> int | None:
    """The line that asks right after the code that follows line `last` («Что выведет код и почему?»), if the
    next lines after it are code and then that line; None otherwise."""
    rest = [j for j in range(last + 1, len(lines)) if not is_break(lines[j])]
    code = len(list(itertools.takewhile(lambda j: _is_pre(lines[j]), rest)))
    q = rest[code] if 0 < code < len(rest) else None
    return q if q is not None and _has_words(lines[q]) and asks(line_text(lines[q])) else None


def _media_marker(text: str) -> Line:
    return (Run(text.strip().rstrip("."), "media", "photo"),)


def clean(raw: RawPost, lines: tuple[Line, ...], fixes: tuple[str, ...]) -> Post:
    notes = list(fixes)
    kept: list[Line] = []
    hashtags: list[str] = []
    for line in lines:
        text = line_text(line)
        if is_media(line):
            kept.append(line)
            continue
        if why := _is_debris(line):
            notes.append(f"{why} removed: {text.strip()[:40]}")
            continue
        if raw.dump and P.IMAGE_REF.match(text.strip()):
            kept.append(_media_marker(text))
            continue
        if P.HASHTAG_LINE.match(text.strip()):
            hashtags.extend(normalize_hashtag(t) for t in P.HASHTAG.findall(text))
            continue
        if not text.strip():
            if not raw.dump and kept and not is_break(kept[-1]):
                kept.append(PARAGRAPH_BREAK)  # the author's paragraph break
            continue
        kept.append(line)
    texts = [line_text(x) for x in lines if not is_media(x)]
    partial = looks_partial(raw, [t for t in texts if t.strip()])
    found = (("preview", bool(raw.preview)), ("forwarded", bool(raw.ref.forwarded_from)), ("media", any(map(is_media, kept))))
    signals = frozenset(s for s, on in found if on)
    if raw.poll:
        title: Line = (Run(raw.poll.question),)
        # the caption stays (a quiz's name, the set-up of its question), not a line that repeats the question
        asked = raw.poll.question.strip().casefold()
        body: list[Line] = [x for x in kept if line_text(x).strip().casefold() != asked]
    elif partial:
        words = [x for x in kept if not is_media(x)]
        first = line_text(words[0]).strip() if words else ""
        if _is_title_like(first) and len(P.WORD.findall(first)) <= 8 and len(words) > 1:
            title, body = (Run(first),), [x for x in kept if x is not words[0]]  # a short heading line survived
        else:
            title, body = (Run(derive_title(kept)),), kept
        body = [_mark_truncated(x) for x in body]
    else:
        title, body, passes = pick_title(kept)
        notes.extend(passes)
    return Post(
        ref=raw.ref,
        title=title,
        blocks=to_blocks(body, joined=not raw.dump),
        hashtags=unique_tags(hashtags),
        fate=UNCLASSIFIED,
        poll=raw.poll,
        fixes=tuple(notes),
        partial=partial,
        signals=signals,
    )


def _mark_truncated(line: Line) -> Line:
    """In a partial post, show where a line was cut: "… модель" ends with an ellipsis."""
    if is_media(line):
        return line
    text = line_text(line).rstrip()
    if P.DANGLING_END.search(text) or (text and text[-1].isalnum() and len(P.WORD.findall(text)) > 3):
        return line + (Run(" …"),)
    return line
