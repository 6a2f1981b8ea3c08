"""The review queue (python -m scripts.ingest.review): the least certain decisions first, with their
evidence and links; `--set` writes a verdict into overrides.toml that the next ingest honours."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from scripts.ingest import review, rules
from scripts.ingest.channels import parse as parse_config
from scripts.ingest.pipeline import run
from scripts.ingest.plain import title_text
from scripts.ingest.read import parse_source

from . import exports as X
from .conftest import ROOT


def thread_source():
    config = parse_config("channels.toml", X.config_toml(X.THREAD_CHANNEL))
    return parse_source("ds/result.json", X.dumps(X.thread_export()).encode("utf-8"), config)


def key(msg_id: int) -> str:
    return f"tg:{X.THREAD_CHAT_ID}:{msg_id}"


def write_report(result, path):
    path.write_text(result.outputs["report.json"], encoding="utf-8")
    return path


@pytest.fixture
def own_rules(tmp_path, monkeypatch):
    """A copy of rules/ the ingest and the review command both use, caches cleared around the test."""
    folder = tmp_path / "rules"
    shutil.copytree(rules.RULES_DIR, folder)
    monkeypatch.setattr(rules, "RULES_DIR", folder)
    rules.overrides.cache_clear()
    yield folder
    rules.overrides.cache_clear()


def hand_report(tmp_path):
    """A report as the fate stage writes it, with confidence and evidence (some entries without them)."""
    posts = [
        {"file": "a/result.json", "post": 1, "key": "tg:1:1", "fate": "qa", "rule": "question-answer", "reason": "r",
         "title": "Что такое бэггинг?", "confidence": 0.9, "evidence": ["question mark in title"], "ids": ["chto-takoe-begging"],
         "theme": "classic-ml", "theme_rule": "keywords", "theme_reason": "score 6: бэггинг", "link": "https://t.me/ch/1"},
        {"file": "a/result.json", "post": 2, "key": "tg:1:2", "fate": "offtopic", "rule": "not-study", "reason": "r",
         "title": "Трюк №13 - блендинг", "confidence": 0.41, "evidence": ["ds density 0.03 over 2 distinct terms", "hashtag #Трюк (study series)"],
         "link": "https://t.me/ch/2"},
        {"file": "a/result.json", "post": 3, "key": "tg:1:3", "fate": "news", "rule": "news", "reason": "r",
         "title": "Вышла Llama-3", "confidence": 0.55, "evidence": ["marker: release"], "link": "https://t.me/ch/3"},
        {"file": "a/result.json", "post": 4, "key": "tg:1:4", "fate": "qa", "rule": "question-answer", "reason": "a title followed by an answer",
         "title": "Без уверенности", "ids": ["bez-uverennosti"]},
        {"file": "a/result.json", "post": 5, "key": "tg:1:5", "fate": "boilerplate", "rule": "service-message", "reason": "r", "title": ""},
        {"file": "a/result.json", "post": 6, "key": "tg:1:6", "fate": "promo", "rule": "promo", "reason": "r",
         "title": "Вебинар", "confidence": 0.41, "evidence": ["marker: вебинар"]},
        {"file": "d.txt", "post": 7, "line": 40, "key": "dump:ab", "fate": "ad", "rule": "override", "reason": "r", "title": "Реклама"},
    ]  # fmt: skip
    path = tmp_path / "report.json"
    path.write_text(json.dumps({"summary": {}, "posts": posts}, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_queue_lists_the_least_certain_first(tmp_path):
    items = review.queue(review.load_report(hand_report(tmp_path)))
    # Ties go to the published decision first (a wrong one is on the site); a missing confidence is 1.0;
    # Telegram's service messages and the maintainer's own verdicts are not asked again.
    assert [i.key for i in items] == ["tg:1:2", "tg:1:6", "tg:1:3", "tg:1:1", "tg:1:4"]
    assert [i.confidence for i in items] == [0.41, 0.41, 0.55, 0.9, 1.0]


def test_a_doubtful_theme_is_asked_like_a_doubtful_fate(tmp_path, capsys):
    """A question surely worth publishing, on a theme picked by a nose, is asked before a surer fate; its
    line says the theme is the doubt. A theme the maintainer set is not asked again."""
    posts = [
        {"file": "a/result.json", "post": 1, "key": "tg:1:1", "fate": "qa", "rule": "question-answer", "reason": "r",
         "title": "Сглаженный CTR как признак ранкера", "confidence": 0.95, "ids": ["ctr"], "theme": "ab-testing",
         "theme_rule": "keywords", "theme_reason": "score 6 against 5 (features)", "theme_confidence": 0.17},
        {"file": "a/result.json", "post": 2, "key": "tg:1:2", "fate": "news", "rule": "news", "reason": "r",
         "title": "Вышла Llama-3", "confidence": 0.6},
        {"file": "a/result.json", "post": 3, "key": "tg:1:3", "fate": "qa", "rule": "question-answer", "reason": "r",
         "title": "Что такое PSI?", "confidence": 0.9, "ids": ["psi"], "theme": "drift",
         "theme_rule": "override", "theme_reason": "overrides.toml", "theme_confidence": 0.0},
        {"file": "a/result.json", "post": 4, "key": "tg:1:4", "fate": "offtopic", "rule": "not-study", "reason": "r",
         "title": "Мем", "confidence": 0.8, "theme_confidence": 0.0},
    ]  # fmt: skip
    path = tmp_path / "report.json"
    path.write_text(json.dumps({"summary": {}, "posts": posts}, ensure_ascii=False), encoding="utf-8")
    items = review.queue(review.load_report(path))
    assert [(i.key, i.doubt) for i in items] == [("tg:1:1", 0.17), ("tg:1:2", 0.6), ("tg:1:4", 0.8), ("tg:1:3", 0.9)]
    assert review.main(["--report", str(path), "--limit", "1"]) == 0
    first = capsys.readouterr().out.split("\n\n")[1].split("\n")[0]
    assert first == "0.17  qa  tg:1:1  «Сглаженный CTR как признак ранкера»  (published as ctr)  (theme ab-testing: 0.17)"


def test_the_queue_shows_evidence_and_the_link(tmp_path, capsys):
    assert review.main(["--report", str(hand_report(tmp_path)), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 of 7 decisions, least certain first:")
    first, second = out.split("\n\n")[1:3]
    assert first.split("\n")[0] == "0.41  offtopic  tg:1:2  «Трюк №13 - блендинг»  (not published)"
    assert "https://t.me/ch/2" in first and "- ds density 0.03 over 2 distinct terms" in first and "- hashtag #Трюк" in first
    assert "--set 'tg:1:2' publish|skip|theme=SLUG|title=TEXT" in first
    assert second.startswith("0.41  promo  tg:1:6")
    assert "Вышла Llama-3" not in out  # beyond the limit


def test_the_queue_of_a_real_ingest_links_each_post(capsys, tmp_path):
    result = run([thread_source()])
    assert review.main(["--report", str(write_report(result, tmp_path / "report.json")), "--limit", "0"]) == 0
    out = capsys.readouterr().out
    assert f"{len(result.report['posts'])} of {len(result.report['posts'])} decisions" in out
    block = next(b for b in out.split("\n\n") if f"  {key(502)}  " in b)
    assert "https://t.me/ds_honest_test/502" in block and f"joined to {key(501)}" in block
    published = next(b for b in out.split("\n\n") if f"  {key(520)}  " in b)
    assert "(published as chto-takoe-batch-normalization-zachem-ona)" in published and "- theme " in published


def test_set_writes_verdicts_the_next_ingest_honours(own_rules, tmp_path):
    overrides = own_rules / "overrides.toml"
    comments = overrides.read_text(encoding="utf-8")
    before = run([thread_source()])
    report = write_report(before, tmp_path / "report.json")
    thin = next(e for e in before.report["posts"] if e["key"] == key(507))  # chatter: not published
    assert "ids" not in thin
    batchnorm = next(q for q in before.questions if q.post.ref.message_id == 520)
    assert batchnorm.theme.value != "validation"

    def setting(k: str, verdict: str) -> None:
        assert review.main(["--set", k, verdict, "--report", str(report), "--overrides", str(overrides)]) == 0

    setting(key(507), "publish")
    setting(key(520), "theme=engineering")
    setting(key(520), "title=Зачем нужна батч-нормализация?")
    setting(key(521), "skip")
    setting(key(520), "theme=validation")  # a second verdict on a key replaces the first
    text = overrides.read_text(encoding="utf-8")
    assert text.startswith(comments.rstrip("\n"))  # the file's comments kept
    assert text.count(f'["{key(520)}"]') == 1 and 'theme = "validation"' in text and "engineering" not in text
    rules.overrides.cache_clear()
    after = run([thread_source()], before.registry)
    by_msg = {q.post.ref.message_id: q for q in after.questions}
    assert 507 in by_msg and by_msg[507].post.fate.rule == "override"
    assert title_text(by_msg[520].post) == "Зачем нужна батч-нормализация?" and by_msg[520].theme.value == "validation"
    assert by_msg[520].id == batchnorm.id  # a title set by the maintainer keeps the link
    assert 521 not in by_msg
    assert 503 in by_msg  # a thin question, published with its answer
    setting(key(503), "skip")
    rules.overrides.cache_clear()
    last = run([thread_source()], after.registry)
    assert not [q for q in last.questions if any(s.message_id in (503, 504) for s in q.sources)]  # nor its answer alone
    answer = next(e for e in last.report["posts"] if e["key"] == key(504))
    assert answer["fate"] == "joined" and answer["joined_to"] == key(503) and "left out by overrides.toml" in answer["reason"]
    entry = next(e for e in after.report["posts"] if e["key"] == key(521))
    assert entry["fate"] == "offtopic" and entry["rule"] == "override"


def test_set_keeps_other_entries_and_comments():
    text = '# Corrections.\n\n["a-question"]\ntheme = "losses"  # checked\n\n# the next one\n["tg:1:2"]\ntitle = "Старый"\n'
    out = review.with_override(text, "tg:1:2", "title", 'Новый «заголовок» \\ с "кавычками"')
    assert out.startswith('# Corrections.\n\n["a-question"]\ntheme = "losses"  # checked\n\n# the next one\n["tg:1:2"]\n')
    import tomllib

    data = tomllib.loads(out)
    assert data == {"a-question": {"theme": "losses"}, "tg:1:2": {"title": 'Новый «заголовок» \\ с "кавычками"'}}
    added = tomllib.loads(review.with_override(out, "tg:1:2", "publish", False))
    assert added["tg:1:2"] == {"title": 'Новый «заголовок» \\ с "кавычками"', "publish": False}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "tg:1:999", "publish"], "unknown source key 'tg:1:999'"),
        (["--set", "tg:1:2", "theme=astrology"], "unknown theme 'astrology'"),
        (["--set", "tg:1:2", "maybe"], "unknown verdict 'maybe'"),
        (["--set", "tg:1:2", "title=  "], "title=TEXT needs a text"),
    ],
)
def test_a_bad_verdict_is_refused_with_exit_2(tmp_path, args, message):
    overrides = tmp_path / "overrides.toml"
    overrides.write_text("# mine\n", encoding="utf-8")
    report = hand_report(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "scripts.ingest.review", *args, "--report", str(report), "--overrides", str(overrides)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert overrides.read_text(encoding="utf-8") == "# mine\n"  # untouched


def test_a_missing_report_is_named(tmp_path, capsys):
    assert review.main(["--report", str(tmp_path / "none.json")]) == 2
    assert "none.json: cannot read the report" in capsys.readouterr().err


def test_a_bad_publish_override_is_named(own_rules, seed_sources):
    from scripts.ingest.models import IngestError

    (own_rules / "overrides.toml").write_text('["tg:1:2"]\npublish = "yes"\n', encoding="utf-8")
    rules.overrides.cache_clear()
    with pytest.raises(IngestError, match=r"overrides.toml:\[tg:1:2\]: publish must be true or false"):
        run(seed_sources)
