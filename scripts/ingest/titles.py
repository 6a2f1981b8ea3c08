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
from .labels import answer_label
from .models import IngestError
from .rules import RULES_DIR, _load


@dataclass(frozen=True)
class SkipRule:
    name: str
    pattern: re.Pattern[str]
    keep: bool  # the line stays in the answer
    reason: str
    # What the next line must be for a lead-in to yield to it: "line" (any line with words),
    # "question" (it asks or sets a task), "strong" (that, or a line set in bold as a whole),
    # "heading" (that, or a short line that names a concept: no sentence's end, few words), "task" (a
    # line that opens a task with its data or an order: `data_task`, and nothing else), "sentence" (that,
    # or a question without its mark: a line that opens with a question's word, «Why we use log loss…»;
    # not the first sentence of an explanation, «L1 зануляет часть весов…», nor data, «Аня: 5, 3, 4»),
    # "title" (that, or a line that reads as a title: up to TITLE_LINE_MAX_WORDS words with no sentence's end).
    next_is: str = "line"
    unless_asks: bool = False  # the line is passed over only when it neither asks nor orders itself (`orders`)
    # The line is passed over even where it reads as an answer's label: a rubric's word alone («📌 Разбор»)
    # before the explainer's title is no answer, but before the text of an answer it stays one.
    over_label: bool = False


@dataclass(frozen=True)
class SetUpRule:
    """A long first line whose last sentence asks: the title keeps the set-up with its question."""

    name: str
    reason: str


@dataclass(frozen=True)
class TitleRules:
    look_ahead: int
    skip: tuple[SkipRule, ...]
    lead_in: tuple[SkipRule, ...]
    task_cue: re.Pattern[str]  # a line that orders («Найдите…», «Посчитайте…»): a lead-in yields to it as to a question
    data_cue: re.Pattern[str]  # a line that opens a task with its data («Есть таблица…», «Дан массив…»): so does it
    set_up: SetUpRule
    data_task: re.Pattern[str]  # a line that opens a task: its table, its data, its order («Таблица payments(…).»)


NEXT_IS = ("line", "question", "strong", "heading", "task", "sentence", "title")
# A question without its mark opens with a question's word, or asks to tell, and says something («Why we use
# log loss and not accuracy to train a classifier.», «Tell me about a time your model did not deliver…»).
QUESTION_OPENING = re.compile(
    r"\W*(?:почему|зачем|как|что|чем|когда|где|како\w+|каки\w+|сколько|why|how|what|when|where|which|расскажи(?:те)?|tell\s+(?:me|us)|describe|explain)\s+\S+\s+\S+",
    re.IGNORECASE,
)
HEADING_MAX_WORDS = 10  # a plain line this short, with no sentence's end, names a concept
TITLE_LINE_MAX_WORDS = 20  # a plain line this short, with no sentence's end, reads as a post's title
SENTENCE_CLOSE = re.compile(r"[.!?…;]$")
ANSWER_OPENING = re.compile(
    r"\W*(?:правильный\s+)?(?:ответ|решение|answer|solution)\b", re.IGNORECASE
)  # «Ответ: 42» names no concept


def _rule(raw: dict, keep: bool | None = None) -> SkipRule:
    where = f"[{raw.get('name', '?')}]"
    try:
        next_is = str(raw.get("next_is", "line"))
        rule = SkipRule(
            str(raw["name"]),
            re.compile(raw["pattern"], re.IGNORECASE),
            bool(raw.get("keep", True)) if keep is None else keep,
            str(raw["reason"]),
            next_is,
            bool(raw.get("unless_asks", False)),
            bool(raw.get("over_label", False)),
        )
    except (KeyError, re.error) as e:
        raise IngestError(str(RULES_DIR / "titles.toml"), where, f"bad rule: {e}") from None
    if next_is not in NEXT_IS:
        raise IngestError(str(RULES_DIR / "titles.toml"), where, f"next_is must be one of {', '.join(NEXT_IS)}")
    return rule


def _pattern(data: dict, name: str) -> re.Pattern[str]:
    try:
        return re.compile(data[name], re.IGNORECASE)
    except (KeyError, re.error) as e:
        raise IngestError(str(RULES_DIR / "titles.toml"), name, f"bad pattern: {e}") from None


@cache
def title_rules() -> TitleRules:
    data = _load("titles.toml")
    cue, data_cue, data_task = (_pattern(data, name) for name in ("task_cue", "data_cue", "data_task"))
    try:
        set_up = SetUpRule(str(data["set_up"]["name"]), str(data["set_up"]["reason"]))
    except (KeyError, TypeError) as e:
        raise IngestError(str(RULES_DIR / "titles.toml"), "[set_up]", f"missing {e}") from None
    return TitleRules(
        int(data["look_ahead"]),
        tuple(_rule(r) for r in data.get("skip", [])),
        tuple(_rule(r, keep=True) for r in data.get("lead_in", [])),
        cue,
        data_cue,
        set_up,
        data_task,
    )


def greeting_end(text: str) -> int:
    """Where a greeting that opens the title's line ends («Привет, друзья! Что такое p-value?» → the
    question's start), or 0. The greeting must end with punctuation: «Hello world» is not one. A line that
    is a greeting and nothing else («Привет, друзья!») is not cut: the rule passes it over whole."""
    rule = next((r for r in title_rules().skip if r.name == "greeting"), None)
    if rule is None or rule.pattern.fullmatch(bare(text)):
        return 0
    lead = P.LEADING_EMOJI.match(text)
    start = lead.end() if lead else 0
    m = re.compile(rf"(?:{rule.pattern.pattern})(?<=[!.,)])\s+(?=\w)", re.IGNORECASE).match(text, start)
    return m.end() if m else 0


def bare(text: str) -> str:
    """A line as the rules see it: without decorative emoji around it and outer spaces."""
    text = P.LEADING_EMOJI.sub("", text.strip())
    return re.sub(rf"(?:\s*{P.EMOJI})+$", "", text).strip()


def ends_asking(text: str) -> bool:
    """The line ends with a question mark, inside its closing quotes or brackets too («…, чтобы не выглядеть
    человеком, который устал от моря?»»)."""
    return bare(text).rstrip("»\"”’')] ").endswith("?")


@dataclass(frozen=True)
class Pass:
    """A line passed over for the title, and why."""

    index: int
    rule: SkipRule


def asks(text: str) -> bool:
    """A line that asks («…?») or sets a task («Найдите…», «Посчитайте…», «Есть таблица…»)."""
    return ends_asking(text) or sets_task(text)


def orders(text: str) -> bool:
    """A line that asks («…?») or orders («Найдите…»); a line that only opens with its data («Есть датафрейм
    activity(…): …») does not."""
    return ends_asking(text) or bool(title_rules().task_cue.search(text))


def sets_task(text: str) -> bool:
    """Text with a task's wording: an order or a data opener (`task_cue`, `data_cue`)."""
    rules = title_rules()
    return bool(rules.task_cue.search(text) or rules.data_cue.search(text))


def set_up_then_question(sentences: Sequence[str]) -> bool:
    """Sentences of one line whose first does not ask and whose last asks or sets the task."""
    return len(sentences) > 1 and not ends_asking(sentences[0]) and asks(sentences[-1])


def names_a_concept(text: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """A short line with no sentence's end: a heading («L1 и L2-регуляризация: в чём разница»); with
    TITLE_LINE_MAX_WORDS, a line that reads as a post's title («Как мы выбираем порог одобрения: не по F1, а
    по деньгам»)."""
    s = bare(text)
    short = len(P.WORD.findall(s)) <= max_words
    opens_data = s.endswith(":")  # «Два пользователя оценили три фильма:» introduces what follows
    return bool(s) and short and not opens_data and not SENTENCE_CLOSE.search(s) and not ANSWER_OPENING.match(s)


def _next_fits(rule: SkipRule, nxt: str, strong: bool) -> bool:
    if rule.next_is == "title":
        return asks(nxt) or strong or names_a_concept(nxt, TITLE_LINE_MAX_WORDS)
    if rule.next_is == "task":
        return bool(title_rules().data_task.match(bare(nxt)))
    if rule.next_is == "line" or asks(nxt):
        return True
    if rule.next_is == "strong":
        return strong
    if rule.next_is in ("heading", "sentence") and (strong or names_a_concept(nxt)):
        return True
    return rule.next_is == "sentence" and ":" not in bare(nxt) and bool(QUESTION_OPENING.match(bare(nxt)))


# The line between a label and its question that sets the question up («Классика про тесты» / «Болезнь
# встречается у 1% людей…» / «Какова вероятность, что он болен?»): it stays in the answer.
SET_UP_LINE = SkipRule("set-up-line", re.compile(""), True, "the set-up of the question on the next line", "line")


SET_UP_LINES = 4  # at most this many lines of set-up between a label and its question
SET_UP_MAX_WORDS = 50  # a set-up line is this short: data, a sentence or three; an explanation is longer
ASKING_MIN_WORDS = 4  # the question after a set-up says something of its own («Что вы ответите коллеге?»)
READER_PROMPT = re.compile(r"^\W*(?:а|and|so)\s", re.IGNORECASE)  # «А вы как думаете?» asks the reader along


def question_after_set_up(k: int, texts: Sequence[str], follows: Sequence[str | None]) -> int | None:
    """The line after a set-up that asks or sets the task: line k is a label, the lines after it set the
    scene (short, none asks) and the first line that asks says something. None when there is none."""
    if follows[k] is None:
        return None
    for j in range(k + 1, min(len(texts), k + 2 + SET_UP_LINES)):
        if P.ORDERED_MARKER.match(texts[j]) or P.BULLET_MARKER.match(texts[j]):
            return None  # a list: what came before it explains, it sets no question up
        words = len(P.WORD.findall(texts[j]))
        if asks(texts[j]):
            opens_list = bare(texts[j]).endswith(":")  # «…, нужно:» introduces steps, it asks nothing
            own = words >= ASKING_MIN_WORDS and not READER_PROMPT.match(texts[j])
            return j if j > k + 1 and own and not opens_list else None
        if words > SET_UP_MAX_WORDS:
            return None
    return None


def passed_over(texts: Sequence[str], follows: Sequence[str | None], strong: Sequence[bool] = ()) -> list[Pass]:
    """The leading candidate lines that are not the title, in order. `texts` are the candidate lines
    (each has words); `follows[k]` is the line right after line k when the question could be on it
    (not a list item, code or picture), else None; `strong[k]`: that line is set in bold (or italic,
    underlined) as a whole. The last candidate is never passed over. A greeting that opens a line is
    set aside first: «Привет! Продолжаем серию про валидацию.» is a series' opening. A lead-in yields
    only to the next line its rule's `next_is` names (a question or a task, a bold line, a heading), or,
    when that line sets the scene, to the question on the line after it (a label's question or task)."""
    rules = title_rules()
    out: list[Pass] = []
    k = 0
    while k < min(len(texts) - 1, rules.look_ahead):
        s = bare(texts[k])
        s = s[greeting_end(s) :]
        rule = next((r for r in rules.skip if r.pattern.fullmatch(s)), None)
        nxt = follows[k]
        question = None
        label = answer_label(s) is not None  # an answer's label is its post's title
        if rule is None and nxt is not None:
            bold = k < len(strong) and strong[k]
            matching = [
                r
                for r in rules.lead_in
                if (r.over_label or not label) and r.pattern.fullmatch(s) and not (r.unless_asks and orders(s))
            ]
            rule = next((r for r in matching if _next_fits(r, nxt, bold)), None)
            # A label that yields to any line («Задача на счёт с нашего собеса:») still yields past a set-up
            # line to the order after it («За сезон 40 камер…» / «Посчитайте индекс…»).
            lenient = rule is not None and rule.next_is == "line" and not asks(nxt) and not names_a_concept(nxt)
            if (rule is None or lenient) and (question := question_after_set_up(k, texts, follows)) is not None:
                rule = rule or next((r for r in matching if r.next_is in ("question", "heading")), None)
        if rule is None:
            break
        out.append(Pass(k, rule))
        if question is not None:
            out += [Pass(j, SET_UP_LINE) for j in range(k + 1, question)]
            k = question - 1
        k += 1
    return out
