"""«Джойн без потерь» (twenty-fifth held-out corpus): a data analyst's SQL and pandas tasks. Written blind.

Written without reading the classifier or its rules (see README.md, «Twenty-fifth held-out corpus»): a
senior data analyst of a grocery-delivery service posts a SQL or pandas task on Mondays and its
solution later (in a reply or the next post), interview questions on window functions, NULL, JOINs,
groupby and merge pitfalls, metrics (retention, conversion, median vs mean), A/B basics and
statistics an analyst is asked about, a quiz as a poll; between them her life, job and grade talk,
her SQL simulator, a giveaway, webinars, polls, reposts, memes, link dumps and marked ads.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import FILE_NOT_INCLUDED as FILE
from .make_corpus import Channel, P, photo, poll, svc

HEAD = 3

POSTS: list[P] = [
    svc("create_channel", title="Джойн без потерь"),
    P(
        "other",
        "Привет! Меня зовут Лера, я старший аналитик в сервисе доставки продуктов. Каждый понедельник — задача по SQL или pandas, в среду — разбор. Плюс вопросы с собесов, на которых я сижу с другой стороны стола. Решайте в комментариях 🙌",
    ),
    svc("pin_message", message_id=2),
    P(
        "task",
        "#задача_понедельника\nЕсть таблица `orders(order_id, user_id, created_at, amount)`. Для каждого пользователя найдите его второй заказ (дата и сумма). Пользователи с одним заказом в выдачу не попадают.",
        theme="engineering",
        title="Есть таблица orders(order_id, user_id, created_at, amount). Для каждого пользователя найдите его второй заказ (дата и сумма). Пользователи с одним заказом в выдачу не попадают.",
        name="second",
    ),
    P(
        "answer",
        "Разбор задачи про второй заказ:\n\n```sql\nSELECT user_id, created_at, amount\nFROM (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, order_id) AS rn\n  FROM orders\n) t\nWHERE rn = 2;\n```\n\nПочему ROW_NUMBER, а не RANK: если два заказа в одну секунду, RANK даст им обоим 1, и второго не окажется. И добавьте order_id в сортировку, чтобы порядок был детерминированным.",
        to="second",
    ),
    P("personal", "Доброе утро! Сегодня первый день без кофе. Пишу этот пост с большим трудом."),
    P(
        "question",
        "Вопрос с собеса, который задаю всем джунам:\n\nЧем WHERE отличается от HAVING?\n\nWHERE фильтрует строки до группировки, HAVING — группы после GROUP BY, поэтому в HAVING можно писать агрегаты (`HAVING COUNT(*) > 5`), а в WHERE нельзя. Бонус за понимание: условие на обычное поле лучше писать в WHERE — строк в группировку попадёт меньше, запрос быстрее.",
        theme="engineering",
        title="Чем WHERE отличается от HAVING?",
    ),
    P(
        "joke",
        "Аналитик, когда менеджер просит «просто быстро выгрузить цифры»:",
        extra=photo(),
    ),
    P(
        "concept",
        "NULL в SQL: три ловушки, на которых горят все\n\n1. `WHERE city != 'Москва'` не вернёт строки, где city IS NULL. Сравнение с NULL даёт UNKNOWN, а не TRUE.\n2. `COUNT(col)` не считает NULL, `COUNT(*)` считает все строки. Отсюда «потерянные» пользователи в отчётах.\n3. `NOT IN (подзапрос)`, где в подзапросе есть хоть один NULL, вернёт пустой результат. Используйте NOT EXISTS.\n\nИ AVG тоже игнорирует NULL: среднее по заполненным, а не по всем.",
        theme="engineering",
    ),
    P(
        "news",
        "В pandas 3.0 строки по умолчанию хранятся в новом типе на Arrow, а Copy-on-Write включён всегда. Старый код с цепочками присваиваний начнёт молча вести себя по-другому, проверяйте.",
    ),
    P(
        "task",
        'Задачка по pandas 🐼\n\n```python\ndf = pd.DataFrame({"user": [1, 1, 2, 3, 3, 3],\n                   "amount": [100, None, 50, 30, 30, None]})\nprint(df.groupby("user")["amount"].mean())\nprint(df.groupby("user")["amount"].size())\nprint(df.groupby("user")["amount"].count())\n```\n\nЧто выведет каждая строка и почему size и count отличаются?',
        theme="engineering",
        title="Что выведет каждая строка и почему size и count отличаются?",
        name="sizecount",
    ),
    P(
        "answer",
        "mean: 1 → 100.0, 2 → 50.0, 3 → 30.0 (пропуски пропускаются). size: 2, 1, 3 — число строк в группе, с NaN. count: 1, 1, 2 — число непустых значений. Если считаете «сколько заказов», size; если «сколько с известной суммой» — count.",
        to="sizecount",
        reply=True,
    ),
    P(
        "ad",
        "Реклама. Онлайн-школа аналитики: курс «Аналитик данных» с трудоустройством, 9 месяцев, стажировка в реальной компании. Скидка 40% до конца месяца: https://example-school.ru/analyst\nООО «Школа данных», ИНН 7725123456, erid: 2SDnjdXyZ7k",
    ),
    P(
        "concept",
        "Медиана или среднее чека: что показывать в отчёте\n\nСреднее чувствительно к выбросам: один корпоративный заказ на 300 000 ₽ поднимает средний чек за день на сотни рублей. Медиана устойчива, но она не складывается: медиана за месяц ≠ среднее медиан за недели, а выручку через медиану не посчитаешь.\n\nМоё правило: в дашборде для бизнеса — среднее (с ним сходятся деньги) и рядом медиана, а в анализе «что случилось» — смотреть всё распределение, перцентили 50/90/99.",
        theme="statistics-and-data",
    ),
    P(
        "event",
        "Вебинар «SQL для аналитика: оконные функции на реальных задачах» в среду в 19:00. Бесплатно, запись будет. Регистрация: https://example-webinar.ru/windows",
    ),
    P(
        "task",
        "#задача_понедельника\nТаблица `sessions(user_id, session_date)`. Посчитайте для каждого пользователя самую длинную серию дней подряд, когда он заходил в приложение.",
        theme="engineering",
        title="Таблица sessions(user_id, session_date). Посчитайте для каждого пользователя самую длинную серию дней подряд, когда он заходил в приложение.",
        name="streak",
    ),
    P(
        "answer",
        "Разбор задачи про серию дней (классика gaps and islands):\n\n```sql\nWITH d AS (\n  SELECT DISTINCT user_id, session_date FROM sessions\n), g AS (\n  SELECT user_id, session_date,\n         session_date - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY session_date) * INTERVAL '1 day' AS grp\n  FROM d\n)\nSELECT user_id, MAX(cnt) AS longest_streak\nFROM (SELECT user_id, grp, COUNT(*) AS cnt FROM g GROUP BY user_id, grp) s\nGROUP BY user_id;\n```\n\nИдея: у дней подряд разность «дата минус номер строки» одинаковая, это и есть остров. DISTINCT обязателен — две сессии в один день сломают нумерацию.",
        to="streak",
    ),
    P(
        "personal",
        "Меня позвали в соседнюю команду лидом. Думаю. Хочется и расти, и не перестать писать SQL руками.",
    ),
    P(
        "question",
        "Квиз!",
        theme="engineering",
        title="Сколько строк вернёт LEFT JOIN таблицы A (3 строки, ключи 1, 2, 2) с таблицей B (4 строки, ключи 2, 2, 3, 3)?",
        extra=poll(
            "Сколько строк вернёт LEFT JOIN таблицы A (3 строки, ключи 1, 2, 2) с таблицей B (4 строки, ключи 2, 2, 3, 3)?",
            "3",
            "4",
            "5",
            "7",
            voters=860,
        ),
        name="joinquiz",
    ),
    P(
        "answer",
        "Ответ: 5. Ключ 1 из A не нашёл пары — 1 строка с NULL. Каждая из двух строк A с ключом 2 соединяется с двумя строками B с ключом 2 — 4 строки. Итого 5. LEFT JOIN не гарантирует, что строк останется столько же, сколько в левой таблице: дубли ключей справа размножают строки. Отсюда «выручка выросла вдвое» после джойна.",
        to="joinquiz",
        reply=True,
    ),
    P(
        "other",
        "Какой у вас грейд?",
        extra=poll("Какой у вас грейд?", "Ищу первую работу", "Junior", "Middle", "Senior", "Lead+", voters=1200),
    ),
    P(
        "concept",
        "Retention: классический против rolling, и почему цифры в отчётах не сходятся\n\nКлассический retention N-го дня — доля когорты, вернувшаяся ровно в день N. Rolling (unbounded) — вернувшаяся в день N или позже. Rolling всегда выше и со временем растёт для старых когорт, потому что «или позже» продолжает копиться.\n\nЕсли продукт показывает D7 = 40%, а вы насчитали 18% — первым делом уточните, какой из двух считали они.",
        theme="metrics",
    ),
    P(
        "link",
        "Полезное по SQL, что накопилось во вкладках:\nhttps://example.com/sql-window-cheatsheet\nhttps://example.org/explain-analyze\nhttps://example.com/postgres-dates",
    ),
    P(
        "task",
        "Задача с реального собеседования в финтех\n\nВ таблице `payments(user_id, paid_at, amount)` посчитайте для каждого дня нарастающий итог выручки с начала месяца.",
        theme="engineering",
        title="В таблице payments(user_id, paid_at, amount) посчитайте для каждого дня нарастающий итог выручки с начала месяца.",
        name="cumsum",
    ),
    P(
        "answer",
        "```sql\nSELECT day,\n       SUM(revenue) OVER (PARTITION BY DATE_TRUNC('month', day) ORDER BY day) AS mtd\nFROM (\n  SELECT DATE(paid_at) AS day, SUM(amount) AS revenue\n  FROM payments GROUP BY 1\n) d\nORDER BY day;\n```\nСначала агрегируем до дня, потом окно. Если сразу делать окно по платежам, получите нарастающий итог по каждому платежу, а не по дню. И PARTITION BY месяц сбрасывает сумму первого числа.",
        to="cumsum",
        reply=True,
    ),
    P(
        "joke",
        "SELECT * FROM отношения WHERE взаимность = TRUE;\n-- 0 rows returned",
    ),
    P(
        "question",
        "#собес Как проверить, что A/B-тест разбил пользователей честно?\n\nПроверить SRM (sample ratio mismatch): если планировали 50/50, а получили 50 300 против 49 100 пользователей, хи-квадрат покажет, случайно ли это. При p-value < 0.001 результатам теста доверять нельзя, ищите баг в сплите или в логировании.\n\nЕщё смотреть баланс групп по метрикам до теста (A/A на исторических данных) и по ключевым сегментам: платформа, город, новые/старые.",
        theme="ab-testing",
        title="#собес Как проверить, что A/B-тест разбил пользователей честно?",
    ),
    P(
        "promo",
        "Запустила свой SQL-тренажёр: 120 задач на реальных схемах данных (доставка, банк, маркетплейс), автопроверка, разборы. Первые 30 задач бесплатно: https://example-trainer.ru #неРеклама",
    ),
    P(
        "concept",
        'merge в pandas: validate, который спасает от размножения строк\n\n```python\nres = orders.merge(users, on="user_id", how="left", validate="many_to_one")\n```\n\nЕсли в users окажется дубль user_id, merge упадёт с MergeError, вместо того чтобы молча задвоить заказы. Ещё полезен `indicator=True` — колонка `_merge` покажет, какие строки не нашли пару. Я ставлю оба параметра в любом ноутбуке, который уходит в отчёт.',
        theme="engineering",
    ),
    P(
        "personal",
        "Отпуск закончился. 412 непрочитанных в слаке, и в 380 из них кто-то просит «выгрузку на пять минут».",
    ),
    P(
        "task",
        "#задача_понедельника\nКонверсия из корзины в заказ в Москве выросла с 30% до 32%, в регионах — с 20% до 21%. А общая конверсия по стране упала с 27% до 25%. Как такое возможно?",
        theme="statistics-and-data",
        title="Конверсия из корзины в заказ в Москве выросла с 30% до 32%, в регионах — с 20% до 21%. А общая конверсия по стране упала с 27% до 25%. Как такое возможно?",
        name="simpson",
    ),
    P(
        "answer",
        "Разбор: парадокс Симпсона. Изменился состав трафика: доля регионов, где конверсия ниже, выросла (например, запустили рекламу в регионах). Было 70% корзин из Москвы: 0.7·30 + 0.3·20 = 27%. Стало 30% из Москвы: 0.3·32 + 0.7·21 = 24.3%. Каждый сегмент растёт, а среднее падает. Мораль: прежде чем радоваться или паниковать из-за общей метрики, разложите её по сегментам и отдельно посмотрите на изменение микса.",
        to="simpson",
    ),
    P(
        "news",
        "DuckDB выпустили новую версию: быстрее джойны на больших таблицах и нормальная поддержка чтения Excel. Для ноутбука аналитика это по-прежнему лучшая штука за последние годы.",
        extra={"forwarded_from": "Data Tools Weekly"},
    ),
    P(
        "question",
        "Почему `df[df.city == 'Москва']['amount'] = 0` не меняет df?\n\nЦепочка индексаций: `df[...]` возвращает копию (или, раньше, иногда вид — как повезёт), и присваивание идёт в эту временную копию. pandas предупреждал SettingWithCopyWarning, а с Copy-on-Write это всегда копия. Правильно — одной операцией: `df.loc[df.city == 'Москва', 'amount'] = 0`.",
        theme="engineering",
    ),
    P(
        "giveaway",
        "Разыгрываю 5 годовых доступов к моему SQL-тренажёру! Чтобы участвовать, нажмите «Участвую» под постом. Итоги в пятницу.",
    ),
    P(
        "concept",
        "Оконная функция LAG: время между заказами одного клиента\n\n```sql\nSELECT user_id, created_at,\n       created_at - LAG(created_at) OVER (PARTITION BY user_id ORDER BY created_at) AS gap\nFROM orders;\n```\n\nLAG берёт значение из предыдущей строки окна, LEAD — из следующей. У первого заказа gap будет NULL. На этом строятся почти все метрики частоты покупок: медианный интервал между заказами, доля вернувшихся за 14 дней, поиск «уснувших» клиентов.",
        theme="engineering",
    ),
    P(
        "event",
        "Запись вебинара про оконные функции: https://example-video.ru/watch/sql-windows\nСлайды и задачи в комментариях.",
    ),
    P(
        "question",
        "How would you explain a p-value to a product manager?\n\nI usually say: imagine the change did nothing at all. The p-value is how often we would still see a difference at least this large just from random noise in who got into which group. A p-value of 0.03 means such a gap would appear by chance in about three experiments out of a hundred. It is not the probability that the feature works, and it says nothing about how big the effect is, so always show the confidence interval next to it.",
        theme="ab-testing",
        title="How would you explain a p-value to a product manager?",
    ),
    P(
        "personal",
        "Итоги года в цифрах: 52 задачи в канале, 3 выступления, один выгоревший ноутбук и повышение до senior. Спасибо, что вы со мной.",
        extra={"edited": 5},
    ),
    P(
        "task",
        "Задача для тех, кто готовится к собесу: в таблице `events(user_id, event, ts)` есть события view, cart, purchase. Постройте воронку: сколько уникальных пользователей дошли до каждого шага за неделю, причём шаги должны идти по порядку во времени.",
        theme="engineering",
        title="Задача для тех, кто готовится к собесу: в таблице events(user_id, event, ts) есть события view, cart, purchase. Постройте воронку: сколько уникальных пользователей дошли до каждого шага за неделю, причём шаги должны идти по порядку во времени.",
        name="funnel",
    ),
    P(
        "answer",
        "Разбор воронки:\n\n```sql\nWITH f AS (\n  SELECT user_id,\n         MIN(ts) FILTER (WHERE event = 'view') AS t_view,\n         MIN(ts) FILTER (WHERE event = 'cart') AS t_cart,\n         MIN(ts) FILTER (WHERE event = 'purchase') AS t_buy\n  FROM events\n  WHERE ts >= CURRENT_DATE - 7\n  GROUP BY user_id\n)\nSELECT COUNT(t_view) AS viewed,\n       COUNT(*) FILTER (WHERE t_cart > t_view) AS carted,\n       COUNT(*) FILTER (WHERE t_buy > t_cart AND t_cart > t_view) AS bought\nFROM f;\n```\n\nУпрощение: берём первое время каждого шага. Строже — искать корзину после первого просмотра, покупку после этой корзины, но для собеса этого обычно хватает, если проговорить ограничение.",
        to="funnel",
    ),
    P("joke", "Мой код на pandas через полгода: `df2 = df1_final_v3_fixed.copy()`"),
    P(
        "concept",
        "Пропуски в данных: прежде чем заполнять, выясните, почему их нет\n\nТри случая:\n- MCAR — пропуски совсем случайны (сбой логирования в один день). Можно выбросить или заполнить.\n- MAR — зависят от других наблюдаемых полей (у старой версии приложения нет поля «город»).\n- MNAR — зависят от самого значения (доход не указывают те, у кого он высокий или низкий).\n\nЗаполнить медианой при MNAR — значит спрятать информацию. Часто полезнее добавить признак «значение пропущено» и отдельно посмотреть, чем эти строки отличаются.",
        theme="features",
    ),
    P(
        "ad",
        "#реклама Сервис для BI-дашбордов: подключение к ClickHouse и Postgres за 5 минут, шаблоны продуктовых метрик. 14 дней бесплатно: https://example-bi.ru\nРекламодатель ООО «Дашборд», ИНН 7734567890, erid 2VfnxyQ8Rt",
    ),
    P(
        "question",
        "Вопрос на Middle: чем `UNION` отличается от `UNION ALL` и почему второй почти всегда лучше?\n\nUNION убирает дубликаты строк (значит, сортирует или хеширует весь результат), UNION ALL просто склеивает. Если дублей быть не может (разные периоды, разные источники) — UNION ALL в разы быстрее на больших таблицах. А если дубли возможны и важны (две одинаковые покупки), UNION их молча потеряет.",
        theme="engineering",
        title="Вопрос на Middle: чем UNION отличается от UNION ALL и почему второй почти всегда лучше?",
    ),
    P(
        "concept",
        "Доброе утро! Сегодня коротко про DAU/MAU\n\nStickiness = DAU / MAU: какую долю месячной аудитории вы видите в среднем за день\n\nЕсли DAU/MAU = 0.5, средний пользователь заходит примерно 15 дней в месяц. Для мессенджера норма 0.5+, для доставки продуктов 0.1–0.15 — люди не заказывают еду каждый день, и это не плохо. Сравнивайте stickiness только внутри одной категории продуктов. И считайте DAU средним по дням месяца, а не за один день.",
        theme="metrics",
        title="Stickiness = DAU / MAU: какую долю месячной аудитории вы видите в среднем за день",
    ),
    P(
        "task",
        "#задача_понедельника\nВ таблице `couriers(courier_id, city, rating)` выведите трёх курьеров с лучшим рейтингом в каждом городе. Если у нескольких одинаковый рейтинг на третьем месте — выведите всех.",
        theme="engineering",
        title="В таблице couriers(courier_id, city, rating) выведите трёх курьеров с лучшим рейтингом в каждом городе. Если у нескольких одинаковый рейтинг на третьем месте — выведите всех.",
        name="top3",
    ),
    P(
        "answer",
        "Разбор: здесь нужна DENSE_RANK... нет, внимательнее — RANK. «Выведите всех на третьем месте» значит, что места не должны сжиматься после пачки одинаковых:\n\n```sql\nSELECT * FROM (\n  SELECT *, RANK() OVER (PARTITION BY city ORDER BY rating DESC) AS r\n  FROM couriers\n) t WHERE r <= 3;\n```\n\nROW_NUMBER отрежет равных случайно, DENSE_RANK при рейтингах 5, 5, 4.9, 4.8 вернёт четверых с тремя разными значениями, а RANK — 5, 5 и 4.9.",
        to="top3",
    ),
    P("other", "Открыла комментарии для всех, не только для подписчиков. Ведите себя хорошо 🙂"),
]

CHANNEL = Channel(
    folder="twentyfifth_sql",
    name="Джойн без потерь",
    username="join_bez_poter_x",
    chat_id=1900000252,
    start=datetime(2025, 9, 1, 7, 0, tzinfo=UTC),
    posts=POSTS,
)

# Shorter chatter, spread among the posts by make_corpus.interleave (never between a task and its answer).
CHATTER: list[P] = [
    P("personal", "Всем хорошей пятницы! Я сегодня дописываю годовой отчёт и тихо плачу в ClickHouse."),
    P("joke", "— Почему аналитики не ходят в лес?\n— Боятся деревьев решений без ограничения глубины."),
    svc("edit_group_photo", photo=FILE),
    P("news", "Вышел отчёт о зарплатах аналитиков за полугодие: медиана у middle выросла на 12%, у junior почти не изменилась."),
    P("link", "https://example.com/analyst-salary-report-h1"),
    P("other", "Разбор задачи сегодня задержится до вечера — завал на работе. Простите!"),
    P("personal", "Прошла собес в большую компанию «для тонуса». Дали оффер. Отказалась. Тонус на месте."),
    P("event", "Напоминаю, вебинар про оконные функции через 2 часа. Ссылка та же: https://example-webinar.ru/windows"),
    P(
        "news",
        "Один из крупных маркетплейсов открыл стажировку для аналитиков: 3 месяца, оплачиваемая, отбор через тест по SQL.",
        extra={"forwarded_from": "Стажировки в IT"},
    ),
    P("joke", "Когда запрос работает 40 минут, а ты забыла LIMIT.", extra=photo()),
    P(
        "other",
        "Что разбирать дальше?",
        extra=poll("Что разбирать дальше?", "Ещё оконные функции", "pandas", "A/B-тесты", "Как пройти собес", voters=740),
    ),
    P("personal", "Кот сел на клавиатуру и запустил DROP TABLE. Шучу. Но мысль была страшная."),
    P("giveaway", "Итоги розыгрыша: доступы к тренажёру получают пятеро, список в комментариях. Поздравляю!"),
    P(
        "link",
        "Что почитать аналитику на выходных:\nhttps://example.org/metrics-trees\nhttps://example.com/cohorts-guide\nhttps://example.org/sql-style",
    ),
    P(
        "promo",
        "В тренажёре появился раздел с задачами из реальных собесов: 40 новых задач. https://example-trainer.ru/interview",
    ),
    P(
        "ad",
        "Реклама. Карьерная консультация с HR из IT: разбор резюме аналитика за 30 минут. Подписчикам скидка по промокоду JOIN: https://example-career.ru\nИП Смирнова А. В., ИНН 771234567890, erid: Kra23bNpQ",
    ),
    P("joke", "Менеджер: а можно в этот дашборд добавить ещё 15 метрик?\nДашборд: 🫠"),
    P(
        "news",
        "В ClickHouse добавили поддержку JOIN с условием неравенства, задачи вроде «ближайший заказ до события» станут проще.",
    ),
    P("personal", "Сегодня провела свой сотый собес в роли интервьюера. Юбилейный кандидат решил все задачи. Взяли."),
    P("other", "Спасибо всем, кто пишет решения в комментариях! Лучшие закрепляю."),
    P("personal", "Записалась на курс по Python для продвинутых. Посмотрим, насколько меня хватит."),
    P("joke", "Стадии работы с чужим SQL: «кто это писал», «зачем», «ах, это я год назад»."),
    P("event", "В субботу буду на митапе аналитиков в Питере, рассказываю про метрики доставки. Кто будет — подходите!"),
    P("news", "Ещё один зарубежный BI-вендор объявил об уходе, компании переезжают на отечественные BI. Ну, вы знаете."),
    P("other", "Нас уже 8000 🎉 Спасибо! Пишите, какой формат задач нравится больше."),
    P("link", "Шпаргалка по датам в Postgres, которую я открываю каждый день: https://example.com/postgres-dates-cheatsheet"),
    P("personal", "Взяла в команду стажёра. Учу его не писать SELECT * на проде. Пока счёт 3:1 в пользу SELECT *."),
    P("joke", "Хотела сделать отчёт за 5 минут. Прошло 3 часа. В отчёте один график."),
    P(
        "news",
        "Вышел Polars 1.x с поддержкой GPU-движка: группировки на миллиардах строк за секунды, если у вас есть видеокарта.",
    ),
    P("personal", "Болею третий день, поэтому задача понедельника переезжает на вторник."),
    P("joke", "Аналитик на свидании: «А какой у тебя retention в отношениях?»"),
    P("other", "Кто хочет помогать модерировать чат канала? Пишите в личку @lera_join_x"),
    P(
        "promo",
        "Новый поток разборов собесов в тренажёре стартует в понедельник: вживую решаем задачи и обсуждаем ошибки. https://example-trainer.ru/live",
    ),
    P("link", "https://example.org/sql-interview-questions-2025"),
    P(
        "personal",
        "Поделюсь: перешла на четырёхдневку. Первые ощущения — всё успеваю, но отчёты по пятницам теперь пишет кто-то другой.",
    ),
    P(
        "event",
        "Друзья из соседнего канала зовут на стрим: live-кодинг задач по pandas в воскресенье в 16:00. https://example-stream.ru/pandas-live",
    ),
]
