"""Which line of a post is its title: the one that carries the question or names the concept.

The first lines of a real channel's post are often not the question: a greeting («Привет!»), the
opening of a series («Продолжаю прокачивать твои навыки в Data Science»), the answer to a call for
reactions («Окей, 100 🔥 есть. Вот вам фишка в пару строк.»), a call to action («Ставьте реакции»),
or a lead-in whose question is the next line («Нестандартный вопрос с собеседования. Вакансия на
аналитика уровня сеньор:» → «Сходу назови 10 способов ускорения A/B теста»). Rules in
rules/titles.toml name those lines; clean.py has already set hashtag lines aside, and a line without
words (emoji only) is never a title. A passed-over line stays in the answer unless it says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import patterns as P
from .models import IngestError
from .rules import RULES_DIR, _load


@dataclass(frozen=True)
class SkipRule:
    name: str
    pattern: re.Pattern[str]
    keep: bool  # the line stays in the answer
    reason: str
    next_is_question: bool = False  # a lead-in passed over only when the next line is a question


@dataclass(frozen=True)
class TitleRules:
    look_ahead: int
    skip: tuple[SkipRule, ...]
    lead_in: tuple[SkipRule, ...]
    task_cue: re.Pattern[str]  # a line that sets a task («Найдите…», «Посчитайте…»): a lead-in yields to it as to a question


def _rule(raw: dict, keep: bool | None = None) -> SkipRule:
    try:
        return SkipRule(
            str(raw["name"]),
            re.compile(raw["pattern"], re.IGNORECASE),
            bool(raw.get("keep", True)) if keep is None else keep,
            str(raw["reason"]),
            bool(raw.get("next_is_question", False)),
        )
    except (KeyError, re.error) as e:
        raise IngestError(str(RULES_DIR / "titles.toml"), f"[{raw.get('name', '?')}]", f"bad rule: {e}") from None


@cache
def title_rules() -> TitleRules:
    data = _load("titles.toml")
    try:
        cue = re.compile(data["task_cue"], re.IGNORECASE)
    except (KeyError, re.error) as e:
        raise IngestError(str(RULES_DIR / "titles.toml"), "task_cue", f"bad pattern: {e}") from None
    return TitleRules(
        int(data["look_ahead"]),
        tuple(_rule(r) for r in data.get("skip", [])),
        tuple(_rule(r, keep=True) for r in data.get("lead_in", [])),
        cue,
    )


def greeting_end(text: str) -> int:
    """Where a greeting that opens the title's line ends («Привет, друзья! Что такое p-value?» → the
    question's start), or 0. The greeting must end with punctuation: «Hello world» is not one."""
    rule = next((r for r in title_rules().skip if r.name == "greeting"), None)
    if rule is None:
        return 0
    lead = P.LEADING_EMOJI.match(text)
    start = lead.end() if lead else 0
    m = re.compile(rf"(?:{rule.pattern.pattern})(?<=[!.,)])\s+(?=\w)", re.IGNORECASE).match(text, start)
    return m.end() if m else 0


def bare(text: str) -> str:
    """A line as the rules see it: without decorative emoji around it and outer spaces."""
    text = P.LEADING_EMOJI.sub("", text.strip())
    return re.sub(rf"(?:\s*{P.EMOJI})+$", "", text).strip()


@dataclass(frozen=True)
class Pass:
    """A line passed over for the title, and why."""

    index: int
    rule: SkipRule


def passed_over(texts: Sequence[str], follows: Sequence[str | None]) -> list[Pass]:
    """The leading candidate lines that are not the title, in order. `texts` are the candidate lines
    (each has words); `follows[k]` is the line right after line k when the question could be on it
    (not a list item, code or picture), else None. The last candidate is never passed over. A greeting
    that opens a line is set aside first: «Привет! Продолжаем серию про валидацию.» is a series' opening.
    A lead-in that waits for a question also yields to a task («Найдите…», «Посчитайте…», «Спроектируйте…»)."""
    rules = title_rules()
    out: list[Pass] = []
    for k, text in enumerate(texts[: rules.look_ahead]):
        if k == len(texts) - 1:
            break
        s = bare(text)
        s = s[greeting_end(s) :]
        rule = next((r for r in rules.skip if r.pattern.fullmatch(s)), None)
        nxt = follows[k]
        if rule is None and nxt is not None:
            question = bare(nxt).endswith("?") or bool(rules.task_cue.search(nxt))
            rule = next((r for r in rules.lead_in if r.pattern.fullmatch(s) and (question or not r.next_is_question)), None)
        if rule is None:
            break
        out.append(Pass(k, rule))
    return out
