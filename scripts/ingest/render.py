"""Render questions to Markdown pages, the public manifest and the ingest report.

Post text is data, never markup: every character that Markdown, HTML or Jinja could read as
syntax is backslash-escaped (pymdownx.escapeall turns any escaped character into itself), so a
post's `<script>`, `{{ … }}`, `#` or `|` reaches the page as literal text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .models import Block, Code, Line, ListBlock, Paragraph, Post, Question, RawPost, SourceRef
from .plain import answer_text, title_text
from .rules import taxonomy

GENERATED_KEY = "generated"
GENERATED_BY = "scripts.ingest"
MANIFEST = "questions.json"

ESCAPE = re.compile(r"([\\`*_{}\[\]()#+\-.!?|<>~^=&$%:@'\"/])")
SAFE_LINK = re.compile(r"^(?:https?|tg|mailto):", re.IGNORECASE)
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]  # fmt: skip
INDENT = "    "


def esc(text: str) -> str:
    return ESCAPE.sub(r"\\\1", text)


def _wrap(text: str, marker: str) -> str:
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{marker}{esc(core)}{marker}{trail}"


def _code_span(text: str) -> str:
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def inline(line: Line) -> str:
    out: list[str] = []
    for run in line:
        if run.style == "bold":
            out.append(_wrap(run.text, "**"))
        elif run.style == "italic":
            out.append(_wrap(run.text, "*"))
        elif run.style == "strike":
            out.append(_wrap(run.text, "~~"))
        elif run.style in ("code", "pre"):
            out.append(_code_span(run.text))
        elif run.style == "link" and run.href and SAFE_LINK.match(run.href):
            href = run.href.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
            out.append(f"[{esc(run.text)}](<{href}>)")
        else:
            out.append(esc(run.text))
    return "".join(out).strip()


def _fence(code: str) -> str:
    longest = max((len(m) for m in re.findall(r"^`{3,}", code, re.MULTILINE)), default=2)
    return "`" * max(3, longest + 1)


def blocks_md(blocks: Sequence[Block]) -> list[str]:
    """Markdown lines of blocks, paragraphs separated by blank lines."""
    out: list[str] = []
    for block in blocks:
        if out:
            out.append("")
        if isinstance(block, Paragraph):
            texts = [inline(x) for x in block.lines]
            out.extend(t + "\\" if k < len(texts) - 1 else t for k, t in enumerate(texts))
        elif isinstance(block, Code):
            fence = _fence(block.text)
            out.append(f"{fence}{block.language}")
            out.extend(block.text.splitlines())
            out.append(fence)
        elif isinstance(block, ListBlock):
            for k, item in enumerate(block.items, start=1):
                marker = f"{k}." if block.ordered else "-"
                out.append(f"{marker} {inline(item.line)}")
                if item.children:
                    out.append("")
                    out.extend(INDENT + x if x else "" for x in blocks_md(item.children))
                    out.append("")
            while out and out[-1] == "":
                out.pop()
    return out


def answer_md(post: Post) -> str:
    lines = blocks_md(post.blocks)
    if post.poll:
        if lines:
            lines.append("")
        for text, share in post.poll.options:
            lines.append(f"- {esc(text)}" + (f" — **{esc(share)}**" if share else ""))
    return "\n".join(lines)


# ---- pages --------------------------------------------------------------------------------------


def human_date(iso: str | None) -> str | None:
    if not iso or not re.match(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return f"{d} {MONTHS[m - 1]} {y}"


def sources_md(refs: Sequence[SourceRef]) -> str:
    """Where a question comes from, for a reader: channel, newest date, links to the originals."""
    channels = sorted({r.channel for r in refs if r.channel})
    text = ", ".join(esc(c) for c in channels) or f"Telegram, пост {refs[0].post} из {esc(refs[0].file)}"
    date = human_date(max((r.date for r in refs if r.date), default=None))
    if date:
        text += f", {date}"
    links = sorted({r.link for r in refs if r.link and SAFE_LINK.match(r.link)})
    if links:
        text += " · " + ", ".join(f"[оригинал](<{link}>)" for link in links)
    return text


def tag_label(tag: str) -> str:
    return tag.replace("_", " ")


# A theme with more questions than SPLIT_AT is split into parts, so that no page grows too heavy
# for a phone. A question's part follows from a hash of its own id, so parts do not reshuffle as
# questions are added: its URL changes when its theme crosses SPLIT_AT, and again only when the
# number of parts doubles (then half the questions move). Old links still land: the site's
# script sends an anchor it cannot find to the question's current page (docs/assets/javascripts).
SPLIT_AT = 80
PARTS = 16
PART_SIZE = 60  # questions a part holds on average before the number of parts doubles


def parts_for(count: int) -> int:
    parts = PARTS
    while count > parts * PART_SIZE:
        parts *= 2
    return parts


def part_of(qid: str, parts: int = PARTS) -> int:
    return int(hashlib.sha1(qid.encode("ascii")).hexdigest(), 16) % parts + 1


@dataclass(frozen=True)
class Page:
    """A page of questions: a whole theme, or one part of a split theme."""

    slug: str
    title: str
    summary: str
    questions: tuple[Question, ...]
    part: int | None = None
    parts: int = 1

    @property
    def path(self) -> str:
        return f"{self.slug}.md" if self.part is None else f"{self.slug}/part-{self.part:03d}.md"

    @property
    def url(self) -> str:
        return f"{self.slug}/" if self.part is None else f"{self.slug}/part-{self.part:03d}/"

    @property
    def heading(self) -> str:
        return self.title if self.part is None else f"{self.title}: часть {self.part} из {self.parts}"


@dataclass(frozen=True)
class Theme:
    """A theme and its pages; a split theme also gets an overview page listing its parts."""

    slug: str
    title: str
    summary: str
    pages: tuple[Page, ...]

    @property
    def split(self) -> bool:
        return self.pages[0].part is not None

    @property
    def path(self) -> str:
        return f"{self.slug}/index.md" if self.split else f"{self.slug}.md"

    @property
    def url(self) -> str:
        return f"{self.slug}/"

    @property
    def count(self) -> int:
        return sum(len(p.questions) for p in self.pages)


def question_md(q: Question, body: str) -> str:
    post = q.post
    title = esc(title_text(post))
    out = [f"## {title} {{ #{q.id} .qa-question data-qa-kind=\"{post.fate.value}\" }}", ""]
    meta = []
    if q.tags:
        meta.append(" ".join(esc(f"#{t}") for t in q.tags))
    meta.append("Источник: " + sources_md(q.sources))
    out += [" · ".join(meta), "{ .qa-meta }", ""]
    if post.fate.value == "partial":
        out += ['??? warning "Ответ — текст неполный"', ""]
        note = "Источник сохранил только часть поста: заголовок и выделенные фрагменты потеряны."
        out += [INDENT + f"*{note}*", ""]
    elif post.fate.value == "quiz":
        out += ['??? question "Варианты ответа и голоса читателей"', ""]
    else:
        out += ['??? answer "Ответ"', ""]
    out += [INDENT + x if x else "" for x in body.splitlines()]
    # Study controls are in the page from the start (the script only wires them): no layout shift.
    out += ["", STUDY_BAR.format(id=q.id)]
    return "\n".join(out).rstrip() + "\n"


STUDY_BAR = (
    '<div class="qa-study" data-qa-id="{id}">'
    '<button type="button" data-qa-mark="known" aria-pressed="false">Знаю</button>'
    '<button type="button" data-qa-mark="repeat" aria-pressed="false">Повторить</button></div>'
)
RANDOM_BUTTON = '<button type="button" class="qa-random" title="Случайный вопрос (клавиша R)">Случайный вопрос</button>'


def _front(title: str, tags: set[str]) -> list[str]:
    front = ["---", f"{GENERATED_KEY}: {GENERATED_BY}", f"title: {json.dumps(title, ensure_ascii=False)}", "tags:"]
    front += [f"  - {json.dumps(t, ensure_ascii=False)}" for t in sorted(tags)]
    return front + ["---", "", "<!-- Generated by `python -m scripts.ingest` from sources/. Do not edit: your changes would be overwritten. -->", ""]


def _count_line(slug: str, n: int, tail: str) -> list[str]:
    return [f"{n} {plural(n, 'вопрос', 'вопроса', 'вопросов')}. {tail}", f'{{ .qa-count data-qa-theme="{slug}" data-qa-total="{n}" }}', ""]


def page_md(page: Page, answers: dict[str, str]) -> str:
    tags = {tag_label(t) for q in page.questions for t in q.tags} | {page.title}
    body = [f"# {esc(page.heading)}", "", RANDOM_BUTTON, "", esc(page.summary), "{ .qa-summary }", ""]
    body += _count_line(page.slug, len(page.questions), "Сначала ответьте сами, потом раскройте ответ.")
    return "\n".join(_front(page.heading, tags) + body) + "\n" + "\n".join(question_md(q, answers[q.id]) for q in page.questions)


def theme_index_md(theme: Theme) -> str:
    """The overview of a split theme: its parts, each with its size and first questions."""
    body = [f"# {esc(theme.title)}", "", RANDOM_BUTTON, "", esc(theme.summary), "{ .qa-summary }", ""]
    body += _count_line(theme.slug, theme.count, f"Тема разделена на {len(theme.pages)} частей.")
    for page in theme.pages:
        n = len(page.questions)
        first = ", ".join(f"«{esc(title_text(q.post))}»" for q in page.questions[:2])
        body += [f"- [Часть {page.part}]({page.path.split('/', 1)[1]}): {n} {plural(n, 'вопрос', 'вопроса', 'вопросов')}, среди них {first}"]
    return "\n".join(_front(theme.title, {theme.title}) + body) + "\n"


def plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def build_themes(questions: Sequence[Question]) -> list[Theme]:
    themes = []
    for theme in taxonomy().themes:
        members = sorted((q for q in questions if q.theme.value == theme.slug), key=lambda q: (title_text(q.post).casefold(), q.id))
        if not members:
            continue
        if len(members) <= SPLIT_AT:
            pages = (Page(theme.slug, theme.title, theme.summary, tuple(members)),)
        else:
            n = parts_for(len(members))
            parts: dict[int, list[Question]] = {}
            for q in members:
                parts.setdefault(part_of(q.id, n), []).append(q)
            pages = tuple(Page(theme.slug, theme.title, theme.summary, tuple(parts[k]), k, n) for k in sorted(parts))
        themes.append(Theme(theme.slug, theme.title, theme.summary, pages))
    return themes


def render_docs(themes: Sequence[Theme], answers: dict[str, str]) -> dict[str, str]:
    """Every generated page, by its path under docs/; answers holds each question's Markdown."""
    outputs = {}
    for theme in themes:
        if theme.split:
            outputs[theme.path] = theme_index_md(theme)
        for page in theme.pages:
            outputs[page.path] = page_md(page, answers)
    return outputs


# ---- manifest and report ------------------------------------------------------------------------


def _source_json(ref: SourceRef) -> dict[str, Any]:
    out: dict[str, Any] = {"file": ref.file, "post": ref.post}
    for key in ("line", "date", "link", "channel"):
        if getattr(ref, key):
            out[key] = getattr(ref, key)
    return out


def manifest_items(themes: Sequence[Theme], answers: dict[str, str]) -> Iterator[dict[str, Any]]:
    """The manifest's questions, one at a time (a large manifest is never held twice)."""
    for theme in themes:
        for page in theme.pages:
            for q in page.questions:
                yield {
                    "id": q.id,
                    "title": title_text(q.post),
                    "theme": theme.slug,
                    "theme_title": theme.title,
                    "url": f"{page.url}#{q.id}",
                    "permalink": f"q/{q.id}/",
                    "kind": q.post.fate.value,
                    "tags": list(q.tags),
                    "answer": answers[q.id],
                    "text": answer_text(q.post),
                    "date": max((s.date for s in q.sources if s.date), default=None),
                    "sources": [_source_json(s) for s in q.sources],
                }


def manifest_head(themes: Sequence[Theme]) -> dict[str, Any]:
    return {
        "generated_by": GENERATED_BY,
        "themes": [
            {"slug": t.slug, "title": t.title, "summary": t.summary, "url": t.url, "path": t.path, "count": t.count} for t in themes
        ],
        "pages": [{"url": p.url, "title": p.heading, "theme": t.slug} for t in themes for p in t.pages],
    }


def dump_json(head: dict[str, Any], listed: str, items: Iterable[dict[str, Any]]) -> str:
    """JSON of head plus head[listed] = items, one line per item: small to hold, readable in a diff."""
    parts = [json.dumps(head, ensure_ascii=False, indent=1)[:-2], f',\n "{listed}": [\n']
    for k, item in enumerate(items):
        if k:
            parts.append(",\n")
        parts.append(json.dumps(item, ensure_ascii=False, separators=(",", ":")))
    parts.append("\n ]\n}\n")
    return "".join(parts)


def report(raws: Sequence[RawPost], posts: Sequence[Post], questions: Sequence[Question]) -> dict[str, Any]:
    owner: dict[tuple[str, int], Question] = {}
    for q in questions:
        for p in (q.post, *q.merged):
            owner[(p.ref.file, p.ref.post)] = q
    entries = []
    for raw, post in zip(raws, posts, strict=True):
        q = owner.get((raw.ref.file, raw.ref.post))
        entry: dict[str, Any] = {
            "file": raw.ref.file,
            "post": raw.ref.post,
            "line": raw.ref.line,
            "fate": post.fate.value,
            "rule": post.fate.rule,
            "reason": post.fate.reason,
            "title": title_text(post)[:120],
        }
        if q is not None:
            if q.post is post:
                entry.update(id=q.id, theme=q.theme.value, theme_rule=q.theme.rule, theme_reason=q.theme.reason)
            else:
                entry.update(fate="merged", merged_into=q.id, reason=f"duplicate of {q.post.ref.label()} ({post.fate.value})")
        entry["fixes"] = list(post.fixes) + list(raw.notes)
        entries.append(entry)
    summary: dict[str, Any] = {"posts_read": len(entries)}
    for e in entries:
        summary[e["fate"]] = summary.get(e["fate"], 0) + 1
    themes: dict[str, int] = {}
    for q in questions:
        themes[q.theme.value] = themes.get(q.theme.value, 0) + 1
    return {"summary": summary, "themes": dict(sorted(themes.items())), "posts": entries}
