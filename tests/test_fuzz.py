"""Property-based tests (Hypothesis) of the readers and the renderer over arbitrary exports and dumps:
never a traceback (only a named IngestError), never live HTML, ids always ASCII and unique; and,
through a real ingest and `mkdocs build --strict` (a bounded number of examples), no post text
becoming markup: it reaches the page as the text it was, with no element and no backslash of its own."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from scripts.bench.scratch import scratch_project
from scripts.ingest.models import IngestError
from scripts.ingest.pipeline import run
from scripts.ingest.read import Source, parse_source
from scripts.ingest.text import normalize

from . import exports as X
from .conftest import ingest_and_build

# What a hostile channel might type: markup of every language the page passes through, and Unicode traps.
NASTY = [
    "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ config }}", "{% raw %}", "[x](javascript:alert(1))",
    "javascript:alert(1)", "**", "__", "`", "~~", "^^", "| a |", "# h", "??? note", "!!! warning", "{ #id .cls onclick=x }",
    "\\", "\u200b", "\u00ad", "\u202e", "e\u0301", "\ud800", "👨\u200d💻", "🤔", "1.", "—", "▪️", "\x07", "\r", "\t", "&amp;",
]  # fmt: skip
text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30), st.sampled_from(["Что такое бустинг?", "Модель переобучается на шуме.", "\n", "\n\n"])), max_size=12).map("".join)  # fmt: skip
scalar = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70), st.floats(allow_nan=False), text)
json_value = st.recursive(
    scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12
)
entity = st.fixed_dictionaries(
    {"type": st.sampled_from(["plain", "bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link", "link", "mention", "mention_name", "email", "phone", "hashtag", "bot_command", "cashtag", "custom_emoji", "blockquote", "bank_card", "unknown"]), "text": text},
    optional={"href": st.one_of(text, st.sampled_from(["javascript:alert(1)", "https://ok.example/a b", "data:text/html,x", "t.me/x", "//evil"]), st.integers()), "language": st.one_of(text, st.none()), "user_id": json_value},
)  # fmt: skip
message = st.fixed_dictionaries(
    {"id": st.one_of(st.integers(min_value=1, max_value=10**6), st.integers(), st.text(max_size=3)), "type": st.sampled_from(["message", "message", "service", "unsupported", "x"])},
    optional={
        "date": st.one_of(st.just("2025-07-01T09:30:00"), text),
        "date_unixtime": st.one_of(st.just("1751362200"), st.text(alphabet="0123456789", max_size=14), text),
        "text": st.one_of(text, st.lists(st.one_of(text, entity), max_size=6)),
        "text_entities": st.lists(entity, max_size=6),
        "forwarded_from": st.one_of(text, st.none()),
        "photo": st.sampled_from(["photos/p.jpg", "(File not included. Change data exporting settings to download.)"]),
        "file": text, "file_name": text, "media_type": st.sampled_from(["video_file", "sticker", "voice_message", "animation", "x"]),
        "poll": st.one_of(json_value, st.fixed_dictionaries({"question": text, "answers": st.lists(st.fixed_dictionaries({"text": text, "voters": st.integers(min_value=0, max_value=99)}), max_size=4)})),
    },
)  # fmt: skip
post_text = st.tuples(text, text, text).map(
    lambda t: (
        f"{t[0]} Что такое бустинг?\n{t[1]} Модель учится на ошибках предыдущих деревьев и исправляет их шаг за шагом.\n{t[2]}"
    )
)
well_formed = st.builds(
    lambda k, body, parts, extra: {"id": k, "type": "message", "date_unixtime": str(1751362200 + k), "text": body if parts is None else [body, *parts], **extra},
    st.integers(min_value=1, max_value=10**6), post_text, st.one_of(st.none(), st.lists(entity, max_size=5)),
    st.fixed_dictionaries({}, optional={"forwarded_from": text, "photo": st.just("photos/p.jpg"), "file": text, "media_type": st.sampled_from(["video_file", "voice_message"])}),
)  # fmt: skip
export = st.one_of(
    st.fixed_dictionaries({"name": st.one_of(text, st.none()), "type": st.just("public_channel"), "id": st.integers(min_value=1, max_value=10**12), "messages": st.lists(well_formed, min_size=1, max_size=6)}),
    st.fixed_dictionaries({"name": st.one_of(text, st.none()), "type": st.just("public_channel"), "id": st.integers(min_value=1, max_value=10**12), "messages": st.lists(message, max_size=6)}),
    st.fixed_dictionaries({"chats": st.fixed_dictionaries({"list": st.lists(st.fixed_dictionaries({"name": text, "id": st.integers(min_value=1, max_value=10**9), "messages": st.lists(message, max_size=3)}), max_size=2)})}),
    json_value,
)  # fmt: skip

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "pymdownx.details", "pymdownx.superfences", "pymdownx.highlight", "pymdownx.inlinehilite", "pymdownx.tilde", "pymdownx.caret", "pymdownx.escapeall"]  # fmt: skip
CONFIGS = {"pymdownx.escapeall": {"hardbreak": True, "nbsp": False}, "pymdownx.tilde": {"subscript": False}, "pymdownx.caret": {"superscript": False}, "pymdownx.highlight": {"use_pygments": False}}  # fmt: skip
TAGS = {"h1", "h2", "p", "a", "strong", "em", "del", "ins", "code", "pre", "span", "div", "button", "ul", "ol", "li", "details", "summary", "blockquote", "br", "hr"}  # fmt: skip
ATTRIBUTES = {"class", "id", "href", "title", "tabindex", "type", "open", "aria-pressed", "data-qa-kind", "data-qa-id", "data-qa-mark", "data-qa-theme", "data-qa-total"}  # fmt: skip
SAFE_HREF = re.compile(r"^(?:https?://|tg:|mailto:|tel:|#|\.\./|[a-z0-9-]+\.md(?:#|$))")


class LiveHtml(HTMLParser):
    """Collects whatever would be live in a browser: unknown tags, event handlers, unsafe links."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name not in ATTRIBUTES:
                self.problems.append(f"{tag}[{name}]")
            if name == "href" and not SAFE_HREF.match(value or ""):
                self.problems.append(f"href={value!r}")


def live_html(page: str) -> list[str]:
    body = page.split("\n---\n", 1)[1] if page.startswith("---\n") else page
    parser = LiveHtml()
    parser.feed(markdown.markdown(body, extensions=EXTENSIONS, extension_configs=CONFIGS))
    return parser.problems


def check_outputs(outputs: dict[str, str]) -> None:
    manifest = json.loads(outputs["questions.json"])
    ids = [q["id"] for q in manifest["questions"]]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids), ids
    for rel, page in outputs.items():
        if rel.endswith(".md"):
            assert live_html(page) == [], rel
            front = page.split("\n---\n", 1)[0]
            assert "<" not in front and ">" not in front, front  # Material prints title and description as they are


def ingest(sources: list[Source]) -> None:
    try:
        result = run(sources)
    except IngestError:
        event("refused by the pipeline")
        return  # a clear, named refusal is a fine answer to garbage
    event(f"questions: {min(len(result.questions), 3)}")
    check_outputs(result.outputs)


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(export)
def test_any_export_is_read_or_refused_by_name(data: Any):
    try:
        source = parse_source("fuzz/result.json", json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    except IngestError as e:
        assert str(e).startswith("fuzz/result.json")
        event("refused by the reader")
        return
    ingest([source])


@FUZZ
@given(st.lists(text, min_size=1, max_size=30))
def test_any_text_dump_is_read_or_refused_by_name(lines: list[str]):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        source = parse_source("fuzz.txt", data)
    except IngestError as e:
        assert str(e).startswith("fuzz.txt")
        return
    ingest([source])


def test_the_checker_sees_live_html():
    """The property is only as good as its checker: it must flag what a browser would run."""
    assert live_html('<img src=x onerror="alert(1)">') == ["<img>", "img[src]", "img[onerror]"]
    assert live_html("[x](javascript:alert(1))") == ["href='javascript:alert(1)'"]
    assert live_html("ordinary **text**") == []


# ---- through a real build ----------------------------------------------------------------------------

# Markup of every language a line of text passes through, without line breaks: each stays inside its line.
INLINE = [t for t in NASTY if "\n" not in t and "\r" not in t and t not in ("\ud800", "\x07")] + [
    "__init__", "a_b_c", "_x_", "*x*", "~~x~~", "^^x^^", "&lt;b&gt;", "&#60;", "![x](y)", "<http://x.y>", "C#", "x #",
    "{: .x}", "{{", "}}", "%}", "#}", "50/50", "loss-функция", "связь:", "1. x", "- x", "+ x", "> x", "---", "===", "***",
    "    x", "x  ", "\\", "\\*", "`x`", "``", "<!-- x -->", "]]", "[[x]]", "[^1]", "*[HTML]: x", "$x$", "==x==",
]  # fmt: skip
inline_text = st.lists(
    st.one_of(st.sampled_from(INLINE), st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=12)),
    min_size=1,
    max_size=8,
).map(" ".join)  # fmt: skip
# Where post text starts a line (a paragraph, a list item) and where it sits inside a sentence.
LINE_TEXTS = st.lists(st.tuples(st.sampled_from(["", "Модель учится на ошибках: ", "➖ "]), inline_text), min_size=1, max_size=4)
BUILD = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# A line that opens with a list marker may be an item of a list on the page («- x» under a «➖ …» item is its
# sub-item), its marker drawn as the list's bullet: the text after the marker is what must reach the page.
LIST_MARKER = re.compile(r"^(?:-(?=\s)|[—–•·]|\d{1,2}[.)])\s*")
OWN = {"p", "ul", "ol", "li", "br", "pre", "code", "span", "div"}  # what the ingest itself makes of plain text
NOTES = ("В копии поста", "Источник сохранил")  # the ingest's own notes (em) on an incomplete answer


class Answer(HTMLParser):
    """The answer of a built question page: its text and the elements in it."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.text: list[str] = []
        self.tags: list[tuple[str, str]] = []
        self.notes = 0  # the ingest's own notes: an <em> whose text is one of NOTES
        self.em_at: int | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "details":
            self.depth += 1
        elif self.depth and tag != "summary":
            self.tags.append((tag, dict(attrs).get("class") or ""))
            if tag == "em":
                self.em_at = len(self.text)

    def handle_endtag(self, tag):
        if tag == "details":
            self.depth -= 1
        elif tag == "em" and self.em_at is not None:
            if "".join(self.text[self.em_at :]).startswith(NOTES):
                self.notes += 1
            self.em_at = None

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


@pytest.fixture(scope="module")
def build_project(tmp_path_factory) -> Path:
    return scratch_project(tmp_path_factory.mktemp("fuzz-build"))


def squeeze(text: str) -> str:
    return " ".join(text.split())


@BUILD
@given(st.lists(LINE_TEXTS, min_size=1, max_size=4))
# found by this test: a bare «➖» item after an item rendered as «-» under it, a heading's underline; a «- x» line
# between two «➖» items, drawn as the first one's sub-item (its text kept, its hyphen the sub-list's bullet); a line
# «&#60;» taken for a line of hashtags («#60») and dropped
@example(posts=[[("", "<script>alert(1)</script>"), ("", "&#60;")]])
@example(posts=[[("", "<script>alert(1)</script>"), ("➖ ", "<script>alert(1)</script>"), ("➖ ", "\t")]])
@example(
    posts=[
        [("", "<script>alert(1)</script>")],
        [("➖ ", "<script>alert(1)</script>"), ("", "- x <script>alert(1)</script>"), ("➖ ", "<script>alert(1)</script>")],
    ]
)
def test_post_text_reaches_the_built_page_as_text(build_project, posts: list[list[tuple[str, str]]]):
    sources = build_project / "sources"
    shutil.rmtree(sources, ignore_errors=True)
    (sources / "fuzz").mkdir(parents=True)
    bodies = ["\n".join(lead + text for lead, text in lines) for lines in posts]
    messages = [X.message(k, f"Что такое бустинг номер {k}?\n\n{body}") for k, body in enumerate(bodies, start=1)]
    (sources / "fuzz" / "result.json").write_text(X.dumps(X.chat(messages)), encoding="utf-8")
    site = ingest_and_build(build_project)
    manifest = json.loads((build_project / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))
    event(f"questions: {min(len(manifest['questions']), 3)}")
    for q in manifest["questions"]:
        k = int(re.search(r"номер (\d+)", q["title"]).group(1))  # type: ignore[union-attr]
        page = Answer()
        page.feed((site / q["permalink"] / "index.html").read_text(encoding="utf-8"))
        text = squeeze("".join(page.text))
        for _, line in posts[k - 1]:
            expected = LIST_MARKER.sub("", squeeze(normalize(line)))
            if expected:
                assert expected in text, (line, text)
        foreign = [(tag, cls) for tag, cls in page.tags if tag not in OWN]
        notes = [("em", "")] * page.notes  # the note on an incomplete answer is the ingest's own
        assert foreign == notes, (bodies[k - 1], foreign)
        if "\\" not in bodies[k - 1]:
            assert "\\" not in text, text  # no escape of ours shows
