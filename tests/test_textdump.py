"""Split stage: the text dumps become posts, each whole copy paired with its cut-down copy."""

from __future__ import annotations

from scripts.ingest import textdump
from scripts.ingest.models import line_text

from .conftest import SOURCES


def parse(name: str):
    path = next(SOURCES.glob(f"{name}_*.txt"))
    return textdump.parse(path.name, path.read_text(encoding="utf-8"))


def first_lines(posts):
    return [line_text(p.lines[0]) if p.lines else "" for p in posts]


def test_every_post_of_000_is_found_in_order():
    posts = parse("000")
    titles = first_lines(posts)
    assert len(posts) == 15
    assert titles[0].startswith("😎 Почему иногда используют «обманчиво плохую» loss-функцию")
    # The course ad has no reactions line: the next post still starts on its own.
    assert titles[1].startswith("🔥 Сегодня стартует курс")
    assert titles[2].startswith("👉 Может ли модель машинного обучения быть «неправильно правой»")


def test_whole_and_cut_copies_are_paired():
    post = parse("000")[0]
    assert not post.single_copy
    assert post.cut[0] == "Иногда для обучения выбирают лосс-функцию, которая"
    assert post.cut[-1] == "Библиотека собеса по Data Science"
    assert line_text(post.lines[-1]) == "Библиотека собеса по Data Science"


def test_a_partial_post_glued_to_an_ad_is_split_off():
    """000: the webinar ad's cut copy ends where a post that lost its whole copy begins."""
    posts = parse("000")
    ad = next(p for p in posts if line_text(p.lines[0]).startswith("❗ Первый вебинар"))
    after = posts[posts.index(ad) + 1]
    assert line_text(after.lines[0]) == "Иногда полезно предсказать"
    assert after.single_copy


def test_reactions_and_telegram_boilerplate_never_reach_a_post():
    for name in ("000", "001", "002", "003", "004"):
        for post in parse(name):
            for line in [line_text(x) for x in post.lines] + list(post.cut):
                assert line not in ("Please open Telegram to view this post", "VIEW IN TELEGRAM")
                assert not textdump.P.REACTIONS.match(line.strip()), line


def test_telegram_web_page_layout():
    posts = parse("003")
    assert len(posts) == 4
    starts = ["👇 Зачем в машинном", "🧠 «Поиграйся с LLM", "😤 Пока вы думаете", "😎 Почему иногда"]
    assert all(line_text(p.lines[0]).startswith(s) for p, s in zip(posts, starts, strict=True))
    assert posts[-1].ref.date == "2025-07-04T20:53:57"  # the footer's timestamp
    texts = [line_text(x) for p in posts for x in p.lines]
    assert "Back to Top" not in texts and "HTML Embed Code:" not in texts and "Telegram Web" not in texts
    # "✔️ MSE вместо MAE" continues a list; it does not start a post.
    assert any(t.startswith("✔️ MSE вместо MAE") for t in (line_text(x) for x in posts[3].lines))


def test_poll_is_read_with_options_and_shares():
    poll = next(p for p in parse("002") if p.poll).poll
    assert poll.question == "Как выбор функции потерь влияет на процесс обучения модели?"
    assert poll.options[1] == ("Функция потерь определяет цель для алгоритма оптимизации", "78%")
    assert [share for _, share in poll.options] == ["2%", "78%", "5%", "15%"]


def test_forwards_and_link_previews_are_recorded():
    posts = parse("002")
    forwarded = [p for p in posts if p.ref.forwarded_from]
    assert len(forwarded) == 3
    assert all(p.ref.forwarded_from.startswith("Библиотека дата-сайентиста") for p in forwarded)
    previews = [p.preview for p in parse("004") if p.preview]
    assert [pv[0] for pv in previews] == ["YouTube", "YouTube", "Telegram"]


def test_a_line_that_repeats_an_earlier_prefix_does_not_split_a_post():
    """004 ч3 repeats "One-vs-All:" as a prefix of an earlier line: still one post."""
    post = parse("004")[1]
    texts = [line_text(x) for x in post.lines]
    assert texts[0].endswith("ClassicML ч3")
    assert "One-vs-All:" in texts and texts[-1].startswith("На макро мы не можем")


def test_a_post_right_before_a_poll_is_not_lost():
    """002 with the reactions line between the last post and the quiz removed: both are read."""
    text = (
        (SOURCES / "002_d71dcc10a4da9e08.txt")
        .read_text(encoding="utf-8")
        .replace("👍1\nКак выбор функции потерь", "Как выбор функции потерь")
    )
    posts = textdump.parse("002.txt", text)
    quiz = next(p for p in posts if p.poll)
    before = posts[posts.index(quiz) - 1]
    assert any("Материалы регулярно дополняются" in "".join(r.text for r in line) for line in before.lines)
    assert len(posts) == len(textdump.parse("002.txt", (SOURCES / "002_d71dcc10a4da9e08.txt").read_text(encoding="utf-8")))


def test_a_link_preview_never_swallows_the_next_post():
    """004's video promo with its reactions line removed: the preview keeps its three lines (and the
    dump's repeat of the last), and the next post is still a post."""
    original = (SOURCES / "004_e51cef17ee8f1c8e.txt").read_text(encoding="utf-8")
    text = original.replace("🔥36🍌9👍4⚡1❤\u200d🔥1🥰1\n", "").replace("🔥36🍌9👍4⚡1❤🔥1🥰1\n", "")
    assert text != original
    posts = textdump.parse("004.txt", text)
    promo = next(p for p in posts if p.preview)
    assert promo.preview[0] == "YouTube" and len(promo.preview) == 5
    assert any(p.lines and "Уничтожение RAG" in "".join(r.text for r in p.lines[0]) for p in posts)
