"""Unicode hygiene for everything read from a source, before anything is derived from it.

Every line break a reader or a parser could see (CR, CRLF, U+2028, U+2029, NEL, VT, FF) becomes a
plain newline, and other control characters (C0 but tab and newline, DEL, C1) and noncharacters go:
a line break Python's `splitlines` sees but Markdown does not could otherwise end a code span early
and let text through as markup, and a control character breaks a page's YAML front matter.
NFC composition (a title typed in NFD gives the same id, dedupe key and search terms as in NFC);
zero-width characters, soft hyphens and bidirectional controls removed (invisible, they split words
for search and can disguise text); a zero-width joiner is kept only inside an emoji sequence (👨‍💻);
lone surrogates (possible in JSON escapes) become U+FFFD so that the text can always be written.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

# Invisible format characters: zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel
# separator, left-to-right/right-to-left marks, embeddings, overrides and isolates.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A zero-width (non-)joiner that is not between two symbols of an emoji sequence.
LOOSE_JOINER = re.compile(
    "(?<![\u2190-\u2bff\U0001f000-\U0001faff\ufe0f])[\u200c\u200d]|[\u200c\u200d](?![\u2190-\u2bff\U0001f000-\U0001faff])"
)
SURROGATE = re.compile("[\ud800-\udfff]")
LINE_BREAK = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def normalize(text: str) -> str:
    text = CONTROL.sub("", LINE_BREAK.sub("\n", text))
    if text.isascii():
        return text
    text = SURROGATE.sub("\ufffd", text)
    text = LOOSE_JOINER.sub("", INVISIBLE.sub("", text))
    return unicodedata.normalize("NFC", text)


def display(path: Path | str) -> str:
    """A path as text that can always be printed (file names that are not UTF-8 keep their bytes escaped)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
