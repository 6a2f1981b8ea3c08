"""Telegram Desktop export: entities, \\xNN escapes, service messages, polls, forwards."""

from __future__ import annotations

import json

import pytest

from scripts.ingest.models import IngestError
from scripts.ingest.pipeline import run
from scripts.ingest.telegram_json import loads, split_lines

from .conftest import EXPORT


@pytest.fixture(scope="module")
def export_result(export_source):
    return run([export_source])


def test_hex_escapes_are_accepted():
    text = EXPORT.read_text(encoding="utf-8")
    assert "\\x07" in text
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    assert len(loads("result.json", text)["messages"]) == 9


def test_escaped_backslash_before_x_is_left_alone():
    data = loads("r.json", '{"messages": [], "name": "a\\\\x41"}')
    assert data["name"] == "a\\x41"


def test_fates(export_result):
    fates = [(e["post"], e["fate"]) for e in export_result.report["posts"]]
    assert fates == [
        (1, "boilerplate"),
        (2, "qa"),
        (3, "qa"),
        (4, "ad"),
        (5, "resource"),
        (6, "quiz"),
        (7, "qa"),
        (8, "qa"),
        (9, "empty"),
    ]


def test_entities_map_to_markdown(export_result):
    manifest = json.loads(export_result.outputs["questions.json"])
    by_title = {q["title"][:12]: q for q in manifest["questions"]}
    l1 = by_title["Чем L1-регул"]
    assert "**L1** (Lasso)" in l1["answer"]
    assert "`penalty='l1'`" in l1["answer"]
    assert "[документации](<https://scikit-learn.org/stable/modules/linear_model.html>)" in l1["answer"]
    assert "- L2 устойчивее при мультиколлинеарности;" in l1["answer"]
    assert l1["tags"] == ["машинное_обучение"]
    assert l1["sources"] == [
        {
            "file": "export/result.json",
            "post": 2,
            "key": "tg:1234567890:102",
            "date": "2025-07-01T09:30:00",
            "channel": "DS Interview",
        }
    ]
    torch = by_title["Как сохранит"]
    assert '```python\nimport torch\n\ntorch.save(model.state_dict(), "model.pt")' in torch["answer"]
    assert "*state_dict*" in torch["answer"]
    assert "Библиотека собеса" not in torch["answer"]


def test_poll_shares_are_computed(export_result):
    quiz = next(q for q in export_result.questions if q.post.fate.value == "quiz")
    assert quiz.post.poll.options == (("Accuracy", "15%"), ("ROC-AUC", "75%"), ("F1-score", "10%"))


def test_control_characters_are_removed(export_result):
    drift = next(q for q in export_result.questions if q.id.startswith("chto-takoe-data-drift"))
    assert "\x07" not in str(drift.post.blocks)


def test_pre_runs_stay_whole():
    from scripts.ingest.models import Run

    lines = split_lines([Run("До:\n"), Run("a = 1\nb = 2", "pre", "python"), Run("\nПосле")])
    assert lines == ((Run("До:"),), (Run("a = 1\nb = 2", "pre", "python"),), (Run("После"),))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"messages": [{"id": 1, "type": "message", "text": 5}]}', "message 1: text"),
        ('{"messages": [{"id": 2, "type": "message", "text": [{"type": "bold"}]}]}', "message 2: text"),
        ('{"messages": ["x"]}', "message #1: Input should be a valid dictionary"),
    ],
)
def test_malformed_messages_are_named(text, message):
    from scripts.ingest.telegram_json import parse

    with pytest.raises(IngestError, match=message):
        parse("bad.json", text)
