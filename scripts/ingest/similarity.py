"""How alike two posts are, over their whole text: the only ground for calling two posts the same.

A post's text becomes the set of its word pairs (shingles), hashed. Two whole posts are compared by
Jaccard similarity |A ∩ B| / |A ∪ B|; a partial post (only its cut-down copy survived, see align.py) by
containment |A ∩ B| / |A|, the share of its pairs found in the whole post. Candidates are found through
an index of shingles, so a run never compares all pairs of posts.

The registry (registry.py) cannot keep every post's shingles; it keeps a bottom-k sketch (the k smallest
hashes), from which the Jaccard similarity of two posts is estimated (Broder's bottom-k estimator).
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections import Counter
from collections.abc import Sequence

TOKEN = re.compile(r"\w+")
SKETCH_SIZE = 32
COMMON = 50  # a shingle shared by more posts than this says nothing about which posts are copies


def words(text: str) -> list[str]:
    return TOKEN.findall(text.lower().replace("ё", "е"))


def shingles(text: str) -> frozenset[int]:
    """Hashes of the text's word pairs (of its words, if it has only one)."""
    w = words(text)
    grams = [f"{a} {b}" for a, b in itertools.pairwise(w)] or w
    return frozenset(zlib.crc32(g.encode("utf-8")) for g in grams)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def containment(part: frozenset[int], whole: frozenset[int]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def sketch(s: frozenset[int]) -> tuple[int, ...]:
    return tuple(sorted(s)[:SKETCH_SIZE])


def sketch_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two texts from their bottom-k sketches."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:SKETCH_SIZE]  # the k smallest hashes of the union of both texts
    return sum(1 for h in union if h in sa and h in sb) / len(union)


def candidates(sets: Sequence[frozenset[int]], min_shared: int = 2) -> dict[int, Counter[int]]:
    """For each set, the later sets that share at least `min_shared` hashes with it (and how many),
    ignoring hashes that more than COMMON sets hold."""
    index: dict[int, list[int]] = {}
    for k, s in enumerate(sets):
        for h in s:
            index.setdefault(h, []).append(k)
    out: dict[int, Counter[int]] = {}
    for owners in index.values():
        if len(owners) < 2 or len(owners) > COMMON:
            continue
        for i, a in enumerate(owners):
            for b in owners[i + 1 :]:
                out.setdefault(a, Counter())[b] += 1
    return {
        a: Counter({b: n for b, n in found.items() if n >= min(min_shared, len(sets[a]), len(sets[b]))})
        for a, found in out.items()
    }
