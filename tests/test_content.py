"""Every seed question one a reader can test themselves on: digests split into their questions, lists
that end where their markers end, self-promotion and lost pointers removed, answers the source left
incomplete marked, theme pages ordered for study and described by what they hold."""

from __future__ import annotations

import re

import pytest

from scripts.ingest.classify import keyword_hits
from scripts.ingest.markdown import answer_md
from scripts.ingest.models import ListBlock, Paragraph
from scripts.ingest.plain import answer_text, title_text
from scripts.ingest.read import parse_source
from scripts.ingest.render import study_rank
from scripts.ingest.words import stems

from . import exports as X
from .conftest import question_by_title, run_posts


def parts_of(result, digest: str) -> list:
    return sorted((q for q in result.questions if q.post.whole == digest), key=lambda q: q.post.part)


CH2 = "Вопросы, которые вам обязательно зададут на типичном собесе по ClassicML ч2"
CH3 = "Вопросы, которые вам обязательно зададут на типичном собесе по ClassicML ч3"


def test_digests_are_split_into_their_questions(seed_result):
    ch2, ch3 = parts_of(seed_result, CH2), parts_of(seed_result, CH3)
    assert [title_text(q.post) for q in ch2] == [
        "Логистическая регрессия и отступ",
        "MSE, MAE, R², RMSE и MAPE",
        "Метрики: Accuracy, Precision, Recall, F1-Score, ROC-AUC, PR-AUC",
    ]
    assert [title_text(q.post) for q in ch3][:4] == [
        "One-vs-All",
        "All-vs-All, One-vs-All и One-vs-One",
        "Микро усреднение",
        "Макро усреднение",
    ]
    assert {q.theme.value for q in ch2} == {"classic-ml", "metrics"}  # each part has its own theme
    assert len({q.id for q in ch2 + ch3}) == len(ch2) + len(ch3)
    # The whole post is no question of its own, and each part says where it came from.
    assert not any(title_text(q.post) in (CH2, CH3) for q in seed_result.questions)
    page = seed_result.outputs[f"q/{ch2[1].id}.md"]
    assert "Вопрос 2 из подборки «Вопросы, которые вам обязательно зададут на типичном собесе по ClassicML ч2»" in page
    # Each part keeps its own text only: the margin is in the first part, MAPE in the second.
    assert "Отступ" in answer_text(ch2[0].post) and "MAPE" not in answer_text(ch2[0].post)
    assert "MAPE измеряет" in answer_text(ch2[1].post)


def test_a_post_with_one_picture_is_not_a_digest():
    from scripts.ingest.pipeline import process

    text = "Что такое ROC-кривая?\nКартинка 1\nROC-кривая показывает TPR против FPR при всех порогах классификатора модели.\n"
    (raw,) = parse_source("one.txt", text.encode("utf-8")).posts
    from scripts.ingest.structure import split_digest

    assert len(split_digest(process(raw))) == 1


def test_a_list_ends_where_its_markers_end(seed_result):
    ova = parts_of(seed_result, CH3)[0]
    (lst,) = [b for b in ova.post.blocks if isinstance(b, ListBlock)]
    assert [i.line[0].text for i in lst.items] == [
        "модель 1: Яблоко vs Не Яблоко",
        "модель 2: Банан vs Не Банан",
        "модель 3: Апельсин vs Не Апельсин",
    ]
    assert all(not i.children for i in lst.items)
    avs = parts_of(seed_result, CH3)[1]
    assert avs.post.blocks[1] == Paragraph(
        (((avs.post.blocks[1].lines[0][0]),),)
    ) and "All-vs-All: Строится модель" in answer_text(avs.post)
    # The hospital example's bullet ends; the explanation after it is a paragraph of its own.
    q = question_by_title(seed_result, "Может ли модель машинного обучения быть")
    (examples,) = [b for b in q.post.blocks if isinstance(b, ListBlock)][:1]
    assert all("shortcut learning" not in answer_md_item for answer_md_item in map(str, examples.items))
    assert any(isinstance(b, Paragraph) and "shortcut learning" in str(b) for b in q.post.blocks)


def test_self_promotion_and_lost_pointers_are_removed_and_reported(seed_result):
    for q in seed_result.questions:
        text = answer_text(q.post)
        for phrase in ("личном сборнике", "чекнуть этот пост", "почитай этот пост", "жмакайте реакции"):
            assert phrase not in text, (q.id, phrase)
    fixes = [f for e in seed_result.report["posts"] for f in e["fixes"]]
    assert sum(f.startswith("self-promotion") for f in fixes) == 2
    assert sum(f.startswith("lost-pointer") for f in fixes) == 2
    assert sum(f.startswith("call-to-react") for f in fixes) == 1


def test_a_pointer_whose_link_survived_stays():
    msg = X.message(
        1,
        [
            "Что такое дрейф данных?\nДрейф — изменение распределения данных модели после обучения. Подробнее ",
            X.entity("text_link", "почитай этот пост", href="https://t.me/x/1"),
            ".",
        ],
    )
    (q,) = run_posts(parse_source("e/result.json", X.dumps(X.chat([msg])).encode()).posts).questions
    assert "почитай этот пост" in answer_text(q.post)


def test_answers_the_source_left_incomplete_are_marked(seed_result):
    rag = question_by_title(seed_result, "Уничтожение RAG")
    assert rag.post.incomplete == ("«Онлайн-метрики:»", "«Оффлайн метрик:»")
    llm = question_by_title(seed_result, "Основные стадии обучения LLM")
    assert llm.post.incomplete == ("«Итог:»",)
    marked = {q.id for q in seed_result.questions if q.post.incomplete}
    assert marked == {rag.id, llm.id}  # "Примеры:" before a list, "Как обучать модели:" before sub-labels: not empty
    page = seed_result.outputs[f"q/{rag.id}.md"]
    assert '???+ warning "Ответ — в источнике не хватает частей"' in page
    import json

    manifest = {q["id"]: q for q in json.loads(seed_result.outputs["questions.json"])["questions"]}
    assert (
        manifest[rag.id]["incomplete"] is True
        and manifest[question_by_title(seed_result, "Объясните смысл").id]["incomplete"] is False
    )


def test_theme_pages_put_full_answers_first_and_digest_parts_in_their_order(seed_result):
    by_id = {q.id: q for q in seed_result.questions}
    digests = 0
    for rel, page in seed_result.outputs.items():
        if "/" in rel or not rel.endswith(".md"):
            continue
        order = [by_id[i] for i in re.findall(r"^## .*\{ #([a-z0-9-]+) ", page, re.MULTILINE)]
        # A digest's parts stand together, in their order, placed by their best-ranked part.
        blocks: list[list] = []
        for q in order:
            same = blocks and q.post.part and blocks[-1][0].post.part and blocks[-1][0].post.ref == q.post.ref
            blocks[-1].append(q) if same else blocks.append([q])
        for block in blocks:
            assert [q.post.part for q in block] == sorted(q.post.part for q in block), rel
        digests += sum(len(b) > 1 for b in blocks)
        assert len({(q.post.ref.file, q.post.ref.post) for b in blocks for q in b if q.post.part}) == sum(
            1 for b in blocks if b[0].post.part
        ), f"{rel}: a digest's parts are apart"
        ranks = [min(map(study_rank, b)) for b in blocks]
        assert ranks == sorted(ranks), rel
    assert digests >= 2  # metrics (MSE…, micro and macro averaging) and classic-ml (One-vs-All…)
    losses = re.findall(r'data-qa-kind="(\w+)"', seed_result.outputs["losses.md"])
    assert losses[0] == "qa" and losses[-1] == "quiz"


def test_each_page_says_what_its_questions_hold(seed_result):
    """The list under a theme's title names only what its questions contain."""
    for rel, page in seed_result.outputs.items():
        m = re.search(r"^В вопросах: (.*)\.$", page, re.MULTILINE)
        if not m:
            continue
        slug = rel.split("/")[0].removesuffix(".md")
        texts = [title_text(q.post) + "\n" + answer_text(q.post) for q in seed_result.questions if q.theme.value == slug]
        for term in m.group(1).split(", "):
            term = term.replace("\\", "")
            assert any(" ".join(stems(term)) in " ".join(stems(t)) for t in texts), (rel, term)
            assert any(keyword_hits(t) for t in texts)


def test_no_emphasis_is_guessed_in_a_dump(seed_result):
    for q in seed_result.questions:
        if q.post.fate.value != "quiz" and all(s.key.startswith("dump:") for s in q.sources):
            assert "**" not in answer_md(q.post), q.id  # (a quiz's own bold: the share of votes)


@pytest.mark.parametrize("kind", ["qa", "partial"])
def test_every_seed_entry_can_be_used_to_test_oneself(seed_result, kind):
    for q in seed_result.questions:
        if q.post.fate.value != kind:
            continue
        title, answer = title_text(q.post), answer_text(q.post)
        assert title and len(title) <= 160, q.id
        assert len(answer.split()) >= 12, q.id  # an answer, not a heading
