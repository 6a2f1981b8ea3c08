"""A channel's study series, learned from its own posts: a hashtag on which at least half of the channel's
posts are study material marks a series («#вопрос_штурмана», «#термин_из_лаборатории»), and counts for a post
of the series that the rest of the evidence left short, as a series the maintainer names in
sources/channels.toml (`study_tags`) does."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .classify import channel_of
from .models import Channel, Post

SERIES_MIN_POSTS = 3  # a hashtag on at least this many posts of the channel
SERIES_MIN_SHARE = 0.5  # of which at least this share is published as study material


@dataclass(frozen=True)
class Series:
    tag: str  # casefolded, no '#'
    published: int  # the channel's posts with the tag that are published as study material
    posts: int  # the channel's posts with the tag

    def say(self) -> str:
        return f"hashtag #{self.tag} (a study series by the channel's own posts: {self.published} of {self.posts} published)"


def learned_series(posts: Sequence[Post]) -> dict[str, dict[str, Series]]:
    """Each channel's (`channel_of`) hashtags that mark a study series by its own posts, by tag; not a hashtag
    the maintainer named in sources/channels.toml, as a series or as the rest (`other_tags`)."""
    total: Counter[tuple[str, str]] = Counter()
    kept: Counter[tuple[str, str]] = Counter()
    named: dict[str, set[str]] = {}
    for post in posts:
        chat, ch = channel_of(post), post.ref.channel
        named.setdefault(chat, set()).update(t.casefold() for t in ((*ch.study_tags, *ch.other_tags) if ch else ()))
        for tag in {t.casefold() for t in post.hashtags}:
            total[chat, tag] += 1
            kept[chat, tag] += post.kept
    out: dict[str, dict[str, Series]] = {}
    for (chat, tag), n in sorted(total.items()):
        if n >= SERIES_MIN_POSTS and kept[chat, tag] >= SERIES_MIN_SHARE * n and tag not in named[chat]:
            out.setdefault(chat, {})[tag] = Series(tag, kept[chat, tag], n)
    return out


def with_series(posts: Sequence[Post], judge: Callable[[Post], Post]) -> list[Post]:
    """The posts; each one not published that carries a learned series' hashtag is judged again with the
    series as its channel's study series, and published where that decides it, the series named (with its
    counts) in its evidence. A verdict the maintainer set (rules/overrides.toml) stands."""
    learned = learned_series(posts)
    out = []
    for post in posts:
        mine = learned.get(channel_of(post), {})
        series = [mine[t] for t in sorted({t.casefold() for t in post.hashtags} & mine.keys())]
        if post.kept or not series or post.fate.rule == "override":
            out.append(post)
            continue
        channel = post.ref.channel or Channel(name=post.ref.chat or post.ref.file)
        tags = (*channel.study_tags, *(s.tag for s in series))
        again = judge(
            dataclasses.replace(post, ref=dataclasses.replace(post.ref, channel=dataclasses.replace(channel, study_tags=tags)))
        )
        if not again.kept:
            out.append(post)
            continue
        named = f"hashtag #{series[0].tag} (study series)"
        evidence = tuple(series[0].say() if e == named else e for e in again.fate.evidence)
        fate = dataclasses.replace(again.fate, evidence=evidence)
        out.append(dataclasses.replace(again, ref=post.ref, fate=fate))
    return out
