"""A real channel's export read faithfully: every chat of a full-account export, old and new formats,
posts of every shape, where each question came from, themes by whole words (tests/exports.py holds
the exports, written for these tests in the shape of real ones)."""

from __future__ import annotations

import json
import shutil

import pytest

from scripts.bench.scratch import copy_hand_written_docs as copy_docs
from scripts.ingest.channels import parse as parse_config
from scripts.ingest.markdown import answer_md
from scripts.ingest.models import Media, Paragraph
from scripts.ingest.pipeline import run
from scripts.ingest.plain import answer_text, title_text
from scripts.ingest.read import parse_source

from . import exports as X
from .conftest import SOURCES, run_cli


def read(data: dict, *channels: dict, name: str = "channel/result.json"):
    config = parse_config("channels.toml", X.config_toml(*channels))
    return parse_source(name, X.dumps(data).encode("utf-8"), config)


@pytest.fixture(scope="module")
def channel():
    return run([read(X.channel_export(), X.CHANNEL)])


def by_message(result, msg_id: int):
    (q,) = [q for q in result.questions if any(s.message_id == msg_id for s in q.sources)]
    return q


def entry(result, msg_id: int) -> dict:
    return next(e for e in result.report["posts"] if e.get("message_id") == msg_id)


# ---- every chat an export holds ------------------------------------------------------------------


def test_a_full_account_export_publishes_the_chats_the_config_selects(tmp_path):
    source = read(X.account_export(), X.CHANNEL, X.LEFT_CHANNEL)
    result = run([source])
    outputs = "".join(result.outputs.values())
    assert "Купи хлеба" not in outputs and "созвон" not in outputs  # private chats never reach the site
    assert {s.chat_id for s in source.skipped} == {100, 200}
    skipped = {c["chat"]: c for c in result.report["chats_not_selected"]}
    assert skipped["Мама"]["messages"] == 1 and skipped["Коллеги"]["reason"] == "chat not selected in sources/channels.toml"
    titles = {title_text(q.post) for q in result.questions}
    assert "Что такое нормализация признаков?" in titles  # from left_chats
    assert by_message(result, 204).sources[0].channel.name == X.CHANNEL["name"]


def test_a_full_account_export_never_blocks_the_other_sources(tmp_path, seed_result):
    """Nothing selected yet: the run goes on with the dumps and says which chats it could publish."""
    shutil.copytree(SOURCES, tmp_path / "sources")
    (tmp_path / "sources" / "account").mkdir()
    (tmp_path / "sources" / "account" / "result.json").write_text(X.dumps(X.account_export()), encoding="utf-8")
    copy_docs(tmp_path)
    done = run_cli("--sources", str(tmp_path / "sources"), "--docs", str(tmp_path / "docs"))
    assert done.returncode == 0, done.stderr
    assert f"Skipped chat «Собес по ML (экспорт)» (chat_id {X.CHAT_ID}, 17 messages)" in done.stdout
    assert "add it to sources/channels.toml" in done.stdout
    assert f"Read {seed_result.report['summary']['posts_read']} posts -> {len(seed_result.questions)} questions" in done.stdout


def test_the_2019_format_is_read():
    result = run([read(X.old_export(), X.OLD_CHANNEL, name="old/result.json")])
    q = by_message(result, 301)
    assert title_text(q.post) == "Что такое градиентный спуск?"
    assert q.sources[0].date == "2025-03-01T14:01:00"  # from `date`: no date_unixtime in 2019
    assert "[https://ru.wikipedia.org/wiki/Градиентный_спуск](<https://ru.wikipedia.org/wiki/%D0%93" in answer_md(q.post)
    assert q.sources[0].link == "https://t.me/old_ml_channel/301"


# ---- posts of every shape ------------------------------------------------------------------------


def test_a_one_paragraph_post_is_a_question_titled_by_its_first_sentence(channel):
    q = by_message(channel, 203)
    assert title_text(q.post) == (
        "Градиентный бустинг последовательно строит ансамбль деревьев решений, где каждое новое дерево обучается "
        "исправлять ошибки уже построенных."
    )
    assert answer_text(q.post).startswith("На каждом шаге считается антиградиент")
    assert answer_text(q.post).endswith("но идея у всех одна и та же.")  # nothing of the paragraph is lost


def test_no_post_with_content_is_dropped_silently(channel):
    for e in channel.report["posts"]:
        assert e["fate"] in ("qa", "quiz", "merged", "offtopic", "boilerplate"), e
    assert {entry(channel, k)["fate"] for k in (213, 214)} == {"offtopic"}


def test_an_emoji_only_first_line_never_gives_an_empty_title(channel):
    assert title_text(by_message(channel, 204).post) == "Что такое dropout в нейросетях?"


def test_flags_and_dividers_are_not_list_markers(channel):
    q = by_message(channel, 205)
    assert all(isinstance(b, Paragraph) for b in q.post.blocks)
    md = answer_md(q.post)
    assert "-t 8 задаёт число потоков" in md and "——•——" in md


def test_backslashes_typed_in_a_message_stay(channel):
    """The text-dump repairs never run on an export: what the author typed is what the page shows."""
    text = answer_text(by_message(channel, 206).post)
    assert "C:\\data\\train.csv" in text and "\\d+" in text


def test_formatting_and_links_in_the_first_line_survive(channel):
    q = by_message(channel, 202)
    assert title_text(q.post) == "Что такое регуляризация?"
    link = next(r for r in q.post.title if r.style == "link")
    assert link.text == "регуляризация" and link.href.startswith("https://scikit-learn.org/")


def test_a_spoiler_in_a_title_is_hidden_on_the_page_and_whole_in_the_manifest(channel):
    q = by_message(channel, 212)
    manifest = {m["id"]: m for m in json.loads(channel.outputs["questions.json"])["questions"]}
    assert manifest[q.id]["title"] == "Угадайте: бэггинг уменьшает смещение или разброс модели?"  # searchable, on a card
    assert manifest[q.id]["title_shown"] == "Угадайте: ▒▒▒ уменьшает смещение или разброс модели?"  # as the page shows it
    page = channel.outputs[f"q/{q.id}.md"]
    import yaml

    assert yaml.safe_load(page.split("---\n")[1])["title"].startswith("Угадайте: ▒▒▒ уменьшает")
    assert '<span class="qa-spoiler"' in page


def test_posts_that_share_a_title_stay_two_questions(channel):
    a, b = by_message(channel, 215), by_message(channel, 216)
    assert a.id != b.id and "ROC-AUC 0.99" in answer_text(a.post) and "локтя" in answer_text(b.post)


def test_a_repost_is_one_question_with_both_sources(channel):
    q = by_message(channel, 203)
    assert {s.message_id for s in q.sources} == {203, 217}
    assert entry(channel, 217)["fate"] == "merged" and entry(channel, 217)["similarity"] >= 0.6


# ---- where it came from ----------------------------------------------------------------------------


def test_each_source_names_its_channel_date_and_original_post(channel):
    manifest = {m["id"]: m for m in json.loads(channel.outputs["questions.json"])["questions"]}
    src = manifest[by_message(channel, 207).id]["sources"][0]
    assert src["channel"] == X.CHANNEL["name"]
    assert src["link"] == "https://t.me/ml_sobes_test/207"
    assert src["forwarded_from"] == "Библиотека дата-сайентиста"
    page = channel.outputs[f"q/{by_message(channel, 207).id}.md"]
    assert "Источник: [Собес по ML — тест](<https://t.me/ml_sobes_test>), 1 марта 2025" in page
    assert "[пост в Telegram](<https://t.me/ml_sobes_test/207>)" in page and "Переслано из «Библиотека дата-сайентиста»" in page


def test_seed_questions_name_their_channel_never_a_file(seed_result):
    for q in seed_result.questions:
        page = seed_result.outputs[f"q/{q.id}.md"]
        assert "Источник: [Библиотека собеса по Data Science](<https://t.me/ds_interview_lib>)" in page or (
            "Источник: [Ebout Data Science](<https://t.me/eboutdatascience>)" in page
        ), q.id
        assert ".txt" not in page


def test_media_are_marked_where_they_were(channel):
    video, photo, pdf = (by_message(channel, k).post for k in (208, 209, 210))
    assert isinstance(video.blocks[0], Media) and video.blocks[0].kind == "video"
    assert "*В посте было видео* · [открыть пост в Telegram](<https://t.me/ml_sobes_test/208>)" in answer_md(video)
    assert isinstance(photo.blocks[0], Media) and "*В посте было изображение*" in answer_md(photo)
    assert "*В посте был файл «metrics-cheatsheet.pdf»*" in answer_md(pdf)
    assert entry(channel, 208)["fate"] == "qa"  # a forwarded video with a caption is not "only a link preview"


def test_picture_markers_of_a_dump_become_notes(seed_result):
    parts = sorted((q for q in seed_result.questions if (q.post.whole or "").endswith("ClassicML ч3")), key=lambda q: q.post.part)
    notes = [b.label for q in parts for b in q.post.blocks if isinstance(b, Media)]
    assert notes[:2] == ["Картинка 1", "Картинка 2"]
    assert "*Картинка 1: в посте было изображение* · [канал в Telegram](<https://t.me/eboutdatascience>)" in answer_md(
        parts[0].post
    )


# ---- themes by words ---------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Rocky Linux", "Rocket League", "Рагнарёк"])
def test_words_that_merely_contain_a_keyword_give_no_theme(word):
    from scripts.ingest.classify import keyword_hits

    assert keyword_hits(word) == {}


def test_an_offtopic_post_is_reported_and_can_be_kept_by_an_override(channel, monkeypatch):
    from scripts.ingest import pipeline

    e = entry(channel, 213)
    assert e["fate"] == "offtopic" and e["rule"] == "not-study"
    monkeypatch.setattr(pipeline, "overrides", lambda: {e["key"]: {"fate": "qa"}})
    kept = run([read(X.channel_export(), X.CHANNEL)])
    assert by_message(kept, 213).theme.value == "general"
