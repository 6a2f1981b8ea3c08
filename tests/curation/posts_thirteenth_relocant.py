"""«Градиент без границ» (thirteenth held-out corpus): a relocated ML engineer's blog. Written blind.

Written without reading the classifier or its rules (see README.md, «Thirteenth held-out corpus»): an
ML engineer who moved abroad and works for a European e-commerce company writes, partly in English,
about the whole field — ranking and recommendation metrics, losses, boosting, deep learning and
embeddings, LLMs, statistics and A/B tests, features, validation, Python and SQL, ML system design and
interviews at foreign companies — as explainers, interview questions and tasks answered in a reply or
a later post, quizzes as polls; between them relocation and visa stories, job-market and grade talk,
AI news, his mock-interview service, streams, giveaways, memes, link dumps and marked ads.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import FILE_NOT_INCLUDED as FILE
from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Градиент без границ"),
    P(
        "other",
        "Привет! Я Илья, ML-инженер, два года назад переехал и теперь делаю ранжирование в европейском e-commerce. Пишу про ML, собеседования в зарубежные компании и жизнь после релокации. Иногда на английском — привыкайте 🙂",
    ),
    svc("pin_message", message_id=2),
    P(
        "concept",
        "#ml NDCG — главная метрика ранжирования\n\nDCG@k = Σ (2^rel_i − 1) / log2(i + 1) по первым k позициям: релевантный товар на первом месте ценится сильнее, чем на пятом. NDCG@k = DCG@k / IDCG@k, где IDCG — DCG идеального порядка, поэтому метрика от 0 до 1 и сравнима между запросами с разным числом релевантных товаров. Частая ошибка на собесе — забыть про нормировку и сравнивать DCG запросов напрямую.",
        theme="metrics",
        title="#ml NDCG — главная метрика ранжирования",
    ),
    P(
        "personal",
        "Получил наконец вид на жительство на три года. Восемь месяцев ожидания, два раза теряли документы. Теперь можно выдохнуть и планировать дальше, чем на полгода.",
    ),
    P(
        "question",
        "Вопрос с моего собеса в европейский маркетплейс:\n\nЧем pointwise, pairwise и listwise подходы к learning to rank отличаются друг от друга?\n\nPointwise — предсказываем релевантность каждого документа отдельно (регрессия или классификация). Pairwise — учим модель правильно упорядочивать пары документов одного запроса (RankNet, LambdaRank в LightGBM). Listwise — оптимизируем метрику всего списка, например NDCG (LambdaMART, ListNet). На практике pairwise/listwise почти всегда лучше по NDCG, pointwise проще и быстрее.",
        theme="ml-system-design",
        title="Чем pointwise, pairwise и listwise подходы к learning to rank отличаются друг от друга?",
    ),
    P(
        "news",
        "Одна из крупных лабораторий выпустила открытую мультимодальную модель, которая понимает картинки товаров и текст описания одновременно. Для e-commerce это прямо интересно: попробуем на поиске по фото.",
    ),
    P("joke", "Мой немецкий после двух лет: «Entschuldigung, gradient boosting?»", extra=photo()),
    P(
        "task",
        "Python task from a real interview 🐍\n\nWrite a function that returns the k most frequent elements of a list in O(n log k) time. For example, `top_k([1, 1, 2, 2, 2, 3], 2)` should return `[2, 1]`.\n\nI will post my solution as a reply tomorrow.",
        theme="engineering",
        title="Write a function that returns the k most frequent elements of a list in O(n log k) time. For example, top_k([1, 1, 2, 2, 2, 3], 2) should return [2, 1].",
        name="topk",
    ),
    P(
        "answer",
        "Solution:\n```python\nimport heapq\nfrom collections import Counter\n\ndef top_k(items, k):\n    counts = Counter(items)\n    return heapq.nlargest(k, counts, key=counts.get)\n```\nCounting is O(n), and `nlargest` keeps a heap of size k, so it is O(n log k). Interviewers often ask for the follow-up: bucket sort by frequency gives O(n).",
        to="topk",
        reply=True,
    ),
    P(
        "ad",
        "Реклама. Сервис переводов и нотариального заверения документов для релокации: дипломы, справки, апостиль за 3 дня. https://example-docs.ru/?from=gradient\nООО «Документ Плюс», ИНН 7701000002, erid: 2VtzqwbN3Kd",
    ),
    P(
        "concept",
        "Contrastive loss и triplet loss: как учат эмбеддинги товаров\n\nTriplet loss берёт якорь a, позитив p (похожий товар) и негатив n: L = max(0, d(a, p) − d(a, n) + margin). Модель тянет похожие векторы друг к другу и отталкивает непохожие минимум на margin. Всё решает выбор негативов: случайные слишком лёгкие, модель быстро перестаёт учиться. Берут hard negatives — непохожие товары, которые модель пока ставит близко.",
        theme="losses",
    ),
    P(
        "personal",
        "Грейд-ап! С понедельника я senior. Ушло полтора года и один очень неприятный дизайн-ревью, о котором напишу отдельно.",
    ),
    P(
        "question",
        "Почему нельзя сравнивать онлайн-метрику A/B-теста поиска по кликам на первой позиции?\n\nИз-за position bias: пользователи кликают на первую позицию просто потому, что она первая. Если новая модель ставит наверх другие товары, рост CTR первой позиции может объясняться не релевантностью. Сравнивают метрики всей выдачи и бизнеса: конверсию в покупку на сессию, выручку на поиск, долю поисков без клика. Для офлайн-оценки по логам — interleaving или inverse propensity weighting.",
        theme="ab-testing",
        title="Почему нельзя сравнивать онлайн-метрику A/B-теста поиска по кликам на первой позиции?",
    ),
    P(
        "event",
        "Сегодня в 19:00 по Москве стрим: отвечаю на вопросы про собесы в Европе. Вопросы можно оставить заранее в комментах. https://example-video.com/live/relocate-qa",
    ),
    P("event", "Напоминание: стрим через час, вопросы ещё принимаю."),
    P(
        "question",
        "Что делает BatchNorm и почему с ним сеть учится быстрее?",
        theme="deep-learning",
        extra=poll(
            "Что делает BatchNorm и почему с ним сеть учится быстрее?",
            "Нормирует веса слоя",
            "Нормирует активации по батчу и добавляет обучаемые сдвиг и масштаб",
            "Уменьшает размер батча",
            "Заменяет dropout",
            voters=356,
        ),
        name="bn_quiz",
    ),
    P(
        "answer",
        "Ответ на квиз: второй вариант. BatchNorm вычитает среднее и делит на стандартное отклонение активаций по батчу, а затем умножает на обучаемый γ и прибавляет β. Градиенты становятся стабильнее, можно брать больший learning rate. На инференсе используются накопленные скользящие средние, а не статистики батча — поэтому `model.eval()` так важен.",
        to="bn_quiz",
    ),
    P(
        "link",
        "Полезное про визы для айтишников:\nhttps://example-relocate.eu/blue-card\nhttps://example-relocate.eu/taxes\nhttps://example-relocate.eu/housing",
    ),
    P(
        "concept",
        "Two-tower модель для кандидатов в рекомендациях\n\nОдна башня кодирует пользователя, другая — товар, скор = скалярное произведение эмбеддингов. Эмбеддинги товаров считаются заранее и кладутся в ANN-индекс (FAISS, HNSW), поэтому из миллионов товаров за миллисекунды достаются сотни кандидатов. Дальше их переранжирует тяжёлая модель (бустинг или кросс-энкодер) с признаками пары «пользователь–товар», которые башни учесть не могут.",
        theme="ml-system-design",
    ),
    P(
        "news",
        "In other news: the company I work for has frozen hiring for the rest of the year, except for a couple of machine learning roles in search. The market here is clearly cooling down, and recruiters tell me that every senior opening now gets several hundred applications within the first week.",
    ),
    P(
        "task",
        "SQL-задача, которую любят в зарубежных компаниях\n\nТаблица `searches(session_id, query, ts, clicked)`. Найдите долю поисковых сессий, в которых не было ни одного клика, по дням.",
        theme="engineering",
        title="Таблица searches(session_id, query, ts, clicked). Найдите долю поисковых сессий, в которых не было ни одного клика, по дням.",
        name="noclick",
    ),
    P(
        "answer",
        "Решение:\n```sql\nWITH s AS (\n  SELECT session_id, MIN(ts)::date AS day, MAX(clicked::int) AS any_click\n  FROM searches\n  GROUP BY session_id\n)\nSELECT day, AVG(1 - any_click) AS no_click_share\nFROM s\nGROUP BY day\nORDER BY day;\n```\nСначала агрегируем до сессии, потом до дня. Если сразу группировать по дню, считаем доли поисков, а не сессий.",
        to="noclick",
    ),
    P(
        "promo",
        "Провожу мок-интервью в формате европейских компаний: ML system design и behavioral на английском. 60 минут + письменный фидбек. Записаться: https://example-mock.eu/ilya #неРеклама",
    ),
    P("promo", "Напоминаю, что мок-интервью на декабрь почти разобраны — осталось три слота."),
    P(
        "question",
        "How would you detect that a model in production has started to degrade when labels arrive weeks later?\n\nYou monitor what you can see right away: the distribution of input features (PSI or KL divergence against the training window), the distribution of predicted scores, and proxy business metrics such as click rate. When labels do arrive, you compute the real metric on the delayed cohort and compare it with the same cohort of last month.",
        theme="drift",
    ),
    P(
        "personal",
        "Съездил домой впервые за два года. Мама спросила, чем я занимаюсь. Сказал «рекомендации в интернет-магазине». Она: «а, это ты мне всё время кастрюли показываешь».",
        extra={"edited": 3},
    ),
    P(
        "concept",
        "#ml Холодный старт в рекомендациях\n\nНового пользователя или товар модель на коллаборативной фильтрации не знает: у них нет взаимодействий. Что делают: для товаров — контентные признаки (текст, картинка, категория, цена) и эмбеддинги из них; для пользователей — популярное в его регионе и категории, онбординг-вопросы, быстрое обновление по первым кликам. И отдельный бюджет показов на исследование новых товаров (exploration), иначе они никогда не наберут статистику.",
        theme="ml-system-design",
        title="#ml Холодный старт в рекомендациях",
    ),
    P(
        "joke",
        "Европейская бюрократия: чтобы получить налоговый номер, нужен адрес. Чтобы снять квартиру, нужен налоговый номер.",
    ),
    P(
        "question",
        "Вопрос на позицию ML Engineer:\n\nЗачем делить на √d в scaled dot-product attention?\n\nСкалярное произведение двух случайных векторов размерности d имеет дисперсию порядка d. При больших d значения уходят далеко от нуля, softmax становится почти one-hot, и градиенты затухают. Деление на √d возвращает дисперсию к единице.",
        theme="llm",
        title="Зачем делить на √d в scaled dot-product attention?",
    ),
    P(
        "giveaway",
        "Розыгрыш 🎁 3 бесплатных мок-интервью на английском. Условия: подписка и комментарий, в какую страну хотите переехать. Итоги в воскресенье.",
    ),
    P("giveaway", "Итоги розыгрыша мок-интервью: @masha_ml_ex, @oleg_rank_x, @nina_ds_x. Напишу каждому в личку."),
    P(
        "task",
        "Задача со статистического собеса\n\nВы бросаете честную монету, пока не выпадут два орла подряд. Какое ожидаемое число бросков?",
        theme="statistics-and-data",
        title="Вы бросаете честную монету, пока не выпадут два орла подряд. Какое ожидаемое число бросков?",
        name="hh",
    ),
    P(
        "answer",
        "Ответ: 6. Пусть E — ожидание с начала, E1 — после одного орла. E = 1 + ½·E1 + ½·E (решка — начинаем сначала), E1 = 1 + ½·0 + ½·E. Из второго E1 = 1 + E/2, подставляем: E = 1 + ½ + E/4 + E/2 → E/4 = 1.5 → E = 6.",
        to="hh",
        reply=True,
    ),
    P(
        "news",
        "Вышел большой отчёт о зарплатах ML-инженеров в Европе: медиана senior в Германии и Нидерландах — около 85–95 тысяч евро в год до налогов. Налоги, правда, съедают треть.",
    ),
    P(
        "question",
        "Как бороться с дисбалансом классов в задаче фрода?\n\nНе начинать с SMOTE. Сначала правильная метрика: PR-AUC или recall при фиксированной доле проверок, а не accuracy. Дальше: веса классов в функции потерь (`class_weight`, `scale_pos_weight`), подбор порога под бизнес-стоимость ошибок, и только потом — андерсэмплинг негативов (с последующей перекалибровкой вероятностей). Синтетические объекты SMOTE на табличных данных часто лишь добавляют шум.",
        theme="classic-ml",
    ),
    P("event", "Запись стрима про собесы в Европе: https://example-video.com/watch/relocate-qa. Таймкоды в комментариях."),
    P("other", "Нас 5000 🎉 Спасибо! Напишите, чего больше хотите: ML или релокации?"),
    P(
        "concept",
        "Отбор признаков через adversarial validation\n\nОбучаем классификатор отличать трейн от теста. Если ROC-AUC сильно больше 0.5, распределения различаются, и самые важные признаки этого классификатора — те, что «выдают» время (id, дата, счётчики, растущие со временем). Их удаляют или преобразуют, а объекты трейна, похожие на тест, используют как валидацию.",
        theme="validation",
    ),
    P(
        "ad",
        "Реклама. Онлайн-курс английского для IT-специалистов: подготовка к собеседованию с носителем. Первое занятие бесплатно: https://example-english.com/it\nerid: 4CQwVtT2mPx",
    ),
    P(
        "personal",
        "Цели на следующий год: сдать B2 по немецкому, выступить на одной международной конференции, не работать по выходным. Третья — самая сложная.",
    ),
    P(
        "question",
        "What is the difference between a feature store and just a table of features?\n\nA feature store keeps the same feature definitions for training and serving: offline storage for building point-in-time correct training sets, an online store with low-latency lookups at inference, and versioning. The point-in-time join is the key part, because it prevents leakage from features computed after the label timestamp.",
        theme="ml-system-design",
    ),
    P(
        "news",
        "Еврокомиссия опубликовала новые разъяснения по AI Act: системы рекомендаций в e-commerce в основном попадают в категорию низкого риска, но требования к прозрачности остаются.",
    ),
    P("link", "https://example-blog.eu/ranking-papers-2025"),
    P(
        "task",
        "Задача на A/B: в тесте новой ранжирующей модели пользователей разделили по user_id, а метрика — CTR по показам. Аналитик посчитал t-тест по всем показам и получил p = 0.001. Что не так с этим расчётом?",
        theme="ab-testing",
        title="Задача на A/B: в тесте новой ранжирующей модели пользователей разделили по user_id, а метрика — CTR по показам. Аналитик посчитал t-тест по всем показам и получил p = 0.001. Что не так с этим расчётом?",
        name="ratio",
    ),
    P(
        "answer",
        "Разбор: единица рандомизации — пользователь, а t-тест считает показы независимыми. Показы одного пользователя коррелированы, дисперсия занижена, p-value слишком оптимистичен. CTR здесь — ratio-метрика (клики / показы по пользователю). Правильно: дельта-метод для дисперсии отношения, линеаризация или бутстреп по пользователям.",
        to="ratio",
    ),
    P(
        "promo",
        "Собрал гайд «Резюме ML-инженера для Европы»: структура, примеры формулировок, типичные ошибки. 990 ₽, подписчикам бесплатно до пятницы: https://example-mock.eu/cv-guide",
    ),
    P(
        "concept",
        "Point-in-time join и утечка в рекомендательных признаках\n\nПризнак «сколько раз пользователь покупал в категории» должен считаться на момент показа, а не на сегодняшний день. Если при сборке обучающей выборки взять актуальную таблицу признаков, в них попадут покупки, случившиеся после показа, — включая ту самую, которую мы предсказываем. Офлайн NDCG растёт, онлайн ничего не меняется.",
        theme="features",
    ),
    P(
        "question",
        "Вопрос подписчикам, разбор завтра 👇\n\nПочему в градиентном бустинге уменьшение learning rate почти всегда улучшает качество, но только если одновременно увеличить число деревьев?",
        theme="classic-ml",
        title="Почему в градиентном бустинге уменьшение learning rate почти всегда улучшает качество, но только если одновременно увеличить число деревьев?",
        name="lr_trees",
    ),
    P(
        "answer",
        "Ответ про learning rate: каждое дерево добавляет к прогнозу только долю η своего шага. Маленькие шаги — это сильная регуляризация: модель не подгоняется под шум отдельных деревьев и идёт к минимуму плавнее. Но при η = 0.01 вместо 0.1 нужно примерно в 10 раз больше деревьев, чтобы дойти до того же качества. Поэтому на практике фиксируют маленький η и подбирают число деревьев через early stopping.",
        to="lr_trees",
    ),
    P(
        "concept",
        "Adam в двух словах\n\nAdam хранит для каждого веса скользящее среднее градиента (момент, m) и скользящее среднее его квадрата (v). Шаг = lr · m̂ / (√v̂ + ε): где градиенты стабильно большие — шаг нормируется, где редкие и маленькие — усиливается. m̂ и v̂ — поправки на смещение в начале обучения. AdamW отличается тем, что weight decay применяется к весам напрямую, а не через градиент, — с ним регуляризация работает честно.",
        theme="deep-learning",
    ),
    P(
        "task",
        "Pandas-задачка: есть `views(user_id, item_id, ts)` и `orders(user_id, item_id, ts)`. Для каждого заказа найдите время последнего просмотра этого товара этим пользователем до заказа. Без циклов.",
        theme="engineering",
        title="Pandas-задачка: есть views(user_id, item_id, ts) и orders(user_id, item_id, ts). Для каждого заказа найдите время последнего просмотра этого товара этим пользователем до заказа. Без циклов.",
        name="asof",
    ),
    P(
        "answer",
        "Ответ: `merge_asof`.\n```python\nres = pd.merge_asof(\n    orders.sort_values('ts'),\n    views.sort_values('ts').rename(columns={'ts': 'view_ts'}),\n    left_on='ts', right_on='view_ts',\n    by=['user_id', 'item_id'],\n    direction='backward',\n    allow_exact_matches=False,\n)\n```\nОбе таблицы должны быть отсортированы по ключу времени, а `allow_exact_matches=False` не даст взять просмотр в ту же секунду, что и заказ.",
        to="asof",
        reply=True,
    ),
    P(
        "concept",
        "CUPED: как ускорить A/B-тест поиска\n\nБерём метрику пользователя до теста X (например, выручку за прошлый месяц) и считаем Y_cuped = Y − θ·(X − mean(X)), где θ = cov(Y, X) / var(X). Среднее не меняется, а дисперсия падает в (1 − ρ²) раз, где ρ — корреляция Y и X. При ρ = 0.6 нужная выборка меньше на 36%. Для новых пользователей без истории X не существует — им ставят среднее.",
        theme="ab-testing",
        title="CUPED: как ускорить A/B-тест поиска",
    ),
]

CHANNEL = Channel(
    folder="thirteenth_relocant",
    name="Градиент без границ",
    username="gradient_bez_granic_x",
    chat_id=1900000133,
    start=datetime(2025, 7, 7, 6, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

# Shorter chatter, spread among the posts by make_corpus.interleave (never between a task and its answer).
CHATTER: list[P] = [
    P("personal", "Третью неделю дождь. Начинаю понимать, почему тут все так много работают."),
    P("other", "Где вы сейчас живёте?", extra=poll("Где вы сейчас живёте?", "Россия", "Европа", "Азия", "Другое", voters=910)),
    svc("edit_group_photo", photo=FILE),
    P("joke", "Recruiter: we are a family.\nAlso recruiter, three months later: the family is being restructured."),
    P(
        "news",
        "Вышла новая версия PyTorch с ускоренной компиляцией моделей. У нас в ранжировании инференс стал на 12% быстрее без изменений кода.",
        extra={"forwarded_from": "PyTorch Digest"},
    ),
    P("link", "https://example-video.com/watch/recsys-talk"),
    P("personal", "Сегодня без поста — переезжаю в другую квартиру. Третий раз за два года."),
    P("joke", "Когда написал в резюме «fluent English», а на собесе спросили про погоду", extra=photo()),
    P("other", "Открыл комментарии, но только для подписчиков — спамеры достали."),
    P("ad", "Реклама. Канал @eu_it_jobs_ex — вакансии для русскоязычных айтишников в Европе. erid: 2SDnjdHzX4b"),
    P(
        "news",
        "Ещё одна европейская компания объявила о переходе на четырёхдневную рабочую неделю для инженеров. Пока пилот на полгода.",
    ),
    P("joke", "Сеньор — это когда на вопрос «сколько займёт задача» ты отвечаешь «зависит» и тебе верят."),
    P("personal", "Сдал экзамен на A2 по немецкому! Маленькая победа, но приятно."),
    P("other", "Хорошей пятницы всем, где бы вы ни были 🌍"),
    P("news", "Слухи: одна из крупных компаний готовит открытую LLM размером меньше 10B специально для ранжирования и поиска."),
    P("link", "Подборка статей про рекомендации за год: https://example-blog.eu/recsys-year"),
    P("joke", "Мой план на релокацию vs реальность", extra=photo()),
    P(
        "event",
        "Выступаю на онлайн-митапе русскоязычных ML-инженеров в Европе 5 декабря: расскажу, как мы запускали новый ранкер. Регистрация: https://example-events.eu/ml-meetup",
    ),
    P("personal", "Итог месяца: закрыли запуск нового ранкера, +2.1% выручки с поиска в A/B. Команда молодцы."),
    P("other", "Завёл отдельный чат для тех, кто готовится к переезду: https://example-chat.ru/reloc_chat_x"),
    P("giveaway", "Новогодний розыгрыш: 5 гайдов по резюме для Европы. Нужно просто нажать «Участвовать» под постом."),
    P(
        "news",
        "Grade inflation is real: a recruiter friend told me that half of the candidates applying for senior machine learning positions this year had less than three years of experience, and that companies are now adding take home assignments again to filter them before the first call.",
    ),
    P("joke", "Когда модель в A/B выиграла, но только по понедельникам."),
    P("link", "Мои посты про собесы — в одной статье: https://example-telegra.ph/gradient-sobes"),
    P("personal", "Начал ходить в спортзал. Тренер спросил, какая у меня цель. Сказал: «снизить loss». Он не понял."),
    P(
        "other",
        "Какой формат вам интереснее?",
        extra=poll("Что читать чаще?", "Разборы ML", "Релокация и быт", "Собесы", "Мемы", voters=705),
    ),
    P("joke", "Перевёл свою модель с Python 3.9 на 3.12 и теперь боюсь трогать её ещё два года."),
    P(
        "news",
        "Одна крупная соцсеть открыла код своей системы рекомендаций ленты. Ничего нового, но читать интересно: классический каскад из отбора кандидатов и ранжирования.",
    ),
    P("link", "Собрал список компаний в Европе, которые спонсируют визу ML-инженерам: https://example-relocate.eu/sponsors"),
    P("personal", "Коллега из Индии научил меня готовить настоящий дал. Лучший онбординг в моей жизни."),
    P("event", "Запись моего доклада на митапе про запуск ранкера: https://example-video.com/watch/ranker-launch"),
    P(
        "ad",
        "Реклама. Страхование для релокантов: медицинская страховка для визы за 10 минут онлайн. https://example-insure.eu/visa erid: 2VtzqxPq9Hm",
    ),
]
