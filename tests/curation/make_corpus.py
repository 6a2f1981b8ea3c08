"""python -m tests.curation.make_corpus: write the labelled curation corpus from its posts.

The posts are data, written by hand for this corpus (`tests/curation/posts_*.py`), each with its
label: a person's reading of what the post is. This script only lays them out as Telegram Desktop
single-chat exports (`<channel>/result.json`, the shape of `tests/exports.py`) and their labels
(`<channel>/labels.toml`); nothing in a label is computed from the ingest.

Text markup, converted into Telegram entities as Telegram Desktop exports them:
  **bold**, __italic__, `code`, ||spoiler||, ```lang\\ncode```, #hashtag, @mention and bare links.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

STUDY_KINDS = {"question", "task", "concept", "answer"}
OTHER_KINDS = {"news", "personal", "event", "giveaway", "promo", "ad", "joke", "link", "other"}
KINDS = STUDY_KINDS | OTHER_KINDS
THEMES = {
    "metrics",
    "losses",
    "drift",
    "llm",
    "ml-system-design",
    "classic-ml",
    "deep-learning",
    "statistics-and-data",
    "ab-testing",
    "features",
    "validation",
    "engineering",
    "general",
}
FILE_NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"

# One run of markup: fenced code, bold, italic, code, spoiler, hashtag, mention, link (in that order).
MARKUP = re.compile(
    r"```(?P<lang>[a-z]*)\n(?P<pre>.*?)```"
    r"|\*\*(?P<bold>.+?)\*\*"
    r"|__(?P<italic>.+?)__"
    r"|`(?P<code>[^`\n]+)`"
    r"|\|\|(?P<spoiler>.+?)\|\|"
    r"|(?P<hashtag>(?<![\w/])#[\w]+)"
    r"|(?P<mention>(?<![\w.])@[A-Za-z][\w]{3,31})"
    r"|(?P<link>https?://[^\s)»]+[^\s)».,:;!?])",
    re.DOTALL,
)


@dataclass(frozen=True)
class P:
    """One message of a channel and its label.

    kind: what the post is (see README.md); study follows from it (question, task, concept and
    answer are study material). theme: the taxonomy slug (study posts). title: the post's title
    line when it is not the first line. name: a handle other posts refer to; to: the name of the
    question or task an answer belongs to; reply: the answer is posted as a reply to it (else it
    follows it). extra: export fields as they are (photo, forwarded_from, edited, poll...).
    """

    kind: str
    text: str
    theme: str | None = None
    title: str | None = None
    name: str | None = None
    to: str | None = None
    reply: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    service: str | None = None
    study: bool | None = None  # only to overrule the kind (e.g. a promo that also teaches nothing is not study)


def svc(action: str, **extra: Any) -> P:
    return P("other", "", service=action, extra=extra)


def photo() -> dict[str, Any]:
    return {"photo": FILE_NOT_INCLUDED, "width": 1280, "height": 720}


def poll(question: str, *answers: str, voters: int = 120) -> dict[str, Any]:
    share = max(1, voters // max(1, len(answers)))
    return {
        "poll": {
            "question": question,
            "closed": True,
            "total_voters": voters,
            "answers": [{"text": a, "voters": share, "chosen": False} for a in answers],
        }
    }


def entities(text: str) -> list[dict[str, Any]]:
    """The post's text as Telegram's entity parts (plain runs between the marked-up ones)."""
    parts: list[dict[str, Any]] = []
    pos = 0
    for m in MARKUP.finditer(text):
        if m.start() > pos:
            parts.append({"type": "plain", "text": text[pos : m.start()]})
        kind = next(
            k for k in ("pre", "bold", "italic", "code", "spoiler", "hashtag", "mention", "link") if m.group(k) is not None
        )
        part: dict[str, Any] = {"type": kind, "text": m.group(kind)}
        if kind == "pre":
            part["text"] = m.group("pre").rstrip("\n")
            part["language"] = m.group("lang") or ""
        parts.append(part)
        pos = m.end()
    if pos < len(text):
        parts.append({"type": "plain", "text": text[pos:]})
    return parts


def plain_of(text: str) -> str:
    return "".join(p["text"] for p in entities(text))


@dataclass(frozen=True)
class Channel:
    folder: str
    name: str
    username: str
    chat_id: int
    start: datetime
    posts: list[P]
    first_id: int = 1


def build(channel: Channel) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The channel's export and its labels, one per message."""
    ids: dict[str, int] = {}
    messages: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    when = int(channel.start.timestamp())
    by_name: dict[str, P] = {}
    for n, post in enumerate(channel.posts):
        msg_id = channel.first_id + n
        when += 3600 * (7 + (n * 37) % 61)  # a post every few hours to a few days
        if post.name:
            assert post.name not in ids, post.name
            ids[post.name] = msg_id
            by_name[post.name] = post
        stamp = datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        msg: dict[str, Any] = {"id": msg_id, "type": "service" if post.service else "message", "date": stamp}
        msg["date_unixtime"] = str(when)
        if post.service:
            msg.update(actor=channel.name, actor_id=f"channel{channel.chat_id}", action=post.service)
        else:
            msg.update(**{"from": channel.name, "from_id": f"channel{channel.chat_id}"})
        if post.reply:
            assert post.to in ids, f"{channel.folder} #{msg_id}: replies to an unknown post {post.to}"
            msg["reply_to_message_id"] = ids[post.to]
        parts = entities(post.text)
        extra = dict(post.extra)
        if "edited" in extra:
            edited = when + 3600 * int(extra.pop("edited"))
            msg["edited"] = datetime.fromtimestamp(edited, UTC).strftime("%Y-%m-%dT%H:%M:%S")
            msg["edited_unixtime"] = str(edited)
        msg.update(extra)
        if all(p["type"] == "plain" for p in parts):
            msg["text"] = "".join(p["text"] for p in parts)
        else:
            msg["text"] = [p["text"] if p["type"] == "plain" else p for p in parts]
        msg["text_entities"] = parts
        messages.append(msg)
        labels.append(label(channel, msg_id, post, by_name, ids))
    export = {"name": channel.name, "type": "public_channel", "id": channel.chat_id, "messages": messages}
    return export, labels


def label(channel: Channel, msg_id: int, post: P, by_name: dict[str, P], ids: dict[str, int]) -> dict[str, Any]:
    where = f"{channel.folder} #{msg_id}"
    assert post.kind in KINDS, f"{where}: kind {post.kind}"
    study = post.kind in STUDY_KINDS if post.study is None else post.study
    out: dict[str, Any] = {"id": msg_id, "study": study, "kind": post.kind}
    if not study:
        assert post.theme is None and post.to is None, f"{where}: a theme or pair on a post that is not study"
        return out
    theme = post.theme
    if post.kind == "answer":
        assert post.to in by_name, f"{where}: an answer needs `to`"
        theme = theme or by_name[post.to].theme
        out["pair"] = ids[post.to]
    assert theme in THEMES, f"{where}: theme {theme}"
    out["theme"] = theme
    if post.kind != "answer":
        lines = [ln.strip() for ln in plain_of(post.text).split("\n")]
        if "poll" in post.extra:
            lines.append(post.extra["poll"]["question"])
        title = post.title or next(ln for ln in lines if ln)
        assert title in lines, f"{where}: the title {title!r} is not a line of the post"
        out["title"] = title
    return out


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def labels_toml(channel: Channel, labels: list[dict[str, Any]]) -> str:
    head = [
        f"# Labels of {channel.folder}/result.json («{channel.name}»), one per message, by a person's reading.",
        "# Written by tests/curation/make_corpus.py from the posts in tests/curation/posts_*.py; see README.md.",
        "",
    ]
    rows = []
    for entry in labels:
        rows.append("[[post]]")
        rows += [f"{k} = {toml_value(v)}" for k, v in entry.items()]
        rows.append("")
    return "\n".join(head + rows)


def interleave(posts: list[P], extra: list[P]) -> list[P]:
    """posts with extra spread evenly among them, never between a task and the answer that follows it."""
    out = list(posts)
    step = max(1, len(posts) // (len(extra) + 1))
    at = step
    for post in extra:
        while at < len(out) and out[at].kind == "answer" and not out[at].reply:
            at += 1
        out.insert(at, post)
        at += step + 1
    return out


def channel_toml(channel: Channel) -> str:
    """The channel's entry for sources/channels.toml (per-channel settings go here too)."""
    return "\n".join(
        [
            f"# The entry of {channel.folder}/result.json in sources/channels.toml; scripts/bench/curation.py uses it.",
            "[[channel]]",
            f"name = {toml_value(channel.name)}",
            f"username = {toml_value(channel.username)}",
            f"chat_id = {channel.chat_id}",
            "",
        ]
    )


def channels() -> list[Channel]:
    from . import (
        posts_blind_cv,
        posts_blind_de,
        posts_blind_lead,
        posts_eighteenth_collect,
        posts_eighteenth_food,
        posts_eighteenth_meteo,
        posts_eighth_games,
        posts_eighth_plant,
        posts_eighth_search,
        posts_eleventh_junior,
        posts_eleventh_senior,
        posts_eleventh_stream,
        posts_fifteenth_agro,
        posts_fifteenth_edtech,
        posts_fifteenth_realty,
        posts_fifth_pydata,
        posts_fifth_retail,
        posts_fifth_speech,
        posts_fiftieth_ruchka,
        posts_fiftieth_smena,
        posts_fiftieth_tbilisi,
        posts_fiftyfifth_autsors,
        posts_fiftyfifth_pochta,
        posts_fiftyfifth_probeg,
        posts_fiftyfirst_astro,
        posts_fiftyfirst_lico,
        posts_fiftyfourth_belok,
        posts_fiftyfourth_eeg,
        posts_fiftyfourth_epid,
        posts_fiftysecond_korpus,
        posts_fiftysecond_pavodok,
        posts_fiftysecond_razlom,
        posts_fiftysixth_shaiba,
        posts_fiftysixth_sklon,
        posts_fiftysixth_truba,
        posts_fiftythird_farvater,
        posts_fiftythird_ferma,
        posts_fiftythird_gisto,
        posts_final_kurs,
        posts_final_risk,
        posts_final_tokens,
        posts_fortieth_adaptive,
        posts_fortieth_price,
        posts_fortieth_voice,
        posts_fortyeighth_kniga,
        posts_fortyeighth_nauchpop,
        posts_fortyeighth_seed,
        posts_fortyfifth_fit,
        posts_fortyfifth_pulse,
        posts_fortyfifth_shorts,
        posts_fortyfirst_duo,
        posts_fortyfirst_polar,
        posts_fortyfirst_run,
        posts_fortyfourth_dekret,
        posts_fortyfourth_scena,
        posts_fortyfourth_slaid,
        posts_fortyninth_almaty,
        posts_fortyninth_elektrichka,
        posts_fortyninth_fizik,
        posts_fortysecond_agents,
        posts_fortysecond_mt,
        posts_fortysecond_music,
        posts_fortyseventh_antichit,
        posts_fortyseventh_epikriz,
        posts_fortyseventh_lovushka,
        posts_fortysixth_fakapy,
        posts_fortysixth_founder,
        posts_fortysixth_leaderboard,
        posts_fortythird_hiring,
        posts_fortythird_magistr,
        posts_fortythird_podcast,
        posts_fourteenth_energy,
        posts_fourteenth_revenue,
        posts_fourteenth_telecom,
        posts_fourth_mentor,
        posts_fourth_quant,
        posts_fourth_recsys,
        posts_kofe,
        posts_news,
        posts_nineteenth_match,
        posts_nineteenth_otk,
        posts_nineteenth_transit,
        posts_ninth_geo,
        posts_ninth_nlp,
        posts_ninth_tarif,
        posts_prod,
        posts_seventeenth_ore,
        posts_seventeenth_risk,
        posts_seventeenth_stat,
        posts_seventh_daily,
        posts_seventh_med,
        posts_seventh_uplift,
        posts_sixteenth_legal,
        posts_sixteenth_media,
        posts_sixteenth_sklad,
        posts_sixth_matan,
        posts_sixth_mlops,
        posts_sixth_qa,
        posts_sobes,
        posts_tenth_football,
        posts_tenth_geno,
        posts_tenth_rl,
        posts_thirteenth_freelance,
        posts_thirteenth_lecturer,
        posts_thirteenth_relocant,
        posts_thirtieth_diffusion,
        posts_thirtieth_graph,
        posts_thirtieth_mmm,
        posts_thirtyeighth_gpu,
        posts_thirtyeighth_moder,
        posts_thirtyeighth_radio,
        posts_thirtyfifth_causal,
        posts_thirtyfifth_edge,
        posts_thirtyfifth_xai,
        posts_thirtyfirst_anomaly,
        posts_thirtyfirst_automl,
        posts_thirtyfirst_evals,
        posts_thirtyfourth_ocr,
        posts_thirtyfourth_privacy,
        posts_thirtyfourth_razmetka,
        posts_thirtyninth_alpha,
        posts_thirtyninth_dedup,
        posts_thirtyninth_sim,
        posts_thirtysecond_abroad,
        posts_thirtysecond_diary,
        posts_thirtysecond_gov,
        posts_thirtyseventh_cash,
        posts_thirtyseventh_clip,
        posts_thirtyseventh_community,
        posts_thirtysixth_chem,
        posts_thirtysixth_code,
        posts_thirtysixth_robot,
        posts_thirtythird_kafedra,
        posts_thirtythird_otdel,
        posts_thirtythird_stream,
        posts_tricks,
        posts_twelfth_ads,
        posts_twelfth_hr,
        posts_twelfth_soc,
        posts_twentieth_avia,
        posts_twentieth_contact,
        posts_twentieth_pharma,
        posts_twentyeighth_career,
        posts_twentyeighth_papers,
        posts_twentyeighth_weekly,
        posts_twentyfifth_kaggle,
        posts_twentyfifth_serving,
        posts_twentyfifth_sql,
        posts_twentyfirst_cloud,
        posts_twentyfirst_drill,
        posts_twentyfirst_odds,
        posts_twentyfourth_camp,
        posts_twentyfourth_coach,
        posts_twentyfourth_prof,
        posts_twentyninth_assist,
        posts_twentyninth_mock,
        posts_twentyninth_razbor,
        posts_twentysecond_rag,
        posts_twentysecond_tutor,
        posts_twentysecond_vision,
        posts_twentyseventh_onsite,
        posts_twentyseventh_pandas,
        posts_twentyseventh_skoring,
        posts_twentysixth_dlqa,
        posts_twentysixth_fleet,
        posts_twentysixth_meetup,
        posts_twentythird_bank,
        posts_twentythird_dom,
        posts_twentythird_news,
    )

    out = []
    modules = (posts_tricks, posts_sobes, posts_news, posts_kofe, posts_prod, posts_blind_lead, posts_blind_cv, posts_blind_de)
    # The final, blind held-out set final_* is laid out too, but is not in scripts/bench/curation.py's
    # default corpus (README.md, «Final held-out corpus»).
    final = (posts_final_kurs, posts_final_risk, posts_final_tokens)
    # The fourth blind held-out set fourth_* likewise (README.md, «Fourth held-out corpus»).
    fourth = (posts_fourth_recsys, posts_fourth_mentor, posts_fourth_quant)
    # The fifth blind held-out set fifth_* likewise, kept out of the default corpus until it is
    # measured once (README.md, «Fifth held-out corpus»).
    fifth = (posts_fifth_pydata, posts_fifth_retail, posts_fifth_speech)
    # The sixth blind held-out set sixth_* likewise, kept out of the default corpus until it is
    # measured once (README.md, «Sixth held-out corpus»).
    sixth = (posts_sixth_matan, posts_sixth_mlops, posts_sixth_qa)
    # The seventh blind held-out set seventh_* likewise (README.md, «Seventh held-out corpus»).
    seventh = (posts_seventh_uplift, posts_seventh_med, posts_seventh_daily)
    # The eighth blind held-out set eighth_* likewise (README.md, «Eighth held-out corpus»).
    eighth = (posts_eighth_search, posts_eighth_games, posts_eighth_plant)
    # The ninth blind held-out set ninth_* likewise (README.md, «Ninth held-out corpus»).
    ninth = (posts_ninth_nlp, posts_ninth_geo, posts_ninth_tarif)
    # The tenth blind held-out set tenth_* is laid out too, but kept out of the default corpus until
    # its one blind measurement (README.md, «Tenth held-out corpus»).
    tenth = (posts_tenth_geno, posts_tenth_football, posts_tenth_rl)
    # The eleventh blind held-out set eleventh_* likewise, out of the default corpus until its one blind
    # measurement (README.md, «Eleventh held-out corpus»).
    eleventh = (posts_eleventh_senior, posts_eleventh_junior, posts_eleventh_stream)
    # The twelfth blind held-out set twelfth_* likewise (README.md, «Twelfth held-out corpus»).
    twelfth = (posts_twelfth_soc, posts_twelfth_ads, posts_twelfth_hr)
    # The thirteenth blind held-out set thirteenth_* likewise (README.md, «Thirteenth held-out corpus»).
    thirteenth = (posts_thirteenth_lecturer, posts_thirteenth_freelance, posts_thirteenth_relocant)
    # The fourteenth blind held-out set fourteenth_* likewise (README.md, «Fourteenth held-out corpus»).
    fourteenth = (posts_fourteenth_telecom, posts_fourteenth_energy, posts_fourteenth_revenue)
    # The fifteenth blind held-out set fifteenth_* likewise (README.md, «Fifteenth held-out corpus»).
    fifteenth = (posts_fifteenth_edtech, posts_fifteenth_agro, posts_fifteenth_realty)
    # The sixteenth blind held-out set sixteenth_* likewise (README.md, «Sixteenth held-out corpus»).
    sixteenth = (posts_sixteenth_legal, posts_sixteenth_media, posts_sixteenth_sklad)
    # The seventeenth blind held-out set seventeenth_* likewise (README.md, «Seventeenth held-out corpus»).
    seventeenth = (posts_seventeenth_stat, posts_seventeenth_ore, posts_seventeenth_risk)
    # The eighteenth blind held-out set eighteenth_* likewise (README.md, «Eighteenth held-out corpus»).
    eighteenth = (posts_eighteenth_meteo, posts_eighteenth_food, posts_eighteenth_collect)
    # The nineteenth blind held-out set nineteenth_* likewise (README.md, «Nineteenth held-out corpus»).
    nineteenth = (posts_nineteenth_otk, posts_nineteenth_transit, posts_nineteenth_match)
    # The twentieth blind held-out set twentieth_* likewise (README.md, «Twentieth held-out corpus»).
    twentieth = (posts_twentieth_pharma, posts_twentieth_avia, posts_twentieth_contact)
    # The twenty-first blind held-out set twentyfirst_* likewise (README.md, «Twenty-first held-out corpus»).
    twentyfirst = (posts_twentyfirst_drill, posts_twentyfirst_odds, posts_twentyfirst_cloud)
    # The twenty-second blind held-out set twentysecond_* likewise (README.md, «Twenty-second held-out corpus»).
    twentysecond = (posts_twentysecond_rag, posts_twentysecond_tutor, posts_twentysecond_vision)
    # The twenty-third blind held-out set twentythird_* likewise (README.md, «Twenty-third held-out corpus»).
    twentythird = (posts_twentythird_bank, posts_twentythird_news, posts_twentythird_dom)
    # The twenty-fourth blind held-out set twentyfourth_* likewise: news-heavy channels of 100-120
    # messages (README.md, «Twenty-fourth held-out corpus»).
    twentyfourth = (posts_twentyfourth_prof, posts_twentyfourth_camp, posts_twentyfourth_coach)
    # The twenty-fifth blind held-out set twentyfifth_* likewise (README.md, «Twenty-fifth held-out corpus»).
    twentyfifth = (posts_twentyfifth_serving, posts_twentyfifth_sql, posts_twentyfifth_kaggle)
    # The twenty-sixth blind held-out set twentysixth_* likewise: a study channel, an industry channel and a
    # news-heavy one (README.md, «Twenty-sixth held-out corpus»).
    twentysixth = (posts_twentysixth_dlqa, posts_twentysixth_fleet, posts_twentysixth_meetup)
    # The twenty-seventh blind held-out set twentyseventh_* likewise (README.md, «Twenty-seventh held-out corpus»).
    twentyseventh = (posts_twentyseventh_skoring, posts_twentyseventh_pandas, posts_twentyseventh_onsite)
    # The twenty-eighth blind held-out set twentyeighth_* likewise: mixed channels of 100-120 messages, mostly
    # chatter (README.md, «Twenty-eighth held-out corpus»).
    twentyeighth = (posts_twentyeighth_weekly, posts_twentyeighth_papers, posts_twentyeighth_career)
    # The twenty-ninth blind held-out set twentyninth_* likewise: mainstream generalist channels of 100-115
    # messages, a quarter to a third study (README.md, «Twenty-ninth held-out corpus»).
    twentyninth = (posts_twentyninth_razbor, posts_twentyninth_assist, posts_twentyninth_mock)
    # The thirtieth blind held-out set thirtieth_* likewise: mainstream subfield channels of 100-115 messages
    # (README.md, «Thirtieth held-out corpus»).
    thirtieth = (posts_thirtieth_graph, posts_thirtieth_diffusion, posts_thirtieth_mmm)
    # The thirty-first blind held-out set thirtyfirst_* likewise: mainstream subfield channels of 100-115
    # messages (README.md, «Thirty-first held-out corpus»).
    thirtyfirst = (posts_thirtyfirst_anomaly, posts_thirtyfirst_evals, posts_thirtyfirst_automl)
    # The thirty-second blind held-out set thirtysecond_* likewise: mainstream generalist channels of 100-115
    # messages, a fifth to a third study (README.md, «Thirty-second held-out corpus»).
    thirtysecond = (posts_thirtysecond_diary, posts_thirtysecond_gov, posts_thirtysecond_abroad)
    # The thirty-third blind held-out set thirtythird_* likewise: popular mixed channels of 100-115 messages,
    # a fifth to a third study (README.md, «Thirty-third held-out corpus»).
    thirtythird = (posts_thirtythird_otdel, posts_thirtythird_stream, posts_thirtythird_kafedra)
    # The thirty-fourth blind held-out set thirtyfourth_* likewise: mainstream subfield channels of 100-115
    # messages, a quarter to a third study (README.md, «Thirty-fourth held-out corpus»).
    thirtyfourth = (posts_thirtyfourth_ocr, posts_thirtyfourth_privacy, posts_thirtyfourth_razmetka)
    # The thirty-fifth blind held-out set thirtyfifth_* likewise: mainstream subfield channels of 100-115
    # messages, a quarter to a third study (README.md, «Thirty-fifth held-out corpus»).
    thirtyfifth = (posts_thirtyfifth_edge, posts_thirtyfifth_causal, posts_thirtyfifth_xai)
    # The thirty-sixth blind held-out set thirtysixth_* likewise: mainstream subfield channels of 100-115
    # messages, a quarter to a third study (README.md, «Thirty-sixth held-out corpus»).
    thirtysixth = (posts_thirtysixth_chem, posts_thirtysixth_robot, posts_thirtysixth_code)
    # The thirty-seventh blind held-out set thirtyseventh_* likewise: two mainstream subfield channels and a popular
    # generalist community channel of 100-115 messages, a fifth to a third study (README.md, «Thirty-seventh
    # held-out corpus»).
    thirtyseventh = (posts_thirtyseventh_cash, posts_thirtyseventh_clip, posts_thirtyseventh_community)
    # The thirty-eighth blind held-out set thirtyeighth_* likewise: mainstream subfield channels of 100-115
    # messages, a quarter to a third study (README.md, «Thirty-eighth held-out corpus»).
    thirtyeighth = (posts_thirtyeighth_radio, posts_thirtyeighth_moder, posts_thirtyeighth_gpu)
    # The thirty-ninth blind held-out set thirtyninth_* likewise: mainstream subfield channels of 100-115
    # messages, a quarter to a third study (README.md, «Thirty-ninth held-out corpus»).
    thirtyninth = (posts_thirtyninth_sim, posts_thirtyninth_alpha, posts_thirtyninth_dedup)
    # The fortieth blind held-out set fortieth_* likewise: mainstream subfield channels of 100-115 messages, a
    # quarter to a third study (README.md, «Fortieth held-out corpus»).
    fortieth = (posts_fortieth_voice, posts_fortieth_price, posts_fortieth_adaptive)
    # The forty-first blind held-out set fortyfirst_* likewise: mainstream generalist channels of 100-115
    # messages, a quarter to a third study (README.md, «Forty-first held-out corpus»).
    fortyfirst = (posts_fortyfirst_polar, posts_fortyfirst_run, posts_fortyfirst_duo)
    # The forty-second blind held-out set fortysecond_* likewise: mainstream subfield channels of 100-115 messages,
    # a quarter to a third study (README.md, «Forty-second held-out corpus»).
    fortysecond = (posts_fortysecond_music, posts_fortysecond_agents, posts_fortysecond_mt)
    # The forty-third blind held-out set fortythird_* likewise: news-heavy and mixed channels of 100-115 messages,
    # 15-22% study (README.md, «Forty-third held-out corpus»).
    fortythird = (posts_fortythird_podcast, posts_fortythird_magistr, posts_fortythird_hiring)
    # The forty-fourth blind held-out set fortyfourth_* likewise: mainstream generalist channels of 100-115 messages,
    # a quarter to a third study (README.md, «Forty-fourth held-out corpus»).
    fortyfourth = (posts_fortyfourth_dekret, posts_fortyfourth_scena, posts_fortyfourth_slaid)
    # The forty-fifth blind held-out set fortyfifth_* likewise: mainstream subfield channels of 100-115 messages
    # (short-video understanding and feeds, wearable health signals, size and fit in fashion e-commerce), a quarter
    # to a third study (README.md, «Forty-fifth held-out corpus»).
    fortyfifth = (posts_fortyfifth_shorts, posts_fortyfifth_pulse, posts_fortyfifth_fit)
    # The forty-sixth blind held-out set fortysixth_* likewise: popular mixed channels of 100-115 messages, a
    # quarter to a third study (README.md, «Forty-sixth held-out corpus»).
    fortysixth = (posts_fortysixth_fakapy, posts_fortysixth_founder, posts_fortysixth_leaderboard)
    # The forty-seventh blind held-out set fortyseventh_* likewise: mainstream subfield channels of 100-115 messages
    # (camera traps and ecology, anti-cheat and matchmaking in an online game, clinical NLP), a quarter to a third
    # study (README.md, «Forty-seventh held-out corpus»).
    fortyseventh = (posts_fortyseventh_lovushka, posts_fortyseventh_antichit, posts_fortyseventh_epikriz)
    # The forty-eighth blind held-out set fortyeighth_* likewise: popular mixed channels of 100-115 messages (the
    # author of a book of interview questions, an ML lead turned start-up founder, a physicist turned popular science
    # blogger), a quarter to a third study (README.md, «Forty-eighth held-out corpus»).
    fortyeighth = (posts_fortyeighth_kniga, posts_fortyeighth_seed, posts_fortyeighth_nauchpop)
    # The forty-ninth blind held-out set fortyninth_* likewise: mainstream generalist channels of 100-115 messages
    # (a bank's CRM data scientist writing on the commuter train, a physicist turned forecaster of a logistics company,
    # the lead data scientist of a Kazakhstan super-app's fintech arm in Almaty), a quarter to a third study
    # (README.md, «Forty-ninth held-out corpus»).
    fortyninth = (posts_fortyninth_elektrichka, posts_fortyninth_fizik, posts_fortyninth_almaty)
    # The fiftieth blind held-out set fiftieth_* likewise: mainstream generalist channels of 100-115 messages (a telecom
    # network data scientist writing from night shifts, a literature teacher turned ML engineer of an essay-checking
    # ed-tech, a Kaggle-bred data scientist of a pharmacy chain in Tbilisi), a quarter to a third study (README.md,
    # «Fiftieth held-out corpus»).
    fiftieth = (posts_fiftieth_smena, posts_fiftieth_ruchka, posts_fiftieth_tbilisi)
    # The fifty-first blind held-out set fiftyfirst_* likewise: two mainstream subfield channels of 100-115 messages (face
    # biometrics and liveness in a bank, machine learning for a sky survey's alert stream), a quarter to a third study
    # (README.md, «Fifty-first held-out corpus»).
    fiftyfirst = (posts_fiftyfirst_lico, posts_fiftyfirst_astro)
    # The fifty-second blind held-out set fiftysecond_* likewise: mainstream subfield channels of 100-115 messages
    # (fault detection on seismic cubes, flood forecasting on Altai rivers, pretraining data for language models), a
    # quarter to a third study (README.md, «Fifty-second held-out corpus»).
    fiftysecond = (posts_fiftysecond_razlom, posts_fiftysecond_pavodok, posts_fiftysecond_korpus)
    # The fifty-third blind held-out set fiftythird_* likewise: mainstream subfield channels of 100-115 messages
    # (sensors and alerts on dairy farms, vessels' arrival times from AIS tracks, digital pathology on scanned biopsy
    # slides), a quarter to a third study (README.md, «Fifty-third held-out corpus»).
    fiftythird = (posts_fiftythird_ferma, posts_fiftythird_farvater, posts_fiftythird_gisto)
    # The fifty-fourth blind held-out set fiftyfourth_* likewise: mainstream subfield channels of 100-115 messages
    # (EEG headbands for sleep staging and seizure alerts, forecasting flu and ARVI for a region's health ministry, protein
    # language models for antibody and enzyme design), a quarter to a third study (README.md, «Fifty-fourth held-out
    # corpus»).
    fiftyfourth = (posts_fiftyfourth_eeg, posts_fiftyfourth_epid, posts_fiftyfourth_belok)
    # The fifty-fifth blind held-out set fiftyfifth_* likewise: mainstream generalist channels of 100-115 messages (a
    # former architect forecasting parcels for the postal operator in Самара, a former chess coach in a Воронеж
    # IT-outsourcing company, a former mechanic of a used-car classifieds site in Краснодар), a quarter to a third study
    # (README.md, «Fifty-fifth held-out corpus»).
    fiftyfifth = (posts_fiftyfifth_pochta, posts_fiftyfifth_autsors, posts_fiftyfifth_probeg)
    # The fifty-sixth blind held-out set fiftysixth_* likewise: mainstream generalist channels of 100-115 messages (a
    # former surveyor forecasting water supply and leaks for the Пермь water utility, a former hockey player at a Siberian
    # fitness-club chain in Омск, a former ski instructor at a ski resort in Шерегеш), a quarter to a third study
    # (README.md, «Fifty-sixth held-out corpus»).
    fiftysixth = (posts_fiftysixth_truba, posts_fiftysixth_shaiba, posts_fiftysixth_sklon)
    sets = (
        *final,
        *fourth,
        *fifth,
        *sixth,
        *seventh,
        *eighth,
        *ninth,
        *tenth,
        *eleventh,
        *twelfth,
        *thirteenth,
        *fourteenth,
        *fifteenth,
        *sixteenth,
        *seventeenth,
        *eighteenth,
        *nineteenth,
        *twentieth,
        *twentyfirst,
        *twentysecond,
        *twentythird,
        *twentyfourth,
        *twentyfifth,
        *twentysixth,
        *twentyseventh,
        *twentyeighth,
        *twentyninth,
        *thirtieth,
        *thirtyfirst,
        *thirtysecond,
        *thirtythird,
        *thirtyfourth,
        *thirtyfifth,
        *thirtysixth,
        *thirtyseventh,
        *thirtyeighth,
        *thirtyninth,
        *fortieth,
        *fortyfirst,
        *fortysecond,
        *fortythird,
        *fortyfourth,
        *fortyfifth,
        *fortysixth,
        *fortyseventh,
        *fortyeighth,
        *fortyninth,
        *fiftieth,
        *fiftyfirst,
        *fiftysecond,
        *fiftythird,
        *fiftyfourth,
        *fiftyfifth,
        *fiftysixth,
    )
    for module in (*modules, *sets):
        channel = module.CHANNEL
        head = getattr(module, "HEAD", 0)  # the first posts (creation, welcome, pin) stay first
        posts = channel.posts[:head] + interleave(channel.posts[head:], module.CHATTER)
        out.append(replace(channel, posts=posts))
    return out


def main() -> None:
    for channel in channels():
        export, labels = build(channel)
        folder = HERE / channel.folder
        folder.mkdir(exist_ok=True)
        (folder / "result.json").write_text(json.dumps(export, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (folder / "labels.toml").write_text(labels_toml(channel, labels), encoding="utf-8")
        (folder / "channels.toml").write_text(channel_toml(channel), encoding="utf-8")
        study = sum(1 for entry in labels if entry["study"])
        print(f"{channel.folder}: {len(labels)} messages, {study} study")


if __name__ == "__main__":
    main()
