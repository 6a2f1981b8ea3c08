"""Where long titles are cut: before the clause that gives the answer away, at a word boundary."""

from __future__ import annotations

from scripts.ingest.plain import title_text
from scripts.ingest.shorten import shorten

from .conftest import question_by_title


def test_a_derived_title_stops_before_its_explanation(seed_result):
    """004, digest part 3: its first sentence explains itself after «, так как»."""
    q = question_by_title(seed_result, "На микро усреднении")
    assert title_text(q.post) == "На микро усреднении мы можем позволить себе ошибиться на маленьких классах…"


def test_cuts():
    long = "Почему модель с высоким ROC-AUC на валидации проваливается в проде через месяц после запуска " * 2
    assert shorten("Как работает бустинг, так как это важно?", 100) == "Как работает бустинг, так как это важно?"  # short: kept
    assert shorten("Бустинг строит деревья по очереди, потому что каждое исправляет ошибки", 100, explains=True) == (
        "Бустинг строит деревья по очереди…"
    )
    assert shorten("Отступ линейной модели — это расстояние до границы", 100, explains=True) == "Отступ линейной модели…"
    assert shorten("MSE — это ошибка", 100, explains=True) == "MSE — это ошибка"  # too few words before the dash
    cut = shorten(long, 100)
    assert cut.endswith("…") and len(cut) <= 101 and long.startswith(cut[:-1])
    steps = "Сначала считаем градиент, затем шагаем против него, и так до сходимости " * 3
    cut = shorten(steps, 100)  # at the last clause boundary before the limit, not inside a word
    assert len(cut) <= 101 and steps.startswith(cut[:-1] + ",")
