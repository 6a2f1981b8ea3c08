"""Load the rule files in rules/ (fates, themes, overrides) into typed records."""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .models import IngestError
from .words import stems

RULES_DIR = Path(__file__).parent / "rules"


@dataclass(frozen=True)
class Marker:
    name: str
    weight: int
    pattern: re.Pattern[str] | None
    signal: str | None
    needs: tuple[str, ...] = ()  # lowercase literals, one of which a matching text contains

    def hits(self, text: str, lowered: str, signals: frozenset[str]) -> bool:
        if self.signal:
            return self.signal in signals
        if self.needs and not any(n in lowered for n in self.needs):
            return False  # cheap: most posts contain none of the marker's words
        return bool(self.pattern and self.pattern.search(text))


@dataclass(frozen=True)
class MarkerGroup:
    fate: str
    threshold: int
    markers: tuple[Marker, ...]


@dataclass(frozen=True)
class FateRules:
    signatures: frozenset[str]
    boilerplate: frozenset[str]
    preview_sites: frozenset[str]
    partial_min_words: int
    groups: tuple[MarkerGroup, ...]


@dataclass(frozen=True)
class Keyword:
    source: str  # as written in themes.toml
    stems: tuple[str, ...]  # its words, stemmed (words.py)


@dataclass(frozen=True)
class Theme:
    slug: str
    title: str
    summary: str
    keywords: tuple[Keyword, ...]
    weight: float = 1.0  # how much its evidence counts against the other themes' (general: less)


@dataclass(frozen=True)
class ThemeCue:
    """Evidence for a theme beyond its keywords ([[cue]] in themes.toml): code in the post, or a pattern
    in its text. It counts `weight` for its theme unless the title names another specific theme."""

    name: str
    theme: str
    weight: float
    code: bool  # fires on a code block or a code span
    pattern: re.Pattern[str] | None
    say: str
    title: bool = False  # the pattern is looked for in the title only
    # Where the title matches this, the cue counts though the title names another theme: any title for a
    # frame of the question (`over_title = true`), a title that is the task's table for code.
    over_title: re.Pattern[str] | None = None
    alone: bool = False  # the cue counts only where no theme has any other evidence
    unless: re.Pattern[str] | None = None  # where this matches too, the pattern reads nothing («…до разбиения»)

    def reads(self, text: str) -> bool:
        """The cue's pattern is in the text, and its `unless` is not."""
        if self.pattern is None or self.pattern.search(text) is None:
            return False
        return self.unless is None or self.unless.search(text) is None


@dataclass(frozen=True)
class Taxonomy:
    themes: tuple[Theme, ...]
    fallback: str
    hashtags: dict[str, str]
    # Keywords by their first stem: (theme index, keyword index, all its stems).
    index: dict[str, tuple[tuple[int, int, tuple[str, ...]], ...]]
    # Every data-science term (theme keywords and the general vocabulary) by its first stem:
    # (all its stems, the term as written).
    vocabulary: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    title_weight: float = 3.0  # a keyword in the title counts this much
    body_cap: int = 3  # a keyword in the answer counts at most this many times
    single_body: float = 0.5  # a theme whose only evidence is one word once in the answer: this much
    certain_at: float = 6.0  # a theme with this much evidence and no rival is certain
    fallback_lead: float = 1.0  # the fallback theme wins only by more than this over every other
    role_weight: float = 0.0  # a title keyword framed as a role («как функцию потерь»): this much more
    role_words: tuple[tuple[str, ...], ...] = ()  # the frames, stemmed («как», «в качестве», «as a»)
    cues: tuple[ThemeCue, ...] = ()
    # A theme the title does not use wins over the best theme it names only by more than this: the
    # question asked decides, not the words of its explanation (-math.inf, the default: never).
    title_lead: float = -math.inf
    generic: frozenset[tuple[str, ...]] = frozenset()  # stemmed: keywords every theme's answers use
    generic_weight: float = 1.0  # what a generic keyword counts, as a share of any other's
    lead_weight: float = 0.0  # a title with no keyword: each keyword of the answer's first sentence counts this more
    # The channel's everyday words: a theme whose keywords fill the answers of the channel's other posts
    # more than an even share does counts its answer's keywords that share less, times this (0: never).
    background_weight: float = 0.0
    background_prior: float = 5.0  # uses every theme is granted in the channel, so that a few posts decide little

    def get(self, slug: str) -> Theme:
        for theme in self.themes:
            if theme.slug == slug:
                return theme
        raise KeyError(slug)


def _load(name: str) -> dict:
    path = RULES_DIR / name
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise IngestError(str(path), "", f"cannot read the rules: {e}") from None


def _bad(name: str, where: str, message: str) -> IngestError:
    return IngestError(str(RULES_DIR / name), where, message)


# The leading literal text of a regular expression (up to its first metacharacter).
LEADING_LITERAL = re.compile(r"^(?:\\b)?((?:[^\\()\[\]?*+.{|^$]|\\[^bdswBDSW\d])+)")


def literal_anchors(pattern: str) -> tuple[str, ...]:
    """Lowercase literals one of which any match must contain; () if some branch has none.

    Only top-level alternatives are looked at; a branch that starts with a metacharacter makes
    the whole pattern unanchored (it is then always run)."""
    branches, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0 and pattern[i - 1] != "\\":
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    anchors = []
    for branch in branches:
        m = LEADING_LITERAL.match(branch)
        literal = m.group(1) if m else ""
        if m and branch[m.end() : m.end() + 1] in ("?", "*", "{"):
            literal = literal[:-1]  # the last character is optional
        if not literal:
            return ()
        anchors.append(re.sub(r"\\(.)", r"\1", literal).lower())
    return tuple(anchors)


# What may open a pattern before its first literal without changing which literal it needs.
NEUTRAL_PREFIX = re.compile(r"^(?:\(\?<!\[?[^)]*\]?\)|\\b|\^|\\s\*|\\W\*)+")


def _branches(pattern: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0 and pattern[i - 1] != "\\":
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def deep_anchors(pattern: str) -> tuple[str, ...]:
    """Like literal_anchors, also past a leading \\b, ^ or lookbehind and into a leading (?:a|b) group:
    lowercase literals one of which any match must contain; () when some branch has none."""
    anchors: list[str] = []
    for branch in _branches(pattern):
        b = NEUTRAL_PREFIX.sub("", branch)
        if b.startswith("(?:"):
            depth, close = 0, -1
            for i, ch in enumerate(b):
                if ch == "(" and (i == 0 or b[i - 1] != "\\"):
                    depth += 1
                elif ch == ")" and b[i - 1] != "\\":
                    depth -= 1
                    if depth == 0:
                        close = i
                        break
            if close < 0 or b[close + 1 : close + 2] in ("?", "*", "{"):
                return ()
            inner = deep_anchors(b[3:close])
            if not inner:
                return ()
            anchors += inner
            continue
        found = literal_anchors(b) if b else ()
        if not found:
            return ()
        anchors += found
    return tuple(dict.fromkeys(anchors))


def _marker(raw: dict) -> Marker:
    pattern = raw.get("pattern")
    needs = tuple(n.lower() for n in raw["needs"]) if "needs" in raw else literal_anchors(pattern) if pattern else ()
    return Marker(
        name=raw["name"],
        weight=int(raw["weight"]),
        pattern=re.compile(pattern, re.IGNORECASE | re.MULTILINE) if pattern else None,
        signal=raw.get("signal"),
        needs=needs,
    )


def _keyword(source: str) -> Keyword:
    found = tuple(stems(source))
    if not found:
        raise _bad("themes.toml", "", f"keyword {source!r} has no words")
    return Keyword(source, found)


def _distinct(keywords: Iterable[Keyword]) -> tuple[Keyword, ...]:
    """A theme's keywords without repeats: "сдвиг" and "сдвиги" are one word and count once."""
    seen: dict[tuple[str, ...], Keyword] = {}
    for kw in keywords:
        seen.setdefault(kw.stems, kw)
    return tuple(seen.values())


@cache
def fate_rules() -> FateRules:
    data = _load("fates.toml")
    groups = tuple(
        MarkerGroup(fate, int(data[fate]["threshold"]), tuple(_marker(m) for m in data[fate]["markers"]))
        for fate in ("ad", "resource")
    )
    return FateRules(
        signatures=frozenset(data["signatures"]),
        boilerplate=frozenset(data["boilerplate"]),
        preview_sites=frozenset(data["preview_sites"]),
        partial_min_words=int(data["partial_min_words"]),
        groups=groups,
    )


@cache
def taxonomy() -> Taxonomy:
    data = _load("themes.toml")
    themes = tuple(
        Theme(
            slug=t["slug"],
            title=t["title"],
            summary=t["summary"],
            keywords=_distinct(_keyword(k) for k in t["keywords"]),
            weight=float(t.get("weight", 1.0)),
        )
        for t in data["theme"]
    )
    slugs = {t.slug for t in themes}
    if data["fallback"] not in slugs:
        raise _bad("themes.toml", "", f"fallback theme {data['fallback']!r} is not defined")
    for tag, slug in data.get("hashtags", {}).items():
        if slug not in slugs:
            raise _bad("themes.toml", "", f"hashtag {tag!r} points at unknown theme {slug!r}")
    index: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
    vocabulary: dict[str, dict[tuple[str, ...], str]] = {}
    for ti, t in enumerate(themes):
        for ki, kw in enumerate(t.keywords):
            index.setdefault(kw.stems[0], []).append((ti, ki, kw.stems))
    general = [_keyword(w) for w in data.get("vocabulary", {}).get("words", [])]
    for kw in [kw for t in themes for kw in t.keywords] + general:
        vocabulary.setdefault(kw.stems[0], {}).setdefault(kw.stems, kw.source)
    scoring = data.get("scoring", {})
    if not float(scoring.get("background_prior", Taxonomy.background_prior)) > 0:
        raise _bad("themes.toml", "[scoring]", "background_prior must be above 0 (uses granted to every theme)")
    cues = []
    for raw in data.get("cue", []):
        where = f"[[cue]] {raw.get('name', '?')}"
        known = {"name", "theme", "weight", "code", "pattern", "say", "title", "over_title", "alone", "unless"}
        if set(raw) - known or not {"name", "theme", "weight"} <= set(raw):
            some = ", ".join(sorted(known - {"name", "theme", "weight"}))
            raise _bad("themes.toml", where, f"a cue has a name, a theme, a weight and some of: {some}")
        if raw["theme"] not in slugs:
            raise _bad("themes.toml", where, f"unknown theme {raw['theme']!r}")
        over = raw.get("over_title", False)
        try:
            pattern = re.compile(raw["pattern"], re.IGNORECASE | re.MULTILINE) if "pattern" in raw else None
            over_title = re.compile("" if over is True else over, re.IGNORECASE | re.MULTILINE) if over else None
            unless = re.compile(raw["unless"], re.IGNORECASE | re.MULTILINE) if "unless" in raw else None
        except (re.error, TypeError) as e:
            raise _bad("themes.toml", where, f"bad pattern: {e}") from None
        cues.append(
            ThemeCue(
                raw["name"],
                raw["theme"],
                float(raw["weight"]),
                bool(raw.get("code", False)),
                pattern,
                raw.get("say", raw["name"]),
                bool(raw.get("title", False)),
                over_title,
                bool(raw.get("alone", False)),
                unless,
            )
        )
    return Taxonomy(
        themes,
        data["fallback"],
        dict(data.get("hashtags", {})),
        {k: tuple(v) for k, v in index.items()},
        {k: tuple(v.items()) for k, v in vocabulary.items()},
        **{k: type(getattr(Taxonomy, k))(v) for k, v in scoring.items() if k in _SCORING},
        role_words=tuple(tuple(stems(w)) for w in scoring.get("role_words", [])),
        cues=tuple(cues),
        generic=frozenset(_keyword(w).stems for w in scoring.get("generic", [])),
    )


_SCORING = (
    "title_weight",
    "body_cap",
    "single_body",
    "certain_at",
    "fallback_lead",
    "role_weight",
    "title_lead",
    "generic_weight",
    "lead_weight",
    "background_weight",
    "background_prior",
)


@dataclass(frozen=True)
class Rule:
    """A named piece of evidence: it fires when its pattern matches (if it has one), the post carries
    one of its hashtags (if it lists any) and every feature is within its limits."""

    name: str
    weight: float
    say: str  # the evidence as the report writes it: a format string over the post's features
    pattern: re.Pattern[str] | None = None
    needs: tuple[str, ...] = ()
    tags: frozenset[str] = frozenset()  # casefolded hashtags, without '#'
    minimum: tuple[tuple[str, float], ...] = ()
    maximum: tuple[tuple[str, float], ...] = ()
    title_only: bool = False  # the pattern looks at the title line only


@dataclass(frozen=True)
class Kind:
    """A kind of post that is not study material (news, an event, a joke…): its fate and its rules."""

    fate: str
    threshold: float
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class StudyRules:
    threshold: float  # study evidence minus the strongest other evidence that makes confidence 0.5
    scale: float  # how fast confidence grows with that margin
    min_confidence: float  # publish a study verdict only this sure (a channel may set its own)
    study_tag_weight: float  # a channel's study-series hashtag
    other_tag_weight: float  # a channel's other hashtag
    fired_weight: float  # added to a kind's score when it reaches its threshold
    named_min_words: int  # a one-line post of this many words that is not study material is `offtopic`, not `empty`
    study: tuple[Rule, ...]
    kinds: tuple[Kind, ...]


def _rule(raw: dict, where: str, names: frozenset[str]) -> Rule:
    known = {"name", "weight", "say", "pattern", "needs", "in", "tags", "min", "max"}
    if not isinstance(raw, dict) or "name" not in raw or "weight" not in raw or set(raw) - known:
        raise _bad(
            "study.toml", where, f"a rule has a name, a weight and some of: {', '.join(sorted(known - {'name', 'weight'}))}"
        )
    limits = {**raw.get("min", {}), **raw.get("max", {})}
    if unknown := set(limits) - names:
        raise _bad("study.toml", f"{where} {raw['name']}", f"unknown feature(s): {', '.join(sorted(unknown))}")
    pattern = raw.get("pattern")
    if raw.get("in", "text") not in ("text", "title"):
        raise _bad("study.toml", f"{where} {raw['name']}", '`in` is "text" (the default) or "title"')
    try:
        compiled = re.compile(pattern, re.IGNORECASE | re.MULTILINE) if pattern else None
    except re.error as e:
        raise _bad("study.toml", f"{where} {raw['name']}", f"bad pattern: {e}") from None
    return Rule(
        name=raw["name"],
        weight=float(raw["weight"]),
        say=raw.get("say", raw["name"]),
        pattern=compiled,
        needs=tuple(n.lower() for n in raw["needs"]) if "needs" in raw else deep_anchors(pattern) if pattern else (),
        tags=frozenset(t.casefold() for t in raw.get("tags", [])),
        minimum=tuple((k, float(v)) for k, v in raw.get("min", {}).items()),
        maximum=tuple((k, float(v)) for k, v in raw.get("max", {}).items()),
        title_only=raw.get("in") == "title",
    )


@cache
def study_rules() -> StudyRules:
    """rules/study.toml: the evidence that a post is study material, and the kinds of posts that are not."""
    from .features import FEATURE_NAMES  # features reads the taxonomy from this module

    data = _load("study.toml")
    names = FEATURE_NAMES
    study = tuple(_rule(r, f"study {k}", names) for k, r in enumerate(data["study"], start=1))
    kinds = tuple(
        Kind(k["fate"], float(k["threshold"]), tuple(_rule(r, f"kind {k['fate']}", names) for r in k["rules"]))
        for k in data["kind"]
    )
    if bad := {k.fate for k in kinds} - FATES:
        raise _bad("study.toml", "", f"unknown fate(s): {', '.join(sorted(bad))}")
    return StudyRules(
        float(data["threshold"]),
        float(data["scale"]),
        float(data["min_confidence"]),
        float(data["study_tag_weight"]),
        float(data["other_tag_weight"]),
        float(data["fired_weight"]),
        int(data["named_min_words"]),
        study,
        kinds,
    )


@dataclass(frozen=True)
class IdentityRules:
    duplicate: float
    partial: float
    registry: float


@cache
def identity_rules() -> IdentityRules:
    data = _load("identity.toml")
    return IdentityRules(float(data["duplicate"]), float(data["partial"]), float(data["registry"]))


@dataclass(frozen=True)
class StripRule:
    name: str
    pattern: re.Pattern[str]
    reason: str
    keep_with_link: bool


@dataclass(frozen=True)
class ContentRules:
    strip: tuple[StripRule, ...]
    digest_min_parts: int
    digest_labels: frozenset[str]
    label_max_words: int


@cache
def content_rules() -> ContentRules:
    data = _load("content.toml")
    strip = tuple(
        StripRule(r["name"], re.compile(r["pattern"], re.IGNORECASE), r["reason"], bool(r.get("keep_with_link", False)))
        for r in data["strip"]
    )
    return ContentRules(
        strip,
        int(data["digest"]["min_parts"]),
        frozenset(label.casefold() for label in data["digest"]["labels"]),
        int(data["incomplete"]["label_max_words"]),
    )


FATES = frozenset(
    {"qa", "partial", "quiz", "ad", "resource", "offtopic", "empty", "boilerplate"}
    | {"news", "personal", "event", "giveaway", "promo", "joke", "link"}
)


@cache
def overrides() -> dict[str, dict[str, str]]:
    """Corrections by question id or a post's source key, each checked: a theme that exists, a fate
    the ingest knows, a title that is text."""
    data = _load("overrides.toml")
    themes = {t.slug for t in taxonomy().themes}
    for key, fix in data.items():
        where = f"[{key}]"
        if not isinstance(fix, dict) or not fix or set(fix) - {"theme", "title", "fate", "publish"}:
            raise _bad("overrides.toml", where, "an override sets theme, title, fate or publish, and nothing else")
        if "publish" in fix and not isinstance(fix["publish"], bool):
            raise _bad("overrides.toml", where, "publish must be true or false")
        if "theme" in fix and fix["theme"] not in themes:
            raise _bad("overrides.toml", where, f"no theme {fix['theme']!r} in themes.toml")
        if "fate" in fix and fix["fate"] not in FATES:
            raise _bad("overrides.toml", where, f"fate must be one of {', '.join(sorted(FATES))}")
        if "title" in fix and not (isinstance(fix["title"], str) and fix["title"].strip()):
            raise _bad("overrides.toml", where, "title must be text")
    return data
