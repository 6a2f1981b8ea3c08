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


def group_duplicates(posts: Sequence[Post]) -> list[list[Post]]:
    """Groups of the same post; each group sorted best first, groups in a stable order."""
    groups: dict[str, list[Post]] = {}
    partials: list[Post] = []
    for post in posts:
        if post.partial and not post.poll:
            partials.append(post)
            continue
        groups.setdefault(squash(title_text(post)), []).append(post)
    # Index the lines of whole posts by their first letters, to find a partial's home quickly.
    by_prefix: dict[str, dict[str, set[str]]] = {}
    if partials:
        for key, members in groups.items():
            for m in members:
                for line in answer_lines(m):
                    t = squash(line)
                    if len(t) >= PREFIX:
                        by_prefix.setdefault(t[:PREFIX], {}).setdefault(t, set()).add(key)
    for post in partials:
        groups.setdefault(_home(post, by_prefix) or "partial:" + squash(answer_text(post))[:80], []).append(post)
    # Rank only where there is a choice; groups are ordered by their first source.
    ordered = [sorted(members, key=rank) if len(members) > 1 else members for members in groups.values()]
    return sorted(ordered, key=lambda g: (g[0].ref.file, g[0].ref.post))


PREFIX = 8  # letters a partial's line must share with the start of a whole post's line


COMMON = 20  # a line that begins lines of more posts than this tells nothing about where a partial belongs


def _home(partial: Post, by_prefix: dict[str, dict[str, set[str]]]) -> str | None:
    """The group of the whole post most of whose lines this partial's lines begin."""
    lines = [x for x in (squash(line) for line in answer_lines(partial)) if len(x) >= PREFIX]
    if len(lines) < 2:
        return None
    hits: dict[str, int] = {}
    for x in lines:
        keys: set[str] = set()
        for t, owners in by_prefix.get(x[:PREFIX], {}).items():
            if t.startswith(x):
                keys |= owners
                if len(keys) > COMMON:
                    break
        if len(keys) > COMMON:
            continue
        for key in keys:
            hits[key] = hits.get(key, 0) + 1
    best = sorted((-n, key) for key, n in hits.items() if n >= PARTIAL_MATCH * len(lines))
    return best[0][1] if best else None
