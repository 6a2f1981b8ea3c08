"""Telegram Desktop exports built in code, shaped like real ones (see scripts/ingest/telegram_json.py).

Real exports of public channels were studied for their shape (single chat and full account, old and
new format); none is copied here: every text below is the project's own or made up for the test.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

CHAT_ID = 1700000001
BASE_TIME = int(datetime(2025, 3, 1, 9, 0, tzinfo=UTC).timestamp())


def entity(kind: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "text": text, **extra}


def parts_of(text: str | list[Any]) -> list[Any]:
    return [entity("plain", text)] if isinstance(text, str) else [p if isinstance(p, dict) else entity("plain", p) for p in text]


def message(msg_id: int, text: str | list[Any], *, day: int = 0, old: bool = False, **extra: Any) -> dict[str, Any]:
    """A channel post; `old` writes the 2019 format (no date_unixtime, no text_entities, integer from_id)."""
    when = BASE_TIME + day * 86400 + (msg_id % 100_000) * 60
    msg: dict[str, Any] = {
        "id": msg_id,
        "type": "message",
        "date": datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%S"),
    }
    if old:
        msg.update(**{"from": "DS Interview", "from_id": CHAT_ID})
        msg["text"] = text
    else:
        msg.update(date_unixtime=str(when), **{"from": "DS Interview", "from_id": f"channel{CHAT_ID}"})
        entities = parts_of(text)
        msg["text"] = text if isinstance(text, str) else [p["text"] if p["type"] == "plain" else p for p in entities]
        msg["text_entities"] = entities
    msg.update(extra)
    return msg


def service(msg_id: int, action: str = "pin_message") -> dict[str, Any]:
    return {
        "id": msg_id,
        "type": "service",
        "date": "2025-03-01T09:00:00",
        "date_unixtime": str(BASE_TIME),
        "actor": "DS Interview",
        "action": action,
        "text": "",
        "text_entities": [],
    }


def chat(
    messages: list[dict[str, Any]], *, name: str = "DS Interview", chat_id: int | None = CHAT_ID, kind: str = "public_channel"
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": kind}
    if chat_id is not None:
        out["id"] = chat_id
    out["messages"] = messages
    return out


def full_account(chats: list[dict[str, Any]], left: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 42, "first_name": "Maintainer", "last_name": "", "phone_number": "+0 000", "bio": ""},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    if left is not None:
        data["left_chats"] = {"about": "This page lists all supergroups and channels you've left.", "list": left}
    return data


def dumps(data: dict[str, Any]) -> str:
    """As Telegram Desktop writes it: indented, non-ASCII as is."""
    return json.dumps(data, ensure_ascii=False, indent=1)


def qa(title: str, *paragraphs: str) -> str:
    return "\n\n".join([title, *paragraphs])


# ---- a channel with every feature the reader handles (new format) ----------------------------------

CHANNEL = {"name": "Собес по ML — тест", "username": "ml_sobes_test", "chat_id": CHAT_ID}
OLD_CHANNEL = {"name": "Старый канал про ML", "username": "old_ml_channel", "chat_id": 1500000001}
LEFT_CHANNEL = {"name": "Канал, из которого вышли", "chat_id": 1600000001}
LONG_PARAGRAPH = (
    "Градиентный бустинг последовательно строит ансамбль деревьев решений, где каждое новое дерево обучается исправлять ошибки "
    "уже построенных. На каждом шаге считается антиградиент функции потерь по текущим предсказаниям ансамбля, и новое дерево "
    "приближает именно его, поэтому метод работает с любой дифференцируемой функцией потерь: MSE для регрессии, log-loss для "
    "классификации, ранжирующими лоссами для поиска. Шаг обучения уменьшает вклад каждого дерева и делает модель устойчивее, "
    "глубина деревьев задаёт, насколько сложные взаимодействия признаков модель может выучить, а число деревьев подбирают по "
    "валидации с ранней остановкой, чтобы не переобучиться. Популярные реализации — XGBoost, LightGBM и CatBoost: они отличаются "
    "способом построения деревьев, обработкой категориальных признаков и скоростью, но идея у всех одна и та же."
)


def config_toml(*channels: dict[str, Any]) -> str:
    out = []
    for c in channels:
        out.append("[[channel]]")
        out += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in c.items()]
        out.append("")
    return "\n".join(out)


def channel_messages() -> list[dict[str, Any]]:
    e = entity
    return [
        service(201, "create_channel"),
        message(
            202,
            [
                e("bold", "🧠 Что такое "),
                e("text_link", "регуляризация", href="https://scikit-learn.org/stable/modules/linear_model.html"),
                e("bold", "?"),
                "\n\nРегуляризация штрафует ",
                e("italic", "сложность"),
                " модели: ",
                e("underline", "L1"),
                " зануляет веса, ",
                e("strikethrough", "L3 не бывает"),
                ", а ",
                e("spoiler", "L2 только уменьшает их"),
                ".\nВ sklearn это ",
                e("code", "penalty='l1'"),
                ".\n",
                e(
                    "pre",
                    "from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression(penalty='l1', solver='liblinear')",
                    language="python",
                ),
                "\nПодробнее: ",
                e("link", "t.me/ml_sobes_test"),
                ", ",
                e("link", "www.example.org/regularization"),
                ", почта ",
                e("email", "team@example.org"),
                ", телефон ",
                e("phone", "+7 999 123-45-67"),
                ", автор ",
                e("mention", "@ml_sobes_test"),
                " и ",
                e("mention_name", "Иван Петров", user_id=123),
                ". Бот: ",
                e("bot_command", "/start"),
                ", курс ",
                e("cashtag", "$USD"),
                " ",
                e("custom_emoji", "🔥", document_id="5368324170671202286"),
                ".\n",
                e("blockquote", "Регуляризация — это штраф за сложность модели, а не за ошибки."),
                "\n",
                e("hashtag", "#машинное_обучение"),
            ],
        ),
        message(203, LONG_PARAGRAPH),
        message(
            204,
            "🔥🔥🔥\nЧто такое dropout в нейросетях?\n"
            + "Dropout на обучении случайно выключает часть нейронов слоя, чтобы модель не полагалась на отдельные признаки.",
        ),
        message(
            205,
            "Как запустить обучение модели из консоли?\nКоманда train.py принимает флаги:\n-t 8 задаёт число потоков\n-e 10 задаёт число эпох\n——•——\nПосле обучения модель сохраняется в файл.",
        ),
        message(
            206,
            "Как записать путь к датасету в Windows?\nПуть выглядит как C:\\data\\train.csv, а регулярное выражение \\d+ находит числа в признаках модели.",
        ),
        message(
            207,
            "Чем отличается валидация от теста?\nВалидационная выборка нужна для подбора гиперпараметров модели, тестовая — для честной оценки качества в конце.",
            forwarded_from="Библиотека дата-сайентиста",
        ),
        message(
            208,
            "Разбор собеседования: как объяснить переобучение модели\nВ видео объясняем переобучение и недообучение модели на примере деревьев решений.",
            forwarded_from="Data Science Club",
            file="(File not included. Change data exporting settings to download.)",
            media_type="video_file",
            mime_type="video/mp4",
        ),
        message(
            209,
            "Что показывает ROC-кривая на графике?\nКак на картинке: по оси X — FPR, по оси Y — TPR; чем ближе кривая к левому верхнему углу, тем лучше модель.",
            photo="photos/photo_1@01-03-2025_09-00-00.jpg",
            width=1280,
            height=720,
        ),
        message(
            210,
            "Шпаргалка по метрикам классификации\nВ файле — precision, recall, F1 и ROC-AUC с формулами и примерами.",
            file="files/metrics-cheatsheet.pdf",
            file_name="metrics-cheatsheet.pdf",
            mime_type="application/pdf",
        ),
        message(
            211,
            "",
            poll={
                "question": "Какая метрика не зависит от порога классификации?",
                "closed": True,
                "total_voters": 40,
                "answers": [
                    {"text": "Accuracy", "voters": 5, "chosen": False},
                    {"text": "ROC-AUC", "voters": 30, "chosen": False},
                    {"text": "F1", "voters": 5, "chosen": False},
                ],
            },
        ),
        message(
            212,
            [
                e("plain", "Угадайте: "),
                e("spoiler", "бэггинг"),
                e(
                    "plain",
                    " уменьшает смещение или разброс модели?\nБэггинг уменьшает разброс: ансамбль усредняет предсказания деревьев, обученных на бутстрэп-выборках.",
                ),
            ],
        ),
        message(213, "Продаю велосипед\nПочти новый, катался два раза, отдам недорого."),
        message(214, "Rocky Linux или Rocket League?\nОбсуждаем дистрибутивы и игры: Рагнарёк, дрифт на машинах и гонки."),
        message(
            215,
            "🧐 Задача с собеседования\nЕсть модель классификации с ROC-AUC 0.99 на валидации и 0.6 в проде. Что проверить? Утечку признаков из будущего и сдвиг распределения.",
        ),
        message(
            216,
            "🧐 Задача с собеседования\nКак выбрать число кластеров в k-means? Метод локтя по инерции и силуэт, а лучше — по задаче бизнеса.",
        ),
        message(217, LONG_PARAGRAPH.replace("XGBoost, LightGBM и CatBoost", "XGBoost, LightGBM, CatBoost")),  # a repost
    ]


def channel_export() -> dict[str, Any]:
    return chat(channel_messages(), name="Собес по ML (экспорт)", chat_id=CHAT_ID)


def old_export() -> dict[str, Any]:
    """A 2019 export: no date_unixtime, no text_entities, integer from_id, text as a list of parts."""
    e = entity
    messages = [
        message(
            301,
            [
                "",
                e("bold", "Что такое градиентный спуск?"),
                "\nГрадиентный спуск шагает против градиента функции потерь, чтобы найти минимум. Подробнее: ",
                e("link", "https://ru.wikipedia.org/wiki/Градиентный_спуск"),
                ".",
            ],
            old=True,
        ),
        message(
            302,
            "Чем отличается бэггинг от бустинга?\nБэггинг обучает модели ансамбля независимо и усредняет их, бустинг — последовательно, исправляя ошибки.",
            old=True,
        ),
    ]
    return chat(messages, name="Old ML", chat_id=OLD_CHANNEL["chat_id"])


def account_export() -> dict[str, Any]:
    """A full-account export: a personal chat and a group that must stay private, the channel, a left channel."""
    personal = chat([message(1, "Купи хлеба и молока, пожалуйста")], name="Мама", chat_id=100, kind="personal_chat")
    group = chat(
        [message(1, "Коллеги, созвон по модели в 15:00 про метрики качества")], name="Коллеги", chat_id=200, kind="private_group"
    )
    left = chat(
        [
            message(
                401,
                "Что такое нормализация признаков?\nПриведение признаков модели к одному масштабу: вычесть среднее и разделить на стандартное отклонение.",
            )
        ],
        name="Ушедший канал",
        chat_id=LEFT_CHANNEL["chat_id"],
    )
    return full_account([personal, channel_export(), group], left=[left])


# ---- a channel shaped like a real one: emoji, astral characters, hashtags, long lists --------------

REAL_CHANNEL = {"name": "ML на собесе 🚀", "username": "ml_na_sobese_test", "chat_id": 1800000001}
STRUCTURES = ["Array", "LinkedList", "Stack", "Queue", "Deque", "HashMap", "TreeMap", "Heap", "Trie", "MyMap", "Graph"]


def real_messages() -> list[dict[str, Any]]:
    """Posts as a real channel writes them: an emoji before the title, astral characters (𝑥, 🦾),
    right-to-left words and combining marks, hashtags in Latin and Cyrillic and in two cases, a list of
    eleven «➖» items, a link whose label ends with a colon, a paragraph after a list."""
    e = entity
    return [
        service(501, "create_channel"),
        message(
            502,
            [
                "👮‍♂️ Что такое GAN и зачем ему дискриминатор 🦾?\n\n",
                (
                    "Генеративно-состязательная сеть учит две модели сразу: генератор рисует объекты, дискриминатор "
                    "отличает их от настоящих, и оба становятся лучше. Функция потерь — минимакс по 𝐺 и 𝐷.\n\n"
                ),
                e("text_link", "💪 Колаб чтоб попробовать:", href="https://colab.research.google.com/example"),
                "\n\n",
                e("hashtag", "#DevOps_это_боль"),
                " ",
                e("hashtag", "#машинное_обучение"),
            ],
        ),
        message(
            503,
            "🗂 Какие структуры данных спрашивают на собеседовании по ML?\n\n"
            + "Чаще всего просят реализовать или сравнить:\n"
            + "\n".join(f"➖ {name}" for name in STRUCTURES[:9])
            + "\n\n"  # the author's blank line before the last items
            + "\n".join(f"➖ {name}" for name in STRUCTURES[9:])
            + "\n\nНа собеседовании важнее объяснить сложность операций, чем помнить код наизусть."
            + "\n\n#Машинное_обучение #aleron_фармит",
        ),
        message(
            504,
            [
                "🧮 Как посчитать энтропию 𝐻(𝑋) для токенов текста?\n\n",
                (
                    "Энтропия — минус сумма 𝑝(𝑥)·log 𝑝(𝑥) по всем токенам. Токенизатор режет и слова справа налево, "
                    "например «مرحبا» или «שלום», и слова с диакритикой вроде «café» и «naïve».\n"
                ),
                e("pre", "import math\nH = -sum(p * math.log(p) for p in probs)", language="python"),
                "\n",
                e("hashtag", "#NLP"),
                " ",
                e("hashtag", "#ALERON_фармит"),
            ],
        ),
        message(
            505,
            "🔥 Почему Adam сходится быстрее SGD на разреженных признаках?\n\n"
            + "Adam держит для каждого веса свою скорость обучения: редкие признаки получают большие шаги, частые — маленькие.\n\n"
            + "▪️ Первый момент сглаживает градиент.\n▪️ Второй момент нормирует шаг.\n▪️ Поправка смещения нужна на первых шагах.\n▪️ Шаг обучения всё равно подбирают.\n\n"
            + "Оговорка: на больших моделях SGD с моментом иногда обобщает лучше.\n\n#глубокое_обучение",
        ),
    ]


def real_export() -> dict[str, Any]:
    return chat(real_messages(), name="ML на собесе", chat_id=REAL_CHANNEL["chat_id"])


# ---- threads and titles, as a channel that is not only questions posts them -------------------------

THREAD_CHAT_ID = 1800000001
THREAD_CHANNEL = {"name": "Data Science по-честному", "username": "ds_honest_test", "chat_id": THREAD_CHAT_ID}
PANDAS_CODE = "df = pd.DataFrame({'a': [1, 2, None]})\nprint(df['a'].mean(), df['a'].sum(), len(df))"


def thread_messages() -> list[dict[str, Any]]:
    """Tasks and questions answered by a reply or by the next post, chatter with a reply, and the
    title lines a real channel opens with (greetings, series openings, calls to action, lead-ins)."""
    e = entity
    return [
        # A task, and its solution as a reply: alone, the solution is code and a sentence.
        message(501, ["Ловите Pandas задачку 🐼\n\nЧто выведет код?\n", e("pre", PANDAS_CODE, language="python")]),
        message(
            502,
            ["Решение: ", e("bold", "2.0 3.0 3"), "\n\nmean и sum пропускают NaN, а len считает строки вместе с пустой."],
            reply_to_message_id=501,
        ),
        # An interview question too thin to publish alone, answered in a reply that stands on its own.
        message(503, "Какая модель лучше и почему?\n\n#вопрос"),
        message(
            504,
            "Вчерашний вопрос про две модели, коротко\n\nЛучше та, что выигрывает на отложенной выборке по целевой метрике "
            "бизнеса, а не на обучающей: переобученная модель с высокой точностью на трейне проигрывает простой логистической "
            "регрессии на валидации. Сравнивайте модели кросс-валидацией и доверительными интервалами метрики.",
            reply_to_message_id=503,
        ),
        # A question, then its answer as the next post opening with «Ответ:».
        message(505, "Что такое утечка данных (data leakage)?"),
        message(
            506,
            "Ответ: утечка — это когда в признаки попадает информация о целевой переменной, недоступная в момент предсказания. "
            "Модель блестяще проходит валидацию и проваливается в продакшене. Типичный пример — нормализация по всему "
            "датасету до разбиения на трейн и тест.",
        ),
        # Chatter and a reply to it: neither is study material, neither is published.
        message(507, "Друзья, нас уже 10 тысяч! Спасибо, что читаете 🎉"),
        message(508, "Отвечу всем в комментариях вечером, не теряйтесь", reply_to_message_id=507),
        # Titles that are not on the first line.
        message(
            520,
            "Привет!\n\n🧠 Что такое batch normalization и зачем она нужна?\n\nBatchNorm нормализует активации слоя нейронной "
            "сети по мини-батчу: вычитает среднее и делит на стандартное отклонение, затем масштабирует обучаемыми параметрами. "
            "Обучение идёт быстрее и устойчивее, можно брать больший learning rate.",
        ),
        message(
            521,
            "Продолжаю прокачивать твои навыки в Data Science\nЧем L1-регуляризация отличается от L2?\n\nL1 штрафует сумму модулей "
            "весов и зануляет часть из них, отбирая признаки; L2 штрафует сумму квадратов весов и только уменьшает их.",
        ),
        message(
            522,
            [
                "Окей, 100 🔥 есть. Вот вам фишка в пару строк.\nБыстрое объединение датафреймов pandas без цикла\n\n",
                e("pre", "df = pd.concat(frames, ignore_index=True)", language="python"),
                "\nОдин вызов concat вместо append в цикле: pandas копирует данные один раз, а не на каждой итерации.",
            ],
        ),
        message(
            523,
            "Нестандартный вопрос с собеседования. Вакансия на аналитика уровня сеньор:\nСходу назови 10 способов ускорения A/B теста"
            "\n\nCUPED и другие способы снижения дисперсии метрики, стратификация, ratio-метрики вместо сырых, последовательное "
            "тестирование, бутстрап вместо t-теста на выбросах, более чувствительная прокси-метрика.",
        ),
        message(
            524,
            "Ставьте 🔥, если хотите ещё таких разборов\nЧто такое кросс-валидация?\n\nМодель обучают на k−1 фолдах и проверяют "
            "на оставшемся, по очереди для каждого фолда, а метрику качества усредняют.",
        ),
        message(
            525,
            "#вопрос #собес\n🔥🔥🔥\nЗачем нужен градиентный спуск?\n\nОн ищет минимум функции потерь, шагая против градиента.",
        ),
        message(
            527,
            "Привет, друзья! Что такое p-value и как объяснить его заказчику?\n\nВ статистике p-value — вероятность получить такой "
            "же или более экстремальный результат статистического теста, если верна нулевая гипотеза. В A/B-тесте его "
            "сравнивают с уровнем значимости: p-value ниже 0.05 — повод отвергнуть нулевую гипотезу о равенстве метрик.",
        ),
        # A spoiler in the title: hidden on the page, every word in the manifest, deck, CSV and search.
        message(
            526,
            [
                "Сколько весов у логистической регрессии на 10 признаках? Ответ: ",
                e("spoiler", "одиннадцать"),
                "\n\nДесять весов признаков и смещение: модель линейна по признакам, сигмоида лишь переводит отступ в вероятность.",
            ],
        ),
    ]


def thread_export() -> dict[str, Any]:
    return chat(thread_messages(), name="Data Science по-честному", chat_id=THREAD_CHAT_ID)


# A web-preview dump (no reply ids): a task, then its answer as the next post.
THREAD_DUMP = """\
Задача с собеседования: в поток приходят числа, как поддерживать медиану за логарифм на каждое новое число?
Подумайте до завтра, а ответ выложу следующим постом.
Please open Telegram to view this post
VIEW IN TELEGRAM
👍12🔥3
Ответ: держим две кучи.
В max-куче лежит меньшая половина чисел, в min-куче большая. Каждое новое число кладём в подходящую кучу и перекладываем вершину, если размеры разошлись больше чем на единицу. Медиана — вершина большей кучи или среднее двух вершин.
Please open Telegram to view this post
VIEW IN TELEGRAM
❤7
"""


# ---- a channel that posts more than study material (each text written for these tests) --------------

MIXED_CHAT_ID = 1800000001
MIXED_CHANNEL = {"name": "Канал про ML и не только", "username": "ml_and_more_test", "chat_id": MIXED_CHAT_ID}

# Posts that are not study material, one of each kind, with the fate each must get.
NOT_STUDY: list[tuple[str, str | list[Any]]] = [
    (
        "news",
        (
            "Опубликована мощнейшая опенсорс модель Qwen-4\nAlibaba выложила веса новой версии: 70 миллиардов параметров, "
            "контекст 128 тысяч токенов, лицензия Apache 2.0. По бенчмаркам обходит прошлогодние модели того же размера."
        ),
    ),
    (
        "news",  # one line of about 200 characters: a title with no answer, yet news, not `empty`
        (
            "Google выпустила Gemini 3 — новая версия модели уже доступна всем пользователям бесплатно, а в API появится "
            "через неделю, обещают в компании; цены на доступ для разработчиков и лимиты запросов пока не называют"
        ),
    ),
    (
        "personal",
        (
            "Мои цели на 2026 год\nВ этом году я хочу пробежать полумарафон, выучить испанский и наконец переехать "
            "поближе к морю. Мой план простой: каждое утро бегаю, по вечерам учу слова. Делитесь своими планами!"
        ),
    ),
    (
        "event",
        (
            "Вебинар в четверг\nВ четверг в 19:00 по мск проведём прямой эфир про карьеру в аналитике. "
            "Регистрация по ссылке, запись пришлём всем зарегистрированным."
        ),
    ),
    (
        "giveaway",
        (
            "🎁 Розыгрыш!\nРазыгрываем три книги по статистике среди подписчиков. Условия участия: подписаться на канал "
            "и оставить комментарий. Победителей выберем случайно в пятницу."
        ),
    ),
    (
        "promo",
        (
            "У тебя есть 300$ и желание найти работу в Data Science?\nБеру на менторство пятерых человек: разбор резюме, "
            "моковое собеседование, план подготовки на три месяца. Пиши в личку, места ограничены.\n#неРеклама"
        ),
    ),
    (
        "ad",
        (
            "Облачные GPU для ваших экспериментов\nАрендуйте видеокарты A100 посекундно и обучайте модели быстрее, "
            "первые 10 часов бесплатно.\nРеклама. ООО «Облако», ИНН 7700000000, erid: 2VtzqwXYZab"
        ),
    ),
    ("joke", "Пятничный мем\nКогда модель переобучилась, а ты уже показал метрики заказчику 😂\n#мем"),
    ("link", [entity("link", "https://example.org/awesome-ml-reading-list")]),
    (
        "link",
        "Полезное за неделю:\nhttps://example.org/a\nhttps://example.org/b\nhttps://example.org/c\nhttps://example.org/d",
    ),
]

# Short real-shaped study posts that must be published, with the theme each must get.
STUDY: list[tuple[str, str]] = [
    (
        "classic-ml",
        (
            "Трюк №13 — блендинг\nБерём предсказания нескольких разных моделей и усредняем их с весами, подобранными на "
            "отложенной выборке. Почему работает? Зануляется шумовая составляющая прогноза: ошибки разных моделей слабо "
            "коррелируют."
        ),
    ),
    (
        "deep-learning",
        (
            "🧠 Что такое batch normalization и зачем она нужна?\n\nBatch normalization нормирует выходы слоя по "
            "мини-батчу: вычитает среднее и делит на стандартное отклонение, а затем масштабирует и сдвигает результат "
            "обучаемыми параметрами γ и β.\n\nЭто стабилизирует распределение входов следующих слоёв, позволяет брать "
            "больший learning rate и ускоряет сходимость сети.\n\nНа инференсе вместо статистик батча используются "
            "скользящие средние, накопленные при обучении, поэтому сеть в режиме eval ведёт себя детерминированно."
        ),
    ),
    (
        "ab-testing",
        (
            "Как разбить пользователей на группы A/B-теста?\nБерём хеш от user_id с солью эксперимента и остаток от "
            "деления на 100: пользователь всегда попадает в одну и ту же группу, а разные эксперименты не коррелируют "
            "между собой. Соль меняем для каждого теста, иначе контрольная группа одного теста станет тестовой в другом."
        ),
    ),
    (
        "drift",
        (
            "Трюк №17 — сдвиги (Data shift)\nЕсли распределение признаков в проде уходит от трейна, модель деградирует. "
            "Сдвиг ловим, сравнивая распределения признаков по неделям (PSI), а adversarial validation подскажет, какие "
            "признаки сдвинулись сильнее всего."
        ),
    ),
    (
        "validation",
        (
            "Как стабилизировать решение на Kaggle?\nУсредняем предсказания моделей, обученных с разными сидами и на "
            "разных фолдах кросс-валидации: метрика на лидерборде меньше скачет, а шейкап на private LB не так страшен."
        ),
    ),
    (
        "features",
        (
            "Как закодировать категориальный признак с тысячами значений?\nOne-hot encoding раздует матрицу, поэтому "
            "берут target encoding: заменяют категорию средним таргетом по ней, считая среднее out-of-fold, чтобы не "
            "было утечки, и сглаживая редкие категории к глобальному среднему."
        ),
    ),
]


def mixed_messages() -> list[dict[str, Any]]:
    """The non-study posts (ids 501…) then the study posts (ids 601…)."""
    return [message(501 + k, text) for k, (_, text) in enumerate(NOT_STUDY)] + [
        message(601 + k, text) for k, (_, text) in enumerate(STUDY)
    ]


def mixed_export() -> dict[str, Any]:
    return chat(mixed_messages(), name="Канал про ML и не только", chat_id=MIXED_CHAT_ID)
