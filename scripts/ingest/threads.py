"""Join each answer to its question: one page holds the task and its solution.

A channel posts a question or a task, then its answer: as a reply to it (`reply_to_message_id` in an
export), or as the next post, opening with a label («Ответ:», «Решение:», «Разбор:», «Answer:»,
«Solution:»). Text dumps carry no reply ids: there only the next-post rule applies. The answer's text
goes under the question's, as its answer section, and the answer post's fate becomes `joined`
(`joined_to` names the question); the question keeps its key, so its id (registry.py) stays.

A thread is published as a whole or not at all: it is published when its question or one of its
answers is study material on its own, when the whole thread is (`judge`, the fate stage, decides
that on the joined text), or when a question or task is answered by a labelled answer: a bare
question with its joined answer is published even when it would be too thin alone, and an answer is
never published alone when its question exists. A post whose fate the maintainer set (rule
`override`) is never joined against that verdict; a question the maintainer left out leaves its
answers out too (they are `joined` to it, and not published).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from .clean import split_line
from .features import features
from .labels import answer_label, unpromised
from .models import Media, Paragraph, Post, Run, Verdict, line_text
from .plain import answer_lines
from .rules import study_rules
from .titles import sets_task
from .words import stems

# What a question or a task looks like, when an unlabelled reply is to count as its answer.
QUESTION_CUE = re.compile(r"\?|\b(?:задач|задани|вопрос|квиз|угадай|почему|как\s|что\s|task|question|quiz)", re.IGNORECASE)
# Fates a question or an answer can have: study material, or judged not study on its own (too thin).
JOINABLE = frozenset({"qa", "quiz", "partial", "offtopic", "empty"})
KEPT = frozenset({"qa", "quiz", "partial"})
# How far back a labelled answer looks for its question when the post right before it is not one (a meme
# posted between a task and its solution).
LOOK_BACK = 3
EARLY_LINES = 4  # a post whose title is a label asks its question within this many lines below it
# How far back an answer that names its subject («Разбор вопроса про зиму.», «Про 80% совпадения двух
# неврологов.») looks for the question that shares its words: a channel answers «через пару постов».
TOPIC_LOOK_BACK = 8
# How far back an answer whose label names a quiz looks for its poll: «Короткий квиз, ответ через пару постов.» is
# answered a dozen posts later when news, an event and a meme came between.
QUIZ_LOOK_BACK = 16
# What a label names after «про», «о», «по» («Решение задачки про дозировки:», «Ответ к задачке про вес
# модели.», «Ответ по семейным абонементам.»): the words its question shares.
TOPIC = re.compile(r"(?<!\w)(?:про|о|об|по|about)\s+(?P<topic>[^:?!]{2,100})", re.IGNORECASE)
# A post that opens by naming an earlier question's subject on a line of its own, and nothing else: «Про
# accuracy 96% — мой разбор.», «Про LLM-резюме выписки.», «Про Kaggle в резюме.». It is an answer only when
# a recent question shares its words (`CALLBACK_MIN_SHARED`); «Про выгорание.» over a personal post is not.
# «Вернёмся к новой лаборатории и модели, которая «ослепла».», «Возвращаемся к перемешанным точкам AIS.», «Вернусь к 97%…»
# call back so too, and so does a «разбор» of what it names, on a line of its own: «разбор системы против
# объявлений-ловушек 🕵️👇».
CALLBACK = re.compile(
    r"^\W{0,4}\s*(?:про|(?:верн[её]мся|вернусь|возвраща(?:емся|юсь))\s+к|разбор(?:\s+(?:про|о|об))?)\s+(?P<topic>[^.:!?]{2,80}?)"
    r"(?:\s*[—–-]\s*(?:мой\s+|наш\s+)?(?:разбор|ответ)\w*)?\s*[.:]?[^\w\s]*\s*$",
    re.IGNORECASE,
)
# The subject, then the author's review of it, on a line of its own: «Детектор на снегопаде — мой разбор ❄️». It calls its
# question back as «Про …» does.
REVIEW_OF = re.compile(
    r"^\W{0,4}\s*(?P<topic>[^.:!?—–]{2,60}?)\s*[—–-]\s*(?:мой|наш|мо[её])\s+(?:разбор|ответ|вариант|решение)\w*\s*[.:]?[^\w\s]*\s*$",
    re.IGNORECASE,
)
CALLBACK_MIN_SHARED = 2
# An answer with no label right after a question that promised its answer: how many of the question's words it uses
# (the same stems) and how many words it has at least (a joke or a note on the subject has fewer).
FOLLOW_MIN_SHARED = 4
FOLLOW_MIN_WORDS = 30
# A post whose first line opens by naming an earlier question's subject and goes on with the answer, no label:
# «К вопросу о тестах. Изменилась не эпидемия…», «По жалобам скорой: регулярки дают базу…», «про сплит: в белковых
# датасетах…», «по дизайнерским белкам, как обещал: это сдвиг…», «Итак, SARIMA против бустинга. На пяти…», «Теперь про
# электронную очередь. Раз…», «По разрыву 0,91 → 0,74.» (a number's comma or point is no end). Its
# subject in one word («тестах», «сплит») is enough when a recent question uses it; «По данным Росстата: …» over no
# question that names Росстат joins nothing.
LEAD_IN = re.compile(
    r"^\W{0,4}\s*(?:к\s+(?:вопросу|задач\w*|кейсу)\s+(?:о|об|про|с)|по|(?:а\s+)?(?:теперь\s+)?про|итак,)\s+"
    r"(?P<topic>(?:[^.:!?,—–]|(?<=\d)[.,](?=\d)){2,60}?)"
    r"(?:,\s*как\s+(?:и\s+)?обещал\w*)?\s*[:.](?:\s|$)",
    re.IGNORECASE,
)
# An answer whose label names a quiz («Ответ на квиз: …», «Разбор квиза», «Quiz answer:») answers the channel's
# latest poll, past the memes and notes between them («Квиз недели. Ответ — через пост.», a meme, the answer).
QUIZ_WORD = re.compile(r"(?<!\w)(?:квиз\w*|викторин\w*|опрос\w*|quiz\w*|poll\w*)(?!\w)", re.IGNORECASE)
# A question's promise of its answer later, in a channel's words («разбор — в выходные», «Отвечу подробно
# послезавтра.», «Ответ выложим завтра.», «Мой разбор — в одном из следующих постов.», «Завтра покажу, что взяли мы.»), beside
# rules/study.toml's answer-follows: an answer's label after it joins it whatever words it names.
ANSWER_LATER = re.compile(
    r"(?<!\w)(?:решение|ответ|разбор|отвечу|разберу|разберём|разберем|выложу|выложим)(?:\s+\w+)?\s*[—–:-]?\s*"
    r"(?:будет\s+|выложим\s+|выложу\s+)?(?:в\s+|во\s+|под\s+|через\s+|на\s+)?(?:одном\s+из\s+)?"
    r"(?:ответ\w*|коммент\w*|реплае|спойлер\w*|завтра|послезавтра|следующ\w+|отдельн\w+|пост\w*|выходн\w+|понедельник|вторник"
    r"|сред[уы]|четверг|пятниц\w+|суббот\w+|воскресень\w+|пару\s+дней|вечером|недел\w+)"
    r"|(?<!\w)(?:завтра|послезавтра|позже|вечером)\s+(?:покажу|расскажу|отвечу|разберу|выложу|напишу)(?!\w)",
    re.IGNORECASE,
)
# Words that name no subject: what a label answers, and the small words around it.
GENERIC = frozenset(
    stems(
        "вопрос вопроса задача задачи задачка задачки кейс кейса квиз квиза разбор ответ решение мой наш этот "
        "вчерашний прошлый который которые как что это для или and the with"
    )
)
ANSWER_HEADING = "Ответ"


@dataclass(frozen=True)
class Link:
    """An answer and the question it joins, and why."""

    answer: int  # index in posts
    question: int
    rule: str  # thread-reply | thread-next
    reason: str


def _text(post: Post) -> str:
    return line_text(post.title).strip()


def labelled(post: Post) -> bool:
    """The post's title opens as an answer's label («Ответ:», «Разбор про p-value.»): features.answer_label."""
    return features(post).answer_label


def _has_text(post: Post) -> bool:
    """A title, or text below it: a solution may open with its code. A post of only a picture or a
    link preview has neither."""
    return bool(_text(post)) or any(not isinstance(b, Media) for b in post.blocks)


def _can_join(post: Post) -> bool:
    if post.fate.rule == "override" and post.fate.value not in KEPT:
        return False  # the maintainer said: not published
    return post.fate.value in JOINABLE and _has_text(post) and not post.part


def _story_answer(post: Post) -> bool:
    """A labelled answer told as the author's story («Обещанный разбор вопроса про провал.» / «Мой пример:
    первая модель…»): a behavioural question's answer is a story, so it joins its question though it reads
    as a personal post."""
    return post.fate.value == "personal" and post.fate.rule != "override" and labelled(post) and not post.part


def _left_out(post: Post) -> bool:
    """The maintainer left this post out (overrides.toml): its answers are left out with it."""
    return post.fate.rule == "override" and post.fate.value not in KEPT and _has_text(post)


def _asks(post: Post) -> bool:
    """Asks outright: published, a question mark in its title, a task's wording («Найдите…», «Есть
    таблица…»: rules/titles.toml's task_cue and data_cue), a question in one of its first lines, or the promise of
    its answer («Ответ — в следующем посте»: rules/study.toml's answer-follows). A statement that only
    uses «что» or «как» inside («Нас 2000! Не думал, что столько…») asks nothing."""
    text = _text(post)
    if post.fate.value in KEPT or "?" in text or sets_task(text):
        return True
    if any(line.rstrip().endswith("?") for line in answer_lines(post)[:EARLY_LINES]):
        return True  # «Считаем параметры» / the data / «Сколько обучаемых параметров…?»
    promise = answer_promise()
    return promise is not None and bool(promise.search(features(post).text))


def _question_like(post: Post) -> bool:
    """It asks (`_asks`), or its title uses a question's word (QUESTION_CUE: «вопрос», «почему», «что »…)."""
    return _asks(post) or bool(QUESTION_CUE.search(_text(post)))


@cache
def answer_promise() -> re.Pattern[str] | None:
    """The pattern of the study rule that says a post's answer follows, if rules/study.toml has it."""
    rule = next((r for r in study_rules().study if r.name == "answer-follows"), None)
    return rule.pattern if rule else None


@cache
def _survey_says() -> frozenset[str]:
    """How the report names a poll about the readers or the channel (rules/study.toml's survey rules)."""
    return frozenset(r.say for k in study_rules().kinds for r in k.rules if r.name.startswith("survey"))


def _survey(post: Post) -> bool:
    """A poll about the readers or the channel («Какой язык вам удобнее для домашек?»)."""
    return post.poll is not None and bool(_survey_says() & set(post.fate.evidence))


def _takes_answer(post: Post) -> bool:
    """A question a labelled answer may join: it looks like one, and it may be joined; never a poll about
    the readers («Какой язык вам удобнее для домашек?» asks, but no answer answers it)."""
    if _survey(post):
        return False
    return _question_like(post) and (_can_join(post) or _left_out(post))


def _answer_like(post: Post) -> bool:
    return post.poll is None and (labelled(post) or not (_text(post).endswith("?") and not post.blocks))


def _words(text: str) -> frozenset[str]:
    """The stems that name a subject: three letters or more, or a number of two digits («80», «96»)."""
    return frozenset(w for w in stems(text) if (len(w) >= 3 or (w.isdigit() and len(w) >= 2)) and w not in GENERIC)


def answer_topic(post: Post) -> tuple[frozenset[str], int]:
    """The words an answer's opening names its question by, and how many of them a question must share:
    «Разбор кейса про 5 миллионов молекул:» → {миллион, молекул}, one (a label); «Про …» alone on its line,
    two (CALLBACK); «про сплит: …» opening the answer, all of them up to two (LEAD_IN)."""
    text = _text(post)
    label = answer_label(text)
    if label is not None:
        m = TOPIC.search(label.group(0))
        return (_words(m["topic"]) if m else frozenset()), 1
    opening = unpromised(text)
    if m := CALLBACK.match(opening) or REVIEW_OF.match(opening):
        return _words(m["topic"]), CALLBACK_MIN_SHARED
    if m := LEAD_IN.match(opening):
        topic = _words(m["topic"])
        return topic, min(len(topic), CALLBACK_MIN_SHARED)
    return frozenset(), 1


# A vowel that comes and goes before a word's last consonant: «отгрузок» and «отгрузкам» stem to «отгрузок», «отгрузк».
FLEETING = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])[оеё](?=[бвгджзклмнпрстфхцчшщ]$)")


@cache
def _plain(stem: str) -> str:
    """The stem without its fleeting vowel: «отгрузок» → «отгрузк»."""
    return FLEETING.sub("", stem)


def _same(a: str, b: str) -> bool:
    """Two stems of one word: one begins the other (the stemmer cuts «вызова» to «выз» and «вызов» to «вызов»,
    «памяти» to «памят» and «память» to «памя»), or they differ by a fleeting vowel («отгрузок», «отгрузк»)."""
    return a.startswith(b) or b.startswith(a) or _plain(a) == b or _plain(b) == a


def _shared(topic: frozenset[str], post: Post) -> int:
    """How many of the topic's words the post uses (`_same`)."""
    words = _words(features(post).text)
    return sum(1 for t in topic if any(_same(w, t) for w in words))


def _promises(post: Post) -> bool:
    """The post promises its answer later («Ответ — в следующем посте.»: rules/study.toml's answer-follows)."""
    text = features(post).text
    promise = answer_promise()
    return bool(ANSWER_LATER.search(text)) or (promise is not None and bool(promise.search(text)))


def by_topic(topic: frozenset[str], candidates: Sequence[int], posts: Sequence[Post], least: int) -> int | None:
    """The candidate question that shares the most of the topic's words (at least `least`), the nearest of
    equals; candidates are the recent posts, latest first."""
    best, shared = None, least - 1
    for j in candidates:
        n = _shared(topic, posts[j])
        if n > shared:
            best, shared = j, n
    return best


def links(posts: Sequence[Post]) -> list[Link]:
    """Which answer joins which question: a reply to a question-like post, else a labelled next post."""
    by_key = {p.ref.key: k for k, p in enumerate(posts) if not p.part}
    found: list[Link] = []
    answered: set[int] = set()  # posts linked as answers so far
    asked: set[int] = set()  # the questions they joined
    previous: dict[tuple[str, str | None], list[int]] = {}  # (file, chat) -> its last posts, latest first, service messages aside
    for k, post in enumerate(posts):
        stream = (post.ref.file, post.ref.chat)  # a full-account export holds several chats
        before = previous.get(stream, [])
        if post.fate.rule != "service-message":
            previous[stream] = [k, *before][:QUIZ_LOOK_BACK]
        if (link := _link(k, posts, by_key, before, answered, asked)) is not None:
            found.append(link)
            answered.add(k)
            asked.add(link.question)
    return found


def _link(
    k: int, posts: Sequence[Post], by_key: dict[str, int], before: Sequence[int], answered: set[int], asked: set[int]
) -> Link | None:
    """The question post k answers, if any: `before` are the stream's posts before it, latest first."""
    post = posts[k]
    if not (_can_join(post) or _story_answer(post)) or not _answer_like(post):
        return None
    if post.ref.reply_to is not None:
        target = by_key.get(f"{post.ref.chat}:{post.ref.reply_to}")
        fits = target is not None and target != k and (_can_join(posts[target]) or _left_out(posts[target]))
        if fits and target is not None and (labelled(post) or _question_like(posts[target])):
            return Link(k, target, "thread-reply", f"a reply to message {post.ref.reply_to}")
    history, recent = before[:TOPIC_LOOK_BACK], before[:LOOK_BACK]
    if not recent:
        return None
    if (quiz := _quiz_answered(post, before, posts, asked)) is not None:
        return Link(k, quiz, "thread-next", f"an answer to a quiz, «{_text(post)[:40]}»")
    topic, least = answer_topic(post)
    target = _nearest_question(k, recent[0], recent, posts, answered) if labelled(post) else None
    if topic and (j := _by_subject(topic, least, target, history, posts, answered)) is not None:
        return Link(k, j, "thread-next", f"a later post on its question's subject, «{_text(post)[:40]}»")
    if target is not None:
        return Link(k, target, "thread-next", f"the next post, opening with «{_text(post)[:20]}»")
    if not topic and (j := _follow_up(post, recent[0], posts, asked)) is not None:
        return Link(k, j, "thread-next", f"the next post after a question that promised its answer, «{_text(post)[:40]}»")
    return None


def _follow_up(post: Post, prev: int, posts: Sequence[Post], asked: set[int]) -> int | None:
    """The question right before an answer with no label that promised its answer and has none yet («…как такое может
    быть? ответ завтра», then «это парадокс симпсона 🙃 у дилеров…»), when the answer asks and promises nothing and
    uses FOLLOW_MIN_SHARED of the question's words and FOLLOW_MIN_WORDS in all."""
    question = posts[prev]
    if prev in asked or labelled(question) or not (_takes_answer(question) and _promises(question)):
        return None
    if "?" in _text(post) or _promises(post):
        return None
    said, asked_with = _words(features(post).text), _words(features(question).text)
    if len(said) < FOLLOW_MIN_WORDS:
        return None  # a joke or a note on the question's subject, not its answer
    shared = {_plain(w) for w in said} & {_plain(w) for w in asked_with}
    return prev if len(shared) >= FOLLOW_MIN_SHARED else None


def _by_subject(
    topic: frozenset[str], least: int, target: int | None, history: Sequence[int], posts: Sequence[Post], answered: set[int]
) -> int | None:
    """The recent question an answer that names its subject joins instead of the one by position (`target`):
    after a post that shares none of its words and promised no answer, the recent question that does
    («Разбор вопроса про зиму.» four posts after the question); after one that shares its words but promised
    nothing (a meme on the same subject), a recent question that promised its answer and shares as many
    («Нейросеть на табличных данных: три дня подбора…» between «Почему бустинг обыгрывает нейросети…? Разбор —
    в четверг.» and «Разбор вопроса про бустинг и нейросети.»). None: the answer joins `target`."""
    asking = [j for j in history if j not in answered and not labelled(posts[j]) and _takes_answer(posts[j])]
    if target is None:
        found = by_topic(topic, asking, posts, least)
        if found is None and asking and asking[0] == history[0] and _promises(posts[asking[0]]):
            return by_topic(topic, asking[:1], posts, 1)  # «Разбор — в следующем посте.», then «Разбор про читеров, …»
        return found
    if _promises(posts[target]):
        return None
    if not (shared := _shared(topic, posts[target])):
        return by_topic(topic, asking, posts, least)
    promised = [j for j in asking if j != target and _promises(posts[j])]
    return by_topic(topic, promised, posts, max(least, shared))


def _quiz_answered(post: Post, history: Sequence[int], posts: Sequence[Post], answered: set[int]) -> int | None:
    """The latest recent poll not answered yet (`answered`: the questions answers joined so far), for an answer
    whose label names a quiz, past a poll about the readers («Какой формат постов вам удобнее?» between the quiz and
    «По квизу: это SRM…») when a quiz is there; None otherwise."""
    label = answer_label(_text(post))
    if label is None or not QUIZ_WORD.search(label.group(0)):
        return None
    polls = [j for j in history if posts[j].poll is not None and j not in answered]
    return next((j for j in polls if not _survey(posts[j])), polls[0] if polls else None)


def _nearest_question(k: int, prev: int, recent: Sequence[int], posts: Sequence[Post], answered: set[int]) -> int | None:
    """The question a labelled answer (post k) joins by position: the post before it, or past a meme or an
    ad the nearest recent one that asks; a second answer post joins the first's question. None when none fits."""
    if not _takes_answer(posts[prev]):  # a labelled answer after a meme or an ad: the nearest question before it
        prev = next((j for j in recent if _takes_answer(posts[j]) and j not in answered), prev)
    if not _asks(posts[prev]):  # after a post that only sounds like one («Нас 2000! Не думал, что…»): one that asks
        prev = next((j for j in recent if _takes_answer(posts[j]) and _asks(posts[j]) and j not in answered), prev)
        if not _asks(posts[prev]) and posts[prev].poll is None and prev != recent[0]:
            return None  # past a post that is no question, none asks (a quiz's poll does): the answer's is not here
    if not (_can_join(posts[prev]) or _left_out(posts[prev])):
        return None
    if not labelled(posts[prev]) or prev in answered:  # a second answer post joins the same question
        return prev
    return None


def answer_section(answer: Post) -> tuple[Paragraph, ...]:
    """The answer's opening, as the heading of the question's answer section: its own label line,
    or «Ответ» before its first line."""
    title = tuple(r for r in answer.title if r.text)
    first = answer.blocks[0] if answer.blocks else None
    if isinstance(first, Paragraph) and first.lines and line_text(first.lines[0]).strip().startswith(_text(answer)):
        title = ()  # a title derived from the answer's first line (a partial post): the text holds it already
    label = answer_label(line_text(title))
    if label and title:
        head, rest = split_line(title, label.end())  # «Ответ:» in bold, what it says as written
        return (Paragraph((tuple(Run(r.text, "bold") if r.style is None else r for r in head) + rest,)),)
    if labelled(answer):
        return ()
    return (Paragraph(((Run(ANSWER_HEADING, "bold"),),)), *((Paragraph((title,)),) if title else ()))


def _joined(question: Post, answers: Sequence[Post]) -> Post:
    blocks = list(question.blocks)
    for a in answers:
        blocks += [*answer_section(a), *a.blocks]
    return dataclasses.replace(
        question,
        blocks=tuple(blocks),
        hashtags=tuple(dict.fromkeys([*question.hashtags, *(t for a in answers for t in a.hashtags)])),
        signals=question.signals.union(*(a.signals for a in answers)),
        thread=tuple(a.ref for a in answers),
        asked=len(question.blocks),
    )


def join(posts: Sequence[Post], judge: Callable[[Post], Post]) -> list[Post]:
    """The posts with every thread joined: the question carries its answers, each answer is `joined`.
    Same length and order as `posts`. `judge` decides the fate of a whole thread (classify)."""
    found = links(posts)
    root: dict[int, int] = {}
    for link in found:
        root[link.answer] = root.get(link.question, link.question)  # a reply to an answer joins its question
    why = {link.answer: link for link in found}
    answers: dict[int, list[int]] = {}
    for a, q in root.items():
        if q not in root:
            answers.setdefault(q, []).append(a)
    out = list(posts)
    for q, ans in answers.items():
        question = posts[q]
        if _left_out(question):  # the maintainer's verdict on the question holds for its answers
            ans = [a for a in ans if posts[a].fate.rule != "override"]
            for a in ans:
                out[a] = dataclasses.replace(
                    posts[a],
                    fate=Verdict("joined", why[a].rule, f"the answer to {question.ref.label()}, left out by overrides.toml"),
                    joined_to=question.key,
                )
            continue
        parts = [posts[a] for a in ans]
        whole = _joined(question, parts)
        if question.fate.value in KEPT:
            fate = question.fate
        else:
            judged = judge(dataclasses.replace(whole, fate=question.fate)).fate
            if judged.value in KEPT:
                fate = judged
            elif any(p.fate.value in KEPT for p in parts):
                fate = Verdict("qa", "thread", f"a question published with its answer ({parts[0].ref.label()})")
            elif _question_like(question) and any(labelled(p) for p in parts):
                fate = Verdict("qa", "thread", f"a task or question and its labelled answer ({parts[0].ref.label()})")
            else:
                continue  # neither the question nor its answer is study material: both stay as they were
        out[q] = dataclasses.replace(whole, fate=fate)
        for a in ans:
            link = why[a]
            out[a] = dataclasses.replace(
                posts[a],
                fate=Verdict("joined", link.rule, f"the answer to {question.ref.label()}: {link.reason}"),
                joined_to=question.key,
            )
    return out
