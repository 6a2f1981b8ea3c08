"""Align the cut-down second copy of a post with its whole copy.

Telegram's web preview, as copied into the dumps, repeats each post: first whole, then with its
formatted runs cut away, each line shrunk to its unformatted prefix (lines that were formatted
from the start vanish). A line of the cut copy is therefore a prefix of a line of the whole copy,
in order. Where it is a strict prefix, a formatted run began right there: that is where the dump
glued words together and where emphasis was lost. Code blocks are the exception: the whole copy
may lack a code block that the cut copy still holds; such lines are kept as insertions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .patterns import CODE_LINE

MAX_INSERTION = 40  # longest run of cut-only code lines accepted between two matches
MAX_PROSE_INSERTION = 3  # longest run of cut-only prose lines (a quote the whole copy lost)


@dataclass(frozen=True)
class Alignment:
    matches: tuple[tuple[int, int], ...]  # (index in cut, index in whole)
    insertions: tuple[tuple[int, tuple[str, ...]], ...]  # (whole index they follow, lines)
    consumed: int  # cut lines consumed from the start of the candidate cut copy

    @property
    def matched(self) -> int:
        return len(self.matches)

    def boundaries(self, whole: Sequence[str], cut: Sequence[str]) -> dict[int, int]:
        """Whole line index -> offset where a formatted run started (strict prefixes only)."""
        found: dict[int, int] = {}
        for ci, wi in self.matches:
            c = cut[ci].rstrip()
            w = whole[wi].rstrip()
            if len(c) < len(w):
                found[wi] = len(c)
        return found


def _find(whole: Sequence[str], line: str, start: int) -> int | None:
    needle = line.rstrip()
    if not needle.strip():
        return None
    for wi in range(start, len(whole)):
        if whole[wi].rstrip().startswith(needle):
            return wi
    return None


def align(whole: Sequence[str], cut: Sequence[str]) -> Alignment:
    """Greedily match cut lines, in order, to the whole lines they are prefixes of."""
    matches: list[tuple[int, int]] = []
    insertions: list[tuple[int, tuple[str, ...]]] = []
    pos = 0
    ci = 0
    while ci < len(cut):
        wi = _find(whole, cut[ci], pos)
        if wi is not None:
            matches.append((ci, wi))
            pos = wi + 1
            ci += 1
            continue
        # Lines the whole copy lacks (a code block, a quote): accept a short run if a match follows.
        end = ci
        while end < len(cut) and end - ci < MAX_INSERTION and CODE_LINE.match(cut[end].strip()):
            end += 1
        if end == ci:
            while end < len(cut) and end - ci < MAX_PROSE_INSERTION and _find(whole, cut[end], pos) is None:
                end += 1
        if end == ci or end >= len(cut) or _find(whole, cut[end], pos) is None:
            break
        insertions.append((pos - 1, tuple(cut[ci:end])))
        ci = end
    return Alignment(tuple(matches), tuple(insertions), ci)
