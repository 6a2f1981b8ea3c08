"""Threads stage: an answer joins its question on one page (tests/exports.py: a channel that answers
by reply and by the next post, and a web-preview dump with no reply ids)."""

from __future__ import annotations

import json

import pytest

from scripts.bench.scratch import scratch_project
from scripts.bench.serve import serve
from scripts.ingest import textdump
from scripts.ingest.channels import parse as parse_config
from scripts.ingest.pipeline import run
from scripts.ingest.plain import answer_text, title_text
from scripts.ingest.read import Source, parse_source

from . import exports as X
from .conftest import ingest_and_build


def read(messages: list[dict]) -> Source:
    config = parse_config("channels.toml", X.config_toml(X.THREAD_CHANNEL))
    return parse_source("ds/result.json", X.dumps(X.chat(messages, chat_id=X.THREAD_CHAT_ID)).encode("utf-8"), config)


@pytest.fixture(scope="module")
def threads():
    return run([read(X.thread_messages())])


def key(msg_id: int) -> str:
    return f"tg:{X.THREAD_CHAT_ID}:{msg_id}"


def entry(result, msg_id: int) -> dict:
    return next(e for e in result.report["posts"] if e.get("message_id") == msg_id)


def holding(result, msg_id: int):
    """The one question whose sources include the message."""
    (q,) = [q for q in result.questions if any(s.message_id == msg_id for s in q.sources)]
    return q


def manifest(result) -> dict[str, dict]:
    return {q["id"]: q for q in json.loads(result.outputs["questions.json"])["questions"]}


def quiz_poll(question: str, options: tuple[str, ...], voters: int) -> dict:
    """A closed poll of an export, `voters` on each option."""
    answers = [{"text": t, "voters": voters, "chosen": False} for t in options]
    return {"question": question, "closed": True, "total_voters": voters * len(options), "answers": answers}


def without(msg_ids: set[int], reply: bool = True) -> list[dict]:
    out = []
    for m in X.thread_messages():
        if m["id"] in msg_ids:
            continue
        out.append(m if reply else {k: v for k, v in m.items() if k != "reply_to_message_id"})
    return out


def test_a_task_and_its_reply_solution_are_one_page_with_both_sources(threads):
    q = holding(threads, 501)
    assert title_text(q.post) == "Что выведет код?"  # «Ловите Pandas задачку» is a call to take it: it stays in the text
    assert [s.message_id for s in q.sources] == [501, 502]
    page = threads.outputs[f"q/{q.id}.md"]
    # The task, then its solution as the answer section, on one page; both posts linked.
    body = page.split("\n---\n", 1)[1]  # past the front matter, whose description holds the same words
    assert body.index("Ловите Pandas задачку") < body.index("**Решение:** 2.0 3.0 3") < body.index("mean и sum пропускают NaN")
    assert "https://t.me/ds_honest_test/501" in page and "https://t.me/ds_honest_test/502" in page
    assert [s["key"] for s in manifest(threads)[q.id]["sources"]] == [key(501), key(502)]
    solution = entry(threads, 502)
    assert solution["fate"] == "joined" and solution["joined_to"] == key(501) and solution["rule"] == "thread-reply"
    assert entry(threads, 501)["joined"] == [key(502)] and entry(threads, 501)["ids"] == [q.id]


def test_a_thin_question_is_published_with_its_reply_answer(threads):
    q = holding(threads, 503)
    assert title_text(q.post) == "Какая модель лучше и почему?" and q.post.fate.value == "qa"
    assert "выигрывает на отложенной выборке" in answer_text(q.post)
    alone = run([read(without({504}))])  # the same question with no answer: too thin to publish
    assert not [q for q in alone.questions if any(s.message_id == 503 for s in q.sources)]


def test_an_answer_is_never_published_alone_when_its_question_exists(threads):
    for answer in (502, 504, 506):
        assert all(q.post.ref.message_id != answer for q in threads.questions), answer
        assert entry(threads, answer)["fate"] == "joined" and "ids" not in entry(threads, answer)
    assert entry(threads, 504)["joined_to"] == key(503)


def test_an_answer_as_the_next_post_joins_its_question_in_an_export(threads):
    q = holding(threads, 505)
    assert title_text(q.post) == "Что такое утечка данных (data leakage)?"
    assert [s.message_id for s in q.sources] == [505, 506]
    assert "нормализация по всему датасету" in answer_text(q.post)
    e = entry(threads, 506)
    assert e["fate"] == "joined" and e["rule"] == "thread-next" and e["joined_to"] == key(505)


def test_an_answer_as_the_next_post_joins_its_question_in_a_dump():
    posts = textdump.parse("dump/ds.txt", X.THREAD_DUMP)
    assert len(posts) == 2 and all(p.ref.reply_to is None for p in posts)
    result = run([Source("dump/ds.txt", posts)])
    (q,) = result.questions
    assert title_text(q.post).startswith("Задача с собеседования: в поток приходят числа")
    assert [s.key for s in q.sources] == [p.ref.key for p in posts]
    assert "держим две кучи" in answer_text(q.post) and "Медиана — вершина большей кучи" in answer_text(q.post)
    answer = result.report["posts"][1]
    assert answer["fate"] == "joined" and answer["joined_to"] == posts[0].ref.key and answer["rule"] == "thread-next"


def test_chatter_and_its_reply_are_neither_joined_nor_published(threads):
    assert not [q for q in threads.questions if any(s.message_id in (507, 508) for s in q.sources)]
    assert entry(threads, 508)["fate"] != "joined" and "joined" not in entry(threads, 507)


def test_a_published_question_keeps_its_id_when_its_answer_joins_it():
    base = [
        X.message(
            601,
            X.qa(
                "Что такое стекинг моделей?",
                "Стекинг — ансамбль, в котором метамодель обучается на предсказаниях базовых моделей: бустинга, случайного леса, "
                "логистической регрессии. Так ансамбль сочетает сильные стороны разных алгоритмов машинного обучения.",
            ),
        )
    ]
    before = run([read(base)])
    (published,) = before.questions
    reply = X.message(
        602, "Разбор: метамодель учат на out-of-fold предсказаниях, иначе она переобучится.", reply_to_message_id=601
    )
    after = run([read([*base, reply])], before.registry)
    (thread,) = after.questions
    assert thread.id == published.id and [s.message_id for s in thread.sources] == [601, 602]
    assert after.registry[published.id].status == "live" and set(after.registry[published.id].keys) == {key(601), key(602)}


def test_an_answer_published_alone_before_keeps_its_link_for_the_thread():
    """An older run published the answer alone (no reply ids then): its link now opens the thread."""
    before = run([read(without(set(), reply=False))])
    alone = holding(before, 504)
    assert alone.post.ref.message_id == 504
    after = run([read(X.thread_messages())], before.registry)
    thread = holding(after, 503)
    assert thread.id == alone.id and after.registry[alone.id].status == "live"
    assert {s.message_id for s in thread.sources} == {503, 504}


@pytest.mark.browser
def test_the_joined_page_renders_the_task_and_its_solution(tmp_path, browser):
    project = scratch_project(tmp_path)
    (project / "sources" / "ds").mkdir(parents=True)
    (project / "sources" / "channels.toml").write_text(X.config_toml(X.THREAD_CHANNEL), encoding="utf-8")
    (project / "sources" / "ds" / "result.json").write_text(X.dumps(X.thread_export()), encoding="utf-8")
    site = ingest_and_build(project)
    m = json.loads((project / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))
    (q,) = [q for q in m["questions"] if q["title"] == "Что выведет код?"]
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    with serve(site, gzip_text=False) as url:
        page.goto(url + q["permalink"])
        page.wait_for_selector(f"#{q['id']}.qa-question")
        answer = page.inner_text("details.answer")
        assert (
            answer.index("Ловите Pandas задачку") < answer.index("Решение: 2.0 3.0 3") < answer.index("mean и sum пропускают NaN")
        )
        assert page.locator("details.answer pre code").count() == 1  # the task's code, highlighted as code
        links = page.eval_on_selector_all(".qa-meta a", "els => els.map(a => a.href)")
        assert "https://t.me/ds_honest_test/501" in links and "https://t.me/ds_honest_test/502" in links
    context.close()
    assert errors == []


def test_an_answer_never_joins_a_question_of_another_chat():
    """A full-account export: the first post of one channel opens with «Ответ:» right after another
    channel's last question; the two stay apart."""
    other = {"name": "Другой канал", "username": "other_ds_test", "chat_id": 1900000001}
    first = X.chat([X.message(701, "Что такое утечка данных (data leakage)?")], chat_id=X.THREAD_CHAT_ID)
    second = X.chat(
        [X.message(801, "Ответ: никакой утечки, это про рекламу курса по машинному обучению и нейросетям.")],
        name="Другой канал",
        chat_id=other["chat_id"],
    )
    config = parse_config("channels.toml", X.config_toml(X.THREAD_CHANNEL, other))
    source = parse_source("all/result.json", X.dumps(X.full_account([first, second])).encode("utf-8"), config)
    result = run([source])
    assert all(e["fate"] != "joined" for e in result.report["posts"])


def test_a_quiz_and_its_answer_post_are_one_question_options_first():
    poll = {
        "question": "Какая метрика не зависит от порога классификации?",
        "closed": True,
        "total_voters": 40,
        "answers": [{"text": "Accuracy", "voters": 5, "chosen": False}, {"text": "ROC-AUC", "voters": 35, "chosen": False}],
    }
    answer = "Правильный ответ: ROC-AUC. Она считается по всем порогам сразу, а accuracy и F1 — при одном пороге."
    result = run([read([X.message(901, "", poll=poll), X.message(902, answer)])])
    (q,) = result.questions
    assert q.post.fate.value == "quiz" and [s.message_id for s in q.sources] == [901, 902]
    page = result.outputs[f"q/{q.id}.md"]
    assert page.index("- ROC-AUC — **") < page.index("**Правильный ответ:** ROC-AUC. Она считается")
    assert entry(result, 902)["fate"] == "joined" and entry(result, 902)["rule"] == "thread-next"


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        ("Ответ: держим две кучи", True),
        ("Правильный ответ — ROC-AUC", True),
        ("Решение задачи: две кучи", True),
        ("Разбор вчерашнего вопроса: метрика", True),
        ("Ответ к задаче №3: пять", True),
        ("Answer to the quiz: B", True),
        ("Solution: use two heaps", True),
        ("Решение проблемы с доступом к каналу: напишите в бот", False),  # not an answer's label
        ("Ответы на частые вопросы о курсе", False),
        # what it answers, named before the colon: «про …», a case, a remark in brackets
        ("Решение задачи про монетки: считаем исходы", True),
        ("Вариант решения: через оконную функцию", True),
        ("Отвечаем: encoder видит весь текст сразу", True),
        ("Решение кейса с поиском (как ответил бы я): кандидаты, ранжирование", True),
        ("Решение (через self-join, без оконок): join по user_id", True),
        ("Решение про доступ к чату с ботом: напишите админу", False),  # «про» with more than two words
        ("Разбираем вчерашний вопрос про две модели", True),  # the author at work on what it answers
        ("Разбираю кейс с оповещением о приступах.", True),
        ("Разбираю резюме тех, кто переходит в DS", False),  # a promo names no task
        ("Вчерашний вопрос про две модели, коротко", False),  # an answer, but not a label: joins only as a reply
        ("Решение по задержкам, PostgreSQL:", True),  # what it solves in a word, then how
        ("Ответ по существу: никак", False),
        ("Ответ на вопрос недели.", True),  # a channel's weekly or daily series
        ("Решение задачи дня: 42", True),
        ("✅ Ответ на вопрос про регуляризацию", True),  # the label on a line of its own
        ("Разбор вопроса про attention", True),
        ("Разбор задачи про D1 и D30.", True),  # three words name what it answers
        ("Разбор про A/B. Единица рандомизации — клиент", True),  # a slash in what it names
        ("Ответ про LLM против своей модели. Смотря где", True),  # four words name it
        ("Вечерний разбор. Скорее оба", True),  # when it comes
        ("Ответ на вопрос из комментов. Сравниваем распределения", True),  # where the question came from
        ("Вечерний пробег по набережной.", False),
        ("Решение проблемы с оплатой курса", False),  # on a line of its own, still no answer's label
        # in a channel's own words: what it answers named by a task, homework, yesterday's code, a warm-up, a number
        ("Решение экзаменационной задачи про MSE и MAE. Константа — среднее", True),
        ("Ответ на вчерашний код.", True),
        ("Разбор разминки.", True),
        ("Решение домашки №3:", True),
        ("Разбор задачки про MAPE 85%.", True),
        ("Разбор кейса про интенты и «погоду в Сочи».", True),
        ("Weekend task, my answer. First, test out of time", True),  # the label ends a short line
        ("Bandit vs A/B test, a worked answer. For the bandit", True),
        ("Правильно — Brier score или log loss.", True),  # a quiz's verdict
        ("Solution sketch", True),
        ("Моя схема сервиса фонов.", True),  # the author's own version of a design case
        ("Наш вариант решения кейса с кинотеатром:", True),
        ("Краткий разбор ленты.", True),
        ("Один из вариантов:", True),
        (
            "Моя схема. 1) Кандидаты: друзья друзей и контакты, хабы режем; 2) ранжирование бустингом на признаках пары",
            True,
        ),  # the text on its line
        ("Решение, упрощённое:", True),  # the label with a remark
        ("Мой ответ на любой вопрос продакта: «Зависит от когорты».", False),  # a joke, not a version
        ("По квизу: правильно — скошено вправо, угадали 68%.", True),  # a quiz's answer
        ("Quiz answer: the best CV score is optimistic.", True),
        ("My solution:", True),
        ("Quiz time! This one was on a take-home screening form.", False),  # the quiz itself
        ("По опросу: большинство из вас джуны, поэтому на следующей неделе про SQL", False),  # a readers' poll
        ("Краткий разбор статьи DeepSeek-R1", False),  # a paper's review
        ("Мой разбор статьи про LoRA.", False),
        ("Наш вариант курса по ML стартует 1 марта.", False),  # a promo
        ("Решение задачи оптимизации портфеля методом Марковица", False),  # a concept's title: no end mark
        ("Ответ на претензию клиента: извинитесь и верните деньги", False),  # names no task
        # the author's version named in a word or two before the text on its line
        ("мой вариант с планшетами. планшет — блок", True),
        ("мой разбор цикла. модель — ансамбль", True),
        ("Моя версия для Тюмени. Статистика отвечает «почему»", True),
        ("Мой разбор года. Итоги такие", False),  # the author's year, not a version
        ("Моя версия событий: я опоздал на поезд", False),
        ("Как устроил бы раннее оповещение.", True),  # how the author would do it
        ("Как бы я сделал поиск: сначала BM25", True),
        ("Как я сделал карьеру в DS.", False),  # a story, not a version
        ("квиз про кодирование: one-hot. число вводит порядок", True),  # a quiz named by its subject
        ("Квиз про нормализацию: выберите ответ ниже", False),  # the quiz itself
        ("Квиз про метрики: что из этого не метрика?", False),
        ("как обещал, разбираю вопрос про рост цен:", True),  # the promise kept before the label
        ("Как и обещала, ответ на вопрос про дрейф:", True),
        ("Обещала — отвечаю про новую канатку ⛷", True),  # the promise kept before a dash; an emoji closes the label
        ("Обещанное продолжение про частотники на насосной.", True),  # the rest promised
        ("Продолжение про трансформеры.", False),  # a series goes on, nothing was asked
        ("Как бы это строил я.", True),
        ("Ответ по семейным абонементам.", True),
        ("По квизу: это SRM, поломка сплита.", True),
        ("По опросу: это вы, джуны, большинство", False),
    ],
)
def test_an_answer_label_opens_an_answer(opening, label):
    from scripts.ingest.threads import answer_label

    assert bool(answer_label(opening)) is label


def test_a_design_case_takes_the_authors_scheme_posted_next():
    """A system-design question posted alone, too thin to publish on its own, and the author's scheme in
    the next post («Моя схема …»): one page, the question's."""
    messages = [
        X.message(1001, "Как бы вы спроектировали блок «Возможно, вы знакомы» для 100 млн пользователей?"),
        X.message(
            1002,
            "Моя схема «Возможно, вы знакомы».\n\n1. Кандидаты: друзья друзей и контакты из телефонной книги, "
            "хабы режем.\n2. Ранжирование: бустинг на признаках пары — число общих друзей, общие сообщества, "
            "близость эмбеддингов.\n3. Метрики: доля принятых заявок офлайн, в A/B — число новых дружб на пользователя.",
        ),
    ]
    result = run([read(messages)])
    (q,) = result.questions
    assert q.post.ref.key == key(1001) and [r.key for r in q.post.thread] == [key(1002)]
    assert entry(result, 1002)["fate"] == "joined"


def test_an_english_task_on_a_table_takes_my_solution_posted_next():
    """«Table sessions(…). Return, for each day, …» sets a task as «Таблица sessions(…)» does (data_cue), so
    «My solution:» in the next post joins it, not an earlier question."""
    messages = [
        X.message(1001, "Почему случайному лесу обычно не нужно масштабирование признаков?\n\nДеревья режут по порогам."),
        X.message(
            1002,
            "SQL task from a live coding round (they gave me 15 minutes):\n\nTable sessions(user_id, started_at). "
            "Return, for each day, the number of users who had a session that day and the day before.",
        ),
        X.message(
            1003,
            "My solution:\n\nWITH d AS (SELECT DISTINCT user_id, CAST(started_at AS DATE) AS day FROM sessions)\n"
            "SELECT t.day, COUNT(*) FROM d t JOIN d y ON y.user_id = t.user_id AND y.day = t.day - 1 GROUP BY t.day",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 1003)["fate"] == "joined" and entry(result, 1003)["joined_to"] == key(1002)


def test_two_answer_posts_in_a_row_join_the_same_question():
    messages = [
        X.message(1001, "Почему бустинг переобучается на шумных метках?"),
        X.message(1002, "Ответ: каждое новое дерево подгоняется под остатки, а на шумных метках остатки — это шум."),
        X.message(1003, "Разбор: помогают меньший learning rate, ранняя остановка по валидации и ограничение глубины деревьев."),
    ]
    result = run([read(messages)])
    (q,) = result.questions
    assert [s.message_id for s in q.sources] == [1001, 1002, 1003]
    assert [entry(result, m)["joined_to"] for m in (1002, 1003)] == [key(1001), key(1001)]
    text = answer_text(q.post)
    assert text.index("остатки — это шум") < text.index("ранняя остановка")


def test_a_labelled_answer_after_a_meme_joins_the_task_before_it():
    """A channel posts a joke between a task and its labelled solution: the solution looks back past the
    joke (threads.LOOK_BACK) to the task, and the joke stays out."""
    messages = [
        X.message(1101, "Задачка по теорверу\n\nМонетку бросают три раза. Какова вероятность, что орёл выпадет ровно дважды?"),
        X.message(1102, "Аналитик на пятничном созвоне: «у нас всё значимо, если прищуриться» 😂"),
        X.message(1103, "Решение задачи про монетку: исходов 8, благоприятных 3 (ООР, ОРО, РОО), вероятность 3/8."),
    ]
    result = run([read(messages)])
    (q,) = result.questions
    assert [s.message_id for s in q.sources] == [1101, 1103]
    assert entry(result, 1103)["joined_to"] == key(1101) and entry(result, 1102)["fate"] != "joined"
    assert title_text(q.post).startswith("Монетку бросают три раза")


def test_a_labelled_answer_joins_the_task_that_said_its_answer_follows():
    """The task's title is its data, not a question, but the post says «Ответ — в следующем посте»: the
    labelled answer joins it, not the question before it (a poll on the channel's new picture)."""
    messages = [
        X.message(1201, "Обновили картинку канала, как вам?"),
        X.message(1202, "Два пользователя оценили три фильма:\nАня: (5, 3, 0)\nБоря: (4, 0, 2)\nПосчитайте косинусную "
                  "близость их векторов оценок.\n\nОтвет — в следующем посте."),
        X.message(1203, "Ответ на задачу про косинус.\n\ncos = 20 / (√34 · √20) ≈ 0.77. Ноль здесь значит «не смотрел», "
                  "поэтому на явных оценках вычитают среднюю оценку пользователя."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 1203)["joined_to"] == key(1202), entry(result, 1203)
    assert entry(result, 1201).get("joined") is None


def test_a_daily_question_posted_alone_takes_its_answer_past_an_ad():
    """«#вопрос_дня» with no answer, a marked ad (or a meme that asks something), then «✅ Ответ: …»: the
    answer joins the question, never the ad or the meme, and the two are one published page."""
    messages = [
        X.message(1301, "#вопрос_дня\n\nЧто такое ROC-AUC и как его интерпретировать?"),
        X.message(1302, "Реклама. ООО «Школа», ИНН 7700000000, erid: 2Vtz\n\nКурс «Аналитик с нуля»: какие задачи решают аналитики?"),
        X.message(1303, "Клиент: «Нам нужно доказать, что реклама работает».\nЯ: «А если не работает?» 😂"),
        X.message(1304, "✅ Ответ: ROC-AUC — площадь под ROC-кривой, вероятность того, что случайный положительный объект "
                  "получит скор выше случайного отрицательного; 0,5 — случайное угадывание."),
    ]  # fmt: skip
    result = run([read(messages)])
    (q,) = result.questions
    assert [s.message_id for s in q.sources] == [1301, 1304], q.sources
    assert entry(result, 1302)["fate"] == "ad" and entry(result, 1303)["fate"] != "joined"


def test_a_task_titled_by_its_label_takes_its_answer():
    """«Считаем параметры» / the task's question two lines below: the labelled answer joins this task,
    not the published question before it."""
    messages = [
        X.message(1401, "Label smoothing: зачем портить правильные метки\nМягкие метки не дают модели быть слишком уверенной, "
                  "и калибровка классификатора становится лучше."),
        X.message(1402, "Считаем параметры\n\nСвёртка 3×3, на входе 64 канала, на выходе 128, есть bias.\nСколько у неё "
                  "обучаемых параметров?"),
        X.message(1403, "Ответ: 3 · 3 · 64 · 128 + 128 = 73 856."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 1403)["joined_to"] == key(1402), entry(result, 1403)


def test_a_reply_that_opens_with_its_code_joins_the_task_it_replies_to():
    """A solution posted as a reply often is the code first, its explanation after: it has no title
    line, but it is text, and it joins its task (it is never a question of its own with no title). The
    task's hashtag-led label line («#задача по SQL») is not its title."""
    code = X.entity(
        "pre", "select client_id, count(distinct order_id) as orders\nfrom payments\ngroup by client_id;", language="sql"
    )
    messages = [
        X.message(
            1201, "#задача по SQL\nЕсть таблица payments(client_id, order_id, amount). Посчитайте число заказов каждого клиента."
        ),
        X.message(
            1202, [code, "\n\ndistinct нужен потому, что в одном заказе бывает несколько платежей."], reply_to_message_id=1201
        ),
    ]
    result = run([read(messages)])
    (q,) = result.questions
    assert [s.message_id for s in q.sources] == [1201, 1202]
    assert entry(result, 1202)["fate"] == "joined" and entry(result, 1202)["joined_to"] == key(1201)
    assert title_text(q.post).startswith("Есть таблица payments")
    assert "count(distinct order_id)" in answer_text(q.post) and "несколько платежей" in answer_text(q.post)


def test_a_labelled_answer_passes_a_post_that_only_sounds_like_a_question():
    """A task, then the channel's milestone («Нас 2000! Не думал, что столько…»: «что» sounds like a
    question, but nothing is asked), then «Разбор задачи…»: the solution joins the task, and the
    milestone is not published with an answer that is not its own."""
    messages = [
        X.message(1501, "Задача с собеседования 🎯\n\nУ вас логи старой стратегии показа баннеров: контекст, баннер, клик "
                  "и вероятность показа. Как оценить CTR новой стратегии, не запуская её?"),
        X.message(1502, "Нас 2000! Не думал, что столько людей интересуются бандитами 🎰"),
        X.message(1503, "Разбор задачи про логи. Это off-policy evaluation: inverse propensity scoring перевзвешивает "
                  "залогированные клики отношением вероятностей новой и старой стратегии."),
    ]  # fmt: skip
    result = run([read(messages)])
    (q,) = result.questions
    assert [s.message_id for s in q.sources] == [1501, 1503], q.sources
    assert entry(result, 1503)["joined_to"] == key(1501)
    assert entry(result, 1502)["fate"] != "qa", entry(result, 1502)


def test_a_reply_in_the_fields_words_is_study_where_the_same_post_alone_is_not():
    """In a channel's export a reply is the author answering an earlier post: an explanation in the
    field's words that replies (to a task outside the export here, «Не значит.», no label) is study
    material; the same text posted on its own is too thin to be."""
    answer = (
        "Не значит. Карту просят те, кто и так часто ходит в магазин и много тратит: сравнение владельцев с "
        "остальными смешивает эффект карты с тем, кто её взял (смещение отбора). Честно — выдать карту случайной "
        "части покупателей (рандомизация) и сравнить их с остальными, а без эксперимента хотя бы сравнить похожих "
        "по прошлым покупкам."
    )
    greeting = X.message(1599, "Всем привет! Сегодня без поста, отдыхаем.")
    replied = run([read([greeting, X.message(1602, answer, reply_to_message_id=1500)])])
    alone = run([read([greeting, X.message(1602, answer)])])
    assert entry(replied, 1602)["fate"] == "qa", entry(replied, 1602)
    assert any("a reply to an earlier post" in e for e in entry(replied, 1602)["evidence"])
    assert entry(alone, 1602)["fate"] == "offtopic", entry(alone, 1602)


def test_a_labelled_answer_passes_a_poll_about_the_readers():
    """A task, then a poll on the readers' homework language («…вам удобнее…?» asks, but nothing answers
    it), then «Разбор задачи…»: the solution joins the task, and the poll is not published."""
    poll = {
        "question": "Какой язык вам удобнее для домашек?",
        "closed": False,
        "total_voters": 90,
        "answers": [{"text": t, "voters": 30, "chosen": False} for t in ("Python", "R", "Julia")],
    }
    messages = [
        X.message(1701, "Задача 3 из ДЗ-1\n\nПокажите, что если добавить в выборку копию признака, коэффициенты "
                  "гребневой регрессии поделятся между копиями поровну. Что будет с лассо?"),
        X.message(1702, "", poll=poll),
        X.message(1703, "Разбор задачи 3 из ДЗ-1 (про копию признака). Штраф L2 минимален, когда веса копий равны; "
                  "у лассо решение не единственно, и вес может уйти в одну копию."),
    ]  # fmt: skip
    result = run([read(messages)])
    (q,) = result.questions
    assert [s.message_id for s in q.sources] == [1701, 1703], q.sources
    assert entry(result, 1702)["fate"] == "offtopic", entry(result, 1702)


def test_an_answer_that_names_its_subject_joins_its_question_past_posts_between():
    """A question posted alone («Разбор — через пару постов.»), then a personal post and a meme that ask
    something, then «Разбор вопроса про сплит.» four posts later: the answer joins the question whose words
    it names (threads.TOPIC_LOOK_BACK), never the personal post right before it."""
    messages = [
        X.message(1601, "#собес\nКак сделать сплит для офлайн-оценки модели ленты, чтобы не было утечки?\n\nРазбор — через пару постов."),
        X.message(1602, "Вебинар в четверг: «Как мы считаем ретеншн». Регистрация по ссылке."),
        X.message(1603, "Когда модель на проде лучше, чем на валидации: что-то тут не так 😂"),
        X.message(1604, "Бегала сегодня под дождём без наушников. Как же хорошо думается без подкастов, правда?"),
        X.message(1605, "Разбор вопроса про сплит.\n\nДелим по времени: учимся на неделях до даты, проверяем на неделе "
                  "после неё, и один пользователь не попадает в обе части — иначе модель видит его будущие клики."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 1605)["joined_to"] == key(1601), entry(result, 1605)
    q = holding(result, 1605)
    assert [s.message_id for s in q.sources] == [1601, 1605]
    assert entry(result, 1604).get("joined") is None


def test_a_post_that_opens_with_its_questions_subject_is_its_answer():
    """«Про 80% совпадения двух неврологов.» two posts after the question that promised its answer: the two
    are one page. A «Про …» opening that shares no subject with a recent question is no answer."""
    messages = [
        X.message(1701, "#вопрос\nДва врача размечают одни и те же выписки и совпадают в 80% случаев. Почему этого мало, "
                  "чтобы сказать, что разметка хорошая?\n\nОтвечу через пару дней."),
        X.message(1702, "Вышла новая версия открытой медицинской модели, обещают качество уровня GPT-4 на выписках."),
        X.message(1703, "Про 80% совпадения двух врачей.\n\nПроцент совпадений не учитывает случайность: если 85% выписок "
                  "«нет диагноза», два врача совпадут почти всегда. Каппа Коэна вычитает случайное совпадение: "
                  "κ = (p_o − p_e) / (1 − p_e), и при 0.80 против 0.74 это всего 0.23."),
        X.message(1704, "Про выгорание.\n\nВ декабре я снова поймала себя на том, что открываю ноутбук в десять вечера. "
                  "Беру неделю отпуска и всем советую не ждать, пока станет совсем плохо."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 1703)["joined_to"] == key(1701), entry(result, 1703)
    q = holding(result, 1703)
    assert [s.message_id for s in q.sources] == [1701, 1703]
    assert "joined_to" not in entry(result, 1704) and entry(result, 1702).get("joined") is None


def test_a_labelled_answer_keeps_the_task_that_promised_it_whatever_words_it_names():
    """«Разбор задачи про размер выборки» right after a task that never says «размер выборки» but promised
    its answer («разбор — следующим постом»): it joins that task, not an older question using the words."""
    messages = [
        X.message(1801, "#собес\nЧем размер выборки в A/B-тесте отличается от длительности теста?\n\nРазмер выборки "
                  "считают до запуска по мощности и минимальному эффекту, а длительность — из трафика и сезонности."),
        X.message(1802, "Задача с нашего собеседования 👇\n\nСколько пациентов нужно на группу, чтобы с мощностью 80% при "
                  "α = 0.05 заметить разницу в доле ответивших 40% против 55%?\n\nПишите расчёт, разбор — следующим постом."),
        X.message(1803, "Разбор задачи про размер выборки\n\nn = (1.96 + 0.84)² · (0.24 + 0.2475) / 0.15² ≈ 170 пациентов "
                  "на группу."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 1803)["joined_to"] == key(1802), entry(result, 1803)


def test_an_answer_on_a_promised_questions_subject_passes_a_meme_on_the_same_subject():
    """A meme that uses the subject's words («Нейросеть на табличных данных: три дня…») between a question that
    promised its answer and «Разбор вопроса про бустинг и нейросети.»: the answer joins the question."""
    messages = [
        X.message(1901, "#собес\nПочему на табличных данных градиентный бустинг обычно обыгрывает нейросети и когда это "
                  "не так?\n\nРазбор — в четверг."),
        X.message(1902, "Нейросеть на табличных данных: три дня подбора архитектуры, ROC-AUC 0.781\nЛогистическая "
                  "регрессия за пять минут: ROC-AUC 0.779"),
        X.message(1903, "Разбор вопроса про бустинг и нейросети.\n\nПризнаки разнородные, зависимости ступенчатые, а "
                  "данных тысячи строк: деревья режут по порогам, нейросеть на таком объёме легче переобучить. Сеть "
                  "выигрывает, когда есть структура: последовательности транзакций, тексты, картинки."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 1903)["joined_to"] == key(1901), entry(result, 1903)
    assert entry(result, 1902).get("joined") is None


@pytest.mark.parametrize("label", ["Ответ про «ушёл».", "Обещанный ответ про отток клиентов."], ids=["in-quotes", "promised"])
def test_an_answer_labelled_in_quotes_or_as_promised_joins_its_question(label):
    """«Ответ про «ушёл».» and «Обещанный ответ про …» open an answer: after a personal post, it joins the
    question before it that promised it."""
    messages = [
        X.message(2001, "#вопрос\nКак определить, что клиент банка «ушёл», если счёт он не закрывает никогда?\n\n"
                  "Ответ — вечером."),
        X.message(2002, "Сегодня электричка стояла 20 минут под Мытищами. Успел прочитать половину статьи."),
        X.message(2003, f"{label}\n\nОтток в банке тихий: счёт открыт, карта лежит в ящике. Его определяют по "
                  "активности: 90 дней без расходных операций при остатке меньше 1000 ₽. Дальше — окно признаков, "
                  "зазор на удержание и окно таргета, и проверка на истории: какая доля «ушедших» вернулась."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 2003)["joined_to"] == key(2001), entry(result, 2003)
    q = holding(result, 2003)
    assert [s.message_id for s in q.sources] == [2001, 2003]


def test_a_labelled_answer_after_no_question_joins_none():
    """«Разбор:» after a stream's announcement and a news post that only says «что» inside: no post before it
    asks, so it joins none (it had joined the news post, which was then published as a question)."""
    messages = [
        X.message(2101, "Один из крупнейших облачных провайдеров поднял цены на аренду GPU на 15%. Подписчица пишет, "
                  "что её стартап теперь учит модели по ночам, когда тариф ниже."),
        X.message(2102, "Завтра в 19:00 стрим: разбираем рекомендации для новых пользователей. Ссылка на трансляцию: "
                  "https://example.com/live"),
        X.message(2103, "Разбор:\n\nХолодный старт закрывают контентом и популярным: эмбеддинги описаний, популярное "
                  "в сегменте, пара вопросов об интересах при регистрации, а потом быстрый переход на коллаборативные "
                  "сигналы по первым прослушиваниям."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert "joined_to" not in entry(result, 2103), entry(result, 2103)
    assert not [q for q in result.questions if any(s.message_id == 2101 for s in q.sources)]


def test_an_answer_that_says_sam_po_sebe_is_no_story_and_joins_its_question():
    """«Разбор про p-value.» with the author's analogy («которую я люблю», «шум сам по себе»): «по себе» is not
    «о себе», the author's story, so the answer is not taken for a personal post and joins its question."""
    messages = [
        X.message(2201, "#вопрос\nЧто такое p-value, если объяснять без формул?\n\nОтвет — в следующем посте."),
        X.message(2202, "Сегодня склад встал на инвентаризацию, и я весь день считал коробки руками."),
        X.message(2203, "Разбор про p-value.\n\np-value — вероятность получить такие же или более экстремальные данные, "
                  "если нулевая гипотеза верна. Это не вероятность того, что гипотеза верна, и не размер эффекта.\n\n"
                  "Физическая аналогия, которую я люблю: «сигнал на 3 сигма». Он говорит, как редко шум сам по себе дал "
                  "бы такой пик, но ничего не говорит о том, что за пиком стоит."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 2203)["joined_to"] == key(2201), entry(result, 2203)


def test_a_behavioural_questions_answer_told_as_a_story_joins_it():
    """«Расскажите о модели, которая не сработала» and its labelled answer, the author's own story in the past
    tense: the answer reads as a personal post, but it answers the question, and the two are one page."""
    messages = [
        X.message(2301, "#вопрос_со_смены\nВопрос не про ML, но его задают всегда:\n\nРасскажите о модели, которую вы "
                  "выкатили и которая не сработала. Что пошло не так?"),
        X.message(2302, "Обещанный разбор вопроса про провал.\n\nЯ хочу услышать конкретную историю, а не «у меня всё "
                  "получалось», и что было метрикой успеха.\n\nМой пример: моя первая модель аварий предсказывала "
                  "отлично, но тревоги приходили в 9 утра, а выезды бригад планировались в 7. Я тогда понял, что модель "
                  "была правильной и бесполезной, и с тех пор я первым делом спрашиваю, когда и кто будет читать "
                  "прогноз. Мы переделали расписание, и я стал считать пользу в выездах, а не в ROC-AUC."),
    ]  # fmt: skip
    result = run([read(messages)])
    assert entry(result, 2302)["joined_to"] == key(2301), entry(result, 2302)
    q = holding(result, 2302)
    assert [s.message_id for s in q.sources] == [2301, 2302]


def test_an_answer_to_a_quiz_joins_the_quiz_past_a_meme_that_sounds_like_a_task():
    """«Квиз недели. Ответ — через пост.» over a poll, a meme whose punchline orders («…А теперь покажи мне
    корову»), a note to the readers, then «Ответ на квиз: …»: the answer joins the quiz on its page, and the meme
    stays a meme."""
    poll = quiz_poll(
        "Какой признак с доильного робота раньше всех выдаёт начинающийся мастит?",
        ("Удой за дойку", "Электропроводность молока", "Время дойки"),
        20,
    )
    messages = [
        X.message(2001, "Квиз недели. Ответ — через пост.", poll=poll),
        X.message(2002, "Зоотехник смотрит на дашборд: «Отличная модель. А теперь покажи мне корову»."),
        X.message(2003, "Ответил всем в комментариях под задачей про шаги. Решений было больше сорока, спасибо!"),
        X.message(
            2004,
            "Ответ на квиз: электропроводность молока.\n\nПри воспалении в молоке растёт содержание солей, и "
            "проводимость поднимается раньше, чем падает удой. Лучший признак — отношение худшей четверти вымени к "
            "средней по остальным: модель на нём ловит мастит за два дня до клинических признаков.",
        ),
    ]
    result = run([read(messages)])
    (q,) = [q for q in result.questions if q.post.ref.key == key(2001)]
    assert [r.key for r in q.post.thread] == [key(2004)]
    assert entry(result, 2004)["fate"] == "joined"
    assert entry(result, 2002)["fate"] not in ("qa", "quiz", "partial")
    page = result.outputs[f"q/{q.id}.md"]
    shown = page[page.index("???+ question") :]  # the quiz's caption, its options, then the answer
    assert shown.index("Квиз недели. Ответ — через пост.") < shown.index("- Удой за дойку") < shown.index("**Ответ на квиз:**")


@pytest.mark.parametrize(
    "opening",
    ["Вернёмся к новому сканеру и модели, которая «ослепла».", "Возвращаемся к новому сканеру и модели."],
)
def test_an_answer_that_calls_its_question_back_joins_it_past_other_posts(opening):
    """«Вернёмся к …», «Возвращаемся к …» name the question's subject as «Про …» does."""
    messages = [
        X.message(
            2101,
            "История из практики.\n\nКлиника поставила новый сканер, и модель, которая год работала стабильно, стала "
            "находить опухоль вдвое реже.\nЧто, скорее всего, произошло и как это заметить раньше врача?\n\nОтвечу на "
            "следующей неделе.",
        ),
        X.message(2102, "В субботу выступаю на митапе в Казани, приходите поболтать после доклада."),
        X.message(2103, "Канал перевалил за 5000 подписчиков, спасибо, что читаете!"),
        X.message(
            2104,
            f"{opening}\n\nПочти наверняка у нового сканера другая цветопередача: модель училась на старых цветах и на "
            "новых видит «не то». Это сдвиг входных данных. Заметить раньше помогает мониторинг распределения "
            "яркости и доли уверенных предсказаний по каждому сканеру.",
        ),
    ]
    result = run([read(messages)])
    (q,) = [q for q in result.questions if q.post.ref.key == key(2101)]
    assert [r.key for r in q.post.thread] == [key(2104)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            (
                "Диспетчеры такси пишут причины отмен свободным текстом: «клиент не вышел», «не дозвонился, ушёл». Нам "
                "нужна доля отмен по вине водителя за каждый день.\nВозьмёте LLM или хватит регулярных выражений?"
            ),
            (
                "По отменам такси: регулярки дают первую версию за вечер, но ломаются на опечатках и отрицаниях («не "
                "водитель виноват»). LLM со строгим форматом ответа справляется с ними, но сначала размечаем 300 отмен "
                "руками и считаем точность по каждой причине."
            ),
        ),
        (
            (
                "взяли 40к отзывов, разбили случайно 80/20, классификатор тональности даёт 0.95 на тесте. я не верю.\n"
                "что не так со сплитом?"
            ),
            (
                "про сплит: в отзывах полно копий и шаблонов — одни и те же тексты от ботов. случайный сплит кладёт копии "
                "и в трейн, и в тест, модель просто вспоминает. правильно — убрать дубли и делить по авторам."
            ),
        ),
        (
            "Кандидат обучил модель оттока на данных до марта, а с апреля поменяли тарифы. Что произойдёт с моделью?",
            (
                "К вопросу о тарифах. Поменялось распределение входа: клиенты на новых тарифах ведут себя иначе, и модель "
                "видит то, чего не видела. Мониторим распределение признаков и долю новых тарифов, переобучаем на свежих данных."
            ),
        ),
        (
            "Три года продаж по дням. Prophet или градиентный бустинг на лагах?\nЧто возьмёте и почему?",
            (
                "Итак, Prophet против бустинга. Prophet быстро даёт сезонность и праздники, но плохо берёт внешние "
                "признаки; бустинг на лагах и календаре обычно точнее, если честно валидироваться по времени."
            ),
        ),
        (
            (
                "Прогноз звонков в колл-центр год ошибался на 5%, а в марте ошибка в двух филиалах выросла втрое.\n"
                "Что произошло и как поймать это раньше?\n\nРазбор через пару дней."
            ),
            (
                "Как и обещал, про два филиала, где ошибка выросла.\n\nВ марте туда перевели звонки закрытого офиса: "
                "поток поменялся, а модель училась на старом. Следим за ошибкой по каждому филиалу и за составом звонков."
            ),
        ),
        (
            (
                "Хотим проверить новые табло в поликлиниках: электронная очередь вместо записи у окна. Разыгрывать каждого "
                "пациента нельзя, очередь в поликлинике одна.\nКак бы вы поставили этот эксперимент?"
            ),
            (
                "Теперь про электронную очередь в поликлиниках. Рандомизируем сами поликлиники: пары похожих по потоку, в "
                "каждой паре монеткой одна получает табло; единица анализа — поликлиника-день, а не пациент."
            ),
        ),
        (
            "Склад. Прогноз отгрузок по SKU на неделю, 70% нулей и редкие крупные заказы.\nКакую функцию потерь возьмёте?",
            (
                "По отгрузкам со склада. MSE тянет прогноз к редким крупным заказам; здесь лучше Tweedie или Poisson: "
                "масса в нуле и длинный правый хвост, а проверяем WAPE и смещение по сумме."
            ),
        ),
        (
            ("Страховая. Модель мошенничества: на валидации ROC AUC 0,88, через месяц в проде 0,71.\nГде будете искать причину?"),
            (
                "По разрыву 0,88 → 0,71.\n\nСначала валидация: была ли она по времени. Потом утечка: признаки, которых "
                "нет в момент прогноза. Потом разный код признаков в трейне и в проде."
            ),
        ),
    ],
)
def test_an_answer_that_opens_by_naming_its_questions_subject_joins_it(question, answer):
    """An answer with no label whose first line opens with its question's subject («По отменам такси: …», «про
    сплит: …», «К вопросу о тарифах.», «Теперь про электронную очередь…», «По отгрузкам со склада.» over «отгрузок»,
    «По разрыву 0,88 → 0,71.») joins the question a post before it, even one too thin to publish alone."""
    messages = [
        X.message(2201, question),
        X.message(2202, "Сегодня первый снег, сын слепил во дворе снеговика с антенной."),
        X.message(2203, answer),
    ]
    result = run([read(messages)])
    assert entry(result, 2203)["joined_to"] == key(2201), entry(result, 2203)
    assert [s.message_id for s in holding(result, 2203).sources] == [2201, 2203]


def test_a_post_that_opens_with_a_subject_no_recent_question_names_joins_none():
    """«По данным опроса: …» after a question on something else is no answer: nothing joins."""
    messages = [
        X.message(2301, "Почему градиентный бустинг обычно обыгрывает нейросети на табличных данных?"),
        X.message(
            2302,
            "По данным опроса: 60% читателей работают в банках и ритейле, 25% — в продуктовых компаниях, остальные "
            "учатся. Спасибо всем, кто ответил!",
        ),
    ]
    result = run([read(messages)])
    assert "joined_to" not in entry(result, 2302), entry(result, 2302)


def test_a_quiz_answered_a_dozen_posts_later_takes_its_answer():
    """«Короткий квиз, ответ через пару постов.» over a poll, then news, events, a meme and a personal post (eleven
    in all), then «Ответ на квиз про Байеса: …»: it joins the quiz."""
    poll = quiz_poll(
        "Тест на болезнь с частотой 1% ловит 90% больных и ошибается у 9% здоровых. Какова вероятность "
        "болезни при положительном тесте?",
        ("Около 1%", "Около 9%", "Около 90%", "Около 99%"),
        30,
    )
    between = [
        "Вышла новая версия scikit-learn: обещают ускорение деревьев в полтора раза.",
        "Завтра в 19:00 стрим про собеседования, ссылка будет здесь за час.",
        "Когда заказчик просит модель «как у Google», но данных 300 строк.",
        "Сегодня сдала последний экзамен в автошколе, теперь только вождение.",
        "Запись вчерашнего стрима уже на YouTube, таймкоды в описании.",
        "На выходных еду в Карелию, постов не будет до среды.",
        "Открыли набор на осенний поток курса, скидка до конца недели.",
        "Спасибо всем, кто пришёл на митап! Фото — в комментариях.",
        "Вышел перевод классической книги про статистическое обучение.",
        "Новая аватарка канала — нарисовал сын.",
        "Нас уже 3000, спасибо, что читаете!",
    ]
    messages = [
        X.message(2401, "Короткий квиз, ответ через пару постов.", poll=poll),
        *[X.message(2402 + i, text) for i, text in enumerate(between)],
        X.message(
            2413,
            "Ответ на квиз про Байеса: около 9%. Из 1000 человек больны 10, тест поймает 9 из них, а из 990 здоровых "
            "ошибётся у 89. Положительных 98, больных среди них 9 — около 9%. Редкая болезнь и неточный тест дают "
            "много ложных тревог.",
        ),
    ]
    result = run([read(messages)])
    (q,) = [q for q in result.questions if q.post.ref.key == key(2401)]
    assert [r.key for r in q.post.thread] == [key(2413)]


def test_two_quizzes_in_a_row_take_their_answers_each_once():
    """Two polls, the answer to the second, a news post, then the answer to the first: each quiz takes its own
    answer (the latest poll already has one)."""
    messages = [
        X.message(2501, "Квиз раз.", poll=quiz_poll("Какая метрика не зависит от порога?", ("Accuracy", "ROC-AUC", "F1"), 10)),
        X.message(
            2502, "Квиз два.", poll=quiz_poll("Какая функция потерь устойчива к выбросам?", ("MSE", "Huber", "Log loss"), 10)
        ),
        X.message(
            2503,
            "Ответ на второй квиз: Huber. Для малых ошибок она квадратичная, для больших — линейная, и один выброс не "
            "перетягивает модель на себя.",
        ),
        X.message(2504, "Вышла новая версия CatBoost с ускорением на GPU."),
        X.message(
            2505,
            "Ответ на первый квиз: ROC-AUC. Она усредняет качество по всем порогам, а accuracy и F1 считаются при одном.",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 2503)["joined_to"] == key(2502), entry(result, 2503)
    assert entry(result, 2505)["joined_to"] == key(2501), entry(result, 2505)


def test_a_warm_up_task_takes_its_code_posted_as_a_reply():
    """«pandas, разминка 🐼», the data, «надо: …», «мой код — в треде», then a reply of code and a line: one page,
    titled by what is needed."""
    messages = [
        X.message(
            2601,
            "pandas, разминка 🐼\n\nдатафрейм rides(ride_id, driver_id, city, price): одна строка — одна поездка.\n"
            "надо: среднюю цену по городу и число водителей, у которых больше 100 поездок.\n\nмой код — в треде",
        ),
        X.message(
            2602,
            'g = rides.groupby("city").price.mean()\nn = (rides.groupby("driver_id").size() > 100).sum()\n\n'
            "groupby + size быстрее, чем value_counts по двум колонкам, и сразу даёт серию",
            reply_to_message_id=2601,
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 2602)["joined_to"] == key(2601), entry(result, 2602)
    q = holding(result, 2601)
    assert title_text(q.post).startswith("надо: среднюю цену по городу")


def test_a_review_of_what_a_question_names_joins_it_past_other_posts():
    """«разбор системы против объявлений-ловушек 🕵️👇» on a line of its own names its question's subject as «Про …»
    does: it joins the design question two posts before it, not the news between."""
    messages = [
        X.message(
            2501,
            "вопрос на дизайн системы 🕵️\n\nна сайте появляются объявления-ловушки: квартира на 30% дешевле рынка, "
            "хозяин просит предоплату «за просмотр» и пропадает.\nкак бы ты спроектировал систему, которая ловит такие "
            "объявления до показа?\n\nразберу отдельным постом",
        ),
        X.message(2502, "у конкурентов вышла новая лента объявлений, выглядит симпатично 👀"),
        X.message(
            2503,
            "разбор системы против объявлений-ловушек 🕵️👇\n\n1. проверяем в момент публикации, до показа в поиске\n"
            "2. признаки: цена против нашей оценки, возраст аккаунта, хеши фото из других объявлений\n3. модель: бустинг "
            "на объявлениях, которые заблокировала модерация\n4. три исхода: пропустить, к модератору, скрыть",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 2503)["joined_to"] == key(2501), entry(result, 2503)


def test_a_review_named_in_a_clause_joins_the_question_that_promised_it_the_post_before():
    """«Разбор — в следующем посте.», then «Разбор про мошенников, которые подстраиваются.»: a review that names its
    question's subject in words it shares only in part joins the question right before it that promised it."""
    messages = [
        X.message(2601, "Новость: крупный банк запустил оплату по лицу в метро, обещают ускорить проход вдвое."),
        X.message(
            2602,
            "#собес\nПосле каждой волны блокировок мошенники меняют сценарии, и через месяц recall антифрода тихо "
            "падает. Как заметить это вовремя, если новых меток ещё нет?\n\nРазбор — в следующем посте.",
        ),
        X.message(
            2603,
            "Разбор про мошенников, которые подстраиваются.\n\nЭто враждебный дрейф: метки запаздывают на недели. "
            "Смотрим распределение скоров, расхождение с жалобами клиентов и распределения признаков у самых "
            "подозрительных операций; переобучаемся по расписанию.",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 2603)["joined_to"] == key(2602), entry(result, 2603)


def test_an_answer_with_no_label_right_after_the_question_that_promised_it_joins_it():
    """«…как такое может быть?\n\nответ завтра», then «это парадокс симпсона 🙃 …» in the question's words: it joins."""
    messages = [
        X.message(
            2701,
            "задачка про курьеров 🤔\n\nв каждом районе (центр, спальные, окраины) среднее время доставки у штатных "
            "курьеров меньше, чем у подрядчиков. а если посчитать по всем заказам сразу — у штатных среднее время доставки "
            "больше.\nкак такое может быть?\n\nответ завтра",
        ),
        X.message(
            2702,
            "это парадокс симпсона 🙃 у штатных курьеров больше заказов на окраинах, где доставка долгая в любом случае, а у "
            "подрядчиков — больше заказов в центре с короткими маршрутами. внутри каждого района штатные быстрее, но когда "
            "всё смешиваешь, побеждает состав заказов.\n\nмораль: сравнивая группы, сначала смотри на их состав и "
            "сравнивай внутри срезов",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 2702)["joined_to"] == key(2701), entry(result, 2702)
    assert [s.message_id for s in holding(result, 2702).sources] == [2701, 2702]


def test_a_joke_on_the_subject_right_after_a_question_that_promised_its_answer_joins_none():
    """A short joke in the question's words after «…ответ завтра» is no answer: nothing joins it."""
    messages = [
        X.message(
            2801,
            "Модель античита учится на жалобах игроков: игрок жалуется на читера, а демка показывает, что его честно убили "
            "со спины. Как отличить жалобу по делу от обиды, если жалоб тысячи в день, а разметка модераторов запаздывает "
            "на неделю? Какие признаки и какую метку возьмёте для классификатора?\n\nОтвет завтра.",
        ),
        X.message(2802, "Жалоба игрока: «он читер, меня убили со спины»\nДемка: честно убили со спины. Жалоб — тысячи в день 🙃"),
    ]
    result = run([read(messages)])
    assert "joined_to" not in entry(result, 2802), entry(result, 2802)


def test_an_answer_labelled_by_what_it_answers_joins_its_question_past_four_posts():
    """«Ответ по семейным абонементам.» four posts after the question, past news, an event and a meme: it joins the
    question whose words it names, not the meme right before it."""
    messages = [
        X.message(
            2901,
            "#вбрасывание\nТестируем пуш «Вы давно не были в клубе». Сплит 50/50 по клиентам. Но у 30% клиентов семейные "
            "абонементы, и ходят они парами.\nЧто может пойти не так и как поставить тест?",
        ),
        X.message(2902, "Крупная сеть клубов открыла приложение с записью на тренировки по лицу."),
        X.message(2903, "В субботу в 12:00 эфир про удержание клиентов, ссылка будет здесь."),
        X.message(2904, "Когда A/B-тест показал +40% к визитам, а это был январь 😂"),
        X.message(
            2905,
            "Ответ по семейным абонементам.\n\nКлиенты влияют друг на друга: пуш пришёл мужу, в зал пошли оба, а жена в "
            "контроле. Рандомизируем по семейному аккаунту и считаем метрику и размер выборки в аккаунтах.",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 2905)["joined_to"] == key(2901), entry(result, 2905)


def test_a_quiz_answer_passes_a_poll_about_the_readers_to_the_quiz():
    """A quiz as a poll, then a poll on the format of posts, then «По квизу: это SRM…»: the answer joins the quiz."""
    quiz = quiz_poll(
        "Сплит 50/50, а в группах 10 240 и 9 610 клиентов. Что это скорее всего?",
        ("Случайный разброс", "Поломка сплита или логирования", "Эффект от пуша"),
        60,
    )
    survey = quiz_poll("Какой формат постов вам удобнее?", ("Короткие", "Длинные", "Видео"), 90)
    messages = [
        X.message(3001, "Квиз по экспериментам 👇 разбор через пару дней", poll=quiz),
        X.message(3002, "", poll=survey),
        X.message(
            3003,
            "По квизу: это SRM, sample ratio mismatch, — поломка сплита или логирования. При честных 50/50 разница в 630 "
            "человек даёт хи-квадрат около 20, случайно так не бывает; пока не нашли причину, тест не читаем.",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 3003)["joined_to"] == key(3001), entry(result, 3003)
    assert "joined" not in entry(result, 3002), entry(result, 3002)


@pytest.mark.parametrize(
    "opening",
    ["Детектор на снегопаде — мой разбор ❄️", "Обещанное продолжение про детектор на снегопаде."],
)
def test_a_review_named_by_its_subject_joins_the_readers_question(opening):
    """A reader's question quoted whole, a post between, then «Детектор на снегопаде — мой разбор ❄️» (or «Обещанное
    продолжение про …»): it joins the question."""
    messages = [
        X.message(
            3101,
            "Пишет Марина из Кемерова: «Учим детектор людей для камер над очередями. На снегопаде качество детектора "
            "падает в разы. Что делать?»\n\nРасскажите, как бы вы поступили, а свой ответ я выложу через пару дней.",
        ),
        X.message(3102, "Сегодня на склоне минус двадцать восемь, подъёмники работают до трёх."),
        X.message(
            3103,
            f"{opening}\n\nВ обучающих данных мало снегопада. Размечаем кадры снегопада, добавляем аугментации "
            "(синтетический снег, размытие), дообучаем готовый детектор и считаем mAP отдельно по погоде.",
        ),
    ]
    result = run([read(messages)])
    assert entry(result, 3103)["joined_to"] == key(3101), entry(result, 3103)
