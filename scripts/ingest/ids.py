"""Stable ASCII ids for questions: a transliterated slug of the title.

An id depends only on the question's own title, so adding, removing or reordering other posts
never changes it. Two different questions with the same slug both get a suffix from a hash of
their own text, which again depends on nothing else.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
MAX_LEN = 100  # long enough that titles differing at the end ("… ч2", "… ч3") keep apart
NON_SLUG = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in text.lower())


def slugify(title: str) -> str:
    slug = NON_SLUG.sub("-", transliterate(title)).strip("-")
    if len(slug) > MAX_LEN:
        slug = slug[: MAX_LEN + 1].rsplit("-", 1)[0]
    if not slug or slug[0].isdigit():
        slug = "q-" + slug if slug else "q"
    return slug


def content_hash(text: str) -> str:
    normalized = re.sub(r"\W+", "", text.lower().replace("ё", "е"))
    return hashlib.sha1(normalized.encode("utf-8")).hexdigest()[:8]


def assign_ids(items: list[tuple[str, str]]) -> list[str]:
    """Ids for (title, text) pairs, in the same order; colliding slugs get a content suffix."""
    slugs = [slugify(title) for title, _ in items]
    groups: dict[str, list[int]] = defaultdict(list)
    for k, slug in enumerate(slugs):
        groups[slug].append(k)
    ids = list(slugs)
    for slug, members in groups.items():
        if len(members) > 1:
            for k in members:
                ids[k] = f"{slug}-{content_hash(items[k][0] + items[k][1])}"
    if len(set(ids)) != len(ids):
        raise ValueError("two questions have the same title and text; they should have been merged")
    return ids
