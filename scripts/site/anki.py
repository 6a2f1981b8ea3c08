"""Flashcards from the manifest: an Anki deck (.apkg) and a CSV of the same notes.

Each note's GUID derives from the question's stable id, so importing a newer deck updates the
cards a reader already has instead of adding duplicates. Links point at each question's own page
(the manifest's `permalink`). The CSV starts with a byte-order mark (Excel reads it as UTF-8
only then) and carries the answer twice: plain text for any flashcard app, and HTML.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import genanki
import markdown

DECK_ID = 1_734_205_301  # fixed: the same deck across builds
MODEL_ID = 1_734_205_302
GUID_NAMESPACE = "ds-interview-guide"
EXTENSIONS = ["attr_list", "md_in_html", "pymdownx.highlight", "pymdownx.superfences", "pymdownx.escapeall"]
EXTENSION_CONFIGS = {
    "pymdownx.escapeall": {"hardbreak": True, "nbsp": False},
    "pymdownx.highlight": {"use_pygments": False},  # plain <pre><code>: Anki has no Pygments CSS
}

CARD_CSS = """
.card { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.45; text-align: left; max-width: 42em; margin: 0 auto; }
pre { background: #f5f5f5; padding: .6em; overflow-x: auto; font-size: 15px; }
code { font-family: ui-monospace, monospace; }
.theme { color: #666; font-size: 14px; }
.link { font-size: 14px; margin-top: 1.2em; }
"""

MODEL = genanki.Model(
    MODEL_ID,
    "Собес по Data Science",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Theme"}, {"name": "Link"}],
    templates=[
        {
            "name": "Вопрос → ответ",
            "qfmt": '<div class="theme">{{Theme}}</div><h3>{{Question}}</h3>',
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<div class="link"><a href="{{Link}}">Ответ на сайте</a></div>',
        }
    ],
    css=CARD_CSS,
)


@lru_cache(maxsize=20_000)  # the deck, the CSV and the study cards render each answer once
def answer_html(answer_md: str) -> str:
    return markdown.markdown(answer_md, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


def anki_tag(tag: str) -> str:
    return re.sub(r"\s+", "_", tag.strip())


def notes(manifest: dict[str, Any], site_url: str) -> list[dict[str, Any]]:
    out = []
    for q in manifest["questions"]:
        out.append(
            {
                "guid": genanki.guid_for(GUID_NAMESPACE, q["id"]),
                "question": q["title"],
                "answer": answer_html(q["answer"]),
                "text": q["text"],
                "theme": q["theme_title"],
                "link": site_url.rstrip("/") + "/" + q["permalink"],
                "tags": [anki_tag(q["theme"])] + [anki_tag(t) for t in q["tags"]],
            }
        )
    return out


def write_deck(manifest: dict[str, Any], site_url: str, target: Path) -> int:
    from html import escape

    deck = genanki.Deck(DECK_ID, "Собес по Data Science")
    items = notes(manifest, site_url)
    for n in items:
        deck.add_note(
            genanki.Note(
                model=MODEL,
                fields=[escape(n["question"]), n["answer"], escape(n["theme"]), n["link"]],
                guid=n["guid"],
                tags=n["tags"],
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(deck).write_to_file(str(target))
    return len(items)


FORMULA = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet would run as a formula


def cell(text: str) -> str:
    """Post text as a spreadsheet cell: never a formula (a leading apostrophe makes Excel show it as text)."""
    return "'" + text if text.startswith(FORMULA) else text


def write_csv(manifest: dict[str, Any], site_url: str, target: Path) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["guid", "question", "answer", "answer_html", "theme", "tags", "link"])
    for n in notes(manifest, site_url):
        row = [n["question"], n["text"], n["answer"], n["theme"], " ".join(n["tags"])]
        writer.writerow([n["guid"], *map(cell, row), n["link"]])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(buf.getvalue(), encoding="utf-8-sig")
