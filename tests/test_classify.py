"""Classify stage: every post's fate with its rule; every question's theme."""

from __future__ import annotations

from collections import Counter

import pytest

from scripts.ingest.rules import taxonomy

from .conftest import committed_registry, question_by_title


def fate_of(result, file: str, post: int) -> dict:
    return next(e for e in result.report["posts"] if e["file"].startswith(file) and e["post"] == post)


@pytest.mark.parametrize(
    ("file", "post", "fate"),
    [
        ("000", 2, "ad"),  # course start
        ("000", 13, "ad"),  # Proglib Academy sale
        ("001", 4, "ad"),  # "Мы сделали курс"
        ("002", 2, "ad"),  # channel launch
        ("002", 13, "ad"),  # free writing course
        ("004", 9, "ad"),  # channel folder
        ("002", 7, "resource"),  # forwarded Anki announcement
        ("002", 9, "resource"),  # forwarded article promo
        ("004", 3, "resource"),  # YouTube video promo
        ("002", 14, "quiz"),
        ("000", 1, "qa"),
        ("004", 4, "qa"),  # ML system design post
        ("004", 7, "qa"),  # LLM training post
    ],
)
def test_fates_of_real_posts(seed_result, file, post, fate):
    entry = fate_of(seed_result, file, post)
    assert entry["fate"] == fate, entry


def test_every_verdict_names_its_rule(seed_result):
    for e in seed_result.report["posts"]:
        assert e["rule"] and e["reason"], e


def test_no_ad_reaches_a_question(seed_result):
    for q in seed_result.questions:
        text = q.post.title[0].text + str(q.post.blocks)
        for word in ("промокод", "забронир", "Подписывайтесь", "Proglib Academy", "вебинар"):
            assert word not in text, (q.id, word)


@pytest.mark.parametrize(
    ("title", "theme"),
    [
        ("Почему иногда используют", "losses"),
        ("В каких случаях вы будете применять ROC", "metrics"),
        ("Можно ли считать, что модель", "drift"),
        ("Основные стадии обучения LLM", "llm"),
        ("Уничтожение RAG", "ml-system-design"),
        ("Объясните смысл бэггинга", "classic-ml"),
        ("Расскажите, что вы знаете про генеративно", "deep-learning"),
        ("Расскажите про систематическую ошибку отбора", "statistics-and-data"),
        ("Почему иногда стоит использовать заведомо переобученную", "validation"),
        ("Что такое сериализация", "engineering"),
    ],
)
def test_themes(seed_result, title, theme):
    assert question_by_title(seed_result, title).theme.value == theme


def test_required_themes_exist_and_no_catch_all_dominates(seed_result):
    slugs = {t.slug for t in taxonomy().themes}
    assert {"metrics", "losses", "drift", "llm", "ml-system-design"} <= slugs
    counts = Counter(q.theme.value for q in seed_result.questions)
    assert counts[taxonomy().fallback] <= 0.10 * len(seed_result.questions)


def test_report_accounts_for_every_post_read(seed_posts, seed_result):
    entries = seed_result.report["posts"]
    assert [(e["file"], e["post"]) for e in entries] == [(p.ref.file, p.ref.post) for p in seed_posts]
    kept = [e for e in entries if e["fate"] in ("qa", "quiz", "partial")]
    assert sum(len(e["ids"]) for e in kept) == len(seed_result.questions)
    assert {i for e in kept for i in e["ids"]} == {q.id for q in seed_result.questions}
    summary = seed_result.report["summary"]
    assert summary["posts_read"] == sum(v for k, v in summary.items() if k != "posts_read")


def test_overrides_correct_theme_title_and_fate(seed_sources, seed_result, monkeypatch):
    from scripts.ingest import pipeline

    bagging = question_by_title(seed_result, "Объясните смысл бэггинга").id
    roc = question_by_title(seed_result, "В каких случаях вы будете применять ROC").id
    monkeypatch.setattr(
        pipeline,
        "overrides",
        lambda: {bagging: {"theme": "validation", "title": "Что такое бэггинг?"}, roc: {"fate": "ad"}},
    )
    result = pipeline.run(seed_sources, committed_registry())
    got = {q.id: q for q in result.questions}
    assert got[bagging].theme.value == "validation" and got[bagging].theme.rule == "override"
    assert got[bagging].post.title[0].text == "Что такое бэггинг?"
    assert roc not in got  # overridden to a dropped fate
    # The report says what became of the post: dropped by the override, not "qa".
    entry = next(e for e in result.report["posts"] if e["title"].startswith("В каких случаях вы будете применять ROC"))
    assert entry["fate"] == "ad" and entry["rule"] == "override"
    assert result.registry[roc].status == "removed"  # its link now opens a removal notice


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ('theme = "astrology"', r"overrides.toml:\[some-id\]: no theme 'astrology' in themes.toml"),
        ('fate = "maybe"', r"overrides.toml:\[some-id\]: fate must be one of"),
        ("title = 5", r"overrides.toml:\[some-id\]: title must be text"),
        ('colour = "red"', r"overrides.toml:\[some-id\]: an override sets theme, title, fate or publish"),
    ],
)
def test_a_bad_override_is_named(seed_sources, tmp_path, monkeypatch, override, message):
    import shutil

    from scripts.ingest import pipeline, rules
    from scripts.ingest.models import IngestError

    shutil.copytree(rules.RULES_DIR, tmp_path / "rules")
    (tmp_path / "rules" / "overrides.toml").write_text(f'["some-id"]\n{override}\n', encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path / "rules")
    rules.overrides.cache_clear()
    try:
        with pytest.raises(IngestError, match=message):
            pipeline.run(seed_sources)
    finally:
        rules.overrides.cache_clear()


def test_an_unforeseen_failure_names_the_post(seed_sources, monkeypatch):
    from scripts.ingest import pipeline
    from scripts.ingest.models import IngestError

    def broken(raw):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "process", broken)
    with pytest.raises(IngestError, match=r"000_e8535a7f8ec8cda3.txt:post 1: could not process: ValueError\('boom'\)"):
        pipeline.run(seed_sources)


def test_marker_anchors_are_derived_from_patterns():
    from scripts.ingest.rules import literal_anchors

    assert literal_anchors(r"забронир|пишите:?\s*@|успей(?:те)? попасть") == ("забронир", "пишите", "успей")
    assert literal_anchors(r"\bкурс(?:а|е)?\b") == ("курс",)
    assert literal_anchors(r"\d+ руб") == ()  # starts with a class: always run
