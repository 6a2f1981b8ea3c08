"""Decide each post's fate and each question's theme, by the rules in rules/*.toml."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter

from . import patterns as P
from .models import Post, Verdict
from .plain import answer_lines, full_text, title_text
from .rules import Keyword, MarkerGroup, fate_rules, taxonomy


def _score(group: MarkerGroup, post: Post, text: str) -> tuple[int, list[str]]:
    total, fired = 0, []
    lowered = text.lower()
    for marker in group.markers:
        if marker.hits(text, lowered, post.signals):
            total += marker.weight
            fired.append(marker.name)
    return total, fired


def complete_words(post: Post) -> int:
    """Words in the lines of a partial post that end as finished sentences."""
    count = 0
    for line in answer_lines(post):
        s = line.rstrip(" …")
        if P.TERMINAL_PUNCT.search(s) and not s.endswith("…"):
            count += len(P.WORD.findall(s))
    return count


def fate(post: Post, service: bool = False) -> Verdict:
    rules = fate_rules()
    if service:
        return Verdict("boilerplate", "service-message", "a Telegram service message, not a post")
    if not post.title and not post.blocks and not post.poll:
        if post.signals:
            return Verdict("resource", "preview-only", "only a link preview, no text")
        return Verdict("empty", "no-text", "nothing left after removing boilerplate")
    if post.poll:
        return Verdict("quiz", "poll", f"a {post.poll.kind} with {len(post.poll.options)} options")
    text = full_text(post)
    for group in rules.groups:
        score, fired = _score(group, post, text)
        if score >= group.threshold:
            return Verdict(group.fate, f"{group.fate}-markers", f"{group.fate} markers: {', '.join(fired)} (score {score})")
    if post.partial:
        words = complete_words(post)
        if words < rules.partial_min_words:
            return Verdict("empty", "partial-too-short", f"only the cut-down copy survived, {words} words of complete sentences")
        return Verdict("partial", "cut-copy-only", f"only the cut-down copy survived ({words} words of complete sentences)")
    if not post.blocks:
        return Verdict("empty", "title-only", "a title with no answer")
    return Verdict("qa", "question-answer", "a title followed by an answer")


def classify(post: Post, service: bool = False) -> Post:
    return dataclasses.replace(post, fate=fate(post, service))


WORDS = re.compile(r"\w+")


class Words:
    """The words of a text, for counting keyword matches without running a regex per keyword."""

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.counts = Counter(WORDS.findall(self.lower))
        self.sorted = sorted(self.counts)

    def count(self, kw: Keyword, text: str) -> int:
        if kw.word is None:  # a phrase or a pattern: the regex, if its leading text occurs at all
            return len(kw.pattern.findall(text)) if kw.anchor in self.lower else 0
        if kw.whole:
            return self.counts.get(kw.word, 0)
        total = 0
        for i in range(bisect.bisect_left(self.sorted, kw.word), len(self.sorted)):
            if not self.sorted[i].startswith(kw.word):
                break
            total += self.counts[self.sorted[i]]
        return total


def theme(post: Post) -> Verdict:
    """The theme with the highest score: a keyword counts 3 in the title, 1 in the answer (at most
    3 times per keyword), a hashtag that points at the theme 2; ties go to the theme listed first."""
    tax = taxonomy()
    title = title_text(post)
    body = "\n".join(answer_lines(post))
    title_words, body_words = Words(title), Words(body)
    best: tuple[int, str, list[str]] | None = None
    for t in tax.themes:
        score, hits = 0, []
        for kw in t.keywords:
            in_title = title_words.count(kw, title)
            in_body = min(3, body_words.count(kw, body))
            if in_title or in_body:
                score += 3 * in_title + in_body
                hits.append(kw.source)
        for tag in post.hashtags:
            if tax.hashtags.get(tag) == t.slug:
                score += 2
                hits.append(f"#{tag}")
        if score and (best is None or score > best[0]):
            best = (score, t.slug, hits)
    if best is None:
        return Verdict(tax.fallback, "fallback", "no theme keyword found")
    score, slug, hits = best
    return Verdict(slug, "keywords", f"score {score}: {', '.join(hits[:6])}")
