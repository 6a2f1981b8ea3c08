"""Repair what the text dump broke, using the post's cut-down copy (see align.py).

At each place where a formatted run began, the dump lost the run's formatting and often the
space before it ("котораяне совпадает", "Перейти кметрикам"). The space is restored and the run
is marked bold up to the end of its clause. Lines only the cut copy kept (a code block) are put
back in place.
"""

from __future__ import annotations

import re

from .align import align
from .models import Line, RawPost, Run, line_text, plain_line

# Where an emphasised run ends: the first clause punctuation, a spaced dash, or an opening bracket.
EMPHASIS_END = re.compile(r"[,.;:!?]|\s[—–-]\s|\s\(")
# Markdown escapes left in the channel's text: "Precision\@K".
ESCAPE_DEBRIS = re.compile(r"\\([@_*#~`|])")

SPACE_BEFORE = set(":;,!?)»")  # punctuation after which a glued word needs a space
WORD_JOINERS = ("-", "@", "/", ".", "_")  # a run starting after these continues the same word


def _needs_space(left: str, right: str) -> bool:
    return (left.isalnum() or left in SPACE_BEFORE) and (right.isalnum() or right in "(«")


def split_at_boundary(text: str, offset: int) -> tuple[Line, list[str]]:
    """Restore the space and the emphasis at `offset`, where a formatted run began."""
    left, right = text[:offset], text[offset:]
    fixes: list[str] = []
    if left and right and not left[-1].isspace() and not right[0].isspace() and _needs_space(left[-1], right[0]):
        left += " "
        fixes.append(f"space restored: {text[max(0, offset - 12):offset]}|{text[offset:offset + 12]}")
    if not right or not right[0].isalnum() or left.endswith(WORD_JOINERS):
        return (Run(left + right),), fixes
    m = EMPHASIS_END.search(right)
    end = m.start() if m else len(right)
    bold = right[:end].rstrip()
    rest = right[len(bold):]
    runs = [Run(left)] if left else []
    runs.append(Run(bold, "bold"))
    if rest:
        runs.append(Run(rest))
    fixes.append(f"emphasis restored: {bold[:40]}")
    return tuple(runs), fixes


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
    """The post's lines with glued words, lost emphasis and lost code put right, and the fixes made."""
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
            lines[after + 1:after + 1] = [plain_line(t) for t in inserted]
            fixes.append(f"{len(inserted)} line(s) only the cut copy kept, restored after line {after + 1}")
    out: list[Line] = []
    for line in lines:
        fixed, changed = _unescape(line)
        if changed:
            fixes.append(f"escape removed: {line_text(line)[:40]}")
        out.append(fixed)
    return tuple(out), tuple(fixes)
