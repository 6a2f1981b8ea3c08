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


def answer_opening(q: dict) -> str:
    """The first words of the answer, casefolded; an answer that opens by repeating its title is
    previewed from after the title (the preview shows the title beside it)."""
    text, title = words(q["text"]), words(q["title"])
    if not title.endswith("…") and text.casefold().startswith(title.casefold()) and len(text) > len(title):
        text = text[len(title) :].lstrip(" :—–-.,")
    return text[:60].rsplit(" ", 1)[0].casefold()


def test_every_question_page_carries_its_question_and_answer(real_site):
    questions = manifest(real_site)["questions"]
    astral = [q for q in questions if any(ord(c) > 0xFFFF for c in q["title"] + q["text"])]
    assert len(astral) >= 3  # the GAN question of the seeds, and the export's own
    for q in questions:
        h = head_of(real_site / q["permalink"] / "index.html")
        assert h.title == f"{q['title']} - {SITE_NAME}", q["id"]
        assert h.meta["og:title"] == q["title"] == h.meta["twitter:title"], q["id"]
        assert h.meta["og:description"].casefold().startswith(answer_opening(q)), (q["id"], h.meta["og:description"])
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


class Texts(HTMLParser):
    """The text nodes of an answer, each with the tags it is inside."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.nodes: list[tuple[str, tuple[str, ...]]] = []
        self.lists = 0
        self.items = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "input", "img", "hr"):
            return
        self.lists += tag in ("ul", "ol") and not any(t in ("ul", "ol") for t in self.stack)
        self.items += tag == "li"
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if data.strip():
            self.nodes.append((data.strip(), tuple(self.stack)))


def answer_of(path: Path) -> Texts:
    text = article_html(path)
    t = Texts()
    t.feed(text[text.index("<details") : text.index("</details>")])
    return t


def inside(t: Texts, start: str) -> tuple[str, ...]:
    (stack,) = [s for text, s in t.nodes if text.startswith(start)]
    return stack


def test_a_link_whose_label_ends_with_a_colon_is_content_not_an_empty_section(real_site):
    (q,) = [q for q in manifest(real_site)["questions"] if q["title"].startswith("Что такое GAN")]
    assert q["incomplete"] is False
    assert '<details class="answer" open="open">' in article_html(question_page(real_site, "Что такое GAN"))


def test_list_items_of_one_kind_stay_one_list_and_a_paragraph_after_it_stays_out(real_site):
    structures = answer_of(question_page(real_site, "Какие структуры данных"))
    assert structures.lists == 1
    assert [text for text, s in structures.nodes if "li" in s] == X.STRUCTURES
    assert not any("➖" in text for text, _ in structures.nodes)
    assert "li" not in inside(structures, "На собеседовании важнее")
    adam = answer_of(question_page(real_site, "Почему Adam"))
    assert adam.lists == 1 and adam.items == 4
    assert "li" not in inside(adam, "Оговорка")
    # The seeds: four «▪️» items, each with the line that explains it, are one list of four.
    seeds = answer_of(question_page(real_site, "Какие нелинейные преобразования"))
    assert seeds.lists == 1 and not any("▪" in text for text, _ in seeds.nodes)
    assert seeds.items == 4
    for item in (
        "Логарифмическое",
        "Преобразование с помощью",
        "Преобразование Бокса",
        "Преобразование Йео",
        "Позволяет работать",
    ):
        assert "li" in inside(seeds, item)
    # A remark after a list («💡 Подводный камень: …») is not nested under its last item.
    bayes = answer_of(question_page(real_site, "Как можно встроить экспертные знания"))
    assert "li" not in inside(bayes, "💡 Подводный камень")


def test_no_script_holds_up_the_parser_and_the_site_has_one_stylesheet_of_its_own(real_site):
    """Lighthouse's render-blocking resources: Material's bundle at the end of the body held up the
    parser while it downloaded; each stylesheet is one more request before the first paint."""
    for path in (real_site / "index.html", real_site / "study" / "index.html", next((real_site / "q").glob("*/index.html"))):
        html = path.read_text(encoding="utf-8")
        scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
        assert any("javascripts/bundle." in s for s in scripts), path
        assert [s for s in scripts if not re.search(r"\sdefer\b", s)] == [], path
        sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        ours = [s for s in sheets if not re.search(r"/(main|palette)\.[0-9a-f]+\.min\.css$", s)]
        assert [s.rsplit("/", 1)[1] for s in ours] == ["qa.css"], (path, sheets)


def test_themes_are_in_the_menu_in_the_taxonomy_order_whatever_their_sizes(real_site):
    themes = manifest(real_site)["themes"]
    assert len({t["count"] for t in themes}) > 2  # themes of different sizes
    home = (real_site / "index.html").read_text(encoding="utf-8")
    nav = home[home.index("md-nav--primary") :]
    at = [nav.index(f'href="{t["url"]}"') for t in themes]
    assert at == sorted(at)


# ---- in Chromium, on a phone ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_url(real_site):
    from scripts.bench.serve import serve

    with serve(real_site, gzip_text=False) as url:
        yield url


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


READ_PAGE = """() => {
    const meta = name => (document.querySelector(`meta[property="${name}"], meta[name="${name}"]`) || {}).content
    const size = el => el ? parseFloat(getComputedStyle(el).fontSize) : null
    const answer = document.querySelector("article details")
    const body = document.querySelector("article .qa-meta")
    return {
        title: document.title, ogTitle: meta("og:title"), ogDescription: meta("og:description"),
        article: document.querySelector("article").innerText,
        answerSize: size(answer && answer.querySelector("p:not(.qa-media), li")),
        codeSize: size(answer && answer.querySelector("code")),
        bodySize: parseFloat(getComputedStyle(document.querySelector("article")).fontSize),
        metaSize: size(body),
        summaryHeight: answer ? answer.querySelector("summary").getBoundingClientRect().height : null,
        scrollWidth: document.documentElement.scrollWidth,
    }
}"""


@pytest.mark.browser
def test_every_question_page_on_a_phone(phone, real_url, real_site):
    """No front matter on the page; the tab and link preview carry the question and its answer; the
    answer at least at the body's size, its code readable, the page as wide as the phone."""
    questions = manifest(real_site)["questions"]
    code_seen = 0
    for q in questions:
        phone.goto(real_url + q["permalink"])
        page = phone.evaluate(READ_PAGE)
        assert "generated:" not in page["article"] and "qa_page" not in page["article"], q["id"]
        assert page["title"] == f"{q['title']} - {SITE_NAME}" and page["ogTitle"] == q["title"], q["id"]
        assert page["ogDescription"].casefold().startswith(answer_opening(q)), q["id"]
        assert page["answerSize"] >= page["bodySize"] >= 16, (q["id"], page)
        if page["codeSize"] is not None:
            code_seen += 1
            assert page["codeSize"] >= 13, (q["id"], page)
        assert page["scrollWidth"] <= 390, q["id"]
    assert code_seen >= 2  # the pickle code of the seeds, the entropy code of the export


@pytest.mark.browser
def test_a_theme_page_on_a_phone(phone, real_url, real_site):
    """Answers closed: each bar a 44 px target; opened: body-size text. Digest parts in their order."""
    phone.goto(real_url + "metrics/")
    bars = phone.evaluate(
        "() => [...document.querySelectorAll('article details > summary')].map(s => s.getBoundingClientRect().height)"
    )
    assert len(bars) >= 8 and min(bars) >= 44, bars
    phone.click("article details > summary")
    page = phone.evaluate(READ_PAGE)
    assert page["answerSize"] >= page["bodySize"] >= 16 and page["answerSize"] > page["metaSize"], page
    # «Вопрос N из подборки «…»»: the parts of one digest stand together, in their order.
    parts = phone.evaluate(
        "() => [...document.querySelectorAll('.qa-meta')].map(m => m.innerText.match(/Вопрос (\\d+) из подборки «(.+?)»/)).filter(Boolean).map(m => [m[2], +m[1]])"
    )
    assert len(parts) >= 4
    seen: list[str] = []
    for digest, n in parts:
        if not seen or seen[-1] != digest:
            assert digest not in seen, parts  # a digest's parts are not apart
            seen.append(digest)
    for digest in seen:
        numbers = [n for d, n in parts if d == digest]
        assert numbers == sorted(numbers), parts


@pytest.mark.browser
def test_hashtags_and_lists_as_the_author_wrote_them_on_a_phone(phone, real_url, real_site):
    phone.goto(real_url + question_page(real_site, "Что такое GAN").relative_to(real_site).parent.as_posix() + "/")
    tags = phone.evaluate("() => [...document.querySelectorAll('.qa-meta a')].map(a => a.innerText)")
    assert "#DevOps_это_боль" in tags and "#машинное_обучение" in tags
    phone.click("text=#DevOps_это_боль")
    phone.wait_for_url("**/tags/**")
    assert "Что такое GAN" in phone.inner_text("article")
    phone.goto(real_url + question_page(real_site, "Какие структуры данных").relative_to(real_site).parent.as_posix() + "/")
    items = phone.evaluate("() => [...document.querySelectorAll('article details ul > li')].map(li => li.innerText)")
    assert items == X.STRUCTURES
    assert "➖" not in phone.inner_text("article details")


@pytest.mark.browser
def test_neighbours_and_long_titles_fit_a_phone(phone, real_url, real_site):
    """The previous question at the left and the next at the right, each arrow inside its link with at
    most 80 characters of its title; a title longer than 100 characters is set smaller than a short one,
    on its own page and on its theme page."""
    questions = manifest(real_site)["questions"]
    long_q = next(q for q in questions if len(q["title"]) > 100)
    short_q = next(q for q in questions if len(q["title"]) < 40)
    sizes = {}
    for q in (long_q, short_q):
        phone.goto(real_url + q["permalink"])
        sizes[q["id"]] = phone.evaluate("() => parseFloat(getComputedStyle(document.querySelector('article h1')).fontSize)")
        links = phone.evaluate(
            """() => [...document.querySelectorAll('.qa-neighbours a')].map(a => {
                const r = a.getBoundingClientRect()
                return {text: a.innerText, cls: a.className, left: r.left, right: r.right}
            })"""
        )
        loose = phone.evaluate(
            "() => [...document.querySelector('.qa-neighbours').childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).length"
        )
        assert loose == 0, q["id"]  # no arrow on a line of its own
        for link in links:
            assert len(link["text"]) <= 82, link
            if link["cls"] == "qa-prev":
                assert link["text"].startswith("← ") and link["left"] < 40, link
            else:
                assert link["cls"] == "qa-next" and link["text"].endswith(" →") and link["right"] > 330, link
    assert sizes[long_q["id"]] < 0.8 * sizes[short_q["id"]], sizes
    phone.goto(real_url + long_q["url"].split("#")[0])
    h2 = phone.evaluate(
        "id => [parseFloat(getComputedStyle(document.getElementById(id)).fontSize), parseFloat(getComputedStyle(document.querySelector('h2.qa-question:not(.qa-long)')).fontSize)]",
        long_q["id"],
    )
    assert h2[0] < h2[1], h2
