"""Dedupe and ids: one question per post, stable ASCII ids that survive other posts changing."""

from __future__ import annotations

import random
import re

import pytest

from scripts.ingest.ids import assign_ids, slugify
from scripts.ingest.pipeline import run

from .conftest import question_by_title


def test_the_same_post_in_two_dumps_is_one_question_with_both_sources(seed_result):
    q = question_by_title(seed_result, "Почему иногда используют")
    assert [s.file[:3] for s in q.sources] == ["000", "003"]
    assert len(q.merged) == 1
    # The 000 copy wins: after repair it keeps the dash list and the restored emphasis.
    assert q.post.ref.file.startswith("000")
    merged = [e for e in seed_result.report["posts"] if e["fate"] == "merged"]
    assert [(e["file"][:3], e["post"], e["merged_into"]) for e in merged] == [("003", 4, q.id)]


def test_titles_are_unique(seed_result):
    titles = [q.post.title[0].text for q in seed_result.questions]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Объясните смысл бэггинга?", "obiasnite-smysl-begginga"),
        ("Что такое data drift и как его заметить?", "chto-takoe-data-drift-i-kak-ego-zametit"),
        ("Щука, ёж и ЮЛА", "shchuka-ezh-i-iula"),
        ("100 вопросов", "q-100-voprosov"),
        ("🤖", "q"),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_ids_are_ascii_and_unique(seed_result):
    ids = [q.id for q in seed_result.questions]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9-]{0,108}", i) for i in ids)


def test_colliding_slugs_get_content_suffixes_independent_of_order():
    a, b = ("Что такое bias?", "ответ один"), ("Что такое bias!", "ответ два")
    assert assign_ids([a, b]) == list(reversed(assign_ids([b, a])))
    assert assign_ids([a, b])[0] != assign_ids([a, b])[1]


def _ids(posts) -> dict[str, str]:
    return {q.id: q.post.title[0].text for q in run(posts).questions}


def test_ids_survive_reordering_subsets_and_new_posts(seed_posts, export_posts):
    full = _ids(seed_posts)
    shuffled = list(seed_posts)
    random.Random(7).shuffle(shuffled)
    assert _ids(shuffled) == full
    subset = [p for p in seed_posts if not p.ref.file.startswith(("001", "003"))]
    assert set(_ids(subset).items()) <= set(full.items())
    grown = _ids(list(seed_posts) + list(export_posts))
    assert set(full.items()) <= set(grown.items())
    assert len(grown) > len(full)


def test_urls_survive_new_posts(seed_posts, export_posts):
    from scripts.ingest.render import build_themes

    def urls(posts):
        themes = build_themes(run(posts).questions)
        return {q.id: f"{p.url}#{q.id}" for t in themes for p in t.pages for q in p.questions}

    before = urls(seed_posts)
    after = urls(list(export_posts) + list(seed_posts))
    assert {k: after[k] for k in before} == before
