"""A post's features, computed once: what the fate and theme rules score (rules/study.toml, themes.toml).

Everything a rule may look at is here, derived from the cleaned post in one pass: its plain text and
title, the stems of its words and their counts, the data-science vocabulary it uses (how many distinct
terms, how densely for its length), its structure (questions, lists, code, formulas, paragraphs), its
links, hashtags and what Telegram says about it (a reply, a forward, media, a poll, a link preview).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import patterns as P
from .labels import answer_label
from .models import Block, Code, Line, ListBlock, Media, Paragraph, Poll, Post, Quote, SourceRef, Verdict, line_text
from .plain import answer_lines, title_text
from .rules import taxonomy
from .words import stems

# A question word opening a clause: «почему», «как», «зачем», «что такое», «чем отличается»…
QUESTION_WORD = re.compile(
    r"(?<!\w)(?:почему|зачем|как(?:ой|ая|ое|ие|им|ую|ов|ого)?(?!\s+(?:я|мы)(?!\w))|что\s+такое|чем\s+отлича\w*|в\s+ч[её]м\s+разница"
    r"|сколько|why|how|what\s+is)(?!\w)",  # not «когда»: «Когда модель …» opens a meme as often as a question
    re.IGNORECASE,
)
# A formula: an equation with letters or digits on both sides, or mathematical symbols.
FORMULA = re.compile(r"[=≈≤≥∑∏√∂∫σμλθβαε²³]|\w\s*[\^/*]\s*\w|\b(?:log|exp|sqrt|argmax|argmin)\b", re.IGNORECASE)
# Code written as plain text: a table's schema («orders(order_id, user_id, amount)») or a SQL query.
PLAIN_CODE = re.compile(
    r"(?<![\w.])[a-z_][a-z0-9_]*\((?:\s*[a-z_][a-z0-9_]*\s*,)+\s*[a-z_][a-z0-9_]*\s*\)"  # a schema
    r"|\bselect\b[^\n]{1,200}\bfrom\b"  # a query on one line
)
# A URL written in the text (links the author did not hide behind words).
URL = re.compile(r"(?:https?://|www\.|t\.me/)\S+", re.IGNORECASE)
# First-person words: a personal update talks about its author.
FIRST_PERSON = re.compile(r"(?<!\w)(?:я|мне|меня|мой|моя|моё|мое|мои|моих|моей|мною|сам|сама)(?!\w)", re.IGNORECASE)
# A Russian verb in the past tense: a stem ending in a vowel, then «л» and its ending («работала»,
# «выкатил», «поменяли», «оказалось»); a story is told in it. Words of that shape that are no verbs
# are left out («модели», «правило», «канал», «или»).
PAST_VERB = re.compile(r"(?<![\w-])[а-яё]{2,}[аеёиоуыяю]л(?:а|о|и)?(?:сь|ся)?(?![\w-])", re.IGNORECASE)
NOT_PAST_VERB = frozenset(
    {
        "или",
        "модели",
        "цели",
        "роли",
        "нули",
        "сила",
        "силы",
        "правила",
        "правило",
        "дела",
        "дело",
        "тела",
        "тело",
        "начало",
        "канал",
        "сигнал",
        "интервал",
        "материал",
        "формула",
        "шкала",
        "мало",
        "около",
        "стол",
        "пол",
        "угол",
        "зал",
        "балл",
        "школа",
        "потенциал",
        "финал",
        "пила",
        "мила",
        "весело",
        "смело",
        "нагло",
        "тепло",
        "пчела",
        "стрела",
        "метла",
        "игла",
        "скала",
        "колесо",
        "масло",
        "число",
        "зло",
        "зола",
    }
)
# A line that opens with a caption: a label of a few words and a colon, then the rest or nothing
# («Джун: мне нужно больше данных.», «Модель в проде через неделю:», «День 2: читаю про бустинг»).
# The labels an explanation uses («Ответ:», «Идея:», «Пример:»…) are not captions.
CAPTION = re.compile(r"^\W{0,3}(?P<label>[^\W\d][^:?!.;«»\n]{0,69}?)\s*:(?:\s|$)")
EXPLAINING_LABEL = re.compile(
    r"^(?:ответ|решение|разбор|идея|суть|итог\w*|вывод\w*|важно|пример\w*|формула|плюсы|минусы|задача|задачка|вопрос"
    r"|условие|дано|шаг\s+\d+|почему|зачем|как|код|запрос|совет|трюк|лайфхак|note|answer|solution|idea|example|tip"
    r"|pros|cons|tl;dr|why|how|step\s+\d+)(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Features:
    title: str  # the title line, plain
    body: str  # the answer, plain, line by line
    words: int  # words in title and body
    title_words: int
    body_words: int
    stem_counts: Counter[str] = field(compare=False)  # every stem of the post and how often it occurs
    title_hits: Counter[tuple[int, int]] = field(compare=False)  # theme keywords in the title (theme_hits)
    body_hits: Counter[tuple[int, int]] = field(compare=False)  # theme keywords in the answer
    title_roles: Counter[tuple[int, int]] = field(compare=False)  # title keywords framed as a role («как функцию потерь»)
    lead_hits: Counter[tuple[int, int]] = field(compare=False)  # theme keywords in the answer's first sentence
    ds_terms: int = 0  # distinct data-science terms (theme keywords and the general vocabulary)
    ds_count: int = 0  # their occurrences
    ds_title: int = 0  # data-science terms in the title
    ds_found: tuple[str, ...] = ()  # the terms, as themes.toml writes them, most frequent first
    question_marks: int = 0
    title_question: bool = False  # the title asks («?» or a question word)
    question_words: int = 0  # «почему», «как», «зачем», «что такое»… in the whole post
    lists: int = 0
    list_items: int = 0
    code: int = 0  # code blocks, inline code spans, and schemas or queries written as text
    formulas: int = 0  # lines with a formula
    paragraphs: int = 0
    length: int = 0  # characters of plain text
    links: int = 0  # links: entities and URLs written out
    link_share: float = 0.0  # share of the text's characters that are links (1.0: a bare link)
    prose_words: int = 0  # words outside links
    first_person: int = 0  # «я», «мой», «мне»…
    past_verbs: int = 0  # Russian verbs in the past tense: a story is told in them
    lines: int = 0  # lines with words, the title included
    longest_line: int = 0  # words in the longest line
    captions: int = 0  # lines opening with a caption («Джун: …», «Модель в проде:»), not an explanation's label
    parallel_captions: int = 0  # captions that open with the same word as the caption before them («Модель …: / Модель …:»)
    dialogue_turns: int = 0  # a line of a dialogue in dashes or list items that asks, then one that replies
    hashtags: tuple[str, ...] = ()  # as written, without '#', inline ones included
    reply_to: int | None = None
    answer_label: bool = False  # the title opens as an answer's label («Разбор про p-value.»: labels.py)
    forwarded: bool = False
    media: bool = False
    poll: bool = False
    preview: bool = False
    partial: bool = False

    @property
    def ds_density(self) -> float:
        """Data-science terms per word."""
        return self.ds_count / self.words if self.words else 0.0

    @property
    def past_density(self) -> float:
        """Verbs in the past tense per word: how much of the post is a story."""
        return self.past_verbs / self.words if self.words else 0.0

    @property
    def uncaptioned(self) -> int:
        """Lines that open with no caption."""
        return self.lines - self.captions

    @property
    def words_per_link(self) -> float:
        return self.prose_words / self.links if self.links else float(self.prose_words)

    @functools.cached_property
    def text(self) -> str:
        return self.title + "\n" + self.body

    @functools.cached_property
    def lowered(self) -> tuple[str, str]:
        """The text and the title, lowercased (what `needs` words are looked up in)."""
        return self.text.lower(), self.title.lower()

    @functools.cached_property
    def values(self) -> dict[str, object]:
        """Every feature by name, for a rule's `say` format."""
        return {name: getattr(self, name) for name in FEATURE_NAMES}

    def value(self, name: str) -> float:
        """A feature by name, as a number (what rules compare with their limits)."""
        v = getattr(self, name)
        if v is None:
            return 0.0
        return float(len(v)) if isinstance(v, tuple) else float(v)


UNSCORED = Verdict("unclassified", "none", "features do not depend on the fate")

# What rules may compare with their limits (rules/study.toml): the numbers and flags of a post.
FEATURE_NAMES = frozenset(
    {
        f.name
        for f in dataclasses.fields(Features)
        if f.name not in ("title", "body", "stem_counts", "title_hits", "body_hits", "title_roles", "lead_hits")
    }
    | {"ds_density", "words_per_link", "uncaptioned", "past_density"}
)


def _walk(blocks: tuple[Block, ...]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        out.append(b)
        if isinstance(b, Quote):
            out += _walk(b.blocks)
        elif isinstance(b, ListBlock):
            for item in b.items:
                out += _walk(item.children)
    return out


def _runs(post: Post) -> list[tuple[str, str | None]]:
    """(text, style) of every inline run of the title and the answer."""
    lines = [post.title]
    for b in _walk(post.blocks):
        if isinstance(b, Paragraph):
            lines += list(b.lines)
        elif isinstance(b, ListBlock):
            lines += [item.line for item in b.items]
    return [(r.text, r.style) for line in lines for r in line]


def vocabulary_hits(words: Sequence[str]) -> Counter[str]:
    """Data-science terms among stemmed words (the keywords of every theme and the general vocabulary),
    as written in themes.toml, with their counts; phrases in a row."""
    index = taxonomy().vocabulary
    hits: Counter[str] = Counter()
    for i, word in enumerate(words):
        for phrase, source in index.get(word, ()):
            if len(phrase) == 1 or tuple(words[i : i + len(phrase)]) == phrase:
                hits[source] += 1
    return hits


def theme_hits(words: Sequence[str], framed: bool = False) -> Counter[tuple[int, int]]:
    """How often each theme keyword (theme index, keyword index) occurs among stemmed words. The longest
    keyword at each word wins, and its words count for nothing else: "roc-auc" is one hit, not also
    "roc" and "auc"; "логистическая регрессия" is not also "регрессия". With `framed`, only the keywords
    right after a role frame of themes.toml («как», «в качестве», «as a»): «… как функцию потерь»."""
    tax = taxonomy()
    index = tax.index
    hits: Counter[tuple[int, int]] = Counter()
    i = 0
    while i < len(words):
        found = [(ti, ki, p) for ti, ki, p in index.get(words[i], ()) if tuple(words[i : i + len(p)]) == p]
        if not found:
            i += 1
            continue
        longest = max(len(p) for _, _, p in found)
        if not framed or any(i >= len(r) and tuple(words[i - len(r) : i]) == r for r in tax.role_words):
            for ti, ki, p in found:
                if len(p) == longest:
                    hits[(ti, ki)] += 1
        i += longest
    return hits


SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


def first_sentence(body: str) -> str:
    """The answer's first sentence: the first line with a word, up to its first full stop, «?», «!» or «…»."""
    line = next((t for t in body.splitlines() if P.WORD.search(t)), "")
    return SENTENCE_END.split(line.strip(), maxsplit=1)[0]


def dialogue_turns(title: str, blocks: tuple[Block, ...]) -> int:
    """Turns of a dialogue: a line that asks («?») followed by one that does not, among a title that
    opens with a dash and the items of lists (a dash-opened line becomes a list item)."""
    turns = 0
    seq: list[str] = [title.lstrip("—–- ").strip()] if title.lstrip().startswith(("—", "–", "- ")) else []
    for b in blocks:
        if isinstance(b, ListBlock) and not b.ordered:
            seq += [line_text(item.line).strip() for item in b.items]
        elif isinstance(b, Paragraph) and seq:
            dashed = [line_text(x).strip() for x in b.lines]
            seq += [x.lstrip("—–- ").strip() for x in dashed if x.startswith(("—", "–", "- "))]
    for a, b2 in itertools.pairwise(seq):
        if a.endswith("?") and b2 and not b2.endswith("?"):
            turns += 1
    return turns


def features(post: Post) -> Features:
    """The post's features; computed once per content (a post's fate changes nothing here, so the
    theme stage reuses what the fate stage computed)."""
    return _features(post.ref, post.title, post.blocks, post.hashtags, post.poll, post.signals, post.partial)


@functools.lru_cache(maxsize=4096)
def _features(
    ref: SourceRef,
    title_line: Line,
    blocks: tuple[Block, ...],
    hashtags: tuple[str, ...],
    poll: Poll | None,
    signals: frozenset[str],
    partial: bool,
) -> Features:
    post = Post(ref, title_line, blocks, hashtags, UNSCORED, poll=poll, signals=signals, partial=partial)
    title = title_text(post)
    lines = answer_lines(post)
    body = "\n".join(lines)
    text = title + "\n" + body
    title_stems, body_stems = stems(title), stems(body)  # each word stemmed once, for every count below
    title_words = len(P.WORD.findall(title))
    body_words = len(P.WORD.findall(body))
    in_title = vocabulary_hits(title_stems)
    found = in_title + vocabulary_hits(body_stems)
    walked = _walk(post.blocks)
    runs = _runs(post)
    link_texts = [t for t, style in runs if style == "link"]
    outside = text
    for t in link_texts:
        outside = outside.replace(t, " ", 1)
    link_chars = sum(len(t) for t in link_texts)
    written = URL.findall(outside)  # URLs written out, not already counted as link entities
    link_runs = sum(1 for _, style in runs if style == "link")
    inline_tags = [t for t in P.HASHTAG.findall(text) if not t.isdigit()]
    length = len(text.strip())
    link_words = sum(len(P.WORD.findall(t)) for t in link_texts)
    link_words += sum(len(P.WORD.findall(u)) for u in written)
    texts = [t for t in [title, *lines] if P.WORD.search(t)]
    captions = [m.group("label") for t in texts if (m := CAPTION.match(t)) and not EXPLAINING_LABEL.match(m.group("label"))]
    heads = [c.split()[0].casefold() for c in captions]
    return Features(
        title=title,
        body=body,
        words=title_words + body_words,
        title_words=title_words,
        body_words=body_words,
        stem_counts=Counter(title_stems + body_stems),
        title_hits=theme_hits(title_stems),
        body_hits=theme_hits(body_stems),
        title_roles=theme_hits(title_stems, framed=True),
        lead_hits=theme_hits(stems(first_sentence(body))),
        ds_terms=len(found),
        ds_count=sum(found.values()),
        ds_title=len(in_title),
        ds_found=tuple(t for t, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))),
        question_marks=text.count("?"),
        title_question="?" in title or bool(QUESTION_WORD.match(title.lstrip(" 🧠🤔❓🧐📌🔥💡👉"))),
        question_words=len(QUESTION_WORD.findall(text)),
        lists=sum(isinstance(b, ListBlock) for b in walked),
        list_items=sum(len(b.items) for b in walked if isinstance(b, ListBlock)),
        code=sum(isinstance(b, Code) for b in walked)
        + sum(1 for _, style in runs if style in ("code", "pre"))
        + len(PLAIN_CODE.findall(text)),
        formulas=sum(1 for line in lines if FORMULA.search(line)),
        paragraphs=sum(isinstance(b, Paragraph | ListBlock | Code) for b in post.blocks),
        length=length,
        links=link_runs + len(written),
        link_share=min(1.0, (link_chars + sum(len(u) for u in written)) / length) if length else 0.0,
        prose_words=max(0, title_words + body_words - link_words),
        first_person=len(FIRST_PERSON.findall(text)),
        past_verbs=sum(1 for w in PAST_VERB.findall(text) if w.casefold() not in NOT_PAST_VERB),
        lines=len(texts),
        longest_line=max((len(P.WORD.findall(t)) for t in texts), default=0),
        captions=len(captions),
        parallel_captions=sum(1 for a, b in itertools.pairwise(heads) if a == b),
        dialogue_turns=dialogue_turns(title, post.blocks),
        hashtags=tuple(dict.fromkeys([*post.hashtags, *inline_tags])),
        reply_to=post.ref.reply_to,
        answer_label=answer_label(title) is not None,
        forwarded="forwarded" in post.signals,
        media="media" in post.signals or any(isinstance(b, Media) for b in walked),
        poll=post.poll is not None,
        preview="preview" in post.signals,
        partial=post.partial,
    )
