"""The curation corpus (tests/curation/) and the script that measures curation (scripts/bench/curation.py).

Issue 17's targets are asserted on the default corpus (all five channels); the figures themselves are
printed by the script and recorded in the READMEs.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from scripts.bench import curation as C
from scripts.ingest.rules import taxonomy
from tests.curation import make_corpus as M

CORPUS = Path(__file__).parent / "curation"
HASHTAGS_ONLY = re.compile(r"(?:#\w+\s*)+")
NEW_THEMES = {"ab-testing", "features"}  # issue 17: added to the taxonomy by the FATE change


# ---- the scorer's arithmetic, on a report and a manifest made by hand -------------------------------


def entry(
    k: str, fate: str, ids: list[str] | None = None, confidence: float = 1.0, theme_confidence: float | None = None
) -> dict:
    e = {"file": "a/result.json", "post": int(k.rsplit(":", 1)[1]), "key": k, "fate": fate, "title": "", "confidence": confidence}
    if ids is not None:
        e["ids"] = ids
    if theme_confidence is not None:
        e["theme_confidence"] = theme_confidence
    return e


def tiny_case():
    L = C.Label
    labels = {
        "tg:1:1": L(1, True, "question", "metrics", "Что такое ROC-AUC?"),  # published, right theme and title
        "tg:1:2": L(2, True, "task", "validation", "Почему падает скор на лидерборде?"),  # published, wrong theme, title cut
        "tg:1:3": L(3, True, "answer", "validation", None, 2),  # joined by sources
        "tg:1:4": L(4, True, "concept", "features", "Трюк: флаг пропуска"),  # not published
        "tg:1:5": L(5, False, "news"),  # published: a false positive
        "tg:1:6": L(6, False, "joke"),  # not published
        "tg:1:7": L(7, True, "question", "llm", "Что такое RAG?"),  # its question is gone (not live)
        "tg:1:8": L(8, True, "answer", "llm", None, 7),  # published alone: not joined
    }
    report = {
        "posts": [
            entry("tg:1:1", "qa", ["roc"]),
            entry("tg:1:2", "qa", ["lb"], theme_confidence=0.1),  # its theme is the least sure decision
            entry("tg:1:3", "joined"),
            entry("tg:1:4", "offtopic", confidence=0.9),
            entry("tg:1:5", "qa", ["news"], confidence=0.3),
            entry("tg:1:6", "joke"),
            entry("tg:1:7", "qa", ["rag-gone"]),
            entry("tg:1:8", "qa", ["rag-answer"]),
        ]
    }
    manifest = {
        "questions": [
            {"id": "roc", "title": "🤔 **Что такое ROC-AUC**", "theme": "metrics", "sources": [{"key": "tg:1:1"}]},
            {"id": "lb", "title": "Почему падает скор…", "theme": "metrics", "sources": [{"key": "tg:1:2"}, {"key": "tg:1:3"}]},
            {"id": "news", "title": "Вышла модель", "theme": "llm", "sources": [{"key": "tg:1:5"}]},
            {"id": "rag-answer", "title": "Ответ", "theme": "llm", "sources": [{"key": "tg:1:8"}]},
        ],
        "not_live": [{"id": "rag-gone"}],
    }
    return labels, report, manifest


def test_the_scores_of_a_hand_made_case():
    labels, report, manifest = tiny_case()
    s = C.score(labels, report, manifest, {k: 1 for k in labels})
    # Published: 1, 2, 5, 8, and 3 on 2's page (a source of it: an answer joined to its question);
    # 7 names an id that is not live. Study: 1, 2, 3, 4, 7, 8.
    assert (s.published, s.study, s.published_study) == (5, 6, 4)
    assert s.precision == 0.8  # 4 of 5
    assert s.recall == 0.667  # 4 of 6, rounded to three places
    # Themes and titles: posts 1 and 2 (8 is an answer). 1 right, 2 filed under metrics; both titles match.
    assert (s.themed, s.theme_right, s.theme_accuracy) == (2, 1, 0.5)
    assert (s.titled, s.title_right, s.title_accuracy) == (2, 2, 1.0)
    # Pairs: 3 -> 2 joined (a source of 2's page); 8 -> 7 not (7 is not live, 8 stands alone).
    assert (s.pairs, s.pairs_joined, s.pairs_rate) == (2, 1, 0.5)
    assert s.confusion == {
        "answer": {"joined": 1, "qa": 1},
        "concept": {"offtopic": 1},
        "joke": {"joke": 1},
        "news": {"qa": 1},
        "question": {"qa": 2},
        "task": {"qa": 1},
    }
    assert s.misses["published, not study"] == ["tg:1:5 news: "]
    assert [m.split()[0] for m in s.misses["study, not published"]] == ["tg:1:4", "tg:1:7"]
    # Wrong decisions: 5 published, 4 and 7 not, 2's theme. The review queue asks 2 (theme 0.1), then 5
    # (0.3), then 4 (0.9): its first 10% (one of 8 messages) holds one, its first 20% (two) both.
    assert s.wrong == 4
    assert s.queue == ((0.05, 0, 0), (0.1, 1, 1), (0.2, 2, 2))


def test_equal_ids_join_a_pair_and_no_ids_score_nothing():
    L = C.Label
    labels = {"tg:1:1": L(1, True, "task", "engineering", "Задача"), "tg:1:2": L(2, True, "answer", None, None, 1)}
    report = {"posts": [entry("tg:1:1", "qa", ["t"]), entry("tg:1:2", "joined", ["t"])]}
    manifest = {"questions": [{"id": "t", "title": "Задача", "theme": "engineering", "sources": [{"key": "tg:1:1"}]}]}
    s = C.score(labels, report, manifest, {k: 1 for k in labels})
    assert (s.pairs_joined, s.published, s.precision, s.recall) == (1, 2, 1.0, 1.0)
    empty = C.score({}, {"posts": []}, {"questions": []}, {})
    assert (empty.precision, empty.recall, empty.theme_accuracy, empty.pairs_rate) == (None, None, None, None)


def test_the_seed_scores_of_a_hand_made_case():
    report = {
        "posts": [
            {"file": "000_a.txt", "post": 1, "key": "dump:1", "fate": "qa", "ids": ["loss"]},
            {"file": "000_a.txt", "post": 2, "key": "dump:2", "fate": "qa", "ids": ["ad"]},
            {"file": "001_b.txt", "post": 1, "key": "dump:3", "fate": "offtopic"},
        ]
    }
    manifest = {
        "questions": [
            {"id": "loss", "title": "Почему лосс", "theme": "losses"},
            {"id": "ad", "title": "Курс", "theme": "general"},
        ]
    }
    fates = [("000", 1, "qa"), ("000", 2, "ad"), ("001", 1, "qa")]
    themes = [("Почему лосс", "losses"), ("Курс", "metrics")]
    committed = {
        "questions": [{"title": "Почему лосс", "sources": [{"key": "dump:1"}]}, {"title": "Было", "sources": [{"key": "dump:3"}]}]
    }
    s = C.score_seeds(report, manifest, fates, themes, committed)
    # Published: posts 1 and 2; study: 1 and 3. One theme of two right. dump:3 was published and is not now.
    assert (s["precision"], s["recall"], s["theme_accuracy"]) == (0.5, 0.5, 0.5)
    assert (s["committed_questions"], s["lost"]) == (2, ["dump:3: Было"])


def test_the_seed_hand_labels_are_read_from_the_classify_tests():
    fates, themes = C.seed_hand_labels()
    assert ("000", 2, "ad") in fates and ("004", 7, "qa") in fates
    assert ("Объясните смысл бэггинга", "classic-ml") in themes


@pytest.mark.parametrize(
    ("published", "labelled", "same"),
    [
        ("🧠 Что такое batch normalization и зачем она нужна?", "🧠 Что такое batch normalization и зачем она нужна?", True),
        ("Что такое **batch normalization**", "🧠 Что такое batch normalization и зачем она нужна?", False),
        ("Трюк №13 - блендинг", "#Трюк №13 - блендинг:", True),
        ("ЧТО ТАКОЕ «CUPED»", "Что такое CUPED?", True),
        ("Почему accuracy плохая…", "Почему accuracy плохая метрика при дисбалансе классов?", True),
        ("Почему accuracy пло…", "Почему accuracy плохая метрика при дисбалансе классов?", False),  # cut inside a word
        ("Почему accuracy плохая", "Почему accuracy плохая метрика при дисбалансе классов?", False),  # not marked as cut
        ("Привет! Продолжаем серию про валидацию.", "Что такое GroupKFold и когда без него нельзя?", False),
    ],
)
def test_title_comparison(published, labelled, same):
    assert C.title_matches(published, labelled) is same


def test_labels_are_checked_when_read():
    with pytest.raises(C.LabelError, match=r"#1 \(id 3\): unknown key\(s\) thema"):
        C.parse_labels('[[post]]\nid = 3\nstudy = true\nthema = "llm"\n', "labels.toml")
    with pytest.raises(C.LabelError, match="needs an integer `id`"):
        C.parse_labels("[[post]]\nid = 'x'\nstudy = true\n", "labels.toml")
    with pytest.raises(C.LabelError, match="not valid TOML"):
        C.parse_labels("[[post]\n", "labels.toml")


# ---- the corpus is well-formed -----------------------------------------------------------------------


LAID_OUT = tuple(channel.folder for channel in M.channels())  # the default corpus and the held-out sets
BLIND = tuple(folder for folder in LAID_OUT if folder.startswith("blind_"))  # the second held-out corpus, now tuning
FINAL = tuple(folder for folder in LAID_OUT if folder.startswith("final_"))  # the final held-out corpus
FINAL_CHANNELS = ("final_kurs", "final_risk", "final_tokens")  # README.md, «Final held-out corpus»
FOURTH = tuple(folder for folder in LAID_OUT if folder.startswith("fourth_"))  # the fourth held-out corpus
FOURTH_CHANNELS = ("fourth_recsys", "fourth_mentor", "fourth_quant")  # README.md, «Fourth held-out corpus»
FIFTH = tuple(folder for folder in LAID_OUT if folder.startswith("fifth_"))  # the fifth held-out corpus
FIFTH_CHANNELS = ("fifth_pydata", "fifth_retail", "fifth_speech")  # README.md, «Fifth held-out corpus»
SIXTH_CHANNELS = ("sixth_matan", "sixth_mlops", "sixth_qa")  # README.md, «Sixth held-out corpus»
SEVENTH_CHANNELS = ("seventh_uplift", "seventh_med", "seventh_daily")  # README.md, «Seventh held-out corpus»
EIGHTH_CHANNELS = ("eighth_search", "eighth_games", "eighth_plant")  # README.md, «Eighth held-out corpus»
NINTH_CHANNELS = ("ninth_nlp", "ninth_geo", "ninth_tarif")  # README.md, «Ninth held-out corpus»
TENTH_CHANNELS = ("tenth_geno", "tenth_football", "tenth_rl")  # README.md, «Tenth held-out corpus»
ELEVENTH_CHANNELS = ("eleventh_senior", "eleventh_junior", "eleventh_stream")  # README.md, «Eleventh held-out corpus»
TWELFTH_CHANNELS = ("twelfth_soc", "twelfth_ads", "twelfth_hr")  # README.md, «Twelfth held-out corpus»
# README.md, «Thirteenth held-out corpus»
THIRTEENTH_CHANNELS = ("thirteenth_lecturer", "thirteenth_freelance", "thirteenth_relocant")
# README.md, «Fourteenth held-out corpus»
FOURTEENTH_CHANNELS = ("fourteenth_telecom", "fourteenth_energy", "fourteenth_revenue")
FIFTEENTH_CHANNELS = ("fifteenth_edtech", "fifteenth_agro", "fifteenth_realty")  # README.md, «Fifteenth held-out corpus»
SIXTEENTH_CHANNELS = ("sixteenth_legal", "sixteenth_media", "sixteenth_sklad")  # README.md, «Sixteenth held-out corpus»
# README.md, «Seventeenth held-out corpus»
SEVENTEENTH_CHANNELS = ("seventeenth_stat", "seventeenth_ore", "seventeenth_risk")
# README.md, «Eighteenth held-out corpus»
EIGHTEENTH_CHANNELS = ("eighteenth_meteo", "eighteenth_food", "eighteenth_collect")
# README.md, «Nineteenth held-out corpus»
NINETEENTH_CHANNELS = ("nineteenth_otk", "nineteenth_transit", "nineteenth_match")
# README.md, «Twentieth held-out corpus»
TWENTIETH_CHANNELS = ("twentieth_pharma", "twentieth_avia", "twentieth_contact")
# README.md, «Twenty-first held-out corpus»
TWENTYFIRST_CHANNELS = ("twentyfirst_drill", "twentyfirst_odds", "twentyfirst_cloud")
# README.md, «Twenty-second held-out corpus»
TWENTYSECOND_CHANNELS = ("twentysecond_rag", "twentysecond_tutor", "twentysecond_vision")
# README.md, «Twenty-third held-out corpus»
TWENTYTHIRD_CHANNELS = ("twentythird_bank", "twentythird_news", "twentythird_dom")
# README.md, «Twenty-fourth held-out corpus»: news-heavy channels, 100-120 messages each, 320 in all
TWENTYFOURTH_CHANNELS = ("twentyfourth_prof", "twentyfourth_camp", "twentyfourth_coach")
# README.md, «Twenty-fifth held-out corpus»
TWENTYFIFTH_CHANNELS = ("twentyfifth_serving", "twentyfifth_sql", "twentyfifth_kaggle")
# README.md, «Twenty-sixth held-out corpus»: a study channel, an industry channel and a news-heavy one
TWENTYSIXTH_CHANNELS = ("twentysixth_dlqa", "twentysixth_fleet", "twentysixth_meetup")
# README.md, «Twenty-seventh held-out corpus»
TWENTYSEVENTH_CHANNELS = ("twentyseventh_skoring", "twentyseventh_pandas", "twentyseventh_onsite")
# README.md, «Twenty-eighth held-out corpus»: mixed channels, mostly chatter, 100-120 messages each, 320 in all
TWENTYEIGHTH_CHANNELS = ("twentyeighth_weekly", "twentyeighth_papers", "twentyeighth_career")
# README.md, «Twenty-ninth held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
TWENTYNINTH_CHANNELS = ("twentyninth_razbor", "twentyninth_assist", "twentyninth_mock")
# README.md, «Thirtieth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
THIRTIETH_CHANNELS = ("thirtieth_graph", "thirtieth_diffusion", "thirtieth_mmm")
# README.md, «Thirty-first held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
THIRTYFIRST_CHANNELS = ("thirtyfirst_anomaly", "thirtyfirst_evals", "thirtyfirst_automl")
# README.md, «Thirty-second held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
THIRTYSECOND_CHANNELS = ("thirtysecond_diary", "thirtysecond_gov", "thirtysecond_abroad")
# README.md, «Thirty-third held-out corpus»: popular mixed channels, 100-115 messages each, 310 in all
THIRTYTHIRD_CHANNELS = ("thirtythird_otdel", "thirtythird_stream", "thirtythird_kafedra")
# README.md, «Thirty-fourth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
THIRTYFOURTH_CHANNELS = ("thirtyfourth_ocr", "thirtyfourth_privacy", "thirtyfourth_razmetka")
# README.md, «Thirty-fifth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
THIRTYFIFTH_CHANNELS = ("thirtyfifth_edge", "thirtyfifth_causal", "thirtyfifth_xai")
# README.md, «Thirty-sixth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
THIRTYSIXTH_CHANNELS = ("thirtysixth_chem", "thirtysixth_robot", "thirtysixth_code")
# README.md, «Thirty-seventh held-out corpus»: two mainstream subfield channels and a popular generalist one,
# 100-115 messages each, 310 in all
THIRTYSEVENTH_CHANNELS = ("thirtyseventh_cash", "thirtyseventh_clip", "thirtyseventh_community")
# README.md, «Thirty-eighth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
THIRTYEIGHTH_CHANNELS = ("thirtyeighth_radio", "thirtyeighth_moder", "thirtyeighth_gpu")
# README.md, «Thirty-ninth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
THIRTYNINTH_CHANNELS = ("thirtyninth_sim", "thirtyninth_alpha", "thirtyninth_dedup")
# README.md, «Fortieth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
FORTIETH_CHANNELS = ("fortieth_voice", "fortieth_price", "fortieth_adaptive")
# README.md, «Forty-first held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
FORTYFIRST_CHANNELS = ("fortyfirst_polar", "fortyfirst_run", "fortyfirst_duo")
# README.md, «Forty-second held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
FORTYSECOND_CHANNELS = ("fortysecond_music", "fortysecond_agents", "fortysecond_mt")
# README.md, «Forty-third held-out corpus»: news-heavy and mixed channels, 100-115 messages each, 310 in all
FORTYTHIRD_CHANNELS = ("fortythird_podcast", "fortythird_magistr", "fortythird_hiring")
# README.md, «Forty-fourth held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
FORTYFOURTH_CHANNELS = ("fortyfourth_dekret", "fortyfourth_scena", "fortyfourth_slaid")
# README.md, «Forty-fifth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
FORTYFIFTH_CHANNELS = ("fortyfifth_shorts", "fortyfifth_pulse", "fortyfifth_fit")
# README.md, «Forty-sixth held-out corpus»: popular mixed channels, 100-115 messages each, 310 in all
FORTYSIXTH_CHANNELS = ("fortysixth_fakapy", "fortysixth_founder", "fortysixth_leaderboard")
# README.md, «Forty-seventh held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
FORTYSEVENTH_CHANNELS = ("fortyseventh_lovushka", "fortyseventh_antichit", "fortyseventh_epikriz")
# README.md, «Forty-eighth held-out corpus»: popular mixed channels, 100-115 messages each, 310 in all
FORTYEIGHTH_CHANNELS = ("fortyeighth_kniga", "fortyeighth_seed", "fortyeighth_nauchpop")
# README.md, «Forty-ninth held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
FORTYNINTH_CHANNELS = ("fortyninth_elektrichka", "fortyninth_fizik", "fortyninth_almaty")
# README.md, «Fiftieth held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
FIFTIETH_CHANNELS = ("fiftieth_smena", "fiftieth_ruchka", "fiftieth_tbilisi")
# README.md, «Fifty-first held-out corpus»: two mainstream subfield channels, 100-115 messages each, 205 in all
FIFTYFIRST_CHANNELS = ("fiftyfirst_lico", "fiftyfirst_astro")
# README.md, «Fifty-second held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
FIFTYSECOND_CHANNELS = ("fiftysecond_razlom", "fiftysecond_pavodok", "fiftysecond_korpus")
# README.md, «Fifty-third held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
FIFTYTHIRD_CHANNELS = ("fiftythird_ferma", "fiftythird_farvater", "fiftythird_gisto")
# README.md, «Fifty-fourth held-out corpus»: mainstream subfield channels, 100-115 messages each, 310 in all
FIFTYFOURTH_CHANNELS = ("fiftyfourth_eeg", "fiftyfourth_epid", "fiftyfourth_belok")
# README.md, «Fifty-fifth held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
FIFTYFIFTH_CHANNELS = ("fiftyfifth_pochta", "fiftyfifth_autsors", "fiftyfifth_probeg")
# README.md, «Fifty-sixth held-out corpus»: mainstream generalist channels, 100-115 messages each, 310 in all
FIFTYSIXTH_CHANNELS = ("fiftysixth_truba", "fiftysixth_shaiba", "fiftysixth_sklon")
# The sets whose channels are not of the usual 80-95 messages: (messages per channel, least in all)
SIZES = {
    TWENTYFOURTH_CHANNELS: ((100, 120), 320),
    TWENTYSIXTH_CHANNELS: ((80, 110), 270),
    TWENTYEIGHTH_CHANNELS: ((100, 120), 320),
    TWENTYNINTH_CHANNELS: ((100, 115), 310),
    THIRTIETH_CHANNELS: ((100, 115), 310),
    THIRTYFIRST_CHANNELS: ((100, 115), 310),
    THIRTYSECOND_CHANNELS: ((100, 115), 310),
    THIRTYTHIRD_CHANNELS: ((100, 115), 310),
    THIRTYFOURTH_CHANNELS: ((100, 115), 310),
    THIRTYFIFTH_CHANNELS: ((100, 115), 310),
    THIRTYSIXTH_CHANNELS: ((100, 115), 310),
    THIRTYSEVENTH_CHANNELS: ((100, 115), 310),
    THIRTYEIGHTH_CHANNELS: ((100, 115), 310),
    THIRTYNINTH_CHANNELS: ((100, 115), 310),
    FORTIETH_CHANNELS: ((100, 115), 310),
    FORTYFIRST_CHANNELS: ((100, 115), 310),
    FORTYSECOND_CHANNELS: ((100, 115), 310),
    FORTYTHIRD_CHANNELS: ((100, 115), 310),
    FORTYFOURTH_CHANNELS: ((100, 115), 310),
    FORTYFIFTH_CHANNELS: ((100, 115), 310),
    FORTYSIXTH_CHANNELS: ((100, 115), 310),
    FORTYSEVENTH_CHANNELS: ((100, 115), 310),
    FORTYEIGHTH_CHANNELS: ((100, 115), 310),
    FORTYNINTH_CHANNELS: ((100, 115), 310),
    FIFTIETH_CHANNELS: ((100, 115), 310),
    FIFTYFIRST_CHANNELS: ((100, 115), 205),
    FIFTYSECOND_CHANNELS: ((100, 115), 310),
    FIFTYTHIRD_CHANNELS: ((100, 115), 310),
    FIFTYFOURTH_CHANNELS: ((100, 115), 310),
    FIFTYFIFTH_CHANNELS: ((100, 115), 310),
    FIFTYSIXTH_CHANNELS: ((100, 115), 310),
}
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def corpus(folders: tuple[str, ...] = C.CORPUS_CHANNELS):
    for folder in folders:
        export = json.loads((CORPUS / folder / "result.json").read_text(encoding="utf-8"))
        labels = tomllib.loads((CORPUS / folder / "labels.toml").read_text(encoding="utf-8"))["post"]
        yield folder, export, labels


def lines_of(msg: dict) -> list[str]:
    """The post's lines as Telegram shows them: its entity parts joined, plus a poll's question."""
    text = "".join(p["text"] for p in msg.get("text_entities", []))
    lines = [ln.strip() for ln in text.split("\n")]
    if "poll" in msg:
        lines.append(msg["poll"]["question"])
    return lines


def test_the_corpus_is_big_and_mixed_as_real_channels_are():
    kinds: dict[str, int] = {}
    total = study = 0
    for _, export, labels in corpus():
        total += sum(1 for m in export["messages"] if m["type"] == "message")
        study += sum(1 for lab in labels if lab["study"])
        for lab in labels:
            kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    assert total >= 420
    assert study < total / 2  # most posts are not study material
    assert set(kinds) == M.KINDS  # every kind is there
    assert all(n >= 5 for n in kinds.values()), kinds


def test_every_message_has_one_label_with_known_kind_and_theme():
    themes = {t.slug for t in taxonomy().themes} | NEW_THEMES
    for folder, export, labels in corpus(LAID_OUT):
        assert [lab["id"] for lab in labels] == [m["id"] for m in export["messages"]], folder
        for lab in labels:
            where = f"{folder} #{lab['id']}"
            assert lab["kind"] in M.KINDS, where
            assert lab["study"] is (lab["kind"] in M.STUDY_KINDS), where
            if lab["study"]:
                assert lab["theme"] in themes, where
            else:
                assert {"theme", "title", "pair"}.isdisjoint(lab), where


def test_pairs_point_at_an_earlier_question_or_task_and_replies_are_real():
    for folder, export, labels in corpus(LAID_OUT):
        by_id = {lab["id"]: lab for lab in labels}
        messages = {m["id"]: m for m in export["messages"]}
        for lab in labels:
            where = f"{folder} #{lab['id']}"
            if lab["kind"] == "answer":
                question = by_id[lab["pair"]]
                assert question["kind"] in {"question", "task"} and question["id"] < lab["id"], where
                assert question["theme"] == lab["theme"], where
            else:
                assert "pair" not in lab, where
            reply = messages[lab["id"]].get("reply_to_message_id")
            if reply is not None:
                assert lab.get("pair") == reply, where  # in this corpus only answers reply


def test_titles_are_lines_of_their_posts_and_not_lead_ins():
    for folder, export, labels in corpus(LAID_OUT):
        messages = {m["id"]: m for m in export["messages"]}
        for lab in labels:
            if lab["study"] and lab["kind"] != "answer":
                assert lab["title"] in lines_of(messages[lab["id"]]), f"{folder} #{lab['id']}"
                assert not lab["title"].startswith(("Привет", "Окей", "#собес задача")), f"{folder} #{lab['id']}"


def check_held_out_set(
    folders: tuple[str, ...],
    study: tuple[float, float],
    chat_ids: range | None = None,
    quiz: bool = True,
    marked_ad: bool = False,
    size: tuple[int, int] = (80, 95),
) -> tuple[set[str], int, int]:
    """What every blind set's README section promises of each channel: 80-95 messages (`size`) with a share of
    study in `study`; a chat id in `chat_ids`; answers in a reply and in a later post; a poll, a
    forward, an edited post, a photo and a service message; a quiz (`quiz`) and an ad marked with erid
    (`marked_ad`); no title of hashtags only; a `channels.toml` of name, username and chat_id only.
    Returns the kinds seen, the messages and the posts wholly in English."""
    kinds: set[str] = set()
    total = english = 0
    for folder, export, labels in corpus(folders):
        messages = export["messages"]
        total += len(messages)
        kinds |= {lab["kind"] for lab in labels}
        by_id = {m["id"]: m for m in messages}
        n = sum(1 for lab in labels if lab["study"])
        assert size[0] <= len(messages) <= size[1] and study[0] <= n / len(messages) <= study[1], (folder, len(messages), n)
        assert chat_ids is None or export["id"] in chat_ids, folder
        replies = {m["id"] for m in messages if "reply_to_message_id" in m}
        answers = [lab["id"] for lab in labels if lab["kind"] == "answer"]
        assert replies and set(answers) - replies, folder  # answers in a reply and in a later post
        for shape in ("poll", "forwarded_from", "edited", "photo"):
            assert any(shape in m for m in messages), (folder, shape)
        assert any(m["type"] == "service" for m in messages), folder
        if quiz:
            assert any(lab["kind"] == "question" and "poll" in by_id[lab["id"]] for lab in labels), folder
        texts = {lab["id"]: "".join(p["text"] for p in by_id[lab["id"]].get("text_entities", [])) for lab in labels}
        if marked_ad:
            assert any(lab["kind"] == "ad" and "erid" in texts[lab["id"]] for lab in labels), folder
        for lab in labels:
            english += len(LATIN.findall(texts[lab["id"]])) > 200 and not CYRILLIC.search(texts[lab["id"]])
            if lab["study"] and lab["kind"] != "answer":
                where = f"{folder} #{lab['id']}"
                assert not HASHTAGS_ONLY.fullmatch(lab["title"]) and re.search(r"\w", lab["title"]), where
        entry = tomllib.loads((CORPUS / folder / "channels.toml").read_text(encoding="utf-8"))["channel"]
        assert [set(entry[0])] == [{"name", "username", "chat_id"}] and len(entry) == 1, folder
        assert (entry[0]["name"], entry[0]["chat_id"]) == (export["name"], export["id"]), folder
    return kinds, total, english


def test_the_second_held_out_corpus_is_sized_mixed_and_now_part_of_the_default_corpus():
    """README.md, «Second held-out corpus»: channels of 80-90 messages, a quarter to a half of them
    study, in the shapes real channels publish, set up by a maintainer who wrote no settings; measured
    once blind, then added to the tuning corpus (issue 17's vocabulary)."""
    assert len(BLIND) == 3 and set(BLIND) <= set(C.CORPUS_CHANNELS)
    kinds, _, _ = check_held_out_set(BLIND, (0.25, 0.45), quiz=False)
    assert kinds == M.KINDS
    chat_ids = [json.loads((CORPUS / f / "result.json").read_text(encoding="utf-8"))["id"] for f in LAID_OUT]
    assert len(set(chat_ids)) == len(chat_ids)


def test_the_third_held_out_corpus_is_sized_mixed_and_now_part_of_the_default_corpus():
    """README.md, «Final held-out corpus»: channels of 80-95 messages, 15-45% of them study (a news
    channel publishes far less study than a course's channel), in the shapes real channels publish,
    set up by a maintainer who wrote no settings, with chat ids of their own; measured once blind, then
    added to the tuning corpus (issue 17's titles)."""
    assert FINAL == FINAL_CHANNELS and C.CORPUS_CHANNELS[8:11] == FINAL
    kinds, total, _ = check_held_out_set(FINAL, (0.15, 0.45), range(1900000031, 1900000034))
    assert total >= 240 and kinds == M.KINDS, (total, M.KINDS - kinds)


def test_the_fourth_held_out_corpus_is_sized_mixed_and_now_part_of_the_default_corpus():
    """README.md, «Fourth held-out corpus»: channels of 80-95 messages, 15-50% of them study (a
    mentor's channel publishes far less study than a puzzle channel), in the shapes real channels
    publish, some posts in English, set up by a maintainer who wrote no settings, with chat ids of
    their own; measured once blind, then added to the tuning corpus."""
    assert FOURTH == FOURTH_CHANNELS and C.CORPUS_CHANNELS[11:14] == FOURTH
    kinds, total, english = check_held_out_set(FOURTH, (0.15, 0.50), range(1900000041, 1900000044))
    assert total >= 240 and kinds == M.KINDS, (total, M.KINDS - kinds)
    assert english >= 3, english  # a few posts wholly in English


def test_the_fifth_held_out_corpus_is_sized_mixed_and_now_part_of_the_default_corpus():
    """README.md, «Fifth held-out corpus»: channels of 80-95 messages, about 30% of them study (the
    shape of the channels most common on Russian Telegram), in the shapes real channels publish, each
    with marked ads, some posts in English, set up by a maintainer who wrote no settings, with chat ids
    of their own; measured once blind, then added to the tuning corpus."""
    assert FIFTH == FIFTH_CHANNELS and C.CORPUS_CHANNELS[14:17] == FIFTH  # after its one blind measurement
    kinds, total, english = check_held_out_set(FIFTH, (0.25, 0.40), range(1900000051, 1900000054), marked_ad=True)
    assert total >= 240 and kinds == M.KINDS, (total, M.KINDS - kinds)
    assert english >= 3, english  # a few posts wholly in English (the speech channel's)


# The blind sets since the sixth (README.md, «Sixth held-out corpus» … «Tenth held-out corpus»): channels
# of 80-95 messages, about a third of them study (up to 45% for the seventh set's daily interview-prep
# channel), in the shapes real channels publish, each with a marked ad, written blind in voices none of
# the earlier channels has, with chat ids of their own. Each: its channels, the share of study, its
# first chat id, its place in the default corpus (None: laid out, but kept out), and whether every
# kind is checked in each channel rather than in the set (the ninth set's promise).
LATER_SETS = [
    (SIXTH_CHANNELS, (0.25, 0.40), 1900000061, slice(17, 20), False),
    (SEVENTH_CHANNELS, (0.25, 0.45), 1900000071, slice(20, 23), False),
    (EIGHTH_CHANNELS, (0.25, 0.40), 1900000081, slice(23, 26), False),
    (NINTH_CHANNELS, (0.25, 0.40), 1900000091, slice(26, 29), True),  # measured, never tuned on
    (TENTH_CHANNELS, (0.25, 0.40), 1900000101, slice(29, 32), False),  # measured twice blind, then tuned on
    (ELEVENTH_CHANNELS, (0.25, 0.40), 1900000111, None, True),  # mainstream blogs, unseen too
    (TWELFTH_CHANNELS, (0.25, 0.40), 1900000121, slice(32, 35), True),  # measured blind, then tuned on
    (THIRTEENTH_CHANNELS, (0.25, 0.40), 1900000131, None, True),  # mainstream generalist blogs, written blind
    (FOURTEENTH_CHANNELS, (0.25, 0.40), 1900000141, slice(35, 38), True),  # measured blind twice, then tuned on
    (FIFTEENTH_CHANNELS, (0.25, 0.40), 1900000151, slice(38, 41), True),  # measured blind twice, then tuned on
    (SIXTEENTH_CHANNELS, (0.25, 0.40), 1900000161, slice(41, 44), True),  # measured blind, then tuned on
    (SEVENTEENTH_CHANNELS, (0.25, 0.40), 1900000171, slice(44, 47), True),  # measured blind, then tuned on
    (EIGHTEENTH_CHANNELS, (0.25, 0.40), 1900000181, slice(47, 50), True),  # measured blind, misses read
    (NINETEENTH_CHANNELS, (0.25, 0.40), 1900000191, slice(50, 53), True),  # measured blind, misses read
    (TWENTIETH_CHANNELS, (0.25, 0.40), 1900000201, None, True),  # industry channels, written blind
    (TWENTYFIRST_CHANNELS, (0.25, 0.40), 1900000211, None, True),  # industry channels, written blind
    (TWENTYSECOND_CHANNELS, (0.25, 0.40), 1900000221, None, True),  # mainstream DS channels, written blind
    (TWENTYTHIRD_CHANNELS, (0.25, 0.40), 1900000231, None, True),  # industry channels, written blind
    (TWENTYFOURTH_CHANNELS, (0.12, 0.20), 1900000241, None, True),  # news-heavy channels, written blind
    (TWENTYFIFTH_CHANNELS, (0.25, 0.40), 1900000251, None, True),  # mainstream DS channels, written blind
    # study ~30-40% in the study and industry channels, 12-20% in the news-heavy one; written blind
    (TWENTYSIXTH_CHANNELS, (0.12, 0.40), 1900000261, None, True),
    (TWENTYSEVENTH_CHANNELS, (0.25, 0.40), 1900000271, None, True),  # mainstream DS channels, written blind
    # mixed channels of 100-120 messages, mostly chatter (study 12-20%); written blind
    (TWENTYEIGHTH_CHANNELS, (0.12, 0.20), 1900000281, None, True),
    # mainstream generalist channels of 100-115 messages, a quarter to a third study; written blind
    (TWENTYNINTH_CHANNELS, (0.22, 0.35), 1900000291, None, True),
    # mainstream subfield channels of 100-115 messages (study 22-35%); written blind
    (THIRTIETH_CHANNELS, (0.22, 0.35), 1900000301, None, True),
    # mainstream subfield channels of 100-115 messages (study 22-35%); written blind
    (THIRTYFIRST_CHANNELS, (0.22, 0.35), 1900000311, None, True),
    # mainstream generalist channels of 100-115 messages, a fifth to a third study; written blind
    (THIRTYSECOND_CHANNELS, (0.20, 0.35), 1900000321, None, True),
    # popular mixed channels of 100-115 messages, a fifth to a third study; written blind
    (THIRTYTHIRD_CHANNELS, (0.18, 0.33), 1900000331, None, True),
    # mainstream subfield channels of 100-115 messages, a quarter to a third study; written blind
    (THIRTYFOURTH_CHANNELS, (0.22, 0.35), 1900000341, None, True),
    # mainstream subfield channels of 100-115 messages, a quarter to a third study; written blind
    (THIRTYFIFTH_CHANNELS, (0.22, 0.35), 1900000351, None, True),
    # mainstream subfield channels of 100-115 messages, a quarter to a third study; written blind
    (THIRTYSIXTH_CHANNELS, (0.22, 0.35), 1900000361, None, True),
    # two mainstream subfield channels and a popular generalist community channel of 100-115 messages, about a
    # quarter study (22-35%); written blind
    (THIRTYSEVENTH_CHANNELS, (0.22, 0.35), 1900000371, None, True),
    # mainstream subfield channels of 100-115 messages, a quarter to a third study; written blind
    (THIRTYEIGHTH_CHANNELS, (0.22, 0.35), 1900000381, None, True),
    # mainstream subfield channels of 100-115 messages (scientific ML, algorithmic trading, entity resolution), a
    # quarter to a third study; written blind
    (THIRTYNINTH_CHANNELS, (0.22, 0.35), 1900000391, None, True),
    (FORTIETH_CHANNELS, (0.22, 0.35), 1900000401, None, True),
    # mainstream generalist channels of 100-115 messages (a Murmansk remote senior, a marathon-running anti-fraud
    # engineer, a couple of an analyst and an ML engineer), a quarter to a third study; written blind
    (FORTYFIRST_CHANNELS, (0.22, 0.35), 1900000411, None, True),
    # mainstream subfield channels of 100-115 messages (music information retrieval, LLM agents for customer
    # support, machine translation), a quarter to a third study; written blind
    (FORTYSECOND_CHANNELS, (0.22, 0.35), 1900000421, None, True),
    # news-heavy and mixed channels of 100-115 messages (an AI-news podcast's, a master's programme's, a DS
    # vacancies channel's), study 15-22%; written blind
    (FORTYTHIRD_CHANNELS, (0.14, 0.24), 1900000431, None, True),
    # mainstream generalist channels of 100-115 messages (a senior DS on maternity leave, a DS who does stand-up, a
    # consulting firm's DS manager), a quarter to a third study; written blind
    (FORTYFOURTH_CHANNELS, (0.22, 0.35), 1900000441, None, True),
    # mainstream subfield channels of 100-115 messages (short-video understanding and feeds, wearable health signals,
    # size and fit in fashion e-commerce), a quarter to a third study; written blind
    (FORTYFIFTH_CHANNELS, (0.22, 0.35), 1900000451, None, True),
    # popular mixed channels of 100-115 messages (an ML lead with a paid community, a data-analytics school's founder,
    # a Kaggle grandmaster in a bank), a quarter to a third study; written blind
    (FORTYSIXTH_CHANNELS, (0.22, 0.35), 1900000461, None, True),
    # mainstream subfield channels of 100-115 messages (camera traps and ecology, anti-cheat and matchmaking in an
    # online game, clinical NLP), a quarter to a third study; written blind
    (FORTYSEVENTH_CHANNELS, (0.22, 0.35), 1900000471, None, True),
    # popular mixed channels of 100-115 messages (the author of a book of interview questions, an ML lead turned
    # start-up founder, a physicist turned popular science blogger), a quarter to a third study; written blind
    (FORTYEIGHTH_CHANNELS, (0.22, 0.35), 1900000481, None, True),
    # mainstream generalist channels of 100-115 messages (a bank's CRM data scientist on the commuter train, a physicist
    # turned forecaster of a logistics company, a fintech lead data scientist in Almaty), a quarter to a third study;
    # written blind
    (FORTYNINTH_CHANNELS, (0.22, 0.35), 1900000491, None, True),
    # mainstream generalist channels of 100-115 messages (a telecom network data scientist on night shifts, a literature
    # teacher turned ML engineer of an essay-checking ed-tech, a Kaggle-bred pharmacy-chain data scientist in Tbilisi), a
    # quarter to a third study; written blind
    (FIFTIETH_CHANNELS, (0.22, 0.35), 1900000501, None, True),
    # two mainstream subfield channels of 100-115 messages (face biometrics and liveness in a bank, machine learning for
    # a sky survey's alert stream), a quarter to a third study; written blind
    (FIFTYFIRST_CHANNELS, (0.22, 0.35), 1900000511, None, True),
    # mainstream subfield channels of 100-115 messages (fault detection on seismic cubes, flood forecasting on Altai
    # rivers, pretraining data for language models), a quarter to a third study; written blind
    (FIFTYSECOND_CHANNELS, (0.22, 0.35), 1900000521, None, True),
    # mainstream subfield channels of 100-115 messages (sensors and alerts on dairy farms, vessels' arrival times from
    # AIS tracks, digital pathology on scanned biopsy slides), a quarter to a third study; written blind
    (FIFTYTHIRD_CHANNELS, (0.22, 0.35), 1900000531, None, True),
    # mainstream subfield channels of 100-115 messages (EEG headbands for sleep and seizures, flu forecasting for a
    # region, protein language models for antibody design), a quarter to a third study; written blind
    (FIFTYFOURTH_CHANNELS, (0.22, 0.35), 1900000541, None, True),
    # mainstream generalist channels of 100-115 messages (a postal operator's forecaster in Samara, an IT-outsourcing data
    # scientist in Voronezh, a used-car classifieds data scientist in Krasnodar), a quarter to a third study; written blind
    (FIFTYFIFTH_CHANNELS, (0.22, 0.35), 1900000551, None, True),
    # mainstream generalist channels of 100-115 messages (a water utility's forecaster in Perm, a fitness-club chain's data
    # scientist in Omsk, a ski resort's data scientist in Sheregesh), a quarter to a third study; written blind
    (FIFTYSIXTH_CHANNELS, (0.22, 0.35), 1900000561, None, True),
]


@pytest.mark.parametrize(("channels", "study", "first_chat", "place", "each_has_every_kind"), LATER_SETS)
def test_a_later_held_out_set_is_sized_mixed_and_where_its_measurement_put_it(
    channels, study, first_chat, place, each_has_every_kind
):
    prefix = channels[0].split("_")[0] + "_"
    assert tuple(f for f in LAID_OUT if f.startswith(prefix)) == channels
    if place is None:
        assert set(channels).isdisjoint(C.CORPUS_CHANNELS)  # until its one blind measurement
    else:
        assert C.CORPUS_CHANNELS[place] == channels  # after it
    chat_ids = range(first_chat, first_chat + 3)
    size, least = SIZES.get(channels, ((80, 95), 240))
    for folder in channels if each_has_every_kind else ():
        kinds, _, _ = check_held_out_set((folder,), study, chat_ids, marked_ad=True, size=size)
        assert kinds == M.KINDS, (folder, M.KINDS - kinds)
    kinds, total, english = check_held_out_set(channels, study, chat_ids, marked_ad=True, size=size)
    assert kinds == M.KINDS, M.KINDS - kinds
    assert total >= least and english >= 3, (total, english)  # some posts wholly in English


def test_the_committed_files_are_what_the_generator_writes():
    for channel in M.channels():
        export, labels = M.build(channel)
        folder = CORPUS / channel.folder
        assert json.loads((folder / "result.json").read_text(encoding="utf-8")) == export, channel.folder
        assert (folder / "labels.toml").read_text(encoding="utf-8") == M.labels_toml(channel, labels), channel.folder
        assert (folder / "channels.toml").read_text(encoding="utf-8") == M.channel_toml(channel), channel.folder


def test_markup_becomes_telegram_entities():
    parts = M.entities("**Жирный** и `код`, #Трюк №1 @some_user https://example.org/x.\n```python\nx = 1\n```")
    assert [(p["type"], p["text"]) for p in parts] == [
        ("bold", "Жирный"),
        ("plain", " и "),
        ("code", "код"),
        ("plain", ", "),
        ("hashtag", "#Трюк"),
        ("plain", " №1 "),
        ("mention", "@some_user"),
        ("plain", " "),
        ("link", "https://example.org/x"),
        ("plain", ".\n"),
        ("pre", "x = 1"),
    ]
    assert parts[-1]["language"] == "python"


# ---- end to end ----------------------------------------------------------------------------------------


def test_the_script_measures_the_corpus_and_the_seeds(capsys):
    assert C.main(["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["posts"] == sum(len(labels) for _, _, labels in corpus())
    assert out["study"] == sum(lab["study"] for _, _, labels in corpus() for lab in labels)
    assert out["pairs"] == sum(1 for _, _, labels in corpus() for lab in labels if "pair" in lab)
    assert 0 < out["published"] <= out["posts"]
    assert out["precision"] == round(out["published_study"] / out["published"], 3)  # rounded to 3 places
    assert sum(sum(row.values()) for row in out["confusion"].values()) == out["posts"]
    assert set(out["confusion"]) == M.KINDS
    assert out["seeds"]["posts_labelled"] >= 13 and out["seeds"]["themes_labelled"] >= 10
    assert out["seeds"]["committed_questions"] > 0 and isinstance(out["seeds"]["lost"], list)
    by_export = {Path(path).parent.name: figures for path, figures in out["by_export"].items()}
    for folder, _, labels in corpus():
        assert by_export[folder]["posts"] == len(labels), folder
        assert by_export[folder]["study"] == sum(lab["study"] for lab in labels), folder
    assert sum(f["published"] for f in by_export.values()) == out["published"]
    assert C.main([]) == 0
    text = capsys.readouterr().out
    assert "precision (published are study)" in text and "labelled kind x fate" in text and "seeds (sources/" in text
    assert text.count("/result.json: ") == len(C.CORPUS_CHANNELS) == 53  # a line per export


def test_the_script_measures_any_labelled_export_and_names_a_bad_label(tmp_path, capsys):
    from . import exports as X

    export = tmp_path / "result.json"
    export.write_text(X.dumps(X.channel_export()), encoding="utf-8")
    labels = tmp_path / "labels.toml"
    labels.write_text(
        '[[post]]\nid = 204\nstudy = true\nkind = "concept"\ntheme = "deep-learning"\ntitle = "Что такое dropout в нейросетях?"\n\n'
        '[[post]]\nid = 213\nstudy = false\nkind = "other"\n',
        encoding="utf-8",
    )
    assert C.main(["--export", str(export), "--labels", str(labels), "--no-seeds", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["posts"], out["study"], out["published"], out["precision"], out["recall"]) == (2, 1, 1, 1.0, 1.0)
    assert out["title_accuracy"] == 1.0 and out["seeds"] is None
    labels.write_text("[[post]]\nid = 999\nstudy = false\n", encoding="utf-8")
    assert C.main(["--export", str(export), "--labels", str(labels), "--no-seeds"]) == 2
    assert f"{labels}: id 999 is no message of {export}" in capsys.readouterr().err


def test_the_ingest_meets_the_issues_targets_on_the_corpus():
    """Issue 17's targets, on the committed fifty-three-channel corpus with no override and no channel
    settings beyond name and link: of the published posts at least 90% study material, at least 80% of
    the study posts published, at least 80% of those on the labelled theme and under the labelled title
    line, at least 70% of the answer → question pairs on one page. The rules were tuned while reading
    the misses of its channels (kofe, prod, blind_*, final_*, fourth_* to eighth_*, tenth_*, twelfth_* and fourteenth_* to seventeenth_* after their blind measurement; ninth_*, eighteenth_* and nineteenth_* were measured and not tuned on), so this guards
    against regressions; how the rules generalise is measured on a blind set (tests/curation/README.md)."""
    assert C.CORPUS_CHANNELS[:5] == ("tricks", "sobes", "digest", "kofe", "prod")  # the former held-out sets included
    assert C.CORPUS_CHANNELS[5:8] == BLIND and C.CORPUS_CHANNELS[8:11] == FINAL_CHANNELS
    assert C.CORPUS_CHANNELS[11:14] == FOURTH_CHANNELS and C.CORPUS_CHANNELS[14:17] == FIFTH_CHANNELS
    assert C.CORPUS_CHANNELS[17:20] == SIXTH_CHANNELS and C.CORPUS_CHANNELS[20:23] == SEVENTH_CHANNELS
    assert C.CORPUS_CHANNELS[23:26] == EIGHTH_CHANNELS and C.CORPUS_CHANNELS[26:29] == NINTH_CHANNELS
    assert C.CORPUS_CHANNELS[29:32] == TENTH_CHANNELS and C.CORPUS_CHANNELS[32:35] == TWELFTH_CHANNELS
    assert C.CORPUS_CHANNELS[35:38] == FOURTEENTH_CHANNELS and C.CORPUS_CHANNELS[38:41] == FIFTEENTH_CHANNELS
    assert C.CORPUS_CHANNELS[41:44] == SIXTEENTH_CHANNELS and C.CORPUS_CHANNELS[44:47] == SEVENTEENTH_CHANNELS
    assert C.CORPUS_CHANNELS[47:50] == EIGHTEENTH_CHANNELS and C.CORPUS_CHANNELS[50:] == NINETEENTH_CHANNELS
    pairs = [(C.CORPUS / c / "result.json", C.CORPUS / c / "labels.toml") for c in C.CORPUS_CHANNELS]
    overall, each = C.measure_exports(pairs)
    assert overall.precision is not None and overall.precision >= 0.90, C.summary(overall)
    assert overall.recall is not None and overall.recall >= 0.80, C.summary(overall)
    assert overall.theme_accuracy is not None and overall.theme_accuracy >= 0.80, C.summary(overall)
    assert overall.title_accuracy is not None and overall.title_accuracy >= 0.80, C.summary(overall)
    assert overall.pairs_rate is not None and overall.pairs_rate >= 0.70, C.summary(overall)
    # The tuning targets of «titles that hold» (tests/curation/README.md), training figures: the whole
    # corpus, and the three final_* channels, whose label lines and set-up lines the title rules are for.
    assert overall.precision >= 0.95 and overall.recall >= 0.95, C.summary(overall)
    # 0.90 on fourteen after «themes that hold», 0.89 on seventeen, 0.86 on twenty-nine, 0.85 on thirty-two, 0.83 on
    # fifty-three (993/1203; the twelve industry channels added at 0.65-0.81 on first sight): each blind set brings
    # subfields whose terms the vocabulary learns from that set alone
    assert overall.theme_accuracy >= 0.82, C.summary(overall)
    assert overall.title_accuracy >= 0.93 and overall.pairs_rate >= 0.85, C.summary(overall)
    # The review queue asks the wrong decisions first: its first tenth holds half of them (54 of 94 on
    # seventeen channels when written, 94 of 155 on twenty-nine; 23 of 94 when the queue went by the
    # fate's confidence alone, before a doubtful theme counted).
    share, n, held = overall.queue[1]
    assert share == 0.1 and n == round(0.1 * overall.posts) and held >= 0.5 * overall.wrong, overall.queue
    final = [s for c, s in zip(C.CORPUS_CHANNELS, each, strict=True) if c in FINAL_CHANNELS]
    # 0.84: 43 of 51 since labelled answers in a channel's own words join their tasks (pairs 8/10 -> 10/10 in
    # final_kurs), and a joined solution's words can outweigh its task's title («…MSE и MAE как функции потерь»).
    assert sum(s.theme_right for s in final) >= 0.84 * sum(s.themed for s in final), [C.summary(s) for s in final]
    assert sum(s.title_right for s in final) >= 0.90 * sum(s.titled for s in final), [C.summary(s) for s in final]
