"""The ingest pipeline: the one place that knows the order of the stages."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .classify import classify, theme
from .clean import clean
from .dedupe import group_duplicates
from .ids import assign_ids
from .models import IngestError, Post, Question, RawPost, Run, Verdict
from .plain import answer_text, title_text
from .render import MANIFEST, answer_md, build_themes, dump_json, manifest_head, manifest_items, render_docs, report
from .repair import repair
from .rules import overrides, taxonomy


@dataclass(frozen=True)
class Result:
    outputs: dict[str, str]  # path relative to docs/ -> content
    report: dict[str, Any]
    questions: tuple[Question, ...]


def process(raw: RawPost) -> Post:
    lines, fixes = repair(raw)
    return classify(clean(raw, lines, fixes), service=raw.service)


def _apply_overrides(q: Question) -> Question:
    o = overrides().get(q.id)
    if not o:
        return q
    post = q.post
    if "title" in o:
        post = dataclasses.replace(post, title=(Run(o["title"]),))
    if "fate" in o:
        post = dataclasses.replace(post, fate=Verdict(o["fate"], "override", f"overrides.toml [{q.id}]"))
    th = q.theme
    if "theme" in o:
        taxonomy().get(o["theme"])  # fails loudly on an unknown theme
        th = Verdict(o["theme"], "override", f"overrides.toml [{q.id}]")
    return dataclasses.replace(q, post=post, theme=th)


def build_questions(posts: Sequence[Post]) -> list[Question]:
    kept = [p for p in posts if p.kept]
    groups = group_duplicates(kept)
    ids = assign_ids([(title_text(g[0]), answer_text(g[0])) for g in groups])
    questions = []
    for qid, group in zip(ids, groups, strict=True):
        best = group[0]
        tags = tuple(dict.fromkeys(t for p in group for t in p.hashtags))
        sources = tuple(sorted({p.ref for p in group}, key=lambda r: (r.file, r.post)))
        questions.append(_apply_overrides(Question(qid, best, theme(best), tags, sources, tuple(group[1:]))))
    return [q for q in questions if q.post.kept]


def run(raws: Iterable[RawPost]) -> Result:
    """All outputs, computed in memory; raws may be a generator (each is dropped once processed)."""
    seen: list[RawPost] = []
    posts = []
    for raw in raws:
        try:
            posts.append(process(raw))
        except IngestError:
            raise
        except Exception as e:  # a bug or an input the stages did not foresee: name the post
            raise IngestError(raw.ref.file, f"post {raw.ref.post}", f"could not process: {e!r}") from e
        seen.append(dataclasses.replace(raw, lines=(), cut=()))  # the report needs only where and what
    questions = build_questions(posts)
    themes = build_themes(questions)
    answers = {q.id: answer_md(q.post) for q in questions}
    outputs = render_docs(themes, answers)
    outputs[MANIFEST] = dump_json(manifest_head(themes), "questions", manifest_items(themes, answers))
    return Result(outputs, report(seen, posts, questions), tuple(questions))
