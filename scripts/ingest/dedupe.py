"""Merge posts that are the same post seen in several dumps, keeping the best text.

Two whole posts are the same when their titles agree letter for letter (spaces and punctuation
aside: the dumps glue and split words differently). A partial post (only its cut-down copy
survived) is the same as a whole post when most of its lines begin lines of the whole post.
The best copy is the most complete: whole before partial, then the longest answer, then the
one with the most restored formatting; ties go to the earliest source by file name, so the
choice never depends on the order the files were read in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Block, ListBlock, Paragraph, Post
from .plain import answer_lines, answer_text, title_text

PARTIAL_MATCH = 0.6  # share of a partial's lines that must begin lines of the whole post


def squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower().replace("ё", "е"))


def _formatting(blocks: Sequence[Block]) -> int:
    count = 0
    for b in blocks:
        if isinstance(b, Paragraph):
            count += sum(1 for line in b.lines for r in line if r.style)
        elif isinstance(b, ListBlock):
            count += 1 + sum(_formatting(i.children) + sum(1 for r in i.line if r.style) for i in b.items)
        else:
            count += 1
    return count


def rank(post: Post) -> tuple[int, int, int, str, int]:
    return (post.partial, -len(squash(answer_text(post))), -_formatting(post.blocks), post.ref.file, post.ref.post)


def _covers(whole: Post, partial: Post) -> bool:
    lines = [squash(x) for x in answer_lines(partial)]
    lines = [x for x in lines if len(x) >= 8]
    if len(lines) < 2:
        return False
    targets = [squash(x) for x in answer_lines(whole)] + [squash(title_text(whole))]
    hits = sum(1 for x in lines if any(t.startswith(x) or x in t for t in targets))
    return hits >= PARTIAL_MATCH * len(lines)


def group_duplicates(posts: Sequence[Post]) -> list[list[Post]]:
    """Groups of the same post; each group sorted best first, groups in a stable order."""
    groups: dict[str, list[Post]] = {}
    partials: list[Post] = []
    for post in posts:
        if post.partial and not post.poll:
            partials.append(post)
            continue
        groups.setdefault(squash(title_text(post)), []).append(post)
    for post in partials:
        home = next((key for key, members in sorted(groups.items()) if any(_covers(m, post) for m in members if not m.partial)), None)
        groups.setdefault(home or "partial:" + squash(answer_text(post))[:80], []).append(post)
    return sorted((sorted(members, key=rank) for members in groups.values()), key=lambda g: rank(g[0])[3:])

