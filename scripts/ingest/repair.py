"""Repair what the text dump broke, using the post's cut-down copy (see align.py).

At each place where a formatted run began, the dump lost the run's formatting and often the
space before it ("котораяне совпадает", "Перейти кметрикам"). The space is restored. No emphasis is
guessed: the cut copy shows where a run began, never where it ended nor what it was (bold, italic,
a link, a spoiler), so marking a clause bold would put emphasis on words the author may not have
stressed. Lines only the cut copy kept (a code block) are put back in place.
"""

from __future__ import annotations

import re

from .align import align
from .models import Line, RawPost, Run, line_text, plain_line

# Markdown escapes left in the channel's text: "Precision\@K".
ESCAPE_DEBRIS = re.compile(r"\\([@_*#~`|])")

SPACE_BEFORE = set(":;,!?)»")  # punctuation after which a glued word needs a space


def _needs_space(left: str, right: str) -> bool:
    return (left.isalnum() or left in SPACE_BEFORE) and (right.isalnum() or right in "(«")


def split_at_boundary(text: str, offset: int) -> tuple[Line, list[str]]:
    """Restore the space the dump lost at `offset`, where a formatted run began."""
    left, right = text[:offset], text[offset:]
    if left and right and not left[-1].isspace() and not right[0].isspace() and _needs_space(left[-1], right[0]):
        fix = f"space restored: {text[max(0, offset - 12) : offset]}|{text[offset : offset + 12]}"
        return (Run(left + " " + right),), [fix]
    return (Run(text),), []


def _unescape(line: Line) -> tuple[Line, bool]:
    changed = False
    out = []
    for run in line:
        if run.style in ("code", "pre") or "\\" not in run.text:
            out.append(run)
            continue
        text = ESCAPE_DEBRIS.sub(r"\1", run.text)
        changed |= text != run.text
        out.append(Run(text, run.style, run.href))
    return tuple(out), changed


def repair(raw: RawPost) -> tuple[tuple[Line, ...], tuple[str, ...]]:
    """The post's lines with glued words, lost emphasis and lost code put right, and the fixes made.
    Only text dumps are repaired: an export's text is what the author wrote."""
    if not raw.dump:
        return raw.lines, ()
    fixes: list[str] = []
    lines: list[Line] = list(raw.lines)
    if raw.cut:
        whole = [line_text(line) for line in raw.lines]
        a = align(whole, raw.cut)
        for wi, offset in sorted(a.boundaries(whole, raw.cut).items()):
            if len(raw.lines[wi]) == 1:  # only plain dump lines carry boundaries
                lines[wi], found = split_at_boundary(whole[wi], offset)
                fixes.extend(found)
        for after, inserted in reversed(a.insertions):
            lines[after + 1 : after + 1] = [plain_line(t) for t in inserted]
            fixes.append(f"{len(inserted)} line(s) only the cut copy kept, restored after line {after + 1}")
    out: list[Line] = []
    for line in lines:
        fixed, changed = _unescape(line)
        if changed:
            fixes.append(f"escape removed: {line_text(line)[:40]}")
        out.append(fixed)
    return tuple(out), tuple(fixes)
