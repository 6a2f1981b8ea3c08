"""Words as the classifier sees them: whole words, lowercased, ё as е, cut to their stems.

Cyrillic words go through the Russian Snowball stemmer, Latin words through the English one, so
"метрики" and "метрикам" are one word, "models" and "model" too; hyphens and slashes separate words
("roc-auc" is "roc" then "auc").
"""

from __future__ import annotations

import functools
import re

import snowballstemmer

TOKEN = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[а-я]")
RUSSIAN = snowballstemmer.stemmer("russian")
ENGLISH = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return RUSSIAN.stemWord(word) if CYRILLIC.search(word) else ENGLISH.stemWord(word)


def stems(text: str) -> list[str]:
    return [stem(w) for w in TOKEN.findall(text.lower().replace("ё", "е"))]
