"""Synthetic sources shaped like the real ones, built from the seed dumps' own text.

Posts reuse the sentences, titles and ads of the dumps in sources/, in both formats: text dumps
(whole copy, cut-down copy with glued words, boilerplate, reactions) and a Telegram Desktop JSON
export (entities, a poll now and then). Ads, duplicates across formats and partial posts are
mixed in. Everything depends on the seed, so two runs make the same files.
"""

from __future__ import annotations

import json
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

from scripts.ingest.pipeline import run
from scripts.ingest.plain import answer_lines, title_text
from scripts.ingest.read import iter_sources

SIGNATURE = "Библиотека собеса по Data Science"
EMOJI = ["🤔", "👉", "❓", "😎", "🔮", "🧐", "👇"]
REACTIONS = ["❤5👍3🌚1", "👍4❤2", "🔥12❤3", "❤1"]
TAGS = ["#машинное_обучение", "#статистика", "#глубокое_обучение"]
CODE = ["import numpy as np", "x = np.arange(10)", "for value in x:", "print(value ** 2)"]
POSTS_PER_DUMP = 500


@dataclass(frozen=True)
class Corpus:
    titles: list[str]
    sentences: list[str]
    ads: list[list[str]]
    words: list[str]  # every word of the answers, for sentences of one's own


def load_corpus(sources: Path) -> Corpus:
    files = list(iter_sources(sources))
    raws = [raw for f in files for raw in f.posts]
    result = run(files)
    titles = sorted({title_text(q.post).rstrip("?") for q in result.questions if q.post.fate.value == "qa"})
    sentences: set[str] = set()
    for q in result.questions:
        for line in answer_lines(q.post):
            for s in re.split(r"(?<=[.!?])\s+", line):
                if 6 <= len(s.split()) <= 40:
                    sentences.add(s.strip())
    ads = []
    for raw, entry in zip(raws, result.report["posts"], strict=True):
        if entry["fate"] == "ad" and raw.lines:
            ads.append(["".join(r.text for r in line) for line in raw.lines])
    words = sorted({w for s in sentences for w in re.findall(r"[а-яё]{4,}", s)})
    return Corpus(titles, sorted(sentences), ads, words)


SWAP = 0.4  # share of a sentence's words replaced: about half of a post's word pairs are its own


def sentence(rng: random.Random, corpus: Corpus) -> str:
    """A sentence of the seeds with some of its words swapped for others: every post says something
    of its own, as in a real channel, instead of repeating the seeds' sentences word for word."""
    words = rng.choice(corpus.sentences).split(" ")
    return " ".join(rng.choice(corpus.words) if re.fullmatch(r"[а-яё]{4,}", w) and rng.random() < SWAP else w for w in words)


@dataclass(frozen=True)
class Synthetic:
    title: str
    lines: list[str]  # answer lines
    tag: str | None


def make_question(rng: random.Random, corpus: Corpus, n: int) -> Synthetic:
    title = f"{rng.choice(corpus.titles)}: случай {n}?"
    lines: list[str] = []
    words = 0
    while words < 110:
        if rng.random() < 0.15:
            marker = rng.choice(["—", "✅ ", "▪️"])
            items = [marker + sentence(rng, corpus) for _ in range(rng.randint(2, 4))]
            lines += items
            words += sum(len(x.split()) for x in items)
        else:
            para = " ".join(sentence(rng, corpus) for _ in range(rng.randint(1, 3)))
            lines.append(para)
            words += len(para.split())
    if rng.random() < 0.05:
        lines += ["Пример кода:"] + CODE
    return Synthetic(title, lines, rng.choice(TAGS) if rng.random() < 0.3 else None)


def cut_copy(rng: random.Random, lines: list[str]) -> tuple[list[str], list[str]]:
    """The whole copy with words glued where a formatted run began, and the cut-down copy."""
    whole, cut = [], []
    for line in lines:
        words = line.split(" ")
        if len(words) > 4 and rng.random() < 0.35:
            k = rng.randint(1, len(words) - 2)
            head = " ".join(words[:k])
            whole.append(head + " ".join(words[k:]) if words[k][:1].isalpha() and head[-1:].isalpha() else line)
            cut.append(head if whole[-1] != line else line)
        else:
            whole.append(line)
            cut.append(line)
    return whole, cut


def dump_post(rng: random.Random, q: Synthetic, partial: bool = False) -> list[str]:
    whole, cut = cut_copy(rng, q.lines)
    tail = [q.tag] if q.tag else []
    out = [] if partial else [f"{rng.choice(EMOJI)} {q.title}", *whole, *tail, SIGNATURE]
    out += [*cut, *tail, SIGNATURE, "Please open Telegram to view this post", "VIEW IN TELEGRAM", rng.choice(REACTIONS)]
    return out


def json_message(rng: random.Random, q: Synthetic, msg_id: int, date: int) -> dict:
    text: list = [{"type": "bold", "text": f"{rng.choice(EMOJI)} {q.title}"}, "\n\n"]
    for line in q.lines:
        text.append(line + "\n")
    if q.tag:
        text.append({"type": "hashtag", "text": q.tag})
    return {"id": msg_id, "type": "message", "date_unixtime": str(date), "from": "DS", "text": text}


def write_sources(folder: Path, posts: int, seed: int = 1) -> dict[str, int]:
    """Write about `posts` posts under folder; returns how many of each kind were written."""
    rng = random.Random(seed)
    corpus = load_corpus(Path(__file__).resolve().parents[2] / "sources")
    folder.mkdir(parents=True, exist_ok=True)
    dumps: list[list[str]] = [[]]
    messages: list[dict] = []
    made: list[Synthetic] = []
    counts = {"qa": 0, "ad": 0, "duplicate": 0, "partial": 0, "quiz": 0}
    date = 1_700_000_000
    for n in range(1, posts + 1):
        roll = rng.random()
        to_json = rng.random() < 0.4
        if len(dumps[-1]) >= POSTS_PER_DUMP * 12:
            dumps.append([])
        if roll < 0.12 and corpus.ads:
            counts["ad"] += 1
            ad = rng.choice(corpus.ads)
            if to_json:
                messages.append({"id": n, "type": "message", "date_unixtime": str(date + n * 600), "text": "\n".join(ad)})
            else:
                dumps[-1] += [*ad, *ad[1:], rng.choice(REACTIONS)]
        elif roll < 0.20 and made:
            counts["duplicate"] += 1
            q = rng.choice(made)
            if to_json:
                messages.append(json_message(rng, q, n, date + n * 600))
            else:
                dumps[-1] += dump_post(rng, q)
        elif roll < 0.25:
            counts["partial"] += 1
            dumps[-1] += dump_post(rng, make_question(rng, corpus, n), partial=True)
        elif roll < 0.28:
            counts["quiz"] += 1
            answers = [{"text": rng.choice(corpus.sentences)[:80], "voters": rng.randint(1, 50)} for _ in range(4)]
            messages.append(
                {
                    "id": n,
                    "type": "message",
                    "date_unixtime": str(date + n * 600),
                    "text": "",
                    "poll": {"question": f"{rng.choice(corpus.titles)}: опрос {n}?", "answers": answers},
                }
            )
        else:
            counts["qa"] += 1
            q = make_question(rng, corpus, n)
            made.append(q)
            if to_json:
                messages.append(json_message(rng, q, n, date + n * 600))
            else:
                dumps[-1] += dump_post(rng, q)
    for k, lines in enumerate(dumps):
        (folder / f"synthetic_{k:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    export = {"name": "Synthetic DS channel", "type": "public_channel", "id": 1, "messages": messages}
    (folder / "result.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return counts


# ---- one channel's whole history, as Telegram Desktop exports it -------------------------------

CHANNEL_ID = 1800000001
CHAT = "Библиотека собеса (синтетический экспорт)"
CHATTER = [
    "Всем хороших выходных! В понедельник продолжим разбирать вопросы.",
    "Друзья, спасибо, что читаете канал. Нас уже больше десяти тысяч!",
    "Сегодня без поста: готовим большой разбор на следующую неделю.",
    "Напоминаем: комментарии к постам открыты, задавайте вопросы.",
]
SERVICE_ACTIONS = ["pin_message", "edit_group_photo", "edit_group_title"]


def _entities(rng: random.Random, q: Synthetic) -> list[dict]:
    """A post as Telegram writes it: a bold title, paragraphs, a link, code, a hashtag."""
    parts: list[dict] = [{"type": "bold", "text": f"{rng.choice(EMOJI)} {q.title}"}, {"type": "plain", "text": "\n\n"}]
    for k, line in enumerate(q.lines):
        if line in CODE:
            continue
        if k and rng.random() < 0.1:
            parts.append({"type": "italic", "text": line.split(" ", 1)[0]})
            line = " " + line.split(" ", 1)[1] if " " in line else ""
        parts.append({"type": "plain", "text": line + ("\n\n" if rng.random() < 0.4 else "\n")})
    if rng.random() < 0.15:
        parts.append({"type": "pre", "text": "\n".join(CODE), "language": "python"})
    if rng.random() < 0.2:
        parts += [
            {"type": "plain", "text": "\nПодробнее: "},
            {"type": "text_link", "text": "в документации", "href": "https://scikit-learn.org/stable/"},
        ]
    if q.tag:
        parts += [{"type": "plain", "text": "\n\n"}, {"type": "hashtag", "text": q.tag}]
    return parts


def _message(msg_id: int, when: int, parts: list[dict], **extra: object) -> dict:
    text = [p["text"] if p["type"] == "plain" else p for p in parts]
    return {"id": msg_id, "type": "message", "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(when)), "date_unixtime": str(when),
            "from": CHAT, "from_id": f"channel{CHANNEL_ID}", "text": text, "text_entities": parts, **extra}  # fmt: skip


def write_export(folder: Path, messages: int, seed: int = 1) -> dict[str, int]:
    """One channel's `messages` messages as a single Telegram Desktop export (result.json) with the
    mix a real channel has: questions (some with a picture, some forwarded), ads, polls, reposts of
    earlier questions, chatter, pictures without text, service messages; and sources/channels.toml."""
    rng = random.Random(seed)
    corpus = load_corpus(Path(__file__).resolve().parents[2] / "sources")
    folder.mkdir(parents=True, exist_ok=True)
    out: list[dict] = []
    made: list[Synthetic] = []
    counts = {"qa": 0, "ad": 0, "repost": 0, "quiz": 0, "service": 0, "chatter": 0, "picture": 0}
    when = 1_600_000_000
    for n in range(1, messages + 1):
        when += rng.randint(3_600, 40_000)
        roll = rng.random()
        if roll < 0.05:
            counts["service"] += 1
            out.append({"id": n, "type": "service", "date_unixtime": str(when), "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(when)),
                        "actor": CHAT, "actor_id": f"channel{CHANNEL_ID}", "action": rng.choice(SERVICE_ACTIONS), "text": "", "text_entities": []})  # fmt: skip
        elif roll < 0.15 and corpus.ads:
            counts["ad"] += 1
            out.append(_message(n, when, [{"type": "plain", "text": "\n".join(rng.choice(corpus.ads))}]))
        elif roll < 0.18:
            counts["quiz"] += 1
            voters = [rng.randint(1, 50) for _ in range(4)]
            answers = [{"text": rng.choice(corpus.sentences)[:80], "voters": v, "chosen": False} for v in voters]
            poll = {
                "question": f"{rng.choice(corpus.titles)}: опрос {n}?",
                "closed": True,
                "total_voters": sum(voters),
                "answers": answers,
            }
            out.append(_message(n, when, [], poll=poll))
        elif roll < 0.22:
            counts["chatter"] += 1
            out.append(_message(n, when, [{"type": "plain", "text": rng.choice(CHATTER)}]))
        elif roll < 0.25:
            counts["picture"] += 1
            out.append(_message(n, when, [], photo=f"photos/photo_{n}.jpg", width=1280, height=720))
        elif roll < 0.30 and made:
            counts["repost"] += 1
            q = rng.choice(made)
            edited = Synthetic(q.title, [*q.lines[:-1], q.lines[-1] + " Дополнение к посту."], q.tag)
            out.append(_message(n, when, _entities(rng, edited)))
        else:
            counts["qa"] += 1
            q = make_question(rng, corpus, n)
            made.append(q)
            extra: dict[str, object] = {}
            if rng.random() < 0.12:
                extra = {"photo": f"photos/photo_{n}.jpg", "width": 1280, "height": 720}
            elif rng.random() < 0.06:
                extra = {"forwarded_from": "Библиотека дата-сайентиста"}
            out.append(_message(n, when, _entities(rng, q), **extra))
    export = {"name": CHAT, "type": "public_channel", "id": CHANNEL_ID, "messages": out}
    (folder / "channel").mkdir(exist_ok=True)
    (folder / "channel" / "result.json").write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / "channels.toml").write_text(
        f'[[channel]]\nname = "{CHAT}"\nusername = "ds_synthetic"\nchat_id = {CHANNEL_ID}\n', encoding="utf-8"
    )
    return counts
