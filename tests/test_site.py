"""The built site, without a browser: strict build, links, search index, escaping, privacy."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse


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
    html = (built_site / "losses" / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<h2 class="qa-question" data-qa-kind="qa" id="pochemu-inogda-ispolzuiut-obmanchivo-plokhuiu-loss-funktsiiu-na-etape-obucheniia">(.*?)</h2>', html)
    assert m and "Почему иногда используют «обманчиво плохую» loss-функцию" in m.group(1)
    after = html[m.end():]
    assert re.match(r'\s*<p class="qa-meta">.*?</p>\s*<details class="answer">\s*<summary>Ответ</summary>', after, re.DOTALL)
    assert "<strong>не совпадает с целевой метрикой</strong>" in after


def test_partial_and_quiz_are_marked(built_site):
    html = (built_site / "losses" / "index.html").read_text(encoding="utf-8")
    assert '<details class="warning">\n<summary>Ответ — текст неполный</summary>' in html
    assert "Варианты ответа и голоса читателей" in html and "<strong>78%</strong>" in html


def test_post_text_reaches_the_page_literally(built_site):
    html = (built_site / "general" / "index.html").read_text(encoding="utf-8")
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
    manifest = json.loads((built_site / "questions.json").read_text(encoding="utf-8"))
    html = (built_site / "index.html").read_text(encoding="utf-8")
    n = len(manifest["questions"])
    assert f"<strong>{n} вопросов</strong>" in html or f"<strong>{n} вопроса</strong>" in html
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
    manifest = json.loads((built_site / "questions.json").read_text(encoding="utf-8"))
    for theme in manifest["themes"]:
        html = (built_site / theme["slug"] / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article"):html.index("</article>")]
        assert article.count("<h1") == 1, theme["slug"]  # post text never becomes a heading
        assert article.count('class="qa-question"') == theme["count"]
        assert article.count('class="qa-meta"') == theme["count"]
        assert article.count("<details") >= theme["count"]
