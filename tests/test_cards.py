"""Link previews: every question's own page names a 1200x630 PNG card of its title
(scripts/site/cards.py) as og:image, with twitter:card summary_large_image and a description that
starts with the answer; cards are drawn once per text (the cache in build/cards/)."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from PIL import Image, ImageChops

from scripts.site import cards

from .conftest import site_manifest

META = re.compile(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">')


def head_meta(page: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in META.findall(page)}


def test_every_question_page_shows_its_own_card(built_site):
    questions = site_manifest(built_site)["questions"]
    seen: dict[bytes, tuple[str, str]] = {}
    for q in questions:
        meta = head_meta((built_site / "q" / q["id"] / "index.html").read_text(encoding="utf-8"))
        assert meta["og:image"] == f"http://127.0.0.1/assets/cards/{q['id']}.png", q["id"]
        assert meta["twitter:image"] == meta["og:image"] and meta["twitter:card"] == "summary_large_image"
        assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
        data = (built_site / "assets" / "cards" / f"{q['id']}.png").read_bytes()
        image = Image.open(io.BytesIO(data))
        assert image.format == "PNG" and image.size == (1200, 630)
        shown = (q["title"], q["theme_title"])  # two questions may share a title: then a card
        assert seen.setdefault(data, shown) == shown, f"{q['id']}: the card of {seen[data]}"
        # The preview's text starts with the answer, not with the title once more.
        title = " ".join(q["title"].split())
        if not title.endswith("…"):
            assert not meta["og:description"].casefold().startswith(title.casefold()), q["id"]
    assert len(seen) == len({(q["title"], q["theme_title"]) for q in questions})
    # Theme pages and the home page keep the small card: they have no picture of their own.
    home = head_meta((built_site / "index.html").read_text(encoding="utf-8"))
    assert home["twitter:card"] == "summary" and "og:image" not in home


def test_a_card_shows_its_title_where_the_title_goes():
    """Two cards that differ only by title differ in the title's lines and nowhere else; the title's
    lines hold white letters on the indigo ground."""
    a = cards.Card("a", "Что такое энтропия?", "Функции потерь", "Собес по Data Science")
    b = cards.Card("b", "Что такое ROC AUC?", "Функции потерь", "Собес по Data Science")
    ia, ib = (Image.open(io.BytesIO(cards.render(c))).convert("RGB") for c in (a, b))
    box = ImageChops.difference(ia, ib).getbbox()
    assert box is not None
    top = cards._title_top(1, 64)
    assert top <= box[1] and box[3] <= top + int(64 * cards.LINE_HEIGHT) + 10, box
    assert ia.getpixel((5, 5)) == cards.INDIGO
    line = ia.crop((cards.MARGIN, top, cards.WIDTH - cards.MARGIN, top + 64))
    assert (255, 255, 255) in {colour for _, colour in line.getcolors(1 << 16)}


def test_a_long_title_fits_in_its_lines_and_ends_with_an_ellipsis():
    size, lines = cards.title_lines("Очень " * 60 + "длинный заголовок")
    assert size == 48 and len(lines) == 5 and lines[-1].endswith("…")
    assert all(cards.font(size).getlength(line) <= cards.WIDTH - 2 * cards.MARGIN for line in lines)
    size, lines = cards.title_lines("Нормализацияминимаксмаксимальнодлинноесловобезпробеловвовсюширинукарточки")
    assert all(cards.font(size).getlength(line) <= cards.WIDTH - 2 * cards.MARGIN for line in lines)


def test_cards_are_drawn_once_per_text(tmp_path):
    questions = [
        {"id": "one", "title": "Первый вопрос", "theme_title": "Метрики"},
        {"id": "two", "title": "Второй вопрос", "theme_title": "Метрики"},
    ]
    cache = tmp_path / "cache"
    assert cards.write_cards(tmp_path / "site", questions, "Сайт", cache) == (2, 2)
    first = (tmp_path / "site" / "assets" / "cards" / "one.png").read_bytes()
    assert cards.write_cards(tmp_path / "site", questions, "Сайт", cache) == (2, 0)
    questions[0]["title"] = "Первый вопрос, исправленный"
    assert cards.write_cards(tmp_path / "site", questions, "Сайт", cache) == (2, 1)
    assert (tmp_path / "site" / "assets" / "cards" / "one.png").read_bytes() != first


def test_a_spoiler_in_the_title_stays_masked_on_its_card(tmp_path):
    """The manifest's title holds every word (for search and the deck); the card, like the page,
    shows `title_shown`, so a link preview does not give the answer away."""
    shown = "Сколько весов у модели? Ответ: ▒▒▒▒"
    spoiled = {"id": "q", "title": "Сколько весов у модели? Ответ: 11", "title_shown": shown, "theme_title": "Метрики"}
    masked = {"id": "q", "title": shown, "theme_title": "Метрики"}
    cards.write_cards(tmp_path / "a", [spoiled], "Сайт", tmp_path / "cache")
    cards.write_cards(tmp_path / "b", [masked], "Сайт", tmp_path / "cache")
    card = Path("assets") / "cards" / "q.png"
    assert (tmp_path / "a" / card).read_bytes() == (tmp_path / "b" / card).read_bytes()
