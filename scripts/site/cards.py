"""Link-preview cards: a 1200x630 PNG per question (its title, its theme, the site's name), the
`og:image` of its own page (overrides/main.html), and the site's icons (web app manifest,
apple-touch-icon).

Rendered with Pillow and Noto Sans Bold (scripts/site/fonts/, SIL OFL 1.1, Cyrillic and Latin):
nothing is fetched at build time. A card depends only on its text, so each is kept in a cache
folder by the hash of what it shows (`card_key`) and copied from there on the next build; new
cards are rendered in parallel processes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path(__file__).resolve().parent / "fonts" / "NotoSans-Bold.ttf"
CARDS = "assets/cards"  # in the site: assets/cards/<id>.png
ICONS = "assets/images"
WIDTH, HEIGHT = 1200, 630
MARGIN = 72
INDIGO = (64, 81, 181)  # Material's indigo primary, #4051b5: the site's header
WHITE = (255, 255, 255)
PALE = (208, 214, 245)
TITLE_SIZES = ((64, 4), (56, 4), (48, 5))  # (font size, lines): the largest that holds the title
TITLE_LINES_HEIGHT = 310  # pixels between the site's name and the theme
LINE_HEIGHT = 1.2
VERSION = "1"  # bump when the layout changes: every cached card is redrawn


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    theme: str
    site: str


@lru_cache(maxsize=16)
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def wrap(text: str, size: int, width: int) -> list[str]:
    """Words of text in lines no wider than width pixels at this size (a word too long is cut)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if font(size).getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while font(size).getlength(word) > width:  # one word wider than the card
            cut = max(k for k in range(1, len(word) + 1) if font(size).getlength(word[:k]) <= width)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def title_lines(title: str) -> tuple[int, list[str]]:
    """The title's font size and lines: the largest size that fits, else the smallest, ellipsised."""
    width = WIDTH - 2 * MARGIN
    for size, most in TITLE_SIZES:
        lines = wrap(title, size, width)
        if len(lines) <= most:
            return size, lines
    size, most = TITLE_SIZES[-1]
    lines = wrap(title, size, width)[:most]
    last = lines[-1]
    while last and font(size).getlength(last + "…") > width:
        last = last[:-1].rstrip()
    lines[-1] = last + "…"
    return size, lines


def _ink(colour: tuple[int, int, int]) -> int:
    """The grey level that the palette maps to (about) this colour: its distance from indigo to white."""
    return round(255 * (colour[0] - INDIGO[0]) / (255 - INDIGO[0]))


# Grey level k is the colour k/255 of the way from indigo to white: the cards are drawn in grey
# (antialiased, as fast as drawing gets) and saved as an 8-bit palette PNG (about 20 KB a card).
PALETTE = [round(a + (255 - a) * k / 255) for k in range(256) for a in INDIGO]


def _title_top(lines: int, size: int) -> int:
    return 150 + (TITLE_LINES_HEIGHT - lines * int(size * LINE_HEIGHT)) // 2


def render(card: Card) -> bytes:
    """The card as PNG bytes."""
    image = Image.new("L", (WIDTH, HEIGHT), 0)
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, MARGIN - 8), card.site, font=font(36), fill=_ink(PALE))
    size, lines = title_lines(card.title)
    y = _title_top(len(lines), size)
    for line in lines:
        draw.text((MARGIN, y), line, font=font(size), fill=255)
        y += int(size * LINE_HEIGHT)
    draw.rectangle((MARGIN, HEIGHT - MARGIN - 52, MARGIN + 8, HEIGHT - MARGIN), fill=_ink(PALE))
    theme = wrap(f"Тема: {card.theme}", 32, WIDTH - 2 * MARGIN - 24)[0]
    draw.text((MARGIN + 28, HEIGHT - MARGIN - 50), theme, font=font(32), fill=_ink(PALE))
    out = Image.frombytes("P", image.size, image.tobytes())
    out.putpalette(PALETTE)
    return _png(out)


def _png(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, "PNG", compress_level=6)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def _font_hash() -> str:
    return hashlib.sha256(FONT.read_bytes()).hexdigest()[:16]


def card_key(card: Card) -> str:
    """The hash of everything a card shows (and of the font and layout): its file in the cache."""
    text = json.dumps([VERSION, _font_hash(), card.title, card.theme, card.site], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _render_to(card: Card, path: Path) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(render(card))
    tmp.replace(path)


def write_cards(site_dir: Path, questions: Iterable[dict], site_name: str, cache_dir: Path, workers: int = 0) -> tuple[int, int]:
    """assets/cards/<id>.png for every question of the manifest; return (cards, rendered anew)."""
    # The title as the page shows it: a spoiler stays masked in a link preview too.
    cards = [Card(q["id"], q.get("title_shown", q["title"]), q["theme_title"], site_name) for q in questions]
    cache_dir.mkdir(parents=True, exist_ok=True)
    missing = {card_key(c): c for c in cards if not (cache_dir / f"{card_key(c)}.png").exists()}
    _render_all(list(missing.items()), cache_dir, workers or min(4, os.cpu_count() or 1))
    out = site_dir / CARDS
    out.mkdir(parents=True, exist_ok=True)
    for card in cards:
        shutil.copyfile(cache_dir / f"{card_key(card)}.png", out / f"{card.id}.png")
    return len(cards), len(missing)


def _render_all(todo: Sequence[tuple[str, Card]], cache_dir: Path, workers: int) -> None:
    if len(todo) < 50 or workers < 2:  # a process pool costs more than it saves on a few cards
        for key, card in todo:
            _render_to(card, cache_dir / f"{key}.png")
        return
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_render_to, [c for _, c in todo], [cache_dir / f"{k}.png" for k, _ in todo], chunksize=32))


# ---- the site's icons -------------------------------------------------------------------------------

ICON_SIZES = {"icon-192.png": (192, 0.0), "icon-512.png": (512, 0.0), "icon-maskable-512.png": (512, 0.1), "apple-touch-icon.png": (180, 0.0)}  # fmt: skip


def icon(size: int, padding: float) -> bytes:
    """The site's icon: «DS» in white on indigo, filling the square (a maskable icon keeps its mark
    within the central circle of 80%: padding shrinks the mark, never the background)."""
    image = Image.new("RGB", (size, size), INDIGO)
    draw = ImageDraw.Draw(image)
    text_size = int(size * (0.42 - padding))
    left, top, right, bottom = draw.textbbox((0, 0), "DS", font=font(text_size))
    draw.text(((size - (right - left)) / 2 - left, (size - (bottom - top)) / 2 - top), "DS", font=font(text_size), fill=WHITE)
    return _png(image)


def write_icons(site_dir: Path) -> list[str]:
    """The icons of the web app manifest and the apple-touch-icon, in assets/images/."""
    out = site_dir / ICONS
    out.mkdir(parents=True, exist_ok=True)
    for name, (size, padding) in ICON_SIZES.items():
        (out / name).write_bytes(icon(size, padding))
    return [f"{ICONS}/{name}" for name in ICON_SIZES]
