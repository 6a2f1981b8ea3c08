"""Titles: the line that carries the question (scripts/ingest/titles.py, rules/titles.toml), on
posts shaped like a real channel's (tests/exports.py), and a title's spoiler: hidden on the page,
every word in the manifest, the Anki deck, the CSV and the search index."""

from __future__ import annotations

import csv
import json

import pytest
import yaml

from scripts.ingest.channels import parse as parse_config
from scripts.ingest.pipeline import run
from scripts.ingest.plain import answer_text, title_text
from scripts.ingest.read import parse_source
from scripts.ingest.titles import greeting_end, passed_over
from scripts.site import anki, search_index, study

from . import exports as X
from .conftest import ROOT as X_ROOT
from .test_fate import run_one
from .test_study import _deck_notes


@pytest.fixture(scope="module")
def threads():
    config = parse_config("channels.toml", X.config_toml(X.THREAD_CHANNEL))
    return run([parse_source("ds/result.json", X.dumps(X.thread_export()).encode("utf-8"), config)])


def by_message(result, msg_id: int):
    (q,) = [q for q in result.questions if q.post.ref.message_id == msg_id]
    return q


@pytest.mark.parametrize(
    ("msg_id", "title", "kept", "dropped"),
    [
        (520, "Что такое batch normalization и зачем она нужна?", None, "Привет"),  # a greeting says nothing
        (521, "Чем L1-регуляризация отличается от L2?", "Продолжаю прокачивать твои навыки в Data Science", None),
        (522, "Быстрое объединение датафреймов pandas без цикла", None, "100 🔥 есть"),
        (
            523,
            "Сходу назови 10 способов ускорения A/B теста",
            "Нестандартный вопрос с собеседования. Вакансия на аналитика уровня сеньор:",
            None,
        ),
        (524, "Что такое кросс-валидация?", None, "Ставьте 🔥"),
        (525, "Зачем нужен градиентный спуск?", None, "🔥🔥🔥"),  # hashtag-only and emoji-only lines above it
        (527, "Что такое p-value и как объяснить его заказчику?", None, "Привет"),  # a greeting on the title's line
        # A call to take a task names no question (tests/curation/README.md): the question is the title,
        # the call stays in the answer.
        (501, "Что выведет код?", "Ловите Pandas задачку", None),
    ],
)
def test_the_title_is_the_line_that_carries_the_question(threads, msg_id, title, kept, dropped):
    q = by_message(threads, msg_id)
    assert title_text(q.post) == title
    text = answer_text(q.post)
    if kept:
        assert text.startswith(kept)  # it says something: it stays, where it was
    if dropped:
        assert dropped not in text and dropped not in title_text(q.post)


def test_hashtags_above_the_title_become_tags(threads):
    assert set(by_message(threads, 525).tags) >= {"вопрос", "собес"}


def test_a_lead_in_yields_only_to_a_line_the_question_can_be_on():
    lead = "Нестандартный вопрос с собеседования. Вакансия на аналитика уровня сеньор:"
    assert [p.rule.name for p in passed_over([lead, "Сходу назови 10 способов"], ["Сходу назови 10 способов", None])] == [
        "interview-lead-in"
    ]
    assert passed_over([lead, "Сходу назови"], [None, None]) == []  # a list follows: the lead-in is the title
    # A bare label yields only to a question; over a paragraph it stays the title.
    assert [
        p.rule.name
        for p in passed_over(["🧐 Задача с собеседования", "Чем L1 отличается от L2?"], ["Чем L1 отличается от L2?", None])
    ] == ["bare-label"]
    paragraph = "Есть модель с ROC-AUC 0.99 на валидации и 0.6 в проде."
    assert passed_over(["🧐 Задача с собеседования", paragraph], [paragraph, None]) == []
    assert passed_over(["Привет!"], [None]) == []  # the only line is the title, whatever it is
    assert greeting_end("Привет, друзья! Что такое p-value?") == len("Привет, друзья! ")
    assert greeting_end("👋 Всем привет. Сегодня о бустинге") == len("👋 Всем привет. ")
    assert greeting_end("Hello world: a first program") == 0 and greeting_end("Приветственный бонус") == 0
    assert greeting_end("Приветствую, дорогие аналитики! Сегодня о бустинге") == len("Приветствую, дорогие аналитики! ")
    assert greeting_end("Здравствуйте, дорогие. Что такое p-value?") == len("Здравствуйте, дорогие. ")  # the readers, unnamed
    # a plural before «!» is the readers called; «…разберём бустинг!» is what the post does
    assert greeting_end("Привет, сегодня разберём бустинг! Поехали") == len("Привет, ")


@pytest.mark.parametrize(
    ("lines", "rule"),
    [
        # a bare label that names a topic, before a task's statement (no «?»: it sets the task)
        (["Задачка по pandas на выходные 🐼", "Дан датафрейм заказов. Посчитайте медиану чека по дням."], "bare-label"),
        (["Кейс для собеса по ML system design", "Спроектируйте поиск по товарам для маркетплейса."], "bare-label"),
        # a case's lead-in ending with a colon, with a remark of the author's
        (["Кейс на дизайн, люблю давать его мидлам:", "Спроектируйте антиспам для отзывов."], "interview-lead-in"),
        (["#sql задача на оконные функции", "Есть таблица visits(user_id, ts). Найдите вторые визиты."], "bare-label"),
        # a call to take a task, before the task
        (["Держите простую задачку по SQL", "Напишите запрос, который вернёт топ-3 товара."], "take-this"),
        # a doubled greeting says nothing; a greeting opening a series' line is set aside first
        (["Привет-привет!", "Чем медиана устойчивее среднего?"], "greeting"),
        # a greeting with the readers it calls, alone on its line: the whole line says nothing
        (["Привет, друзья!", "Чем медиана устойчивее среднего?"], "greeting"),
        (["Доброе утро, буровики!", "Чем удельная энергия лучше нагрузки на долото?"], "greeting"),
        # a line that keeps a promise to the readers, before the post's heading
        (["Обещал в комментариях рассказать про энергию — рассказываю.", "Удельная энергия как признак"], "as-promised"),
        (
            ["По просьбам из комментариев — про то, как отличить профи от везунчика.", "Closing line value: признак игрока"],
            "as-promised",
        ),
        (["Всем привет! Продолжаем серию про метрики.", "Что такое NDCG?"], "series-intro"),
        # a line about the post itself, not its question
        (["Коллеги, сегодня ещё один вопрос, который часто задают", "Зачем нужна калибровка?"], "about-the-post"),
        (["Ну что, давайте про регуляризацию.", "Почему L1 зануляет веса?"], "about-the-post"),
        (["Hello everyone, a quick one on numpy today.", "Broadcasting: how shapes are matched"], "short-one"),
        (["Небольшая заметка перед выходными.", "Label smoothing: мягкие метки вместо one-hot"], "short-one"),
        (["Quick one for the NLP folks:", "Why does label smoothing help a classifier's calibration?"], "short-one"),
        # a label that says where the question is asked, with no colon; a bare call to solve; how often it is asked
        (["Системный дизайн на собеседовании 🧩", "Спроектируйте ленту рекомендаций для маркетплейса."], "interview-label"),
        (["Посчитайте в уме 🧠", "Окно 25 мс, шаг 10 мс, запись 1 секунда. Сколько кадров в спектрограмме?"], "solve-this"),
        (["Интеграл, который любят давать на экзамене", "Найдите матожидание экспоненциального распределения."], "popular-one"),
        (["System design на senior, который дали клиенту на прошлой неделе", "Спроектируйте скоринг лидов."], "popular-one"),
        (["Live-coding с реального собеседования (middle)", "Дан список чисел. Верните все повторы за O(n)."], "interview-label"),
        # who asks, or in which language, before the question
        (["Меня часто спрашивают в личке:", "Как готовиться к секции по теории DL на собеседовании?"], "who-asks"),
        (
            ["Now in English, because a client asked me for it before an interview", "How do you handle missing values?"],
            "who-asks",
        ),
        # a piece of a lesson announces the post
        (["Кусочек урока из 3-го модуля", "Зачем нужна кросс-валидация, если есть отложенная выборка"], "genre-label"),
        (["Начнём с самого частого разложения.", "Собственные векторы ковариационной матрицы"], "start-with"),
        (["Задача с собеса в наш поиск", "NDCG вырос, конверсия упала. Назовите как можно больше причин."], "bare-label"),
        # a short topic line before the task's table or order
        (["SQL-пятница", "Таблица sessions(user_id, ts). Найдите пользователей с тремя сессиями подряд."], "topic-before-task"),
        (["SQL на вечер 🌙", "Write a function that returns the median of a stream."], "topic-before-task"),
        (["Задачка на pandas для стажёров", "В датафрейме orders(user_id, ts) оставьте последние 3 заказа."], "bare-label"),
        # a numbered series' heading says nothing of the subject, whatever line follows it
        (["Что я поняла за неделю №3", "Зачем масштабировать признаки и кому это не нужно."], "series-number"),
        (["Что я поняла за неделю №6 (по вашему опросу — A/B)", "Размер выборки считают до запуска теста."], "series-number"),
        # any line that ends with a colon and asks nothing introduces the question or the task after it
        (
            ["From an ML engineer loop at a big cloud company:", "Why does batch normalization behave differently at inference?"],
            "colon-lead-in",
        ),
        (
            [
                "Задача, которую я завалила на отборе на стажировку (меня всё равно взяли, но стыдно до сих пор):",
                "Есть таблица orders(user_id, order_date, amount). Найдите дату второго заказа каждого пользователя.",
            ],
            "colon-lead-in",
        ),
        (
            [
                "What I understood this week, in English for my friends abroad:",
                "Why we use log loss and not accuracy to train a classifier.",
            ],
            "colon-lead-in",
        ),
        # a task's label with its set-up on one line, which asks nothing: the order or the question after it
        (
            ["Задачка: в выборке 40 000 писем, спама 2%. Модель пометила спамом 1 000 писем.", "Посчитайте precision и recall."],
            "task-set-up",
        ),
        (
            [
                "Задача с собеса. Сервис логирует время ответа каждого запроса, 5 млн запросов в час.",
                "Придумайте, как считать p99 в потоке.",
            ],
            "task-set-up",
        ),
        (
            [
                "Task: a shop sells 300 items, half of them seasonal, and opens a new store every month.",
                "How would you forecast the demand for a new item?",
            ],
            "task-set-up",
        ),
        (
            [
                "Задачка: есть логи заказов за год, по одному файлу на каждый день, в каждом по 10 колонок.",
                "Соберите их в один датафрейм без цикла.",
            ],
            "task-set-up",
        ),
        # a task's table on a line of its own before the order
        (
            ["Таблица plays(user_id, track_id, played_at, ms_played).", "Для каждого пользователя найдите самый долгий трек."],
            "table-before-order",
        ),
        (
            ["Есть таблица заказов orders с колонками user_id, order_id, created_at.", "Посчитайте retention 7-го дня."],
            "table-before-order",
        ),
        # a task's data frame on a line of its own before the question or the order (the thirteenth session's
        # rule, from the fortieth, thirty-fifth and fifty-first sets' titles)
        (
            [
                "Есть df с колонками shop_id, sold_at, qty — каждая продажа на кассе.",
                "Как найти магазины, где за любой час продали больше 50 штук?",
            ],
            "frame-before-order",
        ),
        (
            ["В df заявки: client_id, created_at, approved.", "Посчитайте долю одобренных заявок по неделям."],
            "frame-before-order",
        ),
        (
            ["DataFrame visits со столбцами user_id, ts, page.", "Оставьте для каждого пользователя первую страницу."],
            "frame-before-order",
        ),
        # a frame that opens with its data («Есть датафрейм …(…): …») sets no order of its own (the fourteenth
        # session, from the fifty-third set's titles)
        (
            [
                "Есть датафрейм visits(user_id, ts, page): визиты с сайта, отметки времени нерегулярные.",
                "Посчитайте для каждого пользователя визиты в часовых окнах.",
            ],
            "frame-before-order",
        ),
        # an order of a verb the task cue lists («Заполните», «Отсортируйте»), and a lead-in that names «system
        # design» (no order to design anything: only «Design a…» is one)
        (
            ["Кусок тестового из страховой, pandas:", "Заполните пропуски в income медианой по региону без цикла."],
            "colon-lead-in",
        ),
        (
            ["Вопрос с секции ML system design в банке:", "Как бы вы построили антифрод для онлайн-платежей?"],
            "interview-lead-in",
        ),
        # a greeting to some of the readers, a rubric's name, whom the post is for, a long-meant post, a task
        # the author asks at interviews (the tenth session's rules, from the forty-fourth set's titles)
        (["Доброе утро всем, кто сегодня идёт на собес ☕", "Чем bagging отличается от boosting?"], "greeting-to-whom"),
        (["Привет, это опять рубрика «без воды».", "Почему Adam иногда обобщает хуже SGD?"], "rubric"),
        (["Для продактов, которые просят «просто добавить ML».", "Холодный старт в рекомендациях"], "audience"),
        (["Объясняю заказчику, почему мы не обещаем 99% точности.", "Дисбаланс классов"], "audience"),
        (["Наконец дошли руки написать, раз уж спрашивают в каждом чате.", "Калибровка вероятностей"], "long-meant"),
        (
            [
                "Задачка из нашего проекта по рекомендациям — даём её на собесе джунам, чтобы проверить, понимают ли они матрицы.",
                "Сколько параметров у матричной факторизации на миллион пользователей, сто тысяч товаров и ранг 64?",
            ],
            "we-ask-it",
        ),
        # a stream's greeting to its chat before a line about the post; a test task's label with its part
        (
            ["Йо, чат! Задачка, которую решали в конце стрима, для тех, кто ушёл раньше", "Найдите медиану потока за O(log n)."],
            "about-the-post",
        ),
        (["Тестовое задание из финтеха, часть 2 😅", "Дан список транзакций. Найдите дубли за минуту."], "genre-label"),
        # a set-up of two sentences or more on its own line before the question about it (the thirteenth session's
        # rule, from the fifty-second set's titles)
        (
            [
                "У нас один лог на 40 миллионов запросов. Кандидат случайно делит сессии между трейном и тестом и получает ROC-AUC 0.97.",
                "Почему этой цифре нельзя верить и как разбить данные правильно?",
            ],
            "set-up-sentences",
        ),
        (
            [
                "Модель спроса учили на продажах за пять лет. Все дни перемешали и разделили 80/20.",
                "Что не так с такой проверкой и как делить данные для прогноза?",
            ],
            "set-up-sentences",
        ),
        # one long sentence of set-up before the question about it (the fourteenth session)
        (
            [
                "Кандидат нарезал 300 снимков на патчи, перемешал два миллиона патчей и получил ROC-AUC 0.99 на тесте.",
                "Что не так и как нужно было делить?",
            ],
            "set-up-sentences",
        ),
        # a question's topic on a line of its own before the question (the fourteenth session's rule, from the
        # fifty-third set's titles)
        (["Про лосс для прогноза спроса.", "Какую функцию потерь вы возьмёте, если недобор вдвое дороже избытка?"], "topic-line"),
    ],
)
def test_lead_ins_of_real_channels_yield_to_the_question_or_task(lines, rule):
    """Lines a channel writes before the question (rules/titles.toml), each on a post of its shape."""
    assert [p.rule.name for p in passed_over(lines, [lines[1], None])] == [rule]


@pytest.mark.parametrize(
    "lines",
    [
        ["Сегодня о бустинге", "Бустинг строит деревья по очереди."],  # it names the subject, no question follows
        ["Задачка по SQL на вечер", "Она несложная, но полезная."],  # no question and no task after the label
        ["Ещё одна метрика ранжирования: MRR", "Средняя обратная позиция первого релевантного ответа."],
        ["Решение задачи про кубик:", "Найдите сначала все исходы: их 36."],  # an answer's label opens the answer
        ["Оконные функции", "Они считают значение по окну строк, не схлопывая их."],  # a topic before its explanation
        ["Position bias", "Почему клики на первой позиции врут? Товар сверху кликают чаще."],  # no task's data
        # a greeting that says something is no readers' address; a model's promise is no author's; a
        # concept named by «кусочно-…», a reason «которые дают…»
        ["Привет, сегодня про бустинги!", "Бустинг строит деревья по очереди."],
        ["Модель обещала 95% точности, а в проде выдала 70%", "Почему так бывает?"],
        ["Кусочно-линейные функции активации", "Почему ReLU, а не сигмоида?"],
        ["Признаки, которые дают утечку таргета", "Как их найти?"],
        # a colon before data that asks nothing; an answer's numbered label
        ["Два пользователя оценили три фильма:", "Аня: 5, 3, 4; Боря: 4, 2, 5."],
        ["Решение №3", "Считаем по формуле Байеса: 0.01 · 0.9 / 0.107."],
        # an answer's label stays its post's title, whatever lead-in its shape fits; a heading with a colon
        # stays over its explanation
        ["Разбор домашки №3:", "Первая задача: считаем вероятность через дополнение."],
        ["Correct:", "PR-AUC, потому что ROC-AUC почти не замечает редкий класс."],
        ["Один из вариантов:", "Двухэтапная схема: кандидаты из графа, потом ранжирование."],
        ["Разница между L1 и L2 регуляризацией:", "L1 зануляет часть весов, L2 только уменьшает их."],
        ["Как работает dropout:", "На каждом шаге обучения часть нейронов отключается случайно."],
        # a task's label whose line asks, or sets the task, is the title itself; a set-up before an explanation
        ["Задача: у вас 50 насосов и 30 отказов. Как устроить кросс-валидацию?", "Отказы одного насоса не делим между фолдами."],
        ["Задачка: дан датафрейм заказов, найдите медиану чека.", "Решение ниже, но сначала попробуйте сами."],
        ["Задача: модель оттока дала ROC-AUC 0.91 на валидации.", "Через месяц в проде — 0.68."],
        # a task's table with no order after it, or with its order on the same line, is the title
        ["Таблица orders(user_id, order_id, amount, ts).", "В ней 10 млн строк и индекс по user_id."],
        ["Таблица orders(user_id, amount). Найдите средний чек каждого пользователя.", "Решение — в комментариях."],
        # a data frame whose line orders or asks itself is the title; so is one with nothing that asks after it
        ["Есть df с колонками user_id, amount. Посчитайте средний чек.", "Сколько строк останется?"],
        ["В df колонки user_id и ts: как найти сессии?", "Подумайте, прежде чем открыть решение."],
        ["Есть df с колонками user_id, ts, amount.", "В нём 5 млн строк и пропуски в amount."],
        ["Df.merge против df.join: в чём разница", "Когда какой использовать?"],  # a method of a frame, not its data
        # a set-up that sets the task itself («Нужно…») is the title
        ["На складе стоит камера над конвейером. Нужно оценивать размер коробок по кадрам.", "Как бы вы подошли к задаче?"],
        ["В df колонки user_id, ts: отсортируйте события по времени", "Как сделать это без sort_values?"],  # it orders
        # a heading that opens with an audience's word names the subject; a rubric's line that asks is the title
        ["Бизнес-метрики против ML-метрик", "Почему ROC-AUC не равен выручке?"],
        ["Рубрика без шуток: почему L1 зануляет веса?", "Потому что у модуля излом в нуле."],
        # an answer's callback over its explanation is its title (threads.py joins the answer by it)
        ["Про сплит.", "Дойки одной коровы почти одинаковы, поэтому делим по коровам, а не по дойкам."],
    ],
)
def test_a_lead_in_that_names_the_subject_stays_the_title(lines):
    assert passed_over(lines, [lines[1], None]) == []


def test_a_label_yields_to_its_question_past_the_lines_that_set_it_up():
    """«Классика про тесты» / the data / the question: the question is the title, the set-up stays in the
    answer. An explanation is no set-up, and a reader's question at the end of a post is no title."""
    lines = [
        "Классика про тесты 🩺",
        "Болезнь встречается у 1% людей. Тест находит её у 99% больных.",
        "Человек получил положительный результат. Какова вероятность, что он болен?",
        "Пишите ответы в комментариях.",
    ]
    passes = passed_over(lines, [*lines[1:], None])
    assert [(p.index, p.rule.name) for p in passes] == [(0, "genre-label"), (1, "set-up-line")]
    assert passes[1].rule.keep  # the set-up stays in the answer
    table = [
        "Задача из чата 🧮",
        "Два пользователя оценили три фильма:",
        "Аня: (5, 3, 0)",
        "Боря: (4, 0, 2)",
        "Посчитайте косинусную близость их векторов.",
    ]
    assert [p.index for p in passed_over(table, [*table[1:], None])] == [0, 1, 2, 3]
    long_line = " ".join(["Бустинг строит деревья по очереди, и каждое исправляет ошибки предыдущих."] * 6)  # 60 words
    explained = ["Кейс из прода", long_line, "Как бы вы искали причину такого роста ошибки?"]
    assert passed_over(explained, [*explained[1:], None]) == []
    reader = ["Задачка на вечер", "Бустинг на 300 деревьев переобучился.", "А вы как думаете?"]
    assert passed_over(reader, [*reader[1:], None]) == []
    steps = [
        "Кейс из прода",
        "Подписчик собрал колоду карточек по нашим вопросам.",
        "Чтобы открыть её в Anki, нужно:",
        "скачать файл",
    ]
    assert passed_over(steps, [*steps[1:], None]) == []  # a line that opens a list of steps asks nothing
    topic = [
        "Про мастит и маленькие данные.",
        "У нас 12 признаков с доильного робота и 300 случаев мастита за год.",
        "Что вы возьмёте: логистическую регрессию или градиентный бустинг, и почему?",
    ]
    assert [(p.index, p.rule.name) for p in passed_over(topic, [*topic[1:], None])] == [(0, "topic-line"), (1, "set-up-line")]
    # an answer's callback over an explanation and its list: an order in an item is the list's, no question set up
    callback = [
        "Про собеседование после медицины.",
        "Интервьюеры боятся двух вещей: что вы не умеете программировать и что вы будете врачом со скриптами.",
        "1. Код и ML — как у всех: задачи, проекты, GitHub.",
        "2. Медицину продавайте как знание домена. Приведите пример, где это знание нашло ошибку в данных.",
    ]
    assert passed_over(callback, [*callback[1:], None]) == []


def test_a_label_that_yields_to_any_line_still_yields_past_a_set_up_to_its_order():
    """«Задача на счёт с собеса:» yields to whatever line follows it, but when that line only sets the task up
    («Есть df: …», the counts) and the order comes after it, the order is the title, the data stay in the
    answer; a label whose next line names a concept keeps yielding to that line."""
    lines = [
        "Задачка на pandas из нашего тестового:",
        "Есть df: user_id, order_ts, amount.",
        "Для каждого заказа посчитайте средний чек клиента за его последние 5 заказов.",
        "Решение — в ответе на этот пост.",
    ]
    passes = passed_over(lines, [*lines[1:], None])
    assert [(p.index, p.rule.name) for p in passes] == [(0, "interview-lead-in"), (1, "set-up-line")]
    counts = [
        "Задачка на счёт, без кода:",
        "Классификатор ставит два класса. По классам:",
        "спам: TP = 90, FP = 10, FN = 30",
        "не спам: TP = 870, FP = 30, FN = 10",
        "Посчитайте micro-F1 и macro-F1 для этой модели.",
    ]
    assert [p.index for p in passed_over(counts, [*counts[1:], None])] == [0, 1, 2, 3]
    heading = ["Вопрос с собеседования:", "Калибровка вероятностей", "Почему это важно для скоринга?"]
    assert [p.index for p in passed_over(heading, [*heading[1:], None])] == [0]


# ---- a label line that announces the post, and a set-up before its question -------------------------

# Posts written for these tests, in the shapes a course's or a practitioner's channel publishes: a label
# line above the concept's bold heading, the question or the task; a long line whose question is last.
LABELLED = [
    (
        701,
        [
            "Конспект лекции 7\n",
            X.entity("bold", "Метод опорных векторов и зазор"),
            "\n\nSVM ищет разделяющую гиперплоскость с наибольшим зазором между классами; опорные векторы — объекты на границе зазора. Чем шире зазор, тем устойчивее классификатор к шуму, а параметр C задаёт, сколько ошибок на обучении мы готовы терпеть ради широкого зазора.",
        ],
    ),
    (
        702,
        "Конспект лекции 3\n\nКросс-валидация по времени\n\nВ временных рядах фолды идут по порядку: обучаемся на прошлом, проверяем на будущем, иначе модель подсмотрит будущее.",
    ),
    (
        703,
        "Вопрос, который я люблю задавать джунам\nЧем медиана устойчивее среднего при выбросах?\n\nМедиана зависит только от порядка значений, один огромный выброс сдвигает среднее, но не медиану.",
    ),
    (
        704,
        "ДЗ-2, задача 1 (к семинару)\nПокажите, что сигмоида симметрична: σ(−x) = 1 − σ(x). Что это значит для вероятностей классов?",
    ),
    (
        705,
        "Interview question, middle level\nWhy does dropout act like an ensemble of thinned networks?\n\nEach step trains a random sub-network; at test time the full network with scaled weights averages them.",
    ),
    (
        706,
        [
            "Конспект лекции 9: бустинг\n\n",
            X.entity("bold", "Почему бустинг уменьшает смещение"),
            "\n\nКаждое новое дерево учится на остатках ансамбля, поэтому ошибка на обучении падает шаг за шагом, а смещение уменьшается.",
        ],
    ),
    (
        707,
        (
            "В тестовой выборке 5000 писем, из них 50 спам. Фильтр пометил 100 писем, из них 40 действительно спам. "
            "Остальные 4900 писем фильтр не тронул, и среди них оказалось ещё 10 спамовых. Чему равны precision и recall фильтра?"
            "\n\nPrecision = 40 / 100 = 0.4, recall = 40 / 50 = 0.8: фильтр ловит большую часть спама, но часто ошибается."
        ),
    ),
    # A reader's question quoted whole: its last sentence asks inside the closing quote.
    (
        709,
        (
            "Вопрос от подписчика: «Я пять лет работаю химиком-технологом, последний год учу Python и pandas. Как на "
            "собеседовании объяснить, что у меня нет опыта в IT, и не выглядеть человеком, который просто устал от лаборатории?»"
        ),
    ),
    # An answer's label keeps its line: «Разбор задачи …» opens an answer, whatever follows it.
    (708, "Разбор задачи 1 из ДЗ-2\nПодставим −x: σ(−x) = 1 / (1 + eˣ) = 1 − σ(x), нужно лишь привести к общему знаменателю."),
]


@pytest.fixture(scope="module")
def labelled():
    channel = {"name": "Курс МО — тест", "username": "ml_course_test", "chat_id": 1800000017}
    data = X.chat([X.message(k, text) for k, text in LABELLED], name=channel["name"], chat_id=channel["chat_id"])
    config = parse_config("channels.toml", X.config_toml(channel))
    return run([parse_source("course/result.json", X.dumps(data).encode("utf-8"), config)])


def entry_of(result, msg_id: int) -> dict:
    return next(e for e in result.report["posts"] if e.get("message_id") == msg_id)


@pytest.mark.parametrize(
    ("msg_id", "title", "rule"),
    [
        (701, "Метод опорных векторов и зазор", "genre-label"),  # the bold heading under a lecture's label
        (702, "Кросс-валидация по времени", "genre-label"),  # a short plain line that names the concept
        (703, "Чем медиана устойчивее среднего при выбросах?", "genre-label"),  # a label with its audience
        (704, "Покажите, что сигмоида симметрична: σ(−x) = 1 − σ(x). Что это значит для вероятностей классов?", "genre-label"),
        (705, "Why does dropout act like an ensemble of thinned networks?", "genre-label"),
        (706, "Почему бустинг уменьшает смещение", "genre-label-topic"),  # «label: topic» over a bold heading
    ],
)
def test_a_label_that_announces_the_post_yields_to_its_heading_question_or_task(labelled, msg_id, title, rule):
    """rules/titles.toml, `genre-label`: the label stays in the answer; the report's fixes name the rule."""
    q = by_message(labelled, msg_id)
    assert title_text(q.post) == title
    label = X.parts_of(dict(LABELLED)[msg_id])[0]["text"].split("\n")[0]
    assert answer_text(q.post).startswith(label.strip())
    assert any(f.startswith(f"title: {rule} passed over") for f in entry_of(labelled, msg_id)["fixes"])


def test_a_set_up_before_its_question_titles_the_post_with_its_question(labelled):
    """A long line of several sentences whose last asks: the title is the whole line, never its first
    sentence alone («В тестовой выборке 5000 писем, из них 50 спам.»)."""
    title = title_text(by_message(labelled, 707).post)
    assert title.startswith("В тестовой выборке 5000 писем") and title.endswith("Чему равны precision и recall фильтра?")
    assert any(f.startswith("title: set-up-then-question kept") for f in entry_of(labelled, 707)["fixes"])


def test_a_quoted_question_keeps_its_set_up_and_its_question(labelled):
    """A reader's question quoted on one long line («Вопрос от подписчика: «Я … учу Python. Как на собеседовании
    …?»»): the quote's last sentence asks inside its closing quote, so the title is the whole line."""
    title = title_text(by_message(labelled, 709).post)
    assert title.startswith("Вопрос от подписчика: «Я пять лет") and title.endswith("устал от лаборатории?»")


def test_an_answers_label_stays_its_title(labelled):
    e = entry_of(labelled, 708)
    assert e["title"] == "Разбор задачи 1 из ДЗ-2" and not any(f.startswith("title:") for f in e["fixes"])


@pytest.mark.parametrize(
    "lines",
    [
        ["Конспект лекции 5: деревья", "Деревья решений делят пространство признаков."],  # a paragraph follows
        ["Конспект лекции 5: деревья", "Критерий Джини"],  # a plain heading does not outrank the label's topic
        ["Разбор задачи 2", "Критерий Джини"],  # an answer's label
        ["Задача 4 из контрольной", "Ответ: 0.25"],  # an answer's opening names no concept
    ],
)
def test_a_label_that_names_its_topic_stays_the_title_over_a_plain_line(lines):
    assert passed_over(lines, [lines[1], None], [False, False]) == []


def test_a_genre_label_yields_to_a_bold_line_only_when_it_is_bold():
    lines = ["Конспект лекции 5: деревья", "Как дерево выбирает разбиение"]
    assert [p.rule.name for p in passed_over(lines, [lines[1], None], [True, False])] == ["genre-label-topic"]
    paragraph = ["Конспект лекции 5", "Деревья решений делят пространство признаков по порогам."]
    assert passed_over(paragraph, [paragraph[1], None], [False, False]) == []
    assert [p.rule.name for p in passed_over(paragraph, [paragraph[1], None], [True, False])] == ["genre-label"]


def test_no_seed_title_changes(seed_result):
    """On the seeds the rules pass over no line: every published title is the one committed."""
    committed = json.loads((X_ROOT / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))
    titles = {q["id"]: q["title"] for q in committed["questions"]}
    now = {q["id"]: q["title"] for q in json.loads(seed_result.outputs["questions.json"])["questions"]}
    assert now == titles and len(now) == 33


# ---- a spoiler in the title --------------------------------------------------------------------------

SPOILER_TITLE = "Сколько весов у логистической регрессии на 10 признаках? Ответ: одиннадцать"


def test_a_spoiler_in_a_title_stays_hidden_on_the_page(threads):
    q = by_message(threads, 526)
    page = threads.outputs[f"q/{q.id}.md"]
    heading = next(line for line in page.split("\n") if line.startswith("# "))
    assert '<span class="qa-spoiler"' in heading and "одиннадцать</span>" in heading
    assert (
        yaml.safe_load(page.split("---\n")[1])["title"] == "Сколько весов у логистической регрессии на 10 признаках? Ответ: ▒▒▒"
    )
    m = {x["id"]: x for x in json.loads(threads.outputs["questions.json"])["questions"]}
    assert study.card(m[q.id])[1].endswith("Ответ: ▒▒▒")  # the study session shows it as the page does


def test_a_spoiler_in_a_title_is_whole_in_the_manifest_deck_csv_and_search(threads, tmp_path):
    manifest = json.loads(threads.outputs["questions.json"])
    (item,) = [x for x in manifest["questions"] if x["title"].startswith("Сколько весов")]
    assert item["title"] == SPOILER_TITLE
    anki.write_deck(manifest, "https://example.org/", tmp_path / "deck.apkg")
    fields = [row[1].split("\x1f") for row in _deck_notes(tmp_path / "deck.apkg")]
    assert [f[0] for f in fields if f[0].startswith("Сколько весов")] == [SPOILER_TITLE]
    anki.write_csv(manifest, "https://example.org/", tmp_path / "deck.csv")
    rows = list(csv.reader((tmp_path / "deck.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [r[1] for r in rows if r[1].startswith("Сколько весов")] == [SPOILER_TITLE]
    index = search_index.build(manifest)
    docs = [d for path, d in index.items() if path.startswith("d/") and d[0] == item["id"]]
    assert docs[0][1] == SPOILER_TITLE
    assert search_index.stem("одиннадцать") + "|" in index["meta.json"]["terms"]  # the word is searchable
    everything = json.dumps(index, ensure_ascii=False) + "".join(r[1] for r in rows) + "".join(f[0] for f in fields)
    assert "▒" not in everything


@pytest.mark.parametrize("greeting", ["Привет, друзья!", "Привет, аналитики!", "Доброе утро, коллеги!"])
def test_a_greeting_alone_on_its_line_is_neither_the_title_nor_the_post(greeting):
    """«Привет, друзья!» on its own line, a blank line, then the question: the question is the title and
    the post is published (the line had been cut to «друзья!», taken for the title, and the post dropped)."""
    result = run_one(
        f"{greeting}\n\nЧем медиана лучше среднего при выбросах?\n\nМедиана устойчива к выбросам: один "
        "миллиардер не сдвигает её, а среднее уедет. Поэтому для чеков и зарплат смотрят медиану и квантили."
    )
    (q,) = result.questions
    assert title_text(q.post) == "Чем медиана лучше среднего при выбросах?"
    assert greeting.split(",")[1].strip(" !") not in answer_text(q.post)


def test_a_greeting_to_some_of_the_readers_leaves_the_title_and_stays_in_the_answer():
    """«Доброй ночи всем, кто…» says something of the author's evening: it is not the title, but the reader
    still sees it above the answer (a bare «Привет, друзья!» leaves the post)."""
    result = run_one(
        "Доброй ночи всем, кто сейчас тоже сидит с температурящим ребёнком 🌙\n\nЗачем для классификации учат "
        "логлосс, а не accuracy?\n\nAccuracy ступенчатая: у неё нет градиента, и она не различает уверенную и "
        "робкую ошибку. Логлосс гладкий и штрафует уверенные ошибки сильнее всего."
    )
    (q,) = result.questions
    assert title_text(q.post) == "Зачем для классификации учат логлосс, а не accuracy?"
    assert "Доброй ночи всем, кто сейчас тоже сидит с температурящим ребёнком" in answer_text(q.post)


def test_a_hashtag_line_with_an_emoji_is_set_aside_as_tags():
    """«#собес_вторник 🧩» opening every post of a channel is a tag line, not the title of each."""
    result = run_one(
        "#собес_вторник 🧩\nВопрос, который мы задаём всем, от джуна до сеньора:\n\nПочему на табличных данных "
        "градиентный бустинг обычно обыгрывает нейросети?\n\nПризнаки разнородные, зависимости ступенчатые, данных "
        "тысячи строк, а не миллионы: деревья режут по порогам и почти не требуют подготовки признаков."
    )
    (q,) = result.questions
    assert title_text(q.post) == "Почему на табличных данных градиентный бустинг обычно обыгрывает нейросети?"
    assert q.post.hashtags == ("собес_вторник",)
    assert "#собес_вторник" not in answer_text(q.post)


EXPLAINER = (
    "Идея простая: последовательность покупок пользователя — это «предложение», товары — «слова». Учим "
    "word2vec предсказывать соседние товары, и у товаров, которые покупают в похожем контексте, получаются "
    "близкие векторы. Этот подход называют item2vec; вектор клиента — среднее векторов его покупок."
)


def test_a_rubrics_word_alone_yields_to_the_explainers_title():
    """«📌 Разбор» over an explainer's title is the rubric, not an answer's label: the title is the next line,
    and the post is published on its own, not joined to the post before it."""
    before = X.message(1, "Отметили в команде год моего лидства. Подарили кружку «Лучший лид». Совпадение?")
    post = X.message(2, f"📌 Разбор\nЭмбеддинги товаров из истории покупок: word2vec, только вместо слов — товары\n\n{EXPLAINER}")
    result = run([parse_source("one/result.json", X.dumps(X.chat([before, post])).encode("utf-8"), None)])
    q = by_message(result, 2)
    assert title_text(q.post) == "Эмбеддинги товаров из истории покупок: word2vec, только вместо слов — товары"
    assert [s.message_id for s in q.sources] == [2]


def test_a_rubrics_word_before_an_answers_text_stays_its_label():
    """«Разбор» over the text of an answer («Медиана: …») opens the answer to the question before it."""
    question = X.message(1, "Что устойчивее к выбросам в чеках: среднее или медиана, и почему?\n\nОтвет — в следующем посте.")
    answer = X.message(
        2,
        "Разбор\nМедиана: один миллиардер в выборке не сдвигает её, а среднее уедет вверх. Поэтому для чеков и "
        "зарплат смотрят медиану и квантили, а среднее — вместе с долей выбросов.",
    )
    result = run([parse_source("one/result.json", X.dumps(X.chat([question, answer])).encode("utf-8"), None)])
    (q,) = result.questions
    assert title_text(q.post).startswith("Что устойчивее к выбросам")
    assert {s.message_id for s in q.sources} == {1, 2}
    assert "один миллиардер" in answer_text(q.post)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a line that sets off
            (
                "Поведенческие вопросы победили с отрывом. Начинаем.\n\nКак отвечать на вопрос «Почему вы уходите?», "
                "если честный ответ — «устал от начальника»?\n\nГоворите о том, к чему идёте, а не от чего бежите: "
                "задачи, рост, продукт. Одно предложение о причине, без оценок бывшей команды."
            ),
            "Как отвечать на вопрос «Почему вы уходите?», если честный ответ — «устал от начальника»?",
        ),
        (  # a label of a few words, the set-up, then the question
            (
                "Подсчёт на салфетке.\n\nСреднее время сборки заказа — 6 минут, стандартное отклонение — 3 минуты. За "
                "смену собирают 480 заказов.\nВ каком интервале с вероятностью около 95% окажется суммарное время за "
                "смену?\n\nСумма 480 независимых времён почти нормальна: среднее 2880 минут, отклонение 3·√480 ≈ 66 "
                "минут, так что интервал — 2880 ± 130 минут."
            ),
            "В каком интервале с вероятностью около 95% окажется суммарное время за смену?",
        ),
        (  # a table where it lives, then the order
            (
                "В логах склада есть таблица picks(order_id, picker_id, picked_at).\nДля каждого сборщика найдите "
                "медианное время между его соседними сборками за вчерашний день.\n\nLAG по picker_id в порядке "
                "picked_at даёт предыдущую сборку; разность времён, затем PERCENTILE_CONT(0.5) по сборщику."
            ),
            "Для каждого сборщика найдите медианное время между его соседними сборками за вчерашний день.",
        ),
        (  # a remark of one sentence, the set-up, then the question
            (
                "Эксперимент без рандомизации — как это обычно и бывает в рознице.\n\nМаркетинг дал скидку 10% в 10 "
                "аптеках, выбрав их сам, остальные 35 — без скидки. Продажи в этих 10 выросли на 14%.\nКак оценить эффект "
                "скидки, если рандомизировать аптеки уже поздно?\n\nРазность разностей: рост в тестовых минус рост в "
                "остальных за тот же месяц, после проверки параллельности трендов до скидки."
            ),
            "Как оценить эффект скидки, если рандомизировать аптеки уже поздно?",
        ),
    ],
    ids=["sets-off", "short-label", "table-where-it-lives", "a-remark-of-a-sentence"],
)
def test_a_lead_in_yields_to_the_question_after_it(text, title):
    (q,) = run_one(text).questions
    assert title_text(q.post) == title


def test_a_label_before_code_yields_to_the_question_after_it():
    """«Задачка по numpy» / the code / «Какой формы получится c…?»: the question is the title, the label and the
    code stay in the answer in their order, above the explanation."""
    code = "a = np.ones((3, 1))\nb = np.ones(4)\nc = a + b"
    text = [
        "Задачка по numpy\n\n",
        X.entity("pre", code, language="python"),
        (
            "\n\nКакой формы получится c и почему numpy не выдал ошибку?\n\nBroadcasting: размерности сравниваются "
            "справа, единица растягивается, так что (3, 1) и (4,) дают (3, 4)."
        ),
    ]
    (q,) = run_one(text).questions
    assert title_text(q.post) == "Какой формы получится c и почему numpy не выдал ошибку?"
    body = answer_text(q.post)
    assert "b = np.ones(4)" in body and "Broadcasting" in body
    assert body.index("b = np.ones(4)") < body.index("Broadcasting")
    assert "Какой формы получится" not in body and body.index("Задачка по numpy") < body.index("b = np.ones(4)")


def test_a_tool_and_a_genre_word_yield_past_the_data_to_what_is_needed():
    """«sql, разминка 🐘», the table, then «надо: …»: the genre label (a tool's name with a comma before it) and the
    data line are passed over, and the line that says what is needed is the title."""
    lines = [
        "sql, разминка",
        "таблица rides(ride_id, driver_id, city, started_at, price): одна строка — одна поездка.",
        "надо: выручку по городу за каждую неделю и долю поездок дороже 1000 рублей.",
    ]
    assert len(passed_over(lines, [lines[1], lines[2], None])) == 2
