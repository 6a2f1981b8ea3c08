"""Post text to Markdown: inline runs, blocks and links, with every byte of source text kept as data.

Post text is data, never markup, and the Markdown stays readable in `git diff`: only what Markdown,
HTML or an extension of mkdocs.yml could read as syntax is backslash-escaped (pymdownx.escapeall turns
any escaped character into itself), where it could be read so: `\\`, `` ` ``, `*`, `[`, `]`, `<`, `{`, `}`
anywhere (with the `%` or `#` of a Jinja tag beside a brace); `_` but inside a word; `~~` and `^^` (strikethrough, underline); `&` of an entity; `#` beside a
space or an end (a heading's closing hashes, an attribute list's id); and at the start of a line, a block marker
(`- `, `+ `, `---`, `===`, `#`, `>`, `!!!`, `???`, `1. `). So a post's `<script>`, `{{ … }}` or `**` reaches the
page as literal text, while `loss-функция`, `связь:` and `50/50` are written as they are
(tests/test_fuzz.py checks it through a real build). Links keep only allowlisted schemes (http, https,
tg, mailto, tel) and are percent-encoded, so an href can never leave its attribute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

from . import patterns as P
from .models import Block, Code, Line, ListBlock, Media, Paragraph, Post, Quote, SourceRef

# Characters escaped wherever they are (each alternative says when).
ESCAPE = re.compile(
    r"""(
        [\\`*\[\]<{}]                        # code, emphasis, links, HTML, attribute lists (and Jinja)
      | (?<![^\W_])_ | _(?![^\W_])           # an underscore that does not sit inside a word
      | ~(?=~) | (?<=~)~ | \^(?=\^) | (?<=\^)\^  # ~~strikethrough~~, ^^underline^^
      | &(?=\#?\w+;)                        # an HTML entity
      | (?<!\S)\# | \#(?!\S)                 # a heading's closing hashes, an attribute list's id
      | (?<=\{)[%#] | [%#](?=\})             # Jinja's {% … %} and {# … #}, broken at both ends
    )""",
    re.VERBOSE,
)
# A block marker at the start of a line (the rest of it already escaped).
LINE_START = re.compile(
    r"""^(?:
        [-+](?=\s|$)              # a list item
      | [-=](?=[-=_*\\\s]*$)      # a rule, a setext heading's underline
      | [#>]                     # a heading, a quote
      | !!! | \?\?\?              # an admonition, a details block
      | \d+(?=\.(?:\s|$))         # a numbered list item: "1\\." is none
    )""",
    re.VERBOSE,
)
SCHEMES = frozenset({"http", "https", "tg", "mailto", "tel"})
BARE_HOST = re.compile(r"^(?:www\.|t\.me/|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#]|$))", re.IGNORECASE)
URL_SAFE = ":/?#@!$&*+,;=%~-._[]"  # everything else is percent-encoded: no quote, bracket or space survives
INDENT = "    "
SPOILER_MASK = "▒▒▒"

MEDIA_NOTE = {
    "photo": "В посте было изображение",
    "video": "В посте было видео",
    "animation": "В посте была GIF-анимация",
    "voice": "В посте было голосовое сообщение",
    "audio": "В посте была аудиозапись",
    "video_message": "В посте было видеосообщение",
    "file": "В посте был файл",
    "contact": "В посте был контакт",
    "location": "В посте была геопозиция",
}


def esc(text: str) -> str:
    """Text as Markdown that shows it literally, wherever in a line it is."""
    return ESCAPE.sub(r"\\\1", text)


def lead(markdown: str) -> str:
    """Escaped text that starts a line (a paragraph line, a list item, a heading) with nothing of it
    read as a block marker."""
    m = LINE_START.match(markdown)
    if not m:
        return markdown
    end = m.end()
    if markdown[:end].isdigit():
        return markdown[:end] + "\\" + markdown[end:]  # "1\\. " is no list item
    return "\\" + markdown


def safe_href(href: str | None) -> str | None:
    """A link target that is safe to publish, or None: allowlisted schemes, scheme-less hosts made https."""
    h = (href or "").strip()
    if not h or any(ord(c) < 32 for c in h):
        return None
    m = P.SCHEME.match(h)
    if not m:
        if h.startswith("//"):
            h = "https:" + h
        elif BARE_HOST.match(h):
            h = "https://" + h
        else:
            return None
    elif m.group(1).lower() not in SCHEMES:
        return None
    return quote(h, safe=URL_SAFE)


def _wrap(text: str, marker: str) -> str:
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{esc(core)}{marker}{trail}"


def _code_span(text: str) -> str:
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


MARKERS = {"bold": "**", "italic": "*", "strike": "~~", "underline": "^^"}


def inline(line: Line) -> str:
    out: list[str] = []
    for run in line:
        if run.style == "link" and out and out[-1].endswith("!") and not out[-1].endswith("\\!"):
            out[-1] = out[-1][:-1] + "\\!"  # "![" would open an image
        if run.style in MARKERS:
            out.append(_wrap(run.text, MARKERS[run.style]))
        elif run.style in ("code", "pre"):
            out.append(_code_span(run.text.replace("\n", " ")))
        elif run.style == "spoiler" and run.text.strip():
            out.append(f'<span class="qa-spoiler" tabindex="0" title="Нажмите, чтобы показать">{esc(run.text)}</span>')
        elif run.style == "link" and (href := safe_href(run.href)):
            out.append(f"[{esc(run.text)}](<{href}>)")
        else:
            out.append(esc(run.text))
    return lead("".join(out).strip())


def plain_title(line: Line) -> str:
    """A title as readers see it outside the page (tab, link preview, search): spoilers masked."""
    return "".join(SPOILER_MASK if r.style == "spoiler" else r.text for r in line).strip()


def _fence(code: str) -> str:
    longest = max((len(m) for m in re.findall(r"^`{3,}", code, re.MULTILINE)), default=2)
    return "`" * max(3, longest + 1)


def media_md(media: Media, ref: SourceRef | None) -> str:
    """Where the post had a picture or a file: a note, with the way to see it in Telegram."""
    note = MEDIA_NOTE.get(media.kind, "В посте было вложение")
    if media.kind == "file" and media.label:
        note += f" «{media.label}»"
    elif media.label:
        note = f"{media.label}: {note[0].lower()}{note[1:]}"
    text = f"*{esc(note)}*"
    if ref and (href := safe_href(ref.link)):
        text += f" · [открыть пост в Telegram](<{href}>)"
    elif ref and ref.channel and (href := safe_href(ref.channel.url)):
        text += f" · [канал в Telegram](<{href}>)"
    return text + "\n{ .qa-media }"


def blocks_md(blocks: Sequence[Block], ref: SourceRef | None = None) -> list[str]:
    """Markdown lines of blocks, separated by blank lines; `ref` is where the original post is."""
    out: list[str] = []
    for block in blocks:
        if out:
            out.append("")
        if isinstance(block, Paragraph):
            texts = [inline(x) for x in block.lines]
            out.extend(t + "\\" if k < len(texts) - 1 else t for k, t in enumerate(texts))
        elif isinstance(block, Code):
            fence = _fence(block.text)
            language = re.sub(r"[^\w+-]", "", block.language)[:20]
            out.append(f"{fence}{language}")
            out.extend(block.text.split("\n"))
            out.append(fence)
        elif isinstance(block, Quote):
            out.extend(f"> {x}" if x else ">" for x in blocks_md(block.blocks, ref))
        elif isinstance(block, Media):
            out.extend(media_md(block, ref).split("\n"))
        elif isinstance(block, ListBlock):
            for k, item in enumerate(block.items, start=1):
                marker = f"{k}." if block.ordered else "-"
                out.append(f"{marker} {inline(item.line)}")
                if item.children:
                    out.append("")
                    out.extend(INDENT + x if x else "" for x in blocks_md(item.children, ref))
                    out.append("")
            while out and out[-1] == "":
                out.pop()
    return out


def answer_md(post: Post) -> str:
    if not post.poll:
        return "\n".join(blocks_md(post.blocks, post.ref))
    options = [f"- {lead(esc(text))}" + (f" — **{esc(share)}**" if share else "") for text, share in post.poll.options]
    # the caption, the options, then the explanation of a quiz's answer joined to it (threads.py)
    own = post.asked if post.thread and post.asked is not None else len(post.blocks)
    caption, explained = blocks_md(post.blocks[:own], post.ref), blocks_md(post.blocks[own:], post.ref)
    return "\n".join([*caption, *([""] if caption else []), *options, *([""] + explained if explained else [])])


def title_md(post: Post) -> str:
    return inline(post.title)
