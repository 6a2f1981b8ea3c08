"""The built site, without a browser: strict build, links, search index, escaping, privacy."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from .conftest import site_manifest


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str]] = []  # (attribute, value)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for attr in ("href", "src"):
            if a.get(attr):
                self.refs.append((attr, a[attr]))


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_internal_link_and_anchor_resolves(built_site):
    parsed = {p: parse(p) for p in pages(built_site)}
    base = "http://127.0.0.1/"
    checked = 0
    for page, links in parsed.items():
        if page.name == "404.html":
            continue
        page_url = urljoin(base, page.relative_to(built_site).as_posix())
        for _, ref in links.refs:
            url = urlparse(urljoin(page_url, ref))
            if url.scheme not in ("http", "https") or url.netloc != "127.0.0.1":
                continue
            path = built_site / unquote(url.path).lstrip("/")
            if path.is_dir() or not path.suffix:
                path = path / "index.html"
            assert path.exists(), f"{page}: broken link {ref}"
            if url.fragment and path.suffix == ".html":
                target = parsed.get(path) or parse(path)
                assert unquote(url.fragment) in target.ids, f"{page}: broken anchor {ref}"
            checked += 1
    assert checked > 200


def test_nothing_is_loaded_from_outside_the_site(built_site):
    for page in pages(built_site):
        for attr, ref in parse(page).refs:
            if attr == "src" or ref.endswith((".css", ".js", ".woff2")):
                assert not re.match(r"^(https?:)?//", ref), f"{page}: loads {ref}"
    css = "".join(p.read_text(encoding="utf-8") for p in built_site.rglob("*.css"))
    assert "fonts.googleapis.com" not in css and "fonts.gstatic.com" not in css


def test_search_index_is_small_and_per_question(built_site):
    """The split index (tests/test_search.py tests it in full): one file per question, Material's stub names it."""
    stub = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == []  # Material's own index is a stub: it only starts our worker
    folder = built_site / stub["config"]["index"]
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["questions"] == len(list((folder / "d").iterdir())) > 20


def test_questions_are_headings_with_collapsed_answers(built_site):
    qid = next(q["id"] for q in site_manifest(built_site)["questions"] if q["title"].startswith("Почему иногда используют"))
    html = (built_site / "losses" / "index.html").read_text(encoding="utf-8")
    m = re.search(rf'<h2 class="qa-question" data-qa-kind="qa" id="{qid}">(.*?)</h2>', html)
    assert m and "Почему иногда используют «обманчиво плохую» loss-функцию" in m.group(1)
    after = html[m.end() :]
    assert re.match(r'\s*<p class="qa-meta">.*?</p>\s*<details class="answer">\s*<summary>Ответ</summary>', after, re.DOTALL)
    assert "которая не совпадает с целевой метрикой" in after  # the space the dump lost, and no guessed emphasis


def test_partial_and_quiz_are_marked(built_site):
    html = (built_site / "losses" / "index.html").read_text(encoding="utf-8")
    assert '<details class="warning">\n<summary>Ответ — текст неполный</summary>' in html
    assert "Варианты ответа и голоса читателей" in html and "<strong>78%</strong>" in html


def test_post_text_reaches_the_page_literally(built_site):
    url = next(q["url"] for q in site_manifest(built_site)["questions"] if q["title"].startswith("Как экранировать <script>"))
    html = (built_site / url.split("#")[0] / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "{{ config.site_name }}" in html and "{% include &#39;x&#39; %}" in html or "{% include 'x' %}" in html
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "# не заголовок" in html and "??? не блок" in html


def test_code_keeps_its_indentation(built_site):
    html = (built_site / "engineering" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert "    pickle.dump(model, wf)" in text.replace("&#39;", "'")


def test_home_page_counts_come_from_the_manifest(built_site):
    manifest = site_manifest(built_site)
    html = (built_site / "index.html").read_text(encoding="utf-8")
    questions = manifest["questions"]
    quizzes = sum(q["kind"] == "quiz" for q in questions)
    incomplete = sum(q["incomplete"] and q["kind"] != "quiz" for q in questions)
    assert quizzes and incomplete  # the count has something to say apart
    strong = re.search(r"Сейчас здесь <strong>(.*?)</strong>", html).group(1)
    assert re.fullmatch(rf"{len(questions)} вопрос\w* \({incomplete} с неполным ответом, {quizzes} опрос\w*\)", strong), strong
    for theme in manifest["themes"]:
        assert f'data-qa-theme="{theme["slug"]}" data-qa-total="{theme["count"]}"' in html
    assert "7 июля 2025" in html  # the newest question: message 108 (109 is an empty photo post)


def test_tags_page_and_russian_404(built_site):
    tags = (built_site / "tags" / "index.html").read_text(encoding="utf-8")
    assert "машинное обучение" in tags and "Метрики качества" in tags
    assert "Страница не найдена" in (built_site / "404.html").read_text(encoding="utf-8")


def test_site_speaks_russian(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ru"' in html and "Поиск" in html


def test_every_question_has_its_heading_meta_and_answer(built_site):
    manifest = site_manifest(built_site)
    for theme in manifest["themes"]:
        html = (built_site / theme["slug"] / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article") : html.index("</article>")]
        assert article.count("<h1") == 1, theme["slug"]  # post text never becomes a heading
        assert len(re.findall(r'class="qa-question(?: qa-long)?"', article)) == theme["count"]  # qa-long: a long title
        assert article.count('class="qa-meta"') == theme["count"]
        assert article.count("<details") >= theme["count"]


def page_of(built_site: Path, title: str) -> tuple[dict, str]:
    """A question of the built site (by the start of its title) and the HTML of its own page."""
    q = next(q for q in site_manifest(built_site)["questions"] if q["title"].startswith(title))
    return q, (built_site / q["permalink"] / "index.html").read_text(encoding="utf-8")


def test_every_telegram_entity_is_rendered_as_a_reader_expects(built_site):
    _, html = page_of(built_site, "Что такое регуляризация?")
    article = html[html.index("<article") : html.index("</article>")]
    expected = [
        '<a href="https://scikit-learn.org/stable/modules/linear_model.html">регуляризация</a>',  # a link in the title
        "<em>сложность</em>",
        "<ins>L1</ins>",  # underline
        "<del>L3 не бывает</del>",  # strikethrough
        '<span class="qa-spoiler" tabindex="0" title="Нажмите, чтобы показать">L2 только уменьшает их</span>',
        "<code>penalty='l1'</code>",
        '<span class="kn">from</span>',  # pre highlighted in its language (Python keywords)
        '<a href="https://t.me/ml_sobes_test">t.me/ml_sobes_test</a>',  # a link without a scheme
        '<a href="https://www.example.org/regularization">www.example.org/regularization</a>',
        '<a href="mailto:team@example.org">team@example.org</a>',
        '<a href="tel:+79991234567">+7 999 123-45-67</a>',
        '<a href="https://t.me/ml_sobes_test">@ml_sobes_test</a>',  # a mention
        "<code>/start</code>",  # a bot command
        "<blockquote>\n<p>Регуляризация — это штраф за сложность модели, а не за ошибки.</p>\n</blockquote>",
        "курс $USD 🔥.",  # cashtag and custom emoji as text
    ]
    for fragment in expected:
        assert fragment.replace("'", "&#39;") in article or fragment in article, fragment


def test_every_manifest_anchor_is_in_the_html(built_site):
    manifest = site_manifest(built_site)
    pages: dict[str, set[str]] = {}
    for q in manifest["questions"]:
        page, anchor = q["url"].split("#")
        if page not in pages:
            pages[page] = parse(built_site / page / "index.html").ids
        assert anchor == q["id"] and anchor in pages[page], q["url"]
        assert q["id"] in parse(built_site / q["permalink"] / "index.html").ids


def test_a_forwarded_post_names_its_origin_and_media_are_noted(built_site):
    _, html = page_of(built_site, "Разбор собеседования")
    assert "Переслано из «Data Science Club»" in html
    assert (
        '<p class="qa-media"><em>В посте было видео</em> · <a href="https://t.me/ml_sobes_test/208">открыть пост в Telegram</a></p>'
        in html
    )
