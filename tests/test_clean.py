"""Clean stage: titles, lists, code, hashtags, partial posts."""

from __future__ import annotations

import pytest

from scripts.ingest.clean import normalize_hashtag, rebuild_code, strip_leading_emoji, to_blocks
from scripts.ingest.models import Code, ListBlock, Paragraph, Run, plain_line
from scripts.ingest.plain import title_text

from .conftest import question_by_title


def test_title_loses_its_decorative_emoji(seed_result):
    q = question_by_title(seed_result, "Почему иногда используют")
    assert title_text(q.post) == "Почему иногда используют «обманчиво плохую» loss-функцию на этапе обучения"
    assert strip_leading_emoji((Run("1️⃣ Модель"),)) == (Run("Модель"),)


def test_dash_and_check_markers_become_lists(seed_result):
    q = question_by_title(seed_result, "Почему иногда используют")
    lists = [b for b in q.post.blocks if isinstance(b, ListBlock)]
    assert [len(x.items) for x in lists] == [2, 3]
    assert lists[1].items[0].line == (Run("log-loss для классификации,"),)


def test_mixed_bullets_of_one_family_make_one_list(seed_result):
    q = question_by_title(seed_result, "В каких случаях вы будете применять ROC")
    lst = next(b for b in q.post.blocks if isinstance(b, ListBlock))
    assert [x.line[0].text[:3] for x in lst.items] == ["TPR", "FPR"]


def test_list_items_keep_their_explanations(seed_result):
    q = question_by_title(seed_result, "Объясните смысл бэггинга")
    lst = next(b for b in q.post.blocks if isinstance(b, ListBlock))
    assert [x.line[0].text for x in lst.items] == ["Bootstrapping", "Parallel training", "Aggregation"]
    assert all(isinstance(x.children[0], Paragraph) for x in lst.items)
    assert isinstance(q.post.blocks[-1], Paragraph)  # the closing paragraph is not swallowed by the list


def test_code_that_lost_its_indentation_is_rebuilt(seed_result):
    q = question_by_title(seed_result, "Что такое сериализация")
    code = next(b for b in q.post.blocks if isinstance(b, Code))
    assert code.language == "python"
    assert code.text.splitlines()[2] == "    pickle.dump(model, wf)"
    compile(code.text, "pickle-example", "exec")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["for x in xs:", "print(x)", "y = 1"], "for x in xs:\n    print(x)\n    y = 1"),
        (["import os", "x = os.getcwd()"], "import os\nx = os.getcwd()"),
    ],
)
def test_rebuild_code(lines, expected):
    assert rebuild_code(lines) == expected


def test_prose_that_merely_contains_an_equals_sign_is_not_code():
    blocks = to_blocks([plain_line("Отступ — это значение wx+b, то есть m = wx+b."), plain_line("Если m > 0, то класс 1.")])
    assert all(isinstance(b, Paragraph) for b in blocks)


def test_hashtags_become_tags_as_written_with_latin_lookalikes_fixed_in_cyrillic_words(seed_result):
    q = question_by_title(seed_result, "В каких случаях вы будете применять ROC")
    assert q.tags == ("машинное_обучение",)  # the dump spells it "#машинноe_обучение" with a Latin e
    assert normalize_hashtag("ML_basics") == "ML_basics"
    assert normalize_hashtag("DevOps_это_боль") == "DevOps_это_боль"  # Latin words keep their letters
    assert normalize_hashtag("aleron_фармит") == "aleron_фармит"
    assert normalize_hashtag("MLщик") == "MLщик"  # L has no Cyrillic look-alike: not a typo
    assert normalize_hashtag("Глубокоe_обучение") == "Глубокое_обучение"  # case kept, the Latin e fixed


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("#машинное_обучение #статистика", ["машинное_обучение", "статистика"]),
        ("📌 #ml | #interview_2024", ["ml", "interview_2024"]),
        ("&#60;", None),  # an HTML entity's «<» in the text, not a hashtag
        ("#60", None),  # a number
        ("#1 #2", None),
    ],
)
def test_a_line_of_hashtags_has_words_in_its_tags(line, tags):
    """A line of hashtags only leaves the text as the post's tags; a tag has a letter, and «&#60;» is an entity."""
    from scripts.ingest import patterns as P

    found = P.HASHTAG_LINE.match(line)
    assert (P.HASHTAG.findall(line) if found else None) == tags


def test_signatures_image_refs_and_hashtag_lines_leave_the_answer(seed_result):
    for q in seed_result.questions:
        text = "\n".join([q.post.title[0].text] + [x for b in q.post.blocks for x in _texts(b)])
        assert "Библиотека собеса по Data Science" not in text
        assert "Картинка 1" not in text
        assert "#машинное_обучение" not in text


def _texts(block):
    from scripts.ingest.plain import block_lines

    return block_lines(block)


def test_partial_posts_are_kept_visibly_or_dropped(seed_result):
    fates = {(e["file"][:3], e["post"]): e for e in seed_result.report["posts"]}
    kept = fates[("000", 14)]
    assert kept["fate"] == "partial" and kept["title"] == "Информационная энтропия"
    dropped = fates[("000", 12)]  # "Маскировка — ситуация, когда модель / Почему возникает: / Как бороться:"
    assert dropped["fate"] == "empty" and dropped["rule"] == "partial-too-short"
    partial_pages = [q for q in seed_result.questions if q.post.fate.value == "partial"]
    titles = sorted(title_text(q.post) for q in partial_pages)
    assert titles[0] == "Информационная энтропия"
    assert titles[1].startswith("Модель может выдавать хорошие предсказания")
