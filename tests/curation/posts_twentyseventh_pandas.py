"""«Векторизуй это» (twenty-seventh held-out corpus): a channel of Python and pandas tips for data scientists. Written blind.

Written without reading the classifier or its rules (see README.md, «Twenty-seventh held-out corpus»): a
backend developer turned data scientist at a logistics company posts Python, pandas, numpy and sklearn
tips for data scientists, a `#ревью` of a subscriber's code now and then, «что выведет?» tests as polls and
as code posts, each answered in a reply or the next post; between them library releases, his life, job
talk, streams, his course, giveaways, marked ads, memes and link dumps.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import FILE_NOT_INCLUDED as FILE
from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Векторизуй это"),
    P(
        "other",
        "Привет! Я Глеб, пять лет писал бэкенд, теперь дата-сайентист в логистике. Тут будут советы по Python, pandas и numpy для тех, кто пишет модели, а не сервисы: как не ждать 40 минут, пока отработает apply, и как не получить утечку в sklearn. По понедельникам — #ревью кода подписчиков.",
    ),
    svc("pin_message", message_id=2),
    P(
        "concept",
        "🐍 Не пишите apply там, где есть векторная операция\n\n```python\n# медленно: Python-функция на каждую строку\ndf['margin'] = df.apply(lambda r: r['price'] - r['cost'], axis=1)\n# быстро: одна операция над колонками\ndf['margin'] = df['price'] - df['cost']\n```\nНа 5 млн строк у меня: 71 секунда против 0.04. apply с axis=1 — это цикл for в костюме.",
        theme="engineering",
        title="🐍 Не пишите apply там, где есть векторная операция",
    ),
    P("joke", "Мой код в пятницу вечером: df = df.copy().copy().reset_index().reset_index(drop=True)", extra=photo()),
    P(
        "task",
        "Что выведет код?\n```python\nimport pandas as pd\ns = pd.Series([1, 2, None])\nprint(s.sum(), s.mean(), len(s), s.count())\n```\nОтвет — завтра, пишите версии в комментариях.",
        theme="engineering",
        title="Что выведет код?",
        name="nan_task",
    ),
    P(
        "answer",
        "Ответ: `3.0 1.5 3 2`. pandas по умолчанию пропускает NaN (skipna=True): сумма 3, среднее по двум значениям 1.5. len считает все элементы, count — только непустые. А тип Series стал float64 — из-за None. Отсюда классическая ловушка: «среднее по колонке» молча не учитывает пропуски.",
        to="nan_task",
    ),
    P(
        "news",
        "Вышел pandas 3.0: copy-on-write теперь по умолчанию, строки хранятся в новом строковом типе на pyarrow. Половина предупреждений SettingWithCopyWarning уйдёт в историю, а половина старого кода сломается. Я обновлю проекты через месяц, когда выйдет 3.0.1.",
    ),
    P(
        "concept",
        "🐍 category вместо object — и датафрейм худеет в 10 раз\n\nКолонка city с 50 уникальными значениями на 10 млн строк в object весит ~600 МБ: каждая строка — отдельный Python-объект. `df['city'] = df['city'].astype('category')` хранит коды int8 и словарь — ~10 МБ. И groupby по ней быстрее. Только помните: groupby по категории по умолчанию показывает и пустые категории — ставьте observed=True.",
        theme="engineering",
        title="🐍 category вместо object — и датафрейм худеет в 10 раз",
    ),
    P(
        "personal",
        "Вторая неделя на новой работе. Из хорошего: у нас есть GPU. Из плохого: все данные в Excel, который кто-то обновляет руками.",
    ),
    P(
        "question",
        "",
        theme="engineering",
        name="merge_quiz",
        extra=poll(
            "В left (1000 строк) и right (500 строк) ключ user_id, в right у некоторых user_id по 2 строки. Сколько строк даст left.merge(right, on='user_id', how='left')?",
            "Ровно 1000",
            "Не больше 1000",
            "1000 или больше",
            "Ровно 500",
            voters=1530,
        ),
    ),
    P(
        "answer",
        "Правильно: 1000 или больше. Left join сохраняет каждую строку левой таблицы хотя бы раз, но если ключ в правой повторяется, строка размножается. Так «тихо» растут датафреймы и задваиваются суммы. Защита: `left.merge(right, on='user_id', how='left', validate='many_to_one')` — упадёт с ошибкой, если справа дубли. Ответили верно 47%.",
        to="merge_quiz",
        reply=True,
    ),
    P(
        "ad",
        "Реклама. Хостинг Jupyter-ноутбуков с GPU: запуск за 30 секунд, оплата поминутно. Новым пользователям 1000 ₽ на счёт. https://example-gpu.ru/?ref=vektor\nООО «Пример Вычисления», ИНН 7700000002, erid: 2VtzqxAbc9",
    ),
    P(
        "concept",
        "🐍 Утечка через препроцессинг: StandardScaler до train_test_split\n\n```python\n# неправильно: среднее и std посчитаны по всем данным, включая тест\nX = StandardScaler().fit_transform(X)\nX_tr, X_te, y_tr, y_te = train_test_split(X, y)\n```\nЧестно — через Pipeline, тогда на каждом фолде cross_val_score обучает скейлер только на train:\n```python\nmodel = make_pipeline(StandardScaler(), LogisticRegression())\ncross_val_score(model, X, y, cv=5)\n```\nСо скейлером утечка небольшая, а вот с target encoding или отбором признаков по корреляции с таргетом — огромная.",
        theme="validation",
        title="🐍 Утечка через препроцессинг: StandardScaler до train_test_split",
    ),
    P(
        "link",
        "Что почитать на выходных:\nhttps://example.org/pandas-performance\nhttps://example.org/numpy-broadcasting\nhttps://example.org/polars-vs-pandas",
    ),
    P(
        "task",
        "#ревью\n\nПодписчик прислал код: кодирует категориальный признак средним таргетом. Найдите проблему.\n```python\nmeans = df.groupby('city')['target'].mean()\ndf['city_te'] = df['city'].map(means)\nX_tr, X_te = train_test_split(df)\n```",
        theme="features",
        title="Подписчик прислал код: кодирует категориальный признак средним таргетом. Найдите проблему.",
        name="te_review",
    ),
    P(
        "answer",
        "Разбор #ревью. Средние посчитаны по всему датафрейму, включая тест, и каждая строка «видит» свой собственный таргет в среднем своего города. Редкий город с одной строкой получает ровно её таргет — модель учит утечку. Как правильно: считать средние только на train, для train — по фолдам (out-of-fold), и сглаживать к общему среднему: (sum + m·global) / (count + m). В sklearn ≥ 1.3 есть TargetEncoder, который делает это сам.",
        to="te_review",
    ),
    P(
        "promo",
        "Запускаю второй поток курса «Pandas для DS без боли»: 6 недель, 40 задач на реальных данных, код-ревью каждого решения. Подписчикам -20% до пятницы. https://example-course.ru/vektor",
    ),
    P(
        "concept",
        "🐍 numpy broadcasting: попарные расстояния без циклов\n\n```python\n# X: (n, d), C: (k, d) -> D: (n, k)\nD = np.sqrt(((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=-1))\n```\nnumpy растягивает оси размера 1 друг под друга. Но память: промежуточный массив n × k × d. Для n = 1e6, k = 100, d = 50 это 40 ГБ во float64. Тогда раскрывайте квадрат: ‖x − c‖² = ‖x‖² − 2x·c + ‖c‖².",
        theme="engineering",
        title="🐍 numpy broadcasting: попарные расстояния без циклов",
    ),
    P(
        "joke",
        "pandas: SettingWithCopyWarning\nЯ: спасибо, я знаю, что делаю\nТакже я через неделю: почему колонка не обновилась?",
    ),
    P(
        "task",
        "Задача с собеседования, которую мне дали на прошлой неделе:\n\nЕсть датафрейм событий (user_id, ts). Посчитайте для каждого пользователя число сессий, если новая сессия начинается после паузы больше 30 минут. Без циклов.",
        theme="engineering",
        title="Есть датафрейм событий (user_id, ts). Посчитайте для каждого пользователя число сессий, если новая сессия начинается после паузы больше 30 минут. Без циклов.",
        name="sessions_task",
    ),
    P(
        "answer",
        "```python\ndf = df.sort_values(['user_id', 'ts'])\ngap = df.groupby('user_id')['ts'].diff()\nnew = gap.isna() | (gap > pd.Timedelta('30min'))\ndf['session'] = new.groupby(df['user_id']).cumsum()\nsessions = df.groupby('user_id')['session'].max()\n```\nКлюч — diff внутри группы и cumsum по флагу «началась новая сессия». Первое событие пользователя (NaN в diff) — тоже начало сессии.",
        to="sessions_task",
        reply=True,
    ),
    P(
        "personal",
        "Сегодня впервые выступал на внутреннем митапе компании. Рассказал про pandas, а спросили меня только про то, когда мы переедем на Spark.",
    ),
    P(
        "concept",
        "🐍 Бутстреп доверительного интервала в numpy за 3 строки\n\n```python\nrng = np.random.default_rng(0)\nidx = rng.integers(0, len(x), size=(10_000, len(x)))\nmeans = x[idx].mean(axis=1)\nlo, hi = np.percentile(means, [2.5, 97.5])\n```\n10 000 выборок с возвращением, среднее каждой, перцентили — 95% интервал для среднего. Без цикла, но с памятью 10 000 × n: для больших n делайте батчами.",
        theme="statistics-and-data",
        title="🐍 Бутстреп доверительного интервала в numpy за 3 строки",
    ),
    P(
        "news",
        "scikit-learn 1.6: estimators научились работать с датафреймами polars на входе и выходе, добавили FrozenEstimator для калибровки уже обученной модели. Changelog длинный, советую пролистать.",
        extra={"forwarded_from": "Scikit Новости"},
    ),
    P(
        "question",
        "Почему `df[df.a > 0]['b'] = 1` не меняет df, а `df.loc[df.a > 0, 'b'] = 1` меняет?\n\nПервая запись — две операции: `df[df.a > 0]` создаёт копию, и присваивание идёт в копию, которая сразу выбрасывается. Отсюда SettingWithCopyWarning. loc — одна операция индексирования с присваиванием в сам df. В pandas 3 с copy-on-write первая запись вообще никогда ничего не меняет.",
        theme="engineering",
        title="Почему df[df.a > 0]['b'] = 1 не меняет df, а df.loc[df.a > 0, 'b'] = 1 меняет?",
    ),
    P(
        "giveaway",
        "Розыгрыш трёх подписок на PyCharm Professional на год! Условие: подписка на канал и репост этого поста в любой чат. Итоги через неделю.",
    ),
    P(
        "concept",
        "🐍 Пропуски: заполняйте с флагом\n\n```python\ndf['income_isna'] = df['income'].isna().astype('int8')\ndf['income'] = df['income'].fillna(df['income'].median())\n```\nЕсли пропуск информативен (человек не указал доход — уже признак), медиана без флага эту информацию стирает. И медиану считайте по train, а не по всему датасету — см. пост про утечку через препроцессинг. Бустингам заполнять вообще не нужно: LightGBM и XGBoost умеют NaN сами.",
        theme="features",
        title="🐍 Пропуски: заполняйте с флагом",
    ),
    P("joke", "— Сколько у вас опыта в pandas?\n— 5 лет.\n— Напишите pivot_table без гугла.\n— 0 лет."),
    P(
        "task",
        "Что выведет код?\n```python\nimport numpy as np\na = np.array([1, 2, 3])\nb = a\nb += 1\nc = a[:2]\nc[0] = 100\nprint(a)\n```",
        theme="engineering",
        title="Что выведет код?",
        name="view_task",
    ),
    P(
        "answer",
        "Ответ: `[100 3 4]`. `b = a` — не копия, а второе имя того же массива, и `b += 1` меняет a на месте. Срез `a[:2]` в numpy — view на те же данные, поэтому `c[0] = 100` тоже пишет в a. Нужна копия — `a.copy()`. В списках Python срез, наоборот, копирует — не путайте.",
        to="view_task",
        reply=True,
    ),
    P(
        "event",
        "В среду в 19:00 стрим: ускоряем реальный ноутбук подписчика с 20 минут до минуты. Присылайте свои медленные ноутбуки в бота @vektor_help_x_bot — выберу один. https://example-stream.ru/vektor",
    ),
    P(
        "concept",
        "🐍 GroupKFold, если у одного клиента много строк\n\n```python\nfrom sklearn.model_selection import GroupKFold\ncv = GroupKFold(n_splits=5)\nscores = cross_val_score(model, X, y, cv=cv, groups=df['client_id'])\n```\nОбычный KFold раскидает строки одного клиента по train и validation, модель запомнит клиента, и метрика на валидации будет лучше, чем на новых клиентах в проде.",
        theme="validation",
        title="🐍 GroupKFold, если у одного клиента много строк",
    ),
    P("other", "Отредактировал пост про category: забыл про observed=True, а это главный подвох.", extra={"edited": 4}),
    P("link", "https://example.org/talks/pandas-internals"),
    P(
        "concept",
        "🐍 ROC-AUC руками — через ранги\n\n```python\nfrom scipy.stats import rankdata\ndef auc(y, s):\n    r = rankdata(s)\n    n1 = y.sum(); n0 = len(y) - n1\n    return (r[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)\n```\nAUC — это вероятность, что случайный положительный объект получит скор выше случайного отрицательного, то есть статистика Манна–Уитни, делённая на n1·n0. Отсюда следствие: AUC не меняется от любого монотонного преобразования скоров.",
        theme="metrics",
        title="🐍 ROC-AUC руками — через ранги",
    ),
    P("personal", "Ушёл в отпуск на неделю. Ноутбук взял. Зачем — не знаю."),
    P(
        "ad",
        "#реклама Канал @data_vacancies_ex_x публикует вакансии для аналитиков и DS каждый день, с вилками. erid: 4CQwvFbnR1",
    ),
    P(
        "question",
        "Tip in English, because our team now has two colleagues from abroad and they asked for it.\n\nWhy is iterating over a DataFrame with iterrows so slow, and what should you use instead?\n\nEach row is turned into a new Series object, with type checks and an index on every step, so a loop over a million rows builds a million Series. Prefer vectorised column operations; if you really need a loop, itertuples is several times faster, and a loop over plain numpy arrays with numba is faster still.",
        theme="engineering",
        title="Why is iterating over a DataFrame with iterrows so slow, and what should you use instead?",
    ),
    P(
        "joke",
        "Когда поменял pandas на polars и всё заработало в 10 раз быстрее, но теперь никто в команде не может читать твой код:",
        extra=photo(),
    ),
    P(
        "concept",
        "🐍 class_weight='balanced' в одну строчку — и что он делает\n\nВес класса = n_samples / (n_classes · n_samples_класса). При 2% положительных каждый положительный объект весит в 25 раз больше отрицательного. Для ранжирования (ROC-AUC) это часто почти ничего не меняет, а вот предсказанные вероятности перестают быть вероятностями — predict_proba завышен. Нужны вероятности — не взвешивайте или калибруйте потом.",
        theme="classic-ml",
        title="🐍 class_weight='balanced' в одну строчку — и что он делает",
    ),
    P(
        "news",
        "Вышел Python 3.14: режим без GIL стал официально поддерживаемым, хотя пока не по умолчанию. Для наших ноутбуков это значит немного, для библиотек — много работы.",
    ),
    P(
        "task",
        "#ревью\n\nЧто не так с этим разбиением временного ряда и как исправить?\n```python\nX_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2)\nmodel.fit(X_tr, y_tr)\n```\nКод подписчика, данные — ежедневные продажи за 3 года, признаки — лаги.",
        theme="validation",
        title="Что не так с этим разбиением временного ряда и как исправить?",
        name="ts_review",
    ),
    P(
        "answer",
        "Разбор: train_test_split перемешивает строки, и модель учится на днях после тестовых — будущее подглядывает в прошлое. На лагах это особенно опасно: лаг-1 тестового дня — это таргет соседнего обучающего. Исправление: делить по времени (последние 20% дней — тест, `shuffle=False`), а для кросс-валидации — TimeSeriesSplit, желательно с зазором (gap) не меньше самого длинного лага.",
        to="ts_review",
    ),
    P(
        "promo",
        "Напоминаю: до конца скидки на «Pandas для DS без боли» два дня. Уже 140 человек в потоке. https://example-course.ru/vektor",
    ),
    P(
        "concept",
        "🐍 pd.cut против pd.qcut\n\n`pd.cut(x, 5)` режет диапазон на 5 равных по ширине интервалов — с выбросами почти все объекты попадут в один бин. `pd.qcut(x, 5)` режет по квантилям — в каждом бине примерно 20% объектов. Для биннинга признаков под линейную модель чаще нужен qcut, и не забывайте duplicates='drop', если много одинаковых значений.",
        theme="features",
        title="🐍 pd.cut против pd.qcut",
    ),
    P(
        "other",
        "",
        extra={
            "poll": {
                "question": "Чем вы пользуетесь?",
                "closed": True,
                "total_voters": 980,
                "answers": [
                    {"text": "pandas", "voters": 700, "chosen": False},
                    {"text": "polars", "voters": 180, "chosen": False},
                    {"text": "Spark", "voters": 100, "chosen": False},
                ],
            }
        },
    ),
    P(
        "question",
        "",
        theme="engineering",
        name="dtype_quiz",
        extra=poll(
            "Какой dtype будет у pd.Series([1, 2, 3, None])?",
            "int64",
            "float64",
            "object",
            "Int64",
            voters=1210,
        ),
    ),
    P(
        "answer",
        "Ответ: float64. В классическом int64 нет места для пропуска, и pandas приводит колонку к float, а None становится NaN. Поэтому id после чтения CSV с пропусками превращаются в 12345.0. Если нужен целый тип с пропусками — nullable Int64 (с большой буквы): `pd.Series([1, 2, 3, None], dtype='Int64')`.",
        to="dtype_quiz",
    ),
    P(
        "event",
        "Запись стрима с ускорением ноутбука: https://example-stream.ru/vektor/rec-5\nСократили с 19 минут до 48 секунд. Главное — убрали apply и merge в цикле.",
    ),
    P(
        "concept",
        "🐍 torch.no_grad() на инференсе\n\nБез него PyTorch строит граф вычислений для backward и хранит все промежуточные активации — на инференсе это просто лишняя память. `with torch.inference_mode():` ещё строже и быстрее. А model.eval() — это другое: он переключает Dropout и BatchNorm в режим инференса, но градиенты не выключает. Нужны оба.",
        theme="deep-learning",
        title="🐍 torch.no_grad() на инференсе",
    ),
    P("joke", "Ожидание: data science — это нейросети.\nРеальность: 4 часа выяснял, почему даты в CSV то 01/02, то 02/01."),
    P("giveaway", "Итоги розыгрыша PyCharm: победители — @ivan_dt_x, @masha_ml_x и @arseniy_pd_x. Напишите мне, пришлю ключи."),
    P(
        "concept",
        "🐍 Считайте токены до того, как отправить текст в LLM\n\n```python\nimport tiktoken\nenc = tiktoken.get_encoding('cl100k_base')\ndf['n_tokens'] = df['text'].map(lambda t: len(enc.encode(t)))\nprint(df['n_tokens'].describe())\n```\nЦена и лимит контекста — в токенах, а не в символах. Русский текст в большинстве токенизаторов занимает в 2–3 раза больше токенов, чем английский той же длины, — бюджет прогона по 100 тыс. отзывов легко ошибиться втрое.",
        theme="llm",
        title="🐍 Считайте токены до того, как отправить текст в LLM",
    ),
    P("personal", "Поменял работу: теперь в команде прогнозирования спроса маркетплейса. Pandas остаётся, Excel уходит. Ура."),
    P(
        "question",
        "Что быстрее для фильтрации: `df[df['city'].isin(cities)]` или `df.query('city in @cities')`?\n\nНа обычных размерах — isin, query тратит время на разбор строки. query выигрывает на длинных арифметических условиях на больших датафреймах, если установлен numexpr. А главное — читаемость: сложные условия в query понятнее, чем лес скобок и &.",
        theme="engineering",
        title="Что быстрее для фильтрации: df[df['city'].isin(cities)] или df.query('city in @cities')?",
    ),
    P(
        "ad",
        "Реклама. Онлайн-конференция PyData-формата «Питон в данных», 2 дня, 30 докладов. Промокод VEKTOR — 25%. https://example-events.ru/pydata\nООО «Пример Ивент», ИНН 7800000003, erid: 2SDnjeXk8",
    ),
    P(
        "link",
        "Полезные шпаргалки:\nhttps://example.org/cheatsheet-pandas.pdf\nhttps://example.org/cheatsheet-numpy.pdf\nhttps://example.org/cheatsheet-sklearn.pdf",
    ),
    P(
        "concept",
        "🐍 Сэмплирование со стратификацией в pandas\n\n```python\nsample = df.groupby('segment', group_keys=False).sample(frac=0.1, random_state=42)\n```\nПростой df.sample(frac=0.1) на редком сегменте в 0.5% может дать перекос: в выборке его окажется 0.3% или 0.8%. Сэмплирование по группам сохраняет доли сегментов. И всегда фиксируйте random_state, иначе завтра выводы будут другими.",
        theme="statistics-and-data",
        title="🐍 Сэмплирование со стратификацией в pandas",
    ),
    P("other", "Ребята, код на ревью — в бота @vektor_help_x_bot, а не в личку. В личке я всё теряю."),
    P(
        "task",
        "Что выведет код?\n```python\ndef add(x, acc=[]):\n    acc.append(x)\n    return acc\nadd(1)\nprint(add(2))\n```",
        theme="engineering",
        title="Что выведет код?",
        name="default_task",
    ),
    P(
        "answer",
        "Ответ: `[1, 2]`. Значение по умолчанию вычисляется один раз при определении функции, и список acc общий для всех вызовов. Правильно — `acc=None` и внутри `if acc is None: acc = []`. В DS-коде это всплывает в функциях, которые «копят» признаки или метрики между вызовами.",
        to="default_task",
        reply=True,
    ),
    P("joke", "Стадии работы с датами в pandas: to_datetime, errors='coerce', слёзы, dayfirst=True.", extra=photo()),
    P(
        "news",
        "Вышел polars 1.x с поддержкой GPU-движка: обещают ускорение group_by на больших таблицах в разы. Попробовал на 50 млн строк — на моей карте вышло в 4 раза быстрее CPU.",
    ),
    P(
        "personal",
        "Каналу полгода и 3 000 подписчиков. Спасибо за ревью-код, который вы присылаете: половина постов родилась из него.",
    ),
    svc("edit_group_photo", photo=FILE),
    P(
        "other",
        "Поправил пост про broadcasting: в примере было C[:, None, :] вместо C[None, :, :], спасибо @ivan_dt_x.",
        extra={"edited": 6, **photo()},
    ),
]

CHANNEL = Channel(
    folder="twentyseventh_pandas",
    name="Векторизуй это",
    username="vektorizuy_eto_x",
    chat_id=1900000272,
    start=datetime(2025, 4, 7, 8, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

CHATTER: list[P] = [
    P("joke", "Я, когда кто-то пишет for i in range(len(df)):", extra=photo()),
    P(
        "news",
        "В Jupyter завезли нормальный отладчик в браузере и быструю подсветку для больших ноутбуков. Changelog: https://example.org/jupyter-release",
    ),
    P("personal", "Сегодня на собесе попросили развернуть связный список. На позицию дата-сайентиста. Развернул."),
    P("link", "https://example.org/blog/pandas-copy-on-write"),
    P(
        "ad",
        "Реклама. Курс по SQL для аналитиков, 4 недели, сертификат. https://example-school.ru/sql?utm=vektor\nИНН 7700000004, erid: 2VtzqyZ3m",
    ),
    P("event", "Напоминаю: стрим сегодня в 19:00. https://example-stream.ru/vektor"),
    P("other", "На этой неделе постов будет меньше — переезжаю."),
    P("joke", "pandas 3.0 вышел.\nМой код 2019 года: 🫠"),
    P(
        "personal",
        "Заболел, неделю лежал с температурой. Единственное, что смог сделать, — обновить pandas. Лучше бы не обновлял.",
    ),
    P(
        "giveaway",
        "Разыгрываю место на курсе «Pandas для DS без боли» — бесплатно. Условие: пришлите в комментарии самый медленный кусок своего кода. Выберу самый страшный.",
    ),
    P("joke", "Когда merge вернул в 3 раза больше строк, чем было:", extra=photo()),
    P("other", "Поставьте 🔥, если нужен разбор polars — сделаю серию."),
    P(
        "news",
        "Вышла новая версия numpy: поддержка строкового dtype переменной длины и ускорение сортировки на AVX-512. Старые pickle-файлы читаются, проверил.",
    ),
    P("ad", "#реклама Телеграм-канал @ml_memes_ex_x — мемы про машинное обучение, каждый день. erid: 4CQwvGh2T"),
    P(
        "event",
        "Через две недели буду на PyData-митапе в Казани с докладом «pandas 3: что сломается у вас». Вход свободный, регистрация: https://example-meetup.ru/kazan",
    ),
    P("link", "https://example.org/video/vectorization-talk"),
    P(
        "personal",
        "Отвечаю на частый вопрос: да, с бэкенда в DS переходить стоит, если вам нравится копаться в данных. Зарплата первый год была ниже, сейчас выше.",
    ),
    P("news", "DuckDB научился читать датафреймы pandas без копирования. SQL по датафрейму в 50 млн строк — за секунды."),
]
