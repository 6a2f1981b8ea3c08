"""Decide each post's fate and each question's theme, by the rules in rules/*.toml."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter

from . import patterns as P
from .models import Media, Post, Verdict
from .plain import answer_lines, full_text, title_text
from .rules import MarkerGroup, fate_rules, taxonomy


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
    prose = [b for b in post.blocks if not isinstance(b, Media)]
    if not post.title and not prose and not post.poll:
        if "preview" in post.signals:
            return Verdict("resource", "preview-only", "only a link preview, no text")
        if "media" in post.signals:
            return Verdict("empty", "media-only", "only a picture, video or file, no text")
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
    if not prose:
        return Verdict("empty", "title-only", "a title with no answer")
    return Verdict("qa", "question-answer", "a title followed by an answer")


def classify(post: Post, service: bool = False) -> Post:
    return dataclasses.replace(post, fate=fate(post, service))


WORDS = re.compile(r"\w+")


@functools.lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[tuple[int, int], ...]:
    """The keywords a word matches (whole, or by its start); words repeat, so this is cached."""
    tax = taxonomy()
    keys = list(tax.words.get(word, ()))
    for length in tax.lengths:
        if length > len(word):
            break
        keys.extend(tax.prefixes.get(word[:length], ()))
    return tuple(keys)


def keyword_hits(text: str) -> Counter[tuple[int, int]]:
    """How often each keyword (theme index, keyword index) occurs at a word start in text."""
    tax = taxonomy()
    lower = text.lower()
    hits: Counter[tuple[int, int]] = Counter()
    for word, n in Counter(WORDS.findall(lower)).items():
        for key in _word_keys(word):
            hits[key] += n
    for ti, ki, kw in tax.patterns:
        if kw.anchor in lower and (found := len(kw.pattern.findall(text))):
            hits[(ti, ki)] += found
    return hits


def theme(post: Post) -> Verdict:
    """The theme with the highest score: a keyword counts 3 in the title, 1 in the answer (at most
    3 times per keyword), a hashtag that points at the theme 2; ties go to the theme listed first."""
    tax = taxonomy()
    in_title = keyword_hits(title_text(post))
    in_body = keyword_hits("\n".join(answer_lines(post)))
    scores = [0] * len(tax.themes)
    hits: list[list[str]] = [[] for _ in tax.themes]
    for key in sorted(set(in_title) | set(in_body)):
        ti, ki = key
        scores[ti] += 3 * in_title[key] + min(3, in_body[key])
        hits[ti].append(tax.themes[ti].keywords[ki].source)
    for tag in post.hashtags:
        slug = tax.hashtags.get(tag)
        if slug:
            ti = next(k for k, t in enumerate(tax.themes) if t.slug == slug)
            scores[ti] += 2
            hits[ti].append(f"#{tag}")
    best = max(range(len(scores)), key=lambda k: (scores[k], -k))
    if not scores[best]:
        return Verdict(tax.fallback, "fallback", "no theme keyword found")
    return Verdict(tax.themes[best].slug, "keywords", f"score {scores[best]}: {', '.join(hits[best][:6])}")
