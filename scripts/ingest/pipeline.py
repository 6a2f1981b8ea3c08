"""The ingest pipeline: the one place that knows the order of the stages.

read (sources) -> repair -> clean (with titles) -> classify (fate) -> threads (answers joined to
their questions) -> structure (digests split, empty sections) -> dedupe (copies) -> classify (theme)
-> registry (ids) -> overrides -> render (pages, manifest, registry, report).
Everything is computed in memory; output.py writes it in one transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .classify import backgrounds, channel_of, classify, theme
from .clean import clean, unique_tags
from .dedupe import Group, group_duplicates
from .ids import slugify
from .markdown import answer_md, plain_title
from .models import IngestError, Merge, Post, Question, RawPost, Run, Verdict
from .plain import full_text, title_text
from .read import Source
from .registry import REGISTRY, Candidate, Entry, Match, assign, dump, updated
from .render import MANIFEST, build_themes, dump_json, manifest_head, manifest_items, render_docs
from .repair import repair
from .report import REPORT, report
from .rules import identity_rules, overrides
from .series import with_series
from .similarity import shingles, sketch
from .structure import mark_incomplete, split_digest
from .telegram_json import Skipped
from .threads import join


@dataclass(frozen=True)
class Result:
    outputs: dict[str, str]  # path relative to docs/generated/ -> content
    report: dict[str, Any]
    questions: tuple[Question, ...]
    registry: dict[str, Entry]
    matches: dict[str, Match]  # question id -> how it got its id this run (printed, not written)


def process(raw: RawPost) -> Post:
    lines, fixes = repair(raw)
    return classify(clean(raw, lines, fixes), service=raw.service)


def _override(post: Post) -> Post:
    """A verdict set in rules/overrides.toml for a post by its source key: its fate, published or not
    (`publish`, as `python -m scripts.ingest.review --set` writes it), its title."""
    o = overrides().get(post.key)
    if not o:
        return post
    where = f"overrides.toml [{post.key!r}]"
    evidence = (f"override {post.key}",)
    if "title" in o:
        post = dataclasses.replace(post, title=(Run(o["title"]),))
    if "fate" in o:
        post = dataclasses.replace(post, fate=Verdict(o["fate"], "override", where, evidence=evidence))
    if o.get("publish") is True and not post.kept:
        post = dataclasses.replace(post, fate=Verdict("qa", "override", f"{where}: publish", evidence=evidence))
    elif o.get("publish") is False:  # not published, nor joined into a thread (threads.py)
        value = "offtopic" if post.kept else post.fate.value
        post = dataclasses.replace(post, fate=Verdict(value, "override", f"{where}: not published", evidence=evidence))
    return post


def _apply_overrides(q: Question) -> Question:
    """Corrections by question id; a theme set by the source key of the question's post too."""
    post, th = q.post, q.theme
    by_key = overrides().get(q.post.key, {})
    if "theme" in by_key:
        th = Verdict(by_key["theme"], "override", f"overrides.toml [{q.post.key!r}]", evidence=(f"override {q.post.key}",))
    o = overrides().get(q.id)
    if not o:
        return dataclasses.replace(q, theme=th)
    where = f"overrides.toml [{q.id}]"
    if "title" in o:
        post = dataclasses.replace(post, title=(Run(o["title"]),))
    if "fate" in o:
        post = dataclasses.replace(post, fate=Verdict(o["fate"], "override", where, evidence=(f"override {q.id}",)))
    if "theme" in o:
        th = Verdict(o["theme"], "override", where, evidence=(f"override {q.id}",))
    return dataclasses.replace(q, post=post, theme=th)


def candidate(group: Group, th: Verdict) -> Candidate:
    best = group.posts[0]
    dates = [p.ref.date for p in group.posts if p.ref.date]
    return Candidate(
        keys=frozenset(p.key for p in group.posts) | {r.key for p in group.posts for r in p.thread},
        sketch=sketch(shingles(full_text(best))),
        slug=slugify(title_text(best)),
        title=plain_title(best.title),
        theme=th.value,
        order=(min(dates) if dates else "", best.key),
    )


@dataclass(frozen=True)
class Built:
    questions: list[Question]
    matches: dict[str, Match]  # question id -> how it got its id
    registry: dict[str, Entry]  # as it stands after this run
    overridden: dict[tuple[str, int], Verdict]  # (file, post) of posts an override by id dropped


def build_questions(posts: Sequence[Post], registry: dict[str, Entry]) -> Built:
    """Questions with their ids, what each id came from, and the registry as it stands after this run."""
    groups = group_duplicates([p for p in posts if p.kept])
    channel = backgrounds(g.posts[0] for g in groups)  # the words every post of a channel uses
    themes = [theme(g.posts[0], channel[channel_of(g.posts[0])]) for g in groups]
    cands = [candidate(g, th) for g, th in zip(groups, themes, strict=True)]
    matches = assign(registry, cands, identity_rules().registry)
    questions: list[Question] = []
    survivors: list[tuple[Candidate, Match]] = []
    overridden: dict[tuple[str, int], Verdict] = {}
    for group, th, cand, m in zip(groups, themes, cands, matches, strict=True):
        tags = unique_tags(t for p in group.posts for t in p.hashtags)
        refs = {p.ref for p in group.posts} | {r for p in group.posts for r in p.thread}
        sources = tuple(sorted(refs, key=lambda r: (r.file, r.post)))
        merged = tuple(Merge(p, s) for p, s in zip(group.posts[1:], group.similarity[1:], strict=True))
        q = _apply_overrides(Question(m.id, group.posts[0], th, tags, sources, merged, m.aliases))
        if q.post.kept:
            questions.append(q)
            survivors.append((dataclasses.replace(cand, title=plain_title(q.post.title), theme=q.theme.value), m))
        else:
            overridden.update({(p.ref.file, p.ref.post): q.post.fate for p in group.posts})
    new_registry = updated(registry, [c for c, _ in survivors], [m for _, m in survivors])
    matches_by_id = {q.id: m for q, (_, m) in zip(questions, survivors, strict=True)}
    return Built(questions, matches_by_id, new_registry, overridden)


def run(sources: Iterable[Source], registry: dict[str, Entry] | None = None) -> Result:
    """All outputs, computed in memory; sources may be a generator (each is dropped once processed)."""
    seen: list[RawPost] = []
    posts: list[Post] = []
    skipped: list[tuple[str, Skipped]] = []
    for source in sources:
        skipped += [(source.name, s) for s in source.skipped]
        for raw in source.posts:
            try:
                posts.append(_override(process(raw)))
            except IngestError:
                raise
            except Exception as e:  # a bug or an input the stages did not foresee: name the post
                where = f"message {raw.ref.message_id}" if raw.ref.message_id is not None else f"post {raw.ref.post}"
                raise IngestError(raw.ref.file, where, f"could not process: {e!r}") from e
            seen.append(dataclasses.replace(raw, lines=(), cut=()))  # the report needs only where and what
    # An answer joins its question (one page, both sources); a digest post becomes several questions;
    # an answer the source left with empty sections is marked.
    posts = join(posts, judge=classify)
    posts = with_series(posts)  # a channel's own study series counts, as one it names
    expanded = [mark_incomplete(part) for post in posts for part in split_digest(post)]
    built = build_questions(expanded, registry or {})
    questions, new_registry = built.questions, built.registry
    themes = build_themes(questions)
    answers = {q.id: answer_md(q.post) for q in questions}
    outputs = render_docs(themes, answers, new_registry)
    outputs[MANIFEST] = dump_json(manifest_head(themes, new_registry), "questions", manifest_items(themes, answers))
    outputs[REGISTRY] = dump(new_registry.values())
    rep = report(seen, posts, questions, skipped, new_registry, built.overridden)
    outputs[REPORT] = dump_json(
        {"generated_by": "scripts.ingest", **{k: v for k, v in rep.items() if k != "posts"}}, "posts", rep["posts"]
    )
    return Result(outputs, rep, tuple(questions), new_registry, built.matches)
