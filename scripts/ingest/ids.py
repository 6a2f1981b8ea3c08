"""Short ASCII slugs for new question ids: the first words of the title, transliterated.

A slug is only the id's spelling at birth: once published, an id is kept by the registry
(registry.py) whatever happens to the title later.
"""

from __future__ import annotations

import re

TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
MAX_WORDS = 6  # short enough to share and to read in a messenger
MAX_LEN = 50
# Russian words that add length but not meaning to an id.
FILLER = frozenset(
    [
        "и",
        "в",
        "во",
        "на",
        "с",
        "со",
        "к",
        "ко",
        "по",
        "о",
        "об",
        "от",
        "до",
        "за",
        "для",
        "из",
        "у",
        "а",
        "но",
        "же",
        "ли",
        "бы",
        "то",
        "это",
    ]
)
WORD = re.compile(r"[^\W_]+")
NON_SLUG = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in text.lower())


def slugify(title: str) -> str:
    words = WORD.findall(title.lower().replace("ё", "е"))
    kept = [w for w in words if w not in FILLER] or words
    meaningful = [t for w in kept for t in NON_SLUG.split(transliterate(w)) if t]
    slug = ""
    for word in meaningful[:MAX_WORDS]:
        if slug and len(slug) + 1 + len(word) > MAX_LEN:
            break
        slug = f"{slug}-{word}" if slug else word[:MAX_LEN]
    if not slug or slug[0].isdigit():
        slug = "q-" + slug if slug else "q"
    return slug


RESERVED = frozenset({"index", "readme"})  # q/index.md would be served at q/, not at q/index/


def unique(slug: str, taken: set[str]) -> str:
    """The slug, or the slug with the first free suffix -2, -3, …"""
    if slug in RESERVED:
        slug = f"q-{slug}"
    if slug not in taken:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"
