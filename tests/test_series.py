"""A channel's study series learned from its own posts (scripts/ingest/series.py): a hashtag on which at least
half of the channel's posts are study material counts for a post of the series that the rest of the evidence
left short, as a series named in sources/channels.toml does; a hashtag of the channel's notes counts for
nothing, and a verdict the maintainer set stands."""

from __future__ import annotations

from scripts.ingest import pipeline
from scripts.ingest.pipeline import run

from . import exports as X
from .test_fate import read

# A concept explainer that uses few of the field's words: alone, its study score falls short (3 against the
# threshold 4).
SHORT = (
    "#термин\nДоверительный интервал для чувствительности: по пациентам, а не по снимкам\n\n"
    "В отчёте пишут «чувствительность 0.95». Вопрос — на чём. Если на двух миллионах фрагментов выборки, "
    "интервал выйдет ±0.001, и это самообман: фрагменты одного пациента не независимы.\n\n"
    "Честно считать на уровне решения, которое принимает врач, — по пациентам. Если фрагменты всё же нужны, "
    "бутстрэп делают по пациентам: пересэмплируют пациентов целиком, со всеми их фрагментами."
)
SERIES = [
    (
        "#термин\nЧто такое ROC-AUC?\n\nВероятность, что модель поставит случайный положительный пример выше "
        "случайного отрицательного. Не зависит от порога и от баланса классов в выборке."
    ),
    (
        "#термин\nЧто такое переобучение?\n\nМодель запоминает шум обучающей выборки: ошибка на трейне падает, на "
        "валидации растёт. Лечат регуляризацией, ранней остановкой и кросс-валидацией."
    ),
    (
        "#термин\nЧто такое бутстрэп?\n\nПовторная выборка с возвращением из данных: по тысяче таких выборок "
        "считают статистику и берут её квантили как доверительный интервал."
    ),
]
NOTES = [
    "#заметки\nВернулся из отпуска, разбираю почту и планы на квартал. Скоро продолжим!",
    "#заметки\nВ субботу выступаю на митапе в Казани, приходите поболтать после доклада.",
    "#заметки\nКанал перевалил за 5000 подписчиков, спасибо, что читаете!",
]


def fate_of(result, msg_id: int) -> dict:
    return next(e for e in result.report["posts"] if e.get("message_id") == msg_id)


def ingest(texts: list[str]):
    return run([read(X.chat([X.message(k, t) for k, t in enumerate(texts, start=1)]), name="one/result.json")])


def test_a_post_of_a_series_its_channel_keeps_to_study_is_published():
    alone = ingest([SHORT])
    assert fate_of(alone, 1)["fate"] == "offtopic"
    result = ingest([*SERIES, SHORT])
    e = fate_of(result, 4)
    assert e["fate"] == "qa", e
    assert "hashtag #термин (a study series by the channel's own posts: 3 of 4 published)" in e["evidence"]


def test_a_hashtag_of_the_channels_notes_marks_no_series():
    result = ingest([*NOTES, SHORT.replace("#термин", "#заметки")])
    e = fate_of(result, 4)
    assert e["fate"] == "offtopic" and not any("study series" in x for x in e["evidence"]), e


def test_a_series_needs_three_posts_of_the_channel():
    result = ingest([SERIES[0], SHORT])  # one study post with the tag, and the short one: no series yet
    assert fate_of(result, 2)["fate"] == "offtopic"


def test_the_maintainers_verdict_stands_over_a_learned_series(monkeypatch):
    key = fate_of(ingest([*SERIES, SHORT]), 4)["key"]
    monkeypatch.setattr(pipeline, "overrides", lambda: {key: {"publish": False}})
    e = fate_of(ingest([*SERIES, SHORT]), 4)
    assert e["fate"] == "offtopic" and e["rule"] == "override"
