"""What study mode loads in the browser, and the flashcard downloads, written after each build.

- `assets/study.json`: the theme titles and, per question, [id, url, theme, title]. Small pages
  that need titles (the «Повторить» list, a link to a question that moved) fetch it.
- `assets/study/<theme>/<k>.json`: the study session's cards. A theme's questions are split into
  chunks by a hash of the id (FNV-1a, 32 bits, `chunk_of`), about CHUNK questions each; the study
  page knows every chunk's size from its own HTML (`scope_options`), and the browser computes a
  question's chunk from its id and theme with the same hash (docs/assets/javascripts/study.js).
  So the session loads one chunk for the question on screen, never a list of every question:
  what a phone downloads does not grow with the number of posts.
- `downloads/`: the Anki deck and the CSV (scripts/site/anki.py).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from scripts.site.anki import answer_html, write_csv, write_deck

CHUNK = 24  # questions per chunk on average: one chunk is ~10 KB gzipped
DECK_FILE = "sobes-data-science.apkg"
CSV_FILE = "sobes-data-science.csv"


def fnv1a(text: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes; the browser computes the same (study.js `fnv1a`)."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def chunk_count(questions: int) -> int:
    """A power of two, so that a question changes chunk only when its theme doubles."""
    n = 1
    while questions > n * CHUNK:
        n *= 2
    return n


def chunk_of(qid: str, count: int) -> int:
    return fnv1a(qid) % count


def theme_chunks(manifest: dict[str, Any]) -> dict[str, list[list[dict[str, Any]]]]:
    """Each theme's questions, chunk by chunk, in manifest order within a chunk."""
    by_theme: dict[str, list[dict[str, Any]]] = {t["slug"]: [] for t in manifest["themes"]}
    for q in manifest["questions"]:
        by_theme.setdefault(q["theme"], []).append(q)
    out: dict[str, list[list[dict[str, Any]]]] = {}
    for slug, questions in by_theme.items():
        count = chunk_count(len(questions))
        chunks: list[list[dict[str, Any]]] = [[] for _ in range(count)]
        for q in questions:
            chunks[chunk_of(q["id"], count)].append(q)
        out[slug] = chunks
    return out


def study_list(manifest: dict[str, Any]) -> dict[str, Any]:
    return {
        "themes": [[t["slug"], t["title"]] for t in manifest["themes"]],
        "questions": [[q["id"], q["url"], q["theme"], q.get("title_shown", q["title"])] for q in manifest["questions"]],
    }


def card(q: dict[str, Any]) -> list[Any]:
    """[id, title, answer HTML, page URL, kind]: what the session shows of a question."""
    return [q["id"], q.get("title_shown", q["title"]), answer_html(q["answer"]), q["url"], q["kind"]]  # a spoiler stays hidden


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def write_study_files(manifest: dict[str, Any], site_dir: str | Path, site_url: str) -> None:
    site = Path(site_dir)
    write_json(site / "assets" / "study.json", study_list(manifest))
    for slug, chunks in theme_chunks(manifest).items():
        for k, chunk in enumerate(chunks):
            write_json(site / "assets" / "study" / slug / f"{k}.json", {"theme": slug, "cards": [card(q) for q in chunk]})
    write_deck(manifest, site_url, site / "downloads" / DECK_FILE)
    write_csv(manifest, site_url, site / "downloads" / CSV_FILE)


def scope_options(manifest: dict[str, Any]) -> str:
    """The study page's choice of questions: all, the «Повторить» list, or one theme. Each theme
    option carries its chunks' sizes, which is all the session needs to know about the site."""
    chunks = theme_chunks(manifest)
    total = len(manifest["questions"])
    out = [
        '<select id="qa-scope" class="qa-scope" aria-describedby="qa-session-status">',
        f'<option value="all" data-qa-size="{total}">Все вопросы ({total})</option>',
        '<option value="repeat">Список «Повторить»</option>',
        '<optgroup label="Тема">',
    ]
    for t in manifest["themes"]:
        sizes = ",".join(str(len(c)) for c in chunks[t["slug"]])
        out.append(
            f'<option value="theme:{t["slug"]}" data-qa-chunks="{sizes}" data-qa-size="{t["count"]}">'
            f"{html.escape(t['title'])} ({t['count']})</option>"
        )
    out += ["</optgroup>", "</select>"]
    return "".join(out)
