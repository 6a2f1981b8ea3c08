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
    return Corpus(titles, sorted(sentences), ads)


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
            items = [marker + rng.choice(corpus.sentences) for _ in range(rng.randint(2, 4))]
            lines += items
            words += sum(len(x.split()) for x in items)
        else:
            para = " ".join(rng.choice(corpus.sentences) for _ in range(rng.randint(1, 3)))
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
