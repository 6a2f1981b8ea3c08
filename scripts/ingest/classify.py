"""Decide each post's fate and each question's theme, by the rules in rules/*.toml."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from . import patterns as P
from .models import Media, Post, Verdict
from .plain import answer_lines, full_text, title_text
from .rules import MarkerGroup, fate_rules, taxonomy
from .words import stems


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
    verdict = fate(post, service)
    if verdict.value in ("qa", "partial", "quiz"):
        verdict = on_topic(post) or verdict
    return dataclasses.replace(post, fate=verdict)


@functools.lru_cache(maxsize=65_536)
def keyword_hits(text: str) -> Counter[tuple[int, int]]:
    """How often each keyword (theme index, keyword index) occurs in text, as whole stemmed words.
    Cached: a post's text is scored for its fate, its theme and its page's summary."""
    index = taxonomy().index
    words = stems(text)
    hits: Counter[tuple[int, int]] = Counter()
    for i, word in enumerate(words):
        for ti, ki, phrase in index.get(word, ()):
            if len(phrase) == 1 or tuple(words[i : i + len(phrase)]) == phrase:
                hits[(ti, ki)] += 1
    return hits


@dataclass(frozen=True)
class Scores:
    by_theme: tuple[int, ...]
    hits: tuple[tuple[str, ...], ...]  # the keywords and hashtags that counted, by theme

    @property
    def evidence(self) -> int:
        """How much the post is about data science at all: every theme's score, general included."""
        return sum(self.by_theme)


def scores(post: Post) -> Scores:
    """A keyword counts 3 in the title, 1 in the answer (at most 3 times per keyword); a hashtag
    that points at a theme counts 2."""
    tax = taxonomy()
    in_title = keyword_hits(title_text(post))
    in_body = keyword_hits("\n".join(answer_lines(post)))
    by_theme = [0] * len(tax.themes)
    hits: list[list[str]] = [[] for _ in tax.themes]
    for key in sorted(set(in_title) | set(in_body)):
        ti, ki = key
        by_theme[ti] += 3 * in_title[key] + min(3, in_body[key])
        hits[ti].append(tax.themes[ti].keywords[ki].source)
    for tag in post.hashtags:
        slug = tax.hashtags.get(tag.casefold())
        if slug:
            ti = next(k for k, t in enumerate(tax.themes) if t.slug == slug)
            by_theme[ti] += 2
            hits[ti].append(f"#{tag}")
    return Scores(tuple(by_theme), tuple(tuple(h) for h in hits))


def theme(post: Post) -> Verdict:
    """The theme with the highest score; ties go to the theme listed first; the general vocabulary
    alone gives the fallback theme."""
    tax = taxonomy()
    s = scores(post)
    specific = [k for k, t in enumerate(tax.themes) if t.slug != tax.fallback]
    best = max(specific, key=lambda k: (s.by_theme[k], -k))
    if not s.by_theme[best]:
        general = s.hits[[t.slug for t in tax.themes].index(tax.fallback)]
        return Verdict(tax.fallback, "fallback", f"no theme keyword found; general words: {', '.join(general[:6]) or 'none'}")
    return Verdict(tax.themes[best].slug, "keywords", f"score {s.by_theme[best]}: {', '.join(s.hits[best][:6])}")


def on_topic(post: Post) -> Verdict | None:
    """An `offtopic` verdict for a post with too little data-science vocabulary, else None."""
    evidence = scores(post).evidence
    if evidence >= taxonomy().min_score:
        return None
    return Verdict(
        "offtopic", "not-data-science", f"data-science score {evidence} below {taxonomy().min_score} (rules/themes.toml)"
    )


def theme_terms(slug: str, texts: Sequence[str], limit: int = 8) -> list[str]:
    """The theme's keywords found in these questions, the most widespread first: what a page holds."""
    tax = taxonomy()
    ti = next(k for k, t in enumerate(tax.themes) if t.slug == slug)
    found: Counter[int] = Counter()
    for text in texts:
        found.update({ki for (t, ki) in keyword_hits(text) if t == ti})
    keywords = tax.themes[ti].keywords
    title = set(stems(tax.themes[ti].title))

    def telling(ki: int) -> bool:
        """Not the theme's own name ("метрика" on «Метрики качества»), not a part of another found term ("roc" of "roc-auc")."""
        own = keywords[ki].stems
        if set(own) <= title:
            return False
        return not any(k != ki and len(keywords[k].stems) > len(own) and _contains(keywords[k].stems, own) for k in found)

    ranked = sorted((ki for ki in found if telling(ki)), key=lambda ki: (-found[ki], ki))
    return [keywords[ki].source for ki in ranked[:limit]]


def _contains(phrase: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(phrase[i : i + len(part)] == part for i in range(len(phrase) - len(part) + 1))
