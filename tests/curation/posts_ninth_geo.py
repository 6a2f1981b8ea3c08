"""«Курьер на карте» (ninth held-out corpus): a delivery data scientist, partly in English. Written blind.

Written without reading the classifier or its rules (see README.md, «Ninth held-out corpus»): a data
scientist of a delivery and taxi company writes, partly in English, about ETA prediction, routing
heuristics, demand forecasting by zone and hour, geospatial features (H3 hexagons, distances),
dispatching and matching, surge pricing and A/B tests with network effects (switchback experiments)
— explainers, interview questions and tasks answered in a reply or a later post, a quiz as a poll,
code; between them company news, city rants, hiring, forwards, a meetup, a giveaway, polls and memes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import FILE_NOT_INCLUDED as FILE
from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Курьер на карте"),
    P(
        "other",
        "Привет! Я Тимур, data scientist в сервисе доставки и такси. Пишу про то, как считаются время доставки, цены в час пик и куда едет курьер, когда ему никто не сказал. Половина нашей команды не говорит по-русски, поэтому часть постов на английском. Welcome!",
    ),
    svc("pin_message", message_id=2),
    P(
        "concept",
        "H3: зачем делить город на шестиугольники\n\nДля спроса, цен и признаков город надо разбить на зоны. Квадратная сетка плохая: у квадрата 4 соседа по стороне и 4 по углу, и расстояния до них разные. У шестиугольника все 6 соседей на одном расстоянии от центра, поэтому «сгладить спрос по соседям» или «взять кольцо k=2» работает одинаково во все стороны.\n\nH3 — иерархическая сетка шестиугольников: разрешение 7 — около 5 км², 8 — около 0.7 км², 9 — около 0.1 км². Точку переводят в индекс ячейки за микросекунды, а признаки считают по ячейке и её кольцу соседей. Минус — ячейка не знает о реке и железной дороге: две соседние ячейки по разные стороны моста в реальности далеко.",
        theme="features",
    ),
    P(
        "personal",
        "Сегодня сам поработал курьером — у нас так положено раз в квартал. 14 заказов, один лифт не работал, два домофона не отвечали, одна бабушка дала конфету. Модели ETA после этого я уважаю меньше, а курьеров — больше.",
        extra=photo(),
    ),
    P(
        "question",
        "#собес Какую функцию потерь выбрать для модели ETA доставки?\n\nMSE сильно штрафует большие ошибки, а в доставке хвост тяжёлый: пробка, потерянный курьер, заказ на 40 минут дольше. Модель под MSE тянется к этим выбросам и завышает прогноз для всех.\nMAE устойчивее, прогнозирует медиану. Но клиенту важна не медиана, а асимметрия: опоздание злит сильнее, чем ранний приезд. Поэтому часто берут квантильную (pinball) потерю, например на квантиль 0.7–0.8, и показывают «приедем до 19:40» по верхнему квантилю. А ещё удобно учить в логарифме времени: ошибка в 5 минут на 10-минутной поездке и на часовой — не одно и то же.",
        theme="losses",
        title="#собес Какую функцию потерь выбрать для модели ETA доставки?",
    ),
    P(
        "news",
        "Наша компания запустила доставку в ещё трёх городах: Тверь, Тула и Калуга. Для меня это значит новые холодные старты и три новые карты, где мост не там, где думает модель.",
    ),
    P(
        "joke",
        "Модель ETA: 12 минут.\nКурьер: 12 минут.\nЛифт: у меня другие планы.",
    ),
    P(
        "task",
        "Задачка 🛵\n\nНапишите функцию, которая считает расстояние между двумя точками по широте и долготе (в км). Почему евклидово расстояние по градусам — плохая идея в Москве и совсем плохая в Мурманске?\n\nОтвет в комментарии.",
        theme="features",
        title="Напишите функцию, которая считает расстояние между двумя точками по широте и долготе (в км). Почему евклидово расстояние по градусам — плохая идея в Москве и совсем плохая в Мурманске?",
        name="haversine",
    ),
    P(
        "answer",
        "Формула гаверсинуса:\n```python\nfrom math import asin, cos, radians, sin, sqrt\n\ndef haversine_km(lat1, lon1, lat2, lon2):\n    lat1, lon1, lat2, lon2 = map(radians, (lat1, lon1, lat2, lon2))\n    a = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2\n    return 2 * 6371 * asin(sqrt(a))\n```\nГрадус долготы сжимается как cos(широты): на экваторе ≈ 111 км, в Москве (55°) ≈ 64 км, в Мурманске (69°) ≈ 40 км. Евклид по градусам считает градус долготы равным градусу широты и в Мурманске почти втрое завышает расстояние по оси восток–запад. И помните: по прямой — это признак, а не время в пути; реальная дорога бывает вдвое длиннее.",
        to="haversine",
        reply=True,
    ),
    P(
        "other",
        "",
        extra=poll("Чем вы пользуетесь для геоданных?", "geopandas", "H3", "PostGIS", "Считаю в pandas и молюсь", voters=430),
    ),
    P(
        "concept",
        "Switchback experiments: why a normal A/B test lies in delivery\n\nIn a marketplace, users in control and treatment share the same couriers. If the treatment gives some orders priority, those couriers are busy, and control orders wait longer. Control gets worse, treatment looks better, and the measured effect is inflated. This is interference, a violation of SUTVA.\nA switchback test randomises time slots per city or zone instead of users: the whole zone runs the new dispatch for 30 minutes, then the old one, in a random schedule. Everyone in a slot gets the same rule, so the shared pool of couriers is not split. The costs: far fewer units (slots, not users), carryover between neighbouring slots, and the need to cluster standard errors by slot.",
        theme="ab-testing",
    ),
    P(
        "ad",
        "Реклама. GPS-трекеры для транспорта и курьеров с онлайн-картой, отчётами о пробеге и API. Тестовый период — 30 дней. https://example-tracker.ru\nООО «Трек», ИНН 5000000000, erid: 2VtzqxLm8Ru",
    ),
    P(
        "personal",
        "Пробка на Садовом 40 минут. Я сижу в такси нашей же компании и смотрю, как ETA в приложении растёт на минуту каждую минуту. Хорошо хоть, честно.",
    ),
    P(
        "question",
        "Вопрос с собеседования в команду прогнозирования спроса:\n\nКак строить прогноз заказов по зоне и часу, если в половине ячеек в ночные часы 0–1 заказ?\n\nПрогноз на уровне ячейки×часа шумный: большинство значений — нули. Обычно делают иерархию: прогнозируют по городу или крупной зоне, где ряд гладкий, и раскладывают вниз по историческим долям ячеек; или обучают одну модель на все ячейки с признаками ячейки (тип района, соседи, история) — бустинг с Пуассоновской или Tweedie потерей, а не MSE. Признаки: час, день недели, праздники, погода, лаги того же часа неделю назад. И агрегируют прогнозы соседних ячеек, если решение (сколько курьеров вывести) принимается по району.",
        theme="classic-ml",
        title="Как строить прогноз заказов по зоне и часу, если в половине ячеек в ночные часы 0–1 заказ?",
    ),
    P(
        "event",
        "Митап по геоданным и логистике в нашем офисе, 21-го в 19:00. Три доклада: маршрутизация с окнами доставки, H3 в проде и прогноз спроса в дождь. Регистрация: https://example.com/geo-meetup",
    ),
    P(
        "task",
        "Задачка на метрики 📉\n\nМодель спроса по ячейкам выдаёт MAPE 85%. Аналитик говорит, что модель ужасная. В ночные часы во многих ячейках 1–2 заказа. Прав ли он? Какую метрику вы бы взяли?\n\nРазбор в следующем посте.",
        theme="metrics",
        title="Модель спроса по ячейкам выдаёт MAPE 85%. Аналитик говорит, что модель ужасная. В ночные часы во многих ячейках 1–2 заказа. Прав ли он? Какую метрику вы бы взяли?",
        name="mape",
    ),
    P(
        "answer",
        "Разбор задачки про MAPE 85%.\n\nMAPE делит ошибку на факт. В ячейке, где был 1 заказ, прогноз 2 — это ошибка 100%, а где был 0 — деление на ноль (эти часы обычно молча выкидывают). Ночные ячейки раздувают метрику, хотя для бизнеса ошибка на один заказ ночью ничего не стоит.\n\nЛучше: WAPE = Σ|факт − прогноз| / Σ факт — ошибка, взвешенная объёмом, её можно считать по городу и часу; MAE в заказах; или метрики на том уровне, где принимается решение (район × час). Модель, возможно, нормальная — плохая метрика.",
        to="mape",
    ),
    P(
        "link",
        "Что почитать про маршрутизацию:\nhttps://example.com/vrp-intro\nhttps://example.org/or-tools-routing\nhttps://example.net/time-windows",
    ),
    P(
        "concept",
        "Маршрутизация курьера: почему не ищут оптимум\n\nЗадача коммивояжёра для 10 точек — 10! ≈ 3.6 млн маршрутов, для 20 — больше 10¹⁸. А в доставке ещё окна времени, вместимость сумки и новые заказы каждую минуту. Точного решения никто не ждёт: нужен хороший маршрут за миллисекунды.\n\nОбычно: жадная эвристика «ближайший сосед» для старта, затем локальные улучшения — 2-opt (разворачиваем кусок маршрута, если это убирает пересечение) и перестановки точек между курьерами. Для задач с окнами — OR-Tools или свои метаэвристики (simulated annealing, LNS) с ограничением по времени. Матрица расстояний — по дорожному графу, а не по прямой.",
        theme="engineering",
    ),
    P(
        "joke",
        "Пятничное: курьер, которому маршрутизатор построил путь через реку 🙃",
        extra=photo(),
    ),
    P(
        "news",
        "A competitor announced drone delivery pilots in two suburbs this summer. Payload up to 2 kg, range 10 km, only in good weather. Our ops team reacted with a single emoji, and it was not a happy one.",
    ),
    P(
        "question",
        "",
        theme="ab-testing",
        name="switch_unit",
        extra=poll(
            "Квиз: вы тестируете новый алгоритм назначения курьеров. Что выбрать единицей рандомизации?",
            "Пользователя",
            "Заказ",
            "Курьера",
            "Зону × временной слот",
            voters=620,
        ),
    ),
    P(
        "answer",
        "Ответ: зона × временной слот. Алгоритм назначения решает, какой курьер какой заказ возьмёт, и все заказы в зоне делят одних курьеров. Рандомизация по пользователю, заказу или курьеру смешивает обе версии в одном пуле, и они влияют друг на друга. Если зоны сильно связаны (курьеры переезжают между ними), берут крупные кластеры зон или целые города.",
        to="switch_unit",
        reply=True,
    ),
    P(
        "other",
        "Ищем в команду data scientist уровня Middle+ на прогноз спроса и ценообразование. Python, SQL, бустинги, умение спорить с операционной командой. Подробности в личке @timur_geo_x.",
    ),
    P(
        "personal",
        "Год назад я переехал в этот город ради работы, и до сих пор не понял, как здесь устроены адреса. «Дом 5, строение 2, корпус 3, вход со двора». Геокодер тоже не понял.",
    ),
    P(
        "concept",
        "Surge pricing, коротко\n\nКогда заказов больше, чем свободных машин, цена растёт множителем. Задачи у множителя две: уменьшить спрос (часть пассажиров подождёт) и увеличить предложение (водители едут в зону, где дороже). Считают его по зоне и по минуте из отношения спроса к предложению: открытые приложения, заказы, свободные машины рядом, прогноз на 10–15 минут.\n\nПодводные камни: резкие скачки между соседними зонами (водители уезжают из одной зоны в другую, и там начинается дефицит), сглаживание во времени, потолок множителя, правила регулятора и то, что эффект множителя нельзя честно померить обычным A/B-тестом.",
        theme="ml-system-design",
    ),
    P(
        "promo",
        "Веду интенсив «Геоданные для аналитиков»: H3, geopandas, маршруты, прогноз спроса на реальном (синтетическом) городе. 4 недели, домашки с разбором. https://example-geokurs.ru #неРеклама",
    ),
    P(
        "task",
        "Task from a real interview 🚕\n\nYou have 5 idle drivers and 5 waiting riders in a zone, and a matrix of pickup times between them. The current system assigns each new rider to the nearest free driver, one by one. Why can this be bad, and what would you do instead?",
        theme="ml-system-design",
        title="You have 5 idle drivers and 5 waiting riders in a zone, and a matrix of pickup times between them. The current system assigns each new rider to the nearest free driver, one by one. Why can this be bad, and what would you do instead?",
        name="matching",
    ),
    P(
        "answer",
        "Matching task, the answer. Greedy nearest-driver is locally optimal and globally bad: the first rider takes the driver who was the only one close to the second rider, and the second rider waits 12 minutes instead of everyone waiting 4. Batch the requests for a few seconds and solve an assignment problem on the pickup-time matrix with the Hungarian algorithm (scipy has linear_sum_assignment), minimising the total or a weighted mix of wait times. The batching window is a trade-off: longer windows give better matches but add waiting, usually 2 to 10 seconds.",
        to="matching",
    ),
    P(
        "joke",
        "Продакт: давайте доставлять за 10 минут.\nРутинг: давайте.\nМост через реку: нет.",
    ),
    P(
        "question",
        "#собес Почему случайное разбиение на трейн и тест не годится для модели спроса по часам?\n\nСоседние часы одной зоны сильно коррелированы, а признаки-лаги «спрос час назад» при случайном разбиении подглядывают в тест: модель видит часы вокруг тестового и просто интерполирует. Метрика на валидации будет лучше, чем в проде, где будущего нет.\n\nНужна валидация по времени: обучаемся до даты, проверяем после, лучше — скользящим окном по нескольким неделям, чтобы поймать разные дни недели и праздники. И лаги считаются только из прошлого относительно момента прогноза: если прогноз на завтра делается сегодня в 18:00, лага «час назад» у вас нет.",
        theme="validation",
        title="#собес Почему случайное разбиение на трейн и тест не годится для модели спроса по часам?",
    ),
    P(
        "news",
        "Мэрия объявила, что с весны закроет для машин ещё несколько улиц в центре. Курьеров на велосипедах это не касается, а вот такси — очень.",
        extra={"forwarded_from": "Городские новости"},
    ),
    P(
        "giveaway",
        "Разыгрываем три промокода на год бесплатной доставки от нашего сервиса (да, мне разрешили). Условия: подписка на канал и комментарий с самым странным адресом, куда вы заказывали. Итоги в пятницу.",
    ),
    P(
        "concept",
        "Признаки для ETA: что реально работает\n\n- расстояние по дорожному графу и время по маршрутизатору (не по прямой);\n- время суток, день недели, праздник, погода (дождь в нашем городе — плюс 15% ко времени);\n- историческая скорость в ячейке H3 маршрута в этот час;\n- загрузка ресторана: сколько заказов у него сейчас в работе (готовка часто дольше дороги);\n- признаки курьера: транспорт, сколько заказов в сумке;\n- признаки точки доставки: этаж, был ли уже адрес, среднее время «последних 50 метров» в этом доме.\nПоследний пункт — самый недооценённый: от двери машины до двери квартиры в новостройке бывает 8 минут.",
        theme="features",
    ),
    P(
        "personal",
        "Ехал на работу на самокате, под дождём, по навигатору нашего же сервиса. Он привёл меня к забору. Завёл задачу на себя.",
        extra={"edited": 3},
    ),
    P(
        "task",
        "Задачка по SQL 🗺\n\nЕсть таблица orders(order_id, h3_cell, created_at, delivered_at). Посчитайте для каждой ячейки медианное время доставки в минутах за последние 7 дней и оставьте только ячейки, где было не меньше 50 заказов.",
        theme="engineering",
        title="Есть таблица orders(order_id, h3_cell, created_at, delivered_at). Посчитайте для каждой ячейки медианное время доставки в минутах за последние 7 дней и оставьте только ячейки, где было не меньше 50 заказов.",
        name="sql_cells",
    ),
    P(
        "answer",
        "Решение (PostgreSQL):\n```sql\nSELECT h3_cell,\n       percentile_cont(0.5) WITHIN GROUP (\n           ORDER BY EXTRACT(EPOCH FROM delivered_at - created_at) / 60\n       ) AS median_minutes,\n       COUNT(*) AS n\nFROM orders\nWHERE created_at >= now() - interval '7 days'\n  AND delivered_at IS NOT NULL\nGROUP BY h3_cell\nHAVING COUNT(*) >= 50;\n```\nМедиана, а не среднее: пара заказов, которые «доставили» через шесть часов из-за сбоя, испортит среднее всей ячейки. И не забудьте отменённые заказы: у них нет delivered_at, они не должны попадать в медиану.",
        to="sql_cells",
        reply=True,
    ),
    P(
        "other",
        "Нас уже 3 000! Спасибо. Если есть вопросы про работу в логистике — задавайте в комментариях, соберу ответы в один пост.",
    ),
    P(
        "joke",
        "Клиент: где мой заказ?\nКурьер: у вашего подъезда.\nКлиент: у какого?\nДом: у меня их одиннадцать.",
    ),
    P(
        "question",
        "How do you evaluate an ETA model beyond MAE?\n\nMAE on all orders hides what users feel. Look at the share of orders delivered later than promised, because that is what drives complaints, and at the share delivered much earlier than promised, because a promise that is too pessimistic loses orders at checkout. Slice the errors by distance, hour, city and restaurant, since a good average can hide a broken district. Check calibration of the quantile you show: if you promise the 80th percentile, about 80 percent of orders should arrive before it. Finally compare offline gains with an experiment on conversion and lateness.",
        theme="metrics",
    ),
    P(
        "event",
        "Запись митапа по геоданным выложили: https://example.com/geo-meetup-recording. Мой доклад про H3 — с 40-й минуты, вопросы из зала — лучше доклада.",
    ),
    P(
        "concept",
        "Сетевые эффекты в A/B: не только доставка\n\nЕсли пользователи группы теста и контроля связаны общим ресурсом (курьеры, водители, товары на складе) или друг с другом (соцсеть), то эффект «протекает» между группами. Классический пример: скидка в тесте увеличивает спрос, курьеры заняты, контроль ждёт дольше и заказывает меньше. Разница групп завышает эффект, а при раскатке на всех его не будет.\n\nЧто делают: кластерную рандомизацию (города, районы), switchback по времени, сравнение похожих городов (synthetic control), а также меряют сам перелив — сравнивают контроль в «тестовых» и «чистых» кластерах.",
        theme="ab-testing",
    ),
    P(
        "link",
        "https://example.com/h3-resolution-table",
    ),
    P(
        "ad",
        "Реклама. Курсы вождения для курьеров-мотоциклистов с гарантией сдачи экзамена. Скидка подписчикам по промокоду KURIER. https://example-motoshkola.ru\nАНО «Мотошкола», ИНН 7700000001, erid: 2VtzqyQn2Wd",
    ),
    P(
        "task",
        "Задачка с собеса 🌧\n\nВ дождливый вечер заказов стало на 40% больше, а курьеров — на 20% меньше. Модель ETA, обученная на обычных днях, обещает 25 минут, а доставляют за 55. Что не так с моделью и как это исправить?",
        theme="drift",
        title="В дождливый вечер заказов стало на 40% больше, а курьеров — на 20% меньше. Модель ETA, обученная на обычных днях, обещает 25 минут, а доставляют за 55. Что не так с моделью и как это исправить?",
        name="rain",
    ),
    P(
        "joke",
        "Погода: дождь.\nСпрос: ×1.5.\nКурьеры: ×0.8.\nМой дашборд: всё красное, но красиво.",
    ),
    P(
        "answer",
        "Разбор задачки про дождь.\n\nМодель не видит состояния системы: в обычные дни курьер свободен почти сразу, а в дождь заказ ждёт назначения 20 минут, и этой части ETA в обучении почти не было. Это сдвиг распределения признаков: загрузка сети вышла за диапазон, который модель видела.\n\nЧто делать: добавить признаки текущей загрузки — отношение заказов к свободным курьерам в зоне, очередь в ресторане, время до назначения в последние 15 минут; разделить ETA на части (назначение, готовка, дорога) и прогнозировать каждую; следить за ошибкой онлайн и при её росте переключаться на консервативный прогноз; и не учиться только на «хороших» днях.",
        to="rain",
    ),
    P(
        "other",
        "",
        extra=poll(
            "О чём следующий лонгрид?", "Маршрутизация", "Прогноз спроса", "Surge pricing", "Как я работал курьером", voters=510
        ),
    ),
    P(
        "personal",
        "Сегодня пять лет в логистике. Начинал с Excel-таблицы с адресами ресторанов, сейчас — двадцать моделей в проде. Excel-таблица, кстати, тоже ещё жива.",
    ),
    P(
        "question",
        "Вопрос с собеседования: как понять, что новый алгоритм диспетчеризации лучше, если switchback-тест показал +3% к заказам, но курьеры стали зарабатывать меньше?\n\nДиспетчеризация — рынок с двумя сторонами, и одна метрика его не описывает. Смотрят набор: для клиентов — время ожидания, опоздания, отмены, конверсию; для курьеров — доход в час, простой, пробег без заказа; для бизнеса — заказы и стоимость доставки. Падение дохода курьеров через пару недель превращается в меньшее число курьеров на линии, и эффект на заказы исчезает. Поэтому заранее договариваются о метриках-ограничителях (guardrails) и держат тест достаточно долго, чтобы увидеть реакцию предложения.",
        theme="ab-testing",
        title="Вопрос с собеседования: как понять, что новый алгоритм диспетчеризации лучше, если switchback-тест показал +3% к заказам, но курьеры стали зарабатывать меньше?",
    ),
    P(
        "news",
        "Отраслевая ассоциация опубликовала отчёт: в среднем по крупным городам время доставки еды за год сократилось на 4 минуты, а доля заказов из «тёмных кухонь» выросла до 18%.",
    ),
    P(
        "giveaway",
        "Итоги розыгрыша: промокоды получают @lena_kart_x, @pavel_dostavka_ex и @olya_h3_x. Самый странный адрес — «третья лавочка от фонтана, я в красной куртке». Доставили!",
    ),
    P(
        "concept",
        "Holdout of cities and the cold start of a new city\n\nWhen we open a city, the demand and ETA models have no history there. Three things help. Train on all cities with city level features such as population, density, share of high rise buildings and average speed, so a new city gets sensible predictions from similar ones. Validate exactly that way: hold out whole cities, not random rows, and measure how the error of a city falls with its first weeks of data. Then blend: a global model at launch, a growing weight for the local one as orders come in.",
        theme="validation",
    ),
    P(
        "event",
        "В субботу в 12:00 — эфир с коллегой из ценообразования: отвечаем на вопросы про surge, почему такси дорожает в дождь и почему мы не видим заряд вашей батареи. Ссылка: https://example.com/live-surge",
    ),
    P(
        "joke",
        "Интервьюер: решите задачу коммивояжёра.\nЯ: для скольких точек?\nИнтервьюер: для всех точек города.\nЯ: можно я лучше курьером?",
    ),
    P(
        "task",
        "Задачка на pandas 🐼\n\nЕсть DataFrame с GPS-точками курьеров: courier_id, ts, lat, lon (точка каждые 10 секунд). Найдите для каждого курьера стоянки: отрезки, где он 3 минуты и дольше не отходил дальше 50 м от первой точки стоянки.",
        theme="engineering",
        title="Есть DataFrame с GPS-точками курьеров: courier_id, ts, lat, lon (точка каждые 10 секунд). Найдите для каждого курьера стоянки: отрезки, где он 3 минуты и дольше не отходил дальше 50 м от первой точки стоянки.",
        name="stops",
    ),
    P(
        "answer",
        "Одно из решений: идём по точкам каждого курьера и держим якорь стоянки.\n```python\ndef stops(g, radius_m=50, min_s=180):\n    out, start = [], 0\n    lat, lon, ts = g.lat.to_numpy(), g.lon.to_numpy(), g.ts.to_numpy()\n    for i in range(1, len(g) + 1):\n        if i == len(g) or haversine_km(lat[start], lon[start], lat[i], lon[i]) * 1000 > radius_m:\n            if (ts[i - 1] - ts[start]) / np.timedelta64(1, 's') >= min_s:\n                out.append((ts[start], ts[i - 1]))\n            start = i\n    return out\n\nresult = df.sort_values('ts').groupby('courier_id').apply(stops)\n```\nGPS шумит, поэтому на практике точки сначала сглаживают и выбрасывают прыжки со скоростью 300 км/ч. Векторизовать можно, но цикл по курьеру на numpy-массивах для миллиона точек работает секунды.",
        to="stops",
        reply=True,
    ),
    P(
        "personal",
        "Весь день на складе тёмного магазина: смотрели, почему сборка заказа занимает 9 минут вместо 4. Оказалось, бананы лежат в дальнем углу. Бананы есть в каждом третьем заказе.",
        extra=photo(),
    ),
    P(
        "other",
        "Поправил код в посте про гаверсинус: в первой версии радиус Земли был в милях. Спасибо, что читаете внимательно.",
    ),
]

CHANNEL = Channel(
    folder="ninth_geo",
    name="Курьер на карте",
    username="kurier_na_karte_x",
    chat_id=1900000092,
    start=datetime(2025, 10, 3, 9, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

# Shorter chatter, spread among the posts by make_corpus.interleave (never between a task and its answer).
CHATTER: list[P] = [
    P("personal", "Снег. Город встал. Модели ETA встали вместе с ним. Я пью чай."),
    P("joke", "ETA: 15 min.\nReality: 15 min, but in a different time zone."),
    svc("edit_group_photo", photo=FILE),
    P("link", "Нашёл хорошую визуализацию сетки H3 поверх карты: https://example.org/h3-viewer"),
    P("other", "Включил комментарии под постами. Ругаться на курьеров — в поддержку, не сюда 🙂"),
    P(
        "news",
        "Our company reached one million orders per day across all cities for the first time this week. The dispatch service survived; the coffee machine on the fourth floor did not.",
        extra={"forwarded_from": "Company Blog"},
    ),
    P(
        "personal",
        "Заказал еду в офис. Курьер пришёл раньше, чем обещала наша модель. Пошёл разбираться, почему модель такая пессимистичная.",
    ),
    P("joke", "Когда surge ×2.5, а ты сам дата-сайентист ценообразования и ждёшь такси у офиса.", extra={"edited": 1}),
    P("event", "Напоминание: митап по геоданным уже завтра, ещё есть 20 мест. https://example.com/geo-meetup"),
    P("other", "", extra=poll("Как вы добираетесь до работы?", "Метро", "Такси", "Самокат", "Удалёнка, до кухни", voters=680)),
    P("personal", "Вышел из отпуска. 1 200 непрочитанных писем, три из них про дождь."),
    P("promo", "Осталось 10 мест на интенсив по геоданным. Старт в среду. https://example-geokurs.ru"),
    P(
        "news",
        "Крупный картографический сервис обновил дорожный граф для трёх регионов: добавили новые развязки и исправили односторонние улицы. У нас после этого ETA в Казани внезапно стал точнее.",
    ),
    P("personal", "Полдня объяснял бабушке, почему такси в Новый год стоит как самолёт. Не объяснил."),
    P("joke", "Курьер: я у двери.\nКлиент: у какой?\nКурьер: у той, которая на карте.\nКарта: 🤷"),
    P("other", "Друзья, на этой неделе я в отпуске, постов будет меньше. Вернусь с разбором surge pricing."),
    P("link", "Записки про OR-Tools и задачи с окнами: https://example.net/vrptw-notes"),
    P(
        "event",
        "Буду выступать на конференции по логистике в Новосибирске с докладом про switchback-тесты. Кто там будет — подходите поболтать.",
    ),
    P(
        "personal",
        "Our Istanbul office has a view of the Bosphorus and a traffic jam on the bridge every single evening. Our ETA model for that bridge is basically a coin flip, and the locals say that is fair.",
    ),
    P(
        "ad",
        "Реклама. Канал про работу в логистике и e-commerce: вакансии аналитиков и дата-сайентистов каждый день. https://example-logijobs.ru\nerid: 2VtzqzAb5Te",
    ),
    P("other", "Спасибо всем, кто пришёл на митап! Фото в комментариях, запись будет через неделю.", extra=photo()),
    P("joke", "Мой пет-проект: предсказать, когда приедет автобус.\nМой результат: никогда."),
    P("personal", "Купил велосипед, чтобы ездить на работу. Теперь я часть тех самых 15% в признаке «доля велокурьеров в зоне»."),
    P(
        "news",
        "Власти обсуждают новые требования к курьерским сервисам: обязательная регистрация курьеров и страховка. Для нас это в первую очередь много новой операционной работы.",
    ),
    P("joke", "Геокодер: этот адрес находится в Тихом океане.\nАдрес: ул. Ленина, 1."),
]
