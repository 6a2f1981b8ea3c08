"""Merge posts that are copies of one question (a repost, the same post in two dumps, a cut-down
copy), keeping the best text.

Two posts are copies only when their whole texts are near-identical (similarity.py): whole posts by
Jaccard similarity, a partial post by the share of its text found in a whole post, each against a
threshold in rules/identity.toml. Titles play no part: two posts that open alike ("Задача с
собеседования") but say different things stay two questions.

The best copy is the most complete: whole before partial, then the longest answer, then the one with
the most formatting; ties go to the earliest source by key, so the choice never depends on the order
the files were read in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .models import Block, ListBlock, Paragraph, Post, Quote
from .plain import answer_text, full_text
from .rules import identity_rules
from .similarity import candidates, containment, jaccard, shingles


@dataclass(frozen=True)
class Group:
    posts: tuple[Post, ...]  # best first
    similarity: tuple[float, ...]  # of each post to the best one (1.0 for the best)


def _formatting(blocks: Sequence[Block]) -> int:
    count = 0
    for b in blocks:
        if isinstance(b, Paragraph):
            count += sum(1 for line in b.lines for r in line if r.style)
        elif isinstance(b, ListBlock):
            count += 1 + sum(_formatting(i.children) + sum(1 for r in i.line if r.style) for i in b.items)
        elif isinstance(b, Quote):
            count += 1 + _formatting(b.blocks)
        else:
            count += 1
    return count


def rank(post: Post) -> tuple[int, int, int, str, int]:
    return (post.partial, -len(answer_text(post)), -_formatting(post.blocks), post.key, post.ref.post)


def similarity(a: Post, b: Post, sa: frozenset[int], sb: frozenset[int]) -> float:
    """How alike two posts are: containment for a partial copy in a whole post, else Jaccard."""
    if a.partial != b.partial:
        part, whole = (sa, sb) if a.partial else (sb, sa)
        return containment(part, whole)
    return jaccard(sa, sb)


def same(a: Post, b: Post, sim: float) -> bool:
    rules = identity_rules()
    if bool(a.poll) != bool(b.poll):
        return False
    return sim >= (rules.partial if a.partial != b.partial else rules.duplicate)


def _latest(posts: Sequence[Post]) -> dict[int, int]:
    """For posts that are one message seen in several exports (the same key), the one that speaks for
    it: its latest edit (then the later file). Post index -> index of that post."""
    by_key: dict[str, list[int]] = {}
    for k, p in enumerate(posts):
        by_key.setdefault(p.key, []).append(k)
    out = {}
    for ks in by_key.values():
        best = max(ks, key=lambda k: (posts[k].ref.edited or posts[k].ref.date or "", posts[k].ref.file, -posts[k].ref.post))
        out.update(dict.fromkeys(ks, best))
    return out


def group_duplicates(posts: Sequence[Post]) -> list[Group]:
    """Groups of copies of one question, each best first; groups ordered by their best post's key.

    A message seen in two exports is one post (its latest edit). Whole posts join whole posts, and
    partial copies join partial copies, by Jaccard similarity; then each group of partial copies joins
    the one whole post that contains it best. A partial copy is short and common words recur, so it
    may fit several whole posts: it never joins two of them into one."""
    sets = [shingles(full_text(p) if not p.partial else answer_text(p)) for p in posts]
    parent = list(range(len(posts)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    speaks = _latest(posts)
    for k, best in speaks.items():
        parent[k] = best
    alone = [k for k in range(len(posts)) if speaks[k] == k]  # the posts compared, one per message
    homes: dict[int, tuple[float, int]] = {}  # partial -> (containment, whole) of its best whole post
    rules = identity_rules()
    found = candidates([sets[k] for k in alone], [posts[k].partial for k in alone], rules.duplicate, rules.partial)
    for i, j in sorted(found):
        a, b = alone[i], alone[j]
        sim = similarity(posts[a], posts[b], sets[a], sets[b])
        if not same(posts[a], posts[b], sim):
            continue
        if posts[a].partial == posts[b].partial:
            parent[find(a)] = find(b)
        else:
            part, whole = (a, b) if posts[a].partial else (b, a)
            if (sim, -whole) > homes.get(part, (0.0, 0)):
                homes[part] = (sim, -whole)
    best_home: dict[int, tuple[float, int]] = {}  # partial group root -> its best whole post
    for part, (sim, neg) in homes.items():
        root = find(part)
        if (sim, neg) > best_home.get(root, (0.0, 0)):
            best_home[root] = (sim, neg)
    for root, (_, neg) in best_home.items():
        parent[find(root)] = find(-neg)
    members: dict[int, list[int]] = {}
    for k in range(len(posts)):
        members.setdefault(find(k), []).append(k)
    groups = []
    for ks in members.values():
        ks.sort(key=lambda k: (speaks[k] != k, rank(posts[k])))  # an older export's copy never speaks for a question
        best = ks[0]
        sims = tuple(1.0 if k == best else round(similarity(posts[k], posts[best], sets[k], sets[best]), 3) for k in ks)
        groups.append(Group(tuple(posts[k] for k in ks), sims))
    return sorted(groups, key=lambda g: g.posts[0].key)
