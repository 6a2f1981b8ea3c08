"""How alike two posts are, over their whole text: the only ground for calling two posts the same.

A post's text becomes the set of its word pairs (shingles), hashed. Two whole posts are compared by
Jaccard similarity |A ∩ B| / |A ∪ B|; a partial post (only its cut-down copy survived, see align.py) by
containment |A ∩ B| / |A|, the share of its pairs found in the whole post. Candidates are found by
prefix filtering (`candidates`), so a run never compares all pairs of posts.

The registry (registry.py) cannot keep every post's shingles; it keeps a bottom-k sketch (the k smallest
hashes), from which the Jaccard similarity of two posts is estimated (Broder's bottom-k estimator).
"""

from __future__ import annotations

import itertools
import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence

TOKEN = re.compile(r"\w+")
SKETCH_SIZE = 32


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


def candidates(
    sets: Sequence[frozenset[int]], partial: Sequence[bool], duplicate: float, contained: float
) -> set[tuple[int, int]]:
    """Pairs (a < b) that may be copies: Jaccard at least `duplicate` between two whole or two partial
    texts, containment at least `contained` of a partial in a whole. Found by prefix filtering: ordered
    rarest shingle first, a text of n shingles shares one of its first n - ceil(t * n) + 1 with any
    text similar to it at t, so only those are indexed and probed. No pair that reaches its threshold
    is missed."""
    freq: Counter[int] = Counter(h for s in sets for h in s)
    prefixes = []
    for s, part in zip(sets, partial, strict=True):
        ordered = sorted(s, key=lambda h: (freq[h], h))
        t = min(duplicate, contained) if part else duplicate
        prefixes.append(ordered[: len(ordered) - math.ceil(t * len(ordered)) + 1])
    by_prefix: dict[int, list[int]] = {}
    for k in range(len(sets)):
        for h in prefixes[k]:
            by_prefix.setdefault(h, []).append(k)
    # A partial's prefix may meet any shingle of a whole text: index those shingles of whole texts.
    probed = {h for k in range(len(sets)) if partial[k] for h in prefixes[k]}
    by_any: dict[int, list[int]] = {}
    for k, s in enumerate(sets):
        if not partial[k]:
            for h in s & probed:
                by_any.setdefault(h, []).append(k)
    pairs: set[tuple[int, int]] = set()
    for k in range(len(sets)):
        for h in prefixes[k]:
            for other in by_prefix.get(h, ()):
                if other != k and partial[other] == partial[k]:
                    pairs.add((min(k, other), max(k, other)))
            if partial[k]:
                for other in by_any.get(h, ()):
                    pairs.add((min(k, other), max(k, other)))
    return pairs
