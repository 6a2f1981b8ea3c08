"""Identity: a question is a post, not a title. Ids are given once and kept through edits, reposts,
other posts with the same title or slug, reordering and deletion (registry.py)."""

from __future__ import annotations

import json
import random
import re
import unicodedata

import pytest

from scripts.ingest.ids import slugify
from scripts.ingest.models import IngestError
from scripts.ingest.pipeline import process
from scripts.ingest.plain import answer_text
from scripts.ingest.read import parse_source
from scripts.ingest.registry import REGISTRY, dump, load
from scripts.ingest.rules import identity_rules
from scripts.ingest.similarity import jaccard, shingles, sketch, sketch_similarity

from . import exports as X
from .conftest import question_by_title

ANSWERS = {
    "bias": "Смещение — систематическая ошибка модели: она упрощает зависимость и ошибается одинаково на обучающих и новых данных. "
    "Разброс — чувствительность к конкретной выборке: модель запоминает шум. Компромисс между ними выбирают регуляризацией и сложностью модели.",
    "boosting": "Градиентный бустинг строит деревья последовательно: каждое следующее дерево обучается на антиградиенте функции потерь "
    "по предсказаниям ансамбля. Шаг обучения и глубина деревьев управляют переобучением, а ранняя остановка по валидации его ограничивает.",
    "kmeans": "Алгоритм k-means выбирает k центроидов, относит каждую точку к ближайшему и пересчитывает центроиды как средние своих точек, "
    "пока разбиение не перестанет меняться. Результат зависит от начальных центроидов, поэтому используют инициализацию k-means++.",
    "stacking": "Стекинг обучает метамодель на предсказаниях нескольких базовых моделей, полученных по кросс-валидации, чтобы "
    "метамодель не видела ответов, на которых базовые модели учились. В отличие от бустинга базовые модели обучаются независимо.",
    "dropout": "Dropout на обучении случайно обнуляет долю нейронов слоя, чтобы сеть не полагалась на отдельные признаки. На инференсе "
    "нейроны не выключаются, а активации масштабируются, чтобы их ожидание совпадало с обучением. Это работает как ансамбль подсетей.",
}


def source(messages, name="export/result.json"):
    return parse_source(name, X.dumps(X.chat(messages)).encode("utf-8"))


def ingest(messages, registry=None):
    src = source(messages)
    from scripts.ingest.pipeline import run

    return run([src], registry)


def ids_by_message(result) -> dict[int, str]:
    return {r.message_id: q.id for q in result.questions for r in q.sources}


# ---- copies and look-alikes -------------------------------------------------------------------


def test_the_same_post_in_two_dumps_is_one_question_with_both_sources(seed_result):
    q = question_by_title(seed_result, "Почему иногда используют")
    assert [s.file[:3] for s in q.sources] == ["000", "003"]
    assert len(q.merged) == 1 and q.merged[0].similarity >= identity_rules().duplicate
    merged = [e for e in seed_result.report["posts"] if e["fate"] == "merged"]
    assert [(e["file"][:3], e["post"], e["merged_into"]) for e in merged] == [("003", 4, q.id)]
    assert "similarity" in merged[0]["reason"] and merged[0]["similarity"] == q.merged[0].similarity


def test_posts_that_open_alike_but_say_different_things_are_different_questions():
    messages = [
        X.message(k, X.qa("🧐 Задача с собеседования", ANSWERS[a])) for k, a in enumerate(["bias", "boosting", "kmeans"], start=1)
    ]
    result = ingest(messages)
    assert len(result.questions) == 3
    ids = sorted(q.id for q in result.questions)
    assert ids == ["zadacha-sobesedovaniia", "zadacha-sobesedovaniia-2", "zadacha-sobesedovaniia-3"]
    # The first post published keeps the bare slug; newcomers get suffixes.
    assert ids_by_message(result)[1] == "zadacha-sobesedovaniia"
    texts = {q.id: q.post.blocks for q in result.questions}
    assert len({str(t) for t in texts.values()}) == 3  # no answer vanished into another


def test_similarity_thresholds_part_real_copies_from_different_posts(seed_posts):
    """Measured on the seeds: the one post seen in two dumps is a copy; no two different posts come near."""
    from scripts.ingest.plain import full_text

    posts = [p for p in map(process, seed_posts) if p.kept and not p.partial]
    sets = [shingles(full_text(p)) for p in posts]
    sims = sorted(((jaccard(sets[a], sets[b]), a, b) for a in range(len(posts)) for b in range(a + 1, len(posts))), reverse=True)
    copies = [s for s, a, b in sims if posts[a].title == posts[b].title]
    others = [s for s, a, b in sims if posts[a].title != posts[b].title]
    assert len(copies) == 1 and copies[0] >= identity_rules().duplicate
    assert max(others) < identity_rules().duplicate / 3, max(others)


def test_sketch_similarity_estimates_jaccard():
    a = shingles(ANSWERS["boosting"] * 3 + ANSWERS["kmeans"])
    b = shingles(ANSWERS["boosting"] * 3 + ANSWERS["dropout"])
    exact = jaccard(a, b)
    assert abs(sketch_similarity(sketch(a), sketch(b)) - exact) < 0.25
    assert sketch_similarity(sketch(a), sketch(a)) == 1.0
    assert sketch_similarity(sketch(shingles(ANSWERS["bias"])), sketch(shingles(ANSWERS["dropout"]))) < 0.2


# ---- ids ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Объясните смысл бэггинга?", "obiasnite-smysl-begginga"),
        ("Что такое data drift и как его заметить?", "chto-takoe-data-drift-kak-ego"),
        (
            "Почему иногда используют «обманчиво плохую» loss-функцию на этапе обучения",
            "pochemu-inogda-ispolzuiut-obmanchivo-plokhuiu-loss",
        ),
        ("Щука, ёж и ЮЛА", "shchuka-ezh-iula"),
        ("100 вопросов", "q-100-voprosov"),
        ("🤖", "q"),
    ],
)
def test_slugs_are_short_and_ascii(title, slug):
    assert slugify(title) == slug
    assert len(slug.split("-")) <= 7 and len(slug) <= 52


def test_nfd_and_invisible_characters_change_nothing():
    """A title typed in NFD, or with zero-width spaces and soft hyphens, is the same question."""
    nfc = X.qa("Что такое регуляризация?", ANSWERS["bias"])
    nfd = unicodedata.normalize("NFD", nfc).replace("регуляризация", "регу\u00adляри\u200bзация")
    assert nfd != nfc
    first = ingest([X.message(1, nfc)])
    again = ingest([X.message(1, nfd)], first.registry)
    (q,) = again.questions
    assert q.id == first.questions[0].id == "chto-takoe-reguliarizatsiia"
    assert q.post.title[0].text == "Что такое регуляризация?"


def test_every_id_is_ascii_and_unique(seed_result):
    ids = [q.id for q in seed_result.questions]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9-]{0,55}", i) for i in ids)


# ---- the registry -------------------------------------------------------------------------------


def history():
    """The first export of a channel: four questions."""
    return [X.message(k, X.qa(t, ANSWERS[a])) for k, (t, a) in enumerate(
        [("Что такое bias-variance tradeoff?", "bias"), ("Как работает градиентный бустинг?", "boosting"),
         ("Как работает k-means?", "kmeans"), ("Зачем нужен dropout?", "dropout")], start=1)]  # fmt: skip


def test_ids_survive_edits_reposts_and_newcomers():
    first = ingest(history())
    published = ids_by_message(first)
    msgs = history()
    msgs[0] = X.message(1, X.qa("Что такое bias-variance trade-off?", ANSWERS["bias"]))  # title typo fixed
    msgs[1] = X.message(
        2, X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"] + " Популярные реализации: XGBoost, LightGBM, CatBoost.")
    )
    del msgs[2]  # k-means deleted…
    msgs.append(X.message(9, X.qa("Как работает kmeans?", ANSWERS["kmeans"].replace("k-means", "kmeans"))))  # …and reposted
    msgs.append(X.message(10, X.qa("Как работает градиентный бустинг?", ANSWERS["stacking"])))  # same title, another text
    second = ingest(msgs, first.registry)
    now = ids_by_message(second)
    assert now[1] == published[1] and now[2] == published[2] and now[4] == published[4]
    assert now[9] == published[3]  # the repost took the deleted original's id, by its text
    assert now[10] not in published.values() and now[10].startswith(published[2] + "-")  # the newcomer gets the suffix
    how = {qid: m.how for qid, m in second.matches.items()}
    assert how[now[1]] == how[now[2]] == "published" and how[now[9]] == "similar" and how[now[10]] == "new"
    assert second.matches[now[9]].similarity >= identity_rules().registry


def test_a_deleted_question_keeps_its_id_as_a_removal_notice():
    first = ingest(history())
    gone = ids_by_message(first)[3]
    second = ingest(history()[:2] + history()[3:], first.registry)
    assert gone not in {q.id for q in second.questions}
    assert second.registry[gone].status == "removed" and second.registry[gone].title == "Как работает k-means?"
    page = second.outputs[f"q/{gone}.md"]
    assert "Этот вопрос удалён из канала" in page and "Как работает k-means?" in page
    # …and comes back with the same id when the post reappears.
    third = ingest(history(), second.registry)
    assert ids_by_message(third)[3] == gone and third.registry[gone].status == "live"


def test_ids_do_not_depend_on_the_order_of_sources(seed_sources, seed_result):
    from scripts.ingest.pipeline import run

    shuffled = list(seed_sources)
    random.Random(7).shuffle(shuffled)
    assert {q.id for q in run(shuffled).questions} == {q.id for q in run(seed_sources).questions}
    # A subset keeps the ids it has, and the registry keeps the rest as removed.
    subset = run([s for s in seed_sources if not s.name.startswith(("001", "003"))], seed_result.registry)
    assert {q.id for q in subset.questions} <= {q.id for q in seed_result.questions}
    assert {e.id for e in subset.registry.values()} == set(seed_result.registry)


def test_two_published_questions_that_become_one_keep_both_ids():
    """A post later found to be a copy of another (its text edited to match): its id leads to the survivor."""
    first = ingest(
        [
            X.message(1, X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"])),
            X.message(2, X.qa("Бустинг: как он устроен", ANSWERS["kmeans"])),
        ]
    )
    ids = ids_by_message(first)
    second = ingest(
        [
            X.message(1, X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"])),
            X.message(2, X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"])),
        ],
        first.registry,
    )
    (q,) = second.questions
    survivor, other = (ids[1], ids[2]) if q.id == ids[1] else (ids[2], ids[1])
    assert q.id == survivor and q.aliases == (other,)
    assert second.registry[other].status == "alias" and second.registry[other].alias_of == survivor
    assert f"redirect: q/{survivor}/" in second.outputs[f"q/{other}.md"]


def test_registry_file_is_sorted_json_that_round_trips(seed_result):
    text = seed_result.outputs[REGISTRY]
    data = json.loads(text)
    ids = [e["id"] for e in data["ids"]]
    assert ids == sorted(ids)
    assert {e["id"] for e in data["ids"] if e["status"] == "live"} == {q.id for q in seed_result.questions}
    assert text.count("\n") == len(ids) + 6  # one line per id (plus 6 of head and tail): reviewable in a diff
    assert load(text, "ids.lock") == seed_result.registry
    assert dump(load(text, "ids.lock").values()) == text


def test_a_damaged_registry_stops_the_run_with_its_name():
    with pytest.raises(IngestError, match="ids.lock: the id registry is damaged"):
        load('{"ids": [{"id": "x"}]}', "ids.lock")


def test_a_partial_copy_never_joins_two_whole_posts_into_one():
    """A cut-down copy whose few lines fit two different posts joins one of them; they stay apart."""
    from scripts.ingest.dedupe import group_duplicates
    from scripts.ingest.models import Paragraph, Post, Run, SourceRef, Verdict

    shared = "Модель машинного обучения учится на обучающей выборке и проверяется на отложенной."

    def post(key: str, title: str, body: str, partial: bool = False) -> Post:
        return Post(
            SourceRef("x.txt", 1, key), (Run(title),), (Paragraph(((Run(body),),)),), (), Verdict("qa", "t", "t"), partial=partial
        )

    a = post("dump:a", "Что такое переобучение?", f"{shared} {ANSWERS['bias']}")
    b = post("dump:b", "Как работает бустинг?", f"{shared} {ANSWERS['boosting']}")
    cut = post("dump:c", "", shared, partial=True)
    groups = group_duplicates([a, b, cut])
    assert sorted(len(g.posts) for g in groups) == [1, 2]
    assert all(not ({a, b} <= set(g.posts)) for g in groups)


def test_one_message_in_two_exports_is_one_question_with_its_latest_edit():
    """Two exports of one channel taken a month apart: an edited message is one question, its latest
    text, and its id holds run after run (the registry keeps each source identity with one id)."""
    old = X.message(1, X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"]))
    new = X.message(
        1,
        X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"] + " Популярные реализации: XGBoost и CatBoost."),
        edited_unixtime="1760000000",
    )
    sources = [parse_source(name, X.dumps(X.chat([m])).encode()) for name, m in (("a/result.json", old), ("b/result.json", new))]
    from scripts.ingest.pipeline import run

    first = run(sources)
    (q,) = first.questions
    assert "CatBoost" in answer_text(q.post) and len(q.merged) == 1
    for _ in range(3):  # the same sources again and again, in either order: the same id, no new one
        again = run(list(reversed(sources)), first.registry)
        assert [x.id for x in again.questions] == [q.id] and set(again.registry) == {q.id}


def test_a_post_that_leaves_a_merged_question_keeps_its_own_id_once_given():
    """Two identical posts were one question; one is edited into another question: it gets a new id,
    and keeps that id through its next edit (its message id now belongs to it alone)."""
    from scripts.ingest.pipeline import run

    def ingest_msgs(msgs, registry=None):
        return run([parse_source("e/result.json", X.dumps(X.chat(msgs)).encode())], registry)

    boosting = X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"])
    first = ingest_msgs([X.message(1, boosting), X.message(2, boosting)])
    second = ingest_msgs([X.message(1, boosting), X.message(2, X.qa("Что такое стекинг?", ANSWERS["stacking"]))], first.registry)
    stacking = ids_by_message(second)[2]
    third = ingest_msgs(
        [X.message(1, boosting), X.message(2, X.qa("Что такое стекинг?", ANSWERS["stacking"] + " Это частный случай ансамбля."))],
        second.registry,
    )
    assert ids_by_message(third) == ids_by_message(second) and ids_by_message(third)[2] == stacking


@pytest.mark.parametrize(
    "entry",
    [
        '{"id":"../../evil","n":1,"status":"live","title":"x","theme":"metrics","keys":[],"sketch":""}',
        '{"id":"a\\" onclick=\\"x","n":1,"status":"live","title":"x","theme":"metrics","keys":[],"sketch":""}',
        '{"id":"a","n":1,"status":"alias","alias_of":"a","title":"x","theme":"metrics","keys":[],"sketch":""}',
        '{"id":"a","n":1,"status":"alias","alias_of":["b"],"title":"x","theme":"metrics","keys":[],"sketch":""}',
    ],
    ids=["path", "attribute", "self-alias", "alias not an id"],
)
def test_a_registry_entry_that_is_no_id_is_refused(entry):
    with pytest.raises(IngestError, match="ids.lock: the id registry is damaged"):
        load('{"ids": [' + entry + "]}", "ids.lock")
