"""A channel's study series, learned from its own posts: a hashtag on which at least half of the channel's
posts are study material marks a series («#вопрос_штурмана», «#термин_из_лаборатории»), and counts for a post
of the series that the rest of the evidence left short, as a series the maintainer names in
sources/channels.toml (`study_tags`) does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .classify import channel_of, classify
from .models import Post

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


def with_series(posts: Sequence[Post]) -> list[Post]:
    """The posts; each one not published that carries a learned series' hashtag is judged again with the
    series as study evidence (`classify`'s `learned`), and published where that decides it, the series named
    (with its counts) in its evidence. A verdict the maintainer set (rules/overrides.toml) stands."""
    learned = learned_series(posts)
    out = []
    for post in posts:
        mine = learned.get(channel_of(post), {})
        tags = {t.casefold() for t in post.hashtags} & mine.keys()
        if post.kept or not tags or post.fate.rule == "override":
            out.append(post)
            continue
        again = classify(post, learned={t: mine[t].say() for t in tags})
        out.append(again if again.kept else post)
    return out
