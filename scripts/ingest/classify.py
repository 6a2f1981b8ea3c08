"""Decide each post's fate and each question's theme, by the rules in rules/*.toml."""

from __future__ import annotations

import dataclasses
import functools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from . import patterns as P
from .features import Features, features, theme_hits
from .models import Media, Post, Verdict
from .plain import answer_lines
from .rules import MarkerGroup, Rule, fate_rules, study_rules, taxonomy
from .words import stems


def _score(group: MarkerGroup, post: Post, text: str, lowered: str) -> tuple[int, list[str]]:
    total, fired = 0, []
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


def fate(post: Post, service: bool = False, learned: Mapping[str, str] | None = None) -> Verdict:
    """What the post is: the technical fates first (a service message, nothing to read), then study
    material (qa, quiz, partial) against the kinds that are not (news, an event, an ad…). `learned`: the
    channel's study series learned from its posts (series.py), each hashtag with how the evidence names it."""
    if service:
        return Verdict("boilerplate", "service-message", "a Telegram service message, not a post")
    prose = [b for b in post.blocks if not isinstance(b, Media)]
    if not post.title and not prose and not post.poll:
        if "preview" in post.signals:
            return Verdict("resource", "preview-only", "only a link preview, no text")
        if "media" in post.signals:
            return Verdict("empty", "media-only", "only a picture, video or file, no text")
        return Verdict("empty", "no-text", "nothing left after removing boilerplate")
    f = features(post)
    if post.poll:
        return decide(
            post, f, Verdict("quiz", "poll", f"a {post.poll.kind} with {len(post.poll.options)} options"), learned=learned
        )
    if post.partial:
        words = complete_words(post)
        if words < fate_rules().partial_min_words:
            short = Verdict("empty", "partial-too-short", f"only the cut-down copy survived, {words} words of complete sentences")
            return decide(post, f, short, keep=False, learned=learned)
        return decide(
            post,
            f,
            Verdict("partial", "cut-copy-only", f"only the cut-down copy survived ({words} words of complete sentences)"),
            learned=learned,
        )
    if not prose:
        return decide(
            post, f, Verdict("empty", "title-only", "a title with no answer"), keep=False, name_it=True, learned=learned
        )
    return decide(post, f, Verdict("qa", "question-answer", "a title followed by an answer"), learned=learned)


def classify(post: Post, service: bool = False, learned: Mapping[str, str] | None = None) -> Post:
    return dataclasses.replace(post, fate=fate(post, service, learned))


# ---- study material or not: named rules over the post's features ------------------------------------


@dataclass(frozen=True)
class KindScore:
    fate: str
    score: float
    threshold: float
    said: tuple[str, ...]

    @property
    def fired(self) -> bool:
        return self.score >= self.threshold


def _fires(rule: Rule, f: Features, tags: frozenset[str]) -> bool:
    if rule.tags and not rule.tags & tags:
        return False
    if any(f.value(name) < limit for name, limit in rule.minimum):
        return False
    if any(f.value(name) > limit for name, limit in rule.maximum):
        return False
    if rule.pattern is None:
        return True
    text, lowered = (f.title, f.lowered[1]) if rule.title_only else (f.text, f.lowered[0])
    if rule.needs and not any(n in lowered for n in rule.needs):
        return False
    return bool(rule.pattern.search(text))


def _sum(rules: Sequence[Rule], f: Features, tags: frozenset[str]) -> tuple[float, list[str]]:
    total, said = 0.0, []
    for rule in rules:
        if _fires(rule, f, tags):
            total += rule.weight
            said.append(rule.say.format(**f.values))
    return total, said


def kind_scores(post: Post, f: Features) -> list[KindScore]:
    """Every kind of post that is not study material, scored: the ad and resource groups of fates.toml,
    then the kinds of study.toml (in their order, which breaks ties)."""
    tags = frozenset(t.casefold() for t in f.hashtags)
    out = []
    for group in fate_rules().groups:
        points, fired = _score(group, post, f.text, f.lowered[0])
        out.append(KindScore(group.fate, points, group.threshold, tuple(f"{group.fate} marker: {m}" for m in fired)))
    for kind in study_rules().kinds:
        score, said = _sum(kind.rules, f, tags)
        out.append(KindScore(kind.fate, score, kind.threshold, tuple(said)))
    return out


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def decide(
    post: Post, f: Features, study: Verdict, keep: bool = True, name_it: bool = False, learned: Mapping[str, str] | None = None
) -> Verdict:
    """`study` (qa, quiz, partial) when the study evidence outweighs the strongest other kind by the
    threshold with the confidence the channel asks for; else the strongest kind that fired, else
    `offtopic`. When `keep` is false, `study` is a technical fate (`empty`) given unless a kind fired;
    with `name_it` (a post of one line, which has text but no answer) a text that is not study material
    is named by the kind it most looks like, or `offtopic`: a 200-character news post is not `empty`."""
    rules = study_rules()
    channel = post.ref.channel
    tags = frozenset(t.casefold() for t in f.hashtags)
    s, said = _sum(rules.study, f, tags)
    series = sorted(tags & {t.casefold() for t in channel.study_tags}) if channel else []
    found = sorted(tags & (learned or {}).keys())  # a series of the channel's own, learned (series.py)
    if series or found:
        s += rules.study_tag_weight
        said.append(f"hashtag #{series[0]} (study series)" if series else (learned or {})[found[0]])
    kinds = kind_scores(post, f)
    best = max(kinds, key=lambda k: k.score)  # the first of equals: fates.toml's order, then study.toml's
    n = max(best.score, 0.0) + (rules.fired_weight if best.fired else 0.0)
    other = sorted(tags & {t.casefold() for t in channel.other_tags}) if channel else []
    against = list(best.said)
    if other:
        n += rules.other_tag_weight
        against.append(f"hashtag #{other[0]} (not study in this channel)")
    p = _sigmoid((s - n - rules.threshold) / rules.scale)
    minimum = channel.min_confidence if channel and channel.min_confidence is not None else rules.min_confidence
    scored = f"study score {s:g} against {n:g}" + (f" ({best.fate})" if best.score > 0 else "")
    fired = [k for k in kinds if k.fired]
    if keep and p >= minimum:
        return dataclasses.replace(study, reason=f"{study.reason}; {scored}", confidence=round(p, 2), evidence=(*said, scored))
    low = [f"study confidence {p:.2f} below {minimum:g}"] if keep and p >= 0.5 else []
    if fired:
        k = max(fired, key=lambda k: k.score)
        return Verdict(
            k.fate,
            f"{k.fate}-markers",
            f"{k.fate} markers: {', '.join(k.said)} (score {k.score:g}); {scored}",
            confidence=round(1 - p, 2),
            evidence=(*k.said, *against[len(best.said) :], *low, scored),
        )
    if not keep and name_it and p < 0.5 and 2 * best.score >= best.threshold:  # one line: what it most looks like
        return Verdict(
            best.fate,
            f"{best.fate}-markers",
            f"{best.fate} markers: {', '.join(best.said)} (score {best.score:g}, below {best.threshold:g}); {scored}",
            confidence=round((1 - p) * min(1.0, best.score / best.threshold), 2),
            evidence=(*best.said, scored),
        )
    if not keep and not (name_it and p < 0.5 and f.words >= rules.named_min_words):
        return dataclasses.replace(study, confidence=round(max(1 - p, 0.5), 2), evidence=(*said, scored))
    return Verdict(
        "offtopic",
        "not-study",
        f"not study material: {scored}, below the threshold {rules.threshold:g} (rules/study.toml)",
        confidence=round(1 - p, 2),
        evidence=(*said, *against, *low, scored),
    )


# ---- themes: evidence across the whole post, with a margin over the runner-up -----------------------


@functools.lru_cache(maxsize=65_536)
def _keyword_hits(text: str) -> Counter[tuple[int, int]]:
    return theme_hits(stems(text))


def keyword_hits(text: str) -> Counter[tuple[int, int]]:
    """How often each theme keyword (theme index, keyword index) occurs in text, as whole stemmed words
    (features.theme_hits). Cached: a page's summary looks at every question of its theme."""
    return Counter(_keyword_hits(text))


def body_uses(f: Features) -> tuple[float, ...]:
    """How often the answer uses each theme's keywords (each at most `body_cap` times)."""
    tax = taxonomy()
    uses = [0.0] * len(tax.themes)
    for (ti, _ki), n in f.body_hits.items():
        uses[ti] += min(tax.body_cap, n)
    return tuple(uses)


def channel_of(post: Post) -> str:
    """The channel a post belongs to, whichever file it was read from: its chat in an export
    (`tg:<chat id>`), the channel a text dump is named for, else its file."""
    ref = post.ref
    return ref.chat or (f"channel:{ref.channel.name}" if ref.channel else f"file:{ref.file}")


def backgrounds(posts: Iterable[Post]) -> dict[str, tuple[float, ...]]:
    """Each channel's (`channel_of`) uses of each theme's keywords in the answers of these posts: two
    exports of one chat make one background, two chats of one full-account export two."""
    out: dict[str, list[float]] = {}
    for post in posts:
        total = out.setdefault(channel_of(post), [0.0] * len(taxonomy().themes))
        for ti, n in enumerate(body_uses(features(post))):
            total[ti] += n
    return {chat: tuple(total) for chat, total in out.items()}


def damping(f: Features, background: Sequence[float] | None) -> tuple[float, ...]:
    """What each theme's keywords in the answer count, against the channel's everyday words: the share of
    the channel's other answers (this post's own left out, `background_prior` uses granted to every theme)
    that use the theme's keywords, above an even share, times `background_weight`, comes off. In a channel
    about RAG, «промпт» and «ретривер» fill every answer and say little of one question's theme («Как
    провести A/B-тест нового промпта?»); the title is what is asked, and is never damped, nor are the
    keywords of the answer's first sentence under a title of none (`lead_weight`)."""
    tax = taxonomy()
    if background is None or not tax.background_weight:
        return (1.0,) * len(tax.themes)
    rest = [max(0.0, b - own) + tax.background_prior for b, own in zip(background, body_uses(f), strict=True)]
    even = 1 / len(rest)
    return tuple(max(0.0, 1 - tax.background_weight * max(0.0, r / sum(rest) - even)) for r in rest)


@dataclass(frozen=True)
class Scores:
    by_theme: tuple[float, ...]
    hits: tuple[tuple[str, ...], ...]  # the keywords and hashtags that counted, by theme
    titled: tuple[bool, ...] = ()  # by theme: the title names it (title_lead): a specific keyword, used in the answer too
    in_title: tuple[bool, ...] = ()  # by theme: the title uses one of its keywords (generic or not), or a title cue of it fired


def scores(post: Post, f: Features | None = None, background: Sequence[float] | None = None) -> Scores:
    """A keyword counts `title_weight` in the title (`role_weight` more when the title frames it as a
    role: «как функцию потерь») and once per use in the answer (at most `body_cap` times); a theme whose
    only evidence is one word once in the answer counts `single_body` of it; a generic keyword («распределение»)
    counts `generic_weight` in the answer and names no theme for `title_lead`; each theme's sum is times its
    weight; a cue (code…) adds its weight unless the title names another specific theme (a title cue: any
    specific theme), but whatever the title names where its `over_title` matches the title; under a title of
    no keyword, those of the answer's first sentence count `lead_weight` more; a hashtag that points at a
    theme counts 2. A title cue that fires says what the title asks as a keyword there would (`in_title`, for
    `title_lead`). With the `background` of the post's channel (`backgrounds`), the answer's keywords of
    the channel's everyday themes count less (`damping`)."""
    tax = taxonomy()
    f = f or features(post)
    in_title, in_body = f.title_hits, f.body_hits
    title_part = [0.0] * len(tax.themes)
    body_part = [0.0] * len(tax.themes)
    uses = body_uses(f)
    specific = [False] * len(tax.themes)  # the title uses a keyword of the theme that is not generic
    hits: list[list[str]] = [[] for _ in tax.themes]
    damp = damping(f, background)
    for key in sorted(set(in_title) | set(in_body)):
        ti, ki = key
        kw = tax.themes[ti].keywords[ki]
        share = tax.generic_weight if kw.stems in tax.generic else 1.0
        title_part[ti] += tax.title_weight * in_title[key] + tax.role_weight * f.title_roles[key]  # the question asked
        body_part[ti] += share * min(tax.body_cap, in_body[key]) * damp[ti]
        specific[ti] = specific[ti] or (share == 1.0 and in_title[key] > 0)
        word = kw.source + (" (generic)" if share != 1.0 else "")
        if f.title_roles[key]:
            hits[ti].append(f"«{word}» in title, as a role")
        else:
            hits[ti].append(f"«{word}» in title" if in_title[key] else f"«{word}» ×{in_body[key]}")
    for ti, d in enumerate(damp):
        if d < 1 and body_part[ti] > 0:
            hits[ti].append(f"the channel's everyday words: ×{d:.2f} in the answer")
    lead_part = [0.0] * len(tax.themes)
    # A title of no keyword («Ловите задачку»): the answer's first sentence says what the post is about.
    # Not when a title cue reads the title («Почему признаки строят на доходностях…» asks about features).
    reads_title = [c.title and c.reads(f.title) for c in tax.cues]
    framed = any(read for c, read in zip(tax.cues, reads_title, strict=True) if not c.alone)
    if not in_title and not framed and tax.lead_weight:
        for (ti, ki), n in sorted(f.lead_hits.items()):
            kw = tax.themes[ti].keywords[ki]
            share = tax.generic_weight if kw.stems in tax.generic else 1.0
            lead_part[ti] += tax.lead_weight * share * n
            hits[ti].append(f"«{kw.source}» in the answer's first sentence")
    by_theme = []
    for ti, t in enumerate(tax.themes):
        asked = title_part[ti] + lead_part[ti]  # what the question names: its title, or its answer's first sentence
        body = tax.single_body * body_part[ti] if uses[ti] == 1 and not asked else body_part[ti]
        by_theme.append((asked + body) * t.weight)
    named = {ti for ti, _ in in_title if tax.themes[ti].slug != tax.fallback}
    asks = [p > 0 for p in title_part]  # the title uses one of its keywords, or a title cue reads it as the theme
    at = {t.slug: k for k, t in enumerate(tax.themes)}  # a theme's index by its slug
    for cue, read in zip(tax.cues, reads_title, strict=True):
        if cue.alone:
            continue  # counted below, if nothing else speaks
        ci = at[cue.theme]
        speaks_over = cue.over_title is not None and cue.over_title.search(f.title)  # «Таблица orders(…)»
        if not speaks_over and (named - {ci} or (cue.title and named)):
            continue  # the title names another theme: «#Трюк №6 - блендинг по рангам» with its code is classic ML
        if (cue.code and f.code) or read or (not cue.title and cue.reads(f.text)):
            by_theme[ci] += cue.weight
            hits[ci].append(cue.say)
            asks[ci] = asks[ci] or cue.title
    for tag in f.hashtags:
        slug = tax.hashtags.get(tag.casefold())
        if slug:
            ti = at[slug]
            by_theme[ti] += 2
            hits[ti].append(f"#{tag}")
    unheard = not any(by_theme)  # no keyword, cue or hashtag names a theme: «Автопарк из 50 машин за 3 года…»
    for cue, read in zip(tax.cues, reads_title, strict=True):
        if cue.alone and read and unheard:
            ci = at[cue.theme]
            by_theme[ci] += cue.weight
            hits[ci].append(cue.say)
            asks[ci] = True
    # what the question is: a theme its title names (the fallback aside), or a cue's (a programming task)
    titled = tuple(specific[ti] and body_part[ti] > 0 and t.slug != tax.fallback for ti, t in enumerate(tax.themes))
    return Scores(tuple(by_theme), tuple(tuple(h) for h in hits), titled, tuple(asks))


def theme(post: Post, background: Sequence[float] | None = None) -> Verdict:
    """The theme with the most evidence; ties go to the theme listed first. Its confidence is the share
    of its evidence by which it leads the runner-up, times the evidence itself up to `certain_at`: a
    theme picked on one word, or by a nose, is doubtful and comes early in the review queue. `background`:
    the channel's uses of each theme's keywords (`backgrounds`), its everyday words."""
    tax = taxonomy()
    s = scores(post, background=background)
    order = sorted(range(len(tax.themes)), key=lambda k: (-s.by_theme[k], k))
    fallback = next(k for k, t in enumerate(tax.themes) if t.slug == tax.fallback)
    if order[0] == fallback and s.by_theme[order[1]] > 0 and s.by_theme[fallback] - s.by_theme[order[1]] <= tax.fallback_lead:
        order = [order[1], fallback, *order[2:]]  # general only by a clear lead over every specific theme
    if s.by_theme[order[0]] <= 0:
        return Verdict(tax.fallback, "no-evidence", "no theme keyword found", confidence=0.0, evidence=("no theme keyword",))
    order, why = _question_decides(post, s, order)
    best, second = order[0], order[1]
    top, runner = s.by_theme[best], s.by_theme[second]
    lead = max(top - runner, 0.0) if not why else top  # a decided theme is as sure as its own evidence
    # The share of its evidence by which it leads (6 against 5 is doubtful, 12 against 10 as much),
    # times how much evidence there is: one title keyword alone is half sure.
    confidence = (lead / top) * min(1.0, top / tax.certain_at)
    against = f"score {round(top, 2):g} against {round(runner, 2):g} ({tax.themes[second].slug})"
    return Verdict(
        tax.themes[best].slug,
        "keywords",
        f"{against}: {', '.join([*why, *s.hits[best][:6]])}",
        confidence=round(confidence, 2),
        evidence=(against, *why, *s.hits[best][:6]),
    )


def _question_decides(post: Post, s: Scores, order: list[int]) -> tuple[list[int], list[str]]:
    """The theme of the question asked over the theme of the words in its explanation: a theme the title
    does not use a keyword of loses to the best theme the title names (with a keyword that is not generic, which the
    answer uses too) unless it leads by more than `title_lead`; a programming task is left to its code.
    The order of themes as it now stands, and what decided it (nothing: the scores)."""
    tax = taxonomy()
    best = order[0]
    if s.titled and not s.in_title[best] and not features(post).code:
        named = [k for k in order if s.titled[k] and s.by_theme[k] > 0]
        if named and s.by_theme[best] - s.by_theme[named[0]] <= tax.title_lead:
            ni = named[0]
            slugs = [t.slug for t in tax.themes]
            lead = f"the title names {slugs[ni]}, and {slugs[best]} leads by no more than {tax.title_lead:g}"
            return [ni, *(k for k in order if k != ni)], [lead]
    return order, []


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
