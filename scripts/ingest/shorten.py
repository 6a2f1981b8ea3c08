"""Where a long title is cut: at a word boundary before the clause that gives its answer away.

A title derived from an answer's first sentence («На микро усреднении мы можем позволить себе
ошибиться на маленьких классах, так как вклад каждого…») must not end inside the explanation: the
reader is to answer it first. It stops before «так как», «потому что», «поскольку», «ведь», «т. к.»
or a dash that starts the explanation; a title still too long is cut at the last clause boundary
(a comma, a semicolon, a dash) before the limit, or at the last word boundary when it has none.
"""

from __future__ import annotations

import re

from . import patterns as P

# The start of a clause that explains (gives the answer away), with the comma or spaces before it.
GIVEAWAY = re.compile(
    r"""(?:\s*,\s*|\s+)(?:так\ как|потому\ что|поскольку|ведь|т\.\s?к\.)(?=\s)  # «…, так как …»
      | \s+[—–]\s+                                                      # «… — это …»
    """,
    re.IGNORECASE | re.VERBOSE,
)
CLAUSE_END = re.compile(r"\s*[,;]\s+|\s+[—–]\s+")
MIN_WORDS = 3  # a title keeps at least this many words before a cut
ELLIPSIS = "…"


def _words(text: str) -> int:
    return len(P.WORD.findall(text))


def giveaway_at(text: str) -> int | None:
    """Where the first clause that explains begins, if at least MIN_WORDS words come before it."""
    for m in GIVEAWAY.finditer(text):
        if _words(text[: m.start()]) >= MIN_WORDS:
            return m.start()
    return None


def cut_at(text: str, limit: int, *, explains: bool) -> int | None:
    """Where to cut a title, or None to keep it whole. `explains`: the text is a sentence of the
    answer (a derived title), so a clause that explains is cut off even when the title is short."""
    at = giveaway_at(text) if explains or len(text) > limit else None
    if at is not None and at <= limit:
        return at
    if len(text) <= limit:
        return None
    ends = [m.start() for m in CLAUSE_END.finditer(text, 0, limit) if _words(text[: m.start()]) >= MIN_WORDS]
    if ends:
        return ends[-1]
    space = text.rfind(" ", 0, limit)
    return space if space > 0 else limit


def shorten(text: str, limit: int, *, explains: bool = False) -> str:
    """The title cut where cut_at says, with an ellipsis; or the text as it is."""
    at = cut_at(text, limit, explains=explains)
    return text if at is None else text[:at].rstrip(" ,;:—–-") + ELLIPSIS
