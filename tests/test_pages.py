"""Every page as MkDocs really builds it, from the seeds and from an export shaped like a real
channel (tests/exports.py): front matter read (never shown), title and link preview of every
question page carrying its question and answer."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from scripts.bench.scratch import scratch_project

from . import exports as X
from .conftest import SOURCES, ingest_and_build

SITE_NAME = "Собес по Data Science"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The seeds plus a real-shaped channel export -> ingest -> `mkdocs build --strict`."""
    project = scratch_project(tmp_path_factory.mktemp("real"))
    shutil.copytree(SOURCES, project / "sources")
    (project / "sources" / "real").mkdir()
    (project / "sources" / "real" / "result.json").write_text(X.dumps(X.real_export()), encoding="utf-8")
    with (project / "sources" / "channels.toml").open("a", encoding="utf-8") as config:
        config.write("\n" + X.config_toml(X.REAL_CHANNEL))
    return ingest_and_build(project)


def manifest(site: Path) -> dict:
    return json.loads((site.parent / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))


class Head(HTMLParser):
    """A page's <title>, its meta tags and the text of its article."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.meta: dict[str, str] = {}
        self.body: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("content") is not None:
            self.meta[a.get("property") or a.get("name") or ""] = a["content"]
        if tag in ("title", "article"):
            self._in.append(tag)

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if "title" in self._in:
            self.title += data
        elif "article" in self._in:
            self.body.append(data)


def head_of(path: Path) -> Head:
    h = Head()
    h.feed(path.read_text(encoding="utf-8"))
    return h


def words(text: str) -> str:
    return " ".join(text.split())


def test_no_page_shows_its_front_matter(real_site):
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        body = " ".join(head_of(page).body)
        assert "generated:" not in body and "qa_page" not in body, page


def test_every_question_page_carries_its_question_and_answer(real_site):
    questions = manifest(real_site)["questions"]
    astral = [q for q in questions if any(ord(c) > 0xFFFF for c in q["title"] + q["text"])]
    assert len(astral) >= 3  # the GAN question of the seeds, and the export's own
    for q in questions:
        h = head_of(real_site / q["permalink"] / "index.html")
        assert h.title == f"{q['title']} - {SITE_NAME}", q["id"]
        assert h.meta["og:title"] == q["title"] == h.meta["twitter:title"], q["id"]
        opening = words(q["text"])[:60].rsplit(" ", 1)[0]
        assert h.meta["og:description"].startswith(opening), (q["id"], h.meta["og:description"])
        assert h.meta["description"] == h.meta["og:description"], q["id"]


def test_the_front_matter_is_readable_in_a_diff(real_site):
    """Cyrillic, emoji and astral characters are written as themselves, never as \\u escapes."""
    page = (real_site.parent / "docs" / "generated" / "q").glob("*.md")
    text = "\n".join(p.read_text(encoding="utf-8") for p in page)
    assert "\\u04" not in text and "\\ud8" not in text
    assert "title: Что такое GAN и зачем ему дискриминатор 🦾?" in text
    assert re.search(r"description: '?Генеративно-состязательная сеть учит", text)


def article_html(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.index("<article") : text.index("</article>")]


def question_page(site: Path, title: str) -> Path:
    (q,) = [q for q in manifest(site)["questions"] if q["title"].startswith(title)]
    return site / q["permalink"] / "index.html"


def test_hashtags_are_shown_as_written_and_listed_once_whatever_their_case(real_site):
    gan = article_html(question_page(real_site, "Что такое GAN"))
    assert ">#DevOps_это_боль</a>" in gan and ">#машинное_обучение</a>" in gan
    lists = article_html(question_page(real_site, "Какие структуры данных"))
    assert ">#Машинное_обучение</a>" in lists and ">#aleron_фармит</a>" in lists
    page = (real_site / "tags" / "index.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h2 id="tag:([^"]+)"', page)
    assert len(headings) == len(set(headings))
    assert {"машинное-обучение", "aleron-фармит", "devops-это-боль", "глубокое-обучение", "nlp"} <= set(headings)
    section = page[page.index('id="tag:aleron-фармит"') :].split("<h2", 1)[0]
    assert "Какие структуры данных" in section and "Как посчитать энтропию" in section  # #aleron_фармит and #ALERON_фармит
    section = page[page.index('id="tag:машинное-обучение"') :].split("<h2", 1)[0]
    assert "Что такое GAN" in section and "Какие структуры данных" in section  # #машинное_обучение and #Машинное_обучение
