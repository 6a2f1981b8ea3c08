"""«Питон и таблички» (fifth held-out corpus): a big Python and data-analysis tips channel. Written blind.

Written without reading the classifier or its rules (see README.md, «Fifth held-out corpus»): the
commonest shape of a Russian Telegram channel about data, run by an admin who sells its posts. Short
pandas, numpy, Python and SQL tips, interview questions with short answers, «что выведет код?» tests
as polls and as posts answered in a reply or the next post; and between them many marked ads of
other channels and courses, mutual promos, «подборки каналов», giveaways, release news, memes and
channel business.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Питон и таблички"),
    P(
        "other",
        "Добро пожаловать! Здесь короткие советы по Python, pandas, numpy и SQL, вопросы с собеседований и тесты «что выведет код?». Каждый день, без воды.\n\nПо рекламе: @pyt_tabl_admin",
    ),
    svc("pin_message", message_id=2),
    P(
        "question",
        "",
        theme="engineering",
        name="mul",
        extra=poll(
            "Что выведет код: print([1, 2, 3] * 2)?",
            "[2, 4, 6]",
            "[1, 2, 3, 1, 2, 3]",
            "TypeError",
            "[[1, 2, 3], [1, 2, 3]]",
            voters=4810,
        ),
    ),
    P(
        "answer",
        "Ответ: [1, 2, 3, 1, 2, 3].\n\nУмножение списка на число повторяет список, а не умножает элементы. Поэлементно умножает numpy: `np.array([1, 2, 3]) * 2` даст `array([2, 4, 6])`. Правильно ответили 58%.",
        to="mul",
    ),
    P(
        "ad",
        "Хотите в аналитику, но не знаете, с чего начать? 🚀\n\nНа бесплатном интенсиве «Аналитик за 5 дней» вы соберёте первый дашборд, напишете 20 SQL-запросов и получите разбор резюме от наставника.\n\nРегистрация по ссылке: https://example-datashkola.ru/intensive\n\nРеклама. ООО «Датастарт Обучение», ИНН 7731859024, erid: 2VtzqwKf8Ja",
        extra=photo(),
    ),
    P(
        "concept",
        "🐼 Pandas-совет\nФильтруйте через query, а не цепочкой масок\n\nВместо\n```python\ndf[(df['age'] > 30) & (df['city'] == 'Казань')]\n```\nможно написать\n```python\ndf.query(\"age > 30 and city == 'Казань'\")\n```\nЧитается как обычный текст, а внешнюю переменную можно подставить через @: `df.query('age > @min_age')`.\n\n#pandas",
        theme="engineering",
        title="Фильтруйте через query, а не цепочкой масок",
    ),
    P("joke", "Мой код в пятницу вечером vs мой код в понедельник утром 🫠", extra=photo()),
    P(
        "ad",
        "Канал, где Data Science объясняют на котиках 🐈\n\n@kotiki_i_dannye_x — разборы алгоритмов простыми словами, шпаргалки и мемы. Подписывайтесь, не пожалеете!\n\n#взаимопиар",
    ),
    P(
        "question",
        "Вопрос с собеседования 💼\n\nЧем отличаются loc и iloc в pandas?\n\nloc выбирает по меткам индекса и названиям столбцов, iloc — по целым позициям. Важная деталь: срез в loc включает правую границу (`df.loc[0:3]` — четыре строки, если индекс 0, 1, 2, 3), а в iloc не включает (`df.iloc[0:3]` — три строки).\n\n#собес #pandas",
        theme="engineering",
        title="Чем отличаются loc и iloc в pandas?",
    ),
    P(
        "ad",
        "Курс «Python для аналитика» со скидкой 45% только до воскресенья 🔥\n\n✅ 80 часов практики\n✅ проекты в портфолио\n✅ помощь с трудоустройством\n\nЗабрать скидку: https://example-kodoteka.ru/py-analyst\n\nРеклама. ООО «Кодотека», ИНН 9704128563, erid: LjN8KXv3Qm",
    ),
    P(
        "task",
        "Что выведет код? 🤔\n\n```python\ndef add(item, bucket=[]):\n    bucket.append(item)\n    return bucket\n\nprint(add(1))\nprint(add(2))\n```\n\nПишите в комментариях, ответ завтра в ответе на этот пост.",
        theme="engineering",
        title="Что выведет код? 🤔",
        name="default",
    ),
    P(
        "answer",
        "Ответ:\n[1]\n[1, 2]\n\nЗначение по умолчанию вычисляется один раз, когда определяется функция, а не при каждом вызове. Список `bucket` общий для всех вызовов и копит элементы. Правильный вариант — `bucket=None`, а внутри `if bucket is None: bucket = []`.",
        to="default",
        reply=True,
    ),
    P("other", "Нас уже 50 000! 🎉 Спасибо, что читаете. Дальше — больше тестов и разборов."),
    P(
        "news",
        "Вышел pandas 3.0 🐼\n\nГлавное: Copy-on-Write теперь включён по умолчанию, строки по умолчанию хранятся в новом строковом типе, часть устаревших методов удалена. Перед обновлением прогоните тесты — старый код с цепочечным присваиванием может тихо перестать работать.",
    ),
    P(
        "ad",
        "📚 Подборка каналов для тех, кто растёт в IT\n\n@sql_po_utram_x — задачи по SQL каждый день\n@ml_dlya_vseh_x — машинное обучение без формул\n@devops_kuhnya_x — DevOps простыми словами\n@analitik_na_minimalkah_x — карьера аналитика\n\nПодписывайтесь на всю папку: https://t.me/addlist/exampleFolderX1\n\nРеклама",
    ),
    P(
        "concept",
        "numpy: broadcasting за 30 секунд\n\nКогда формы массивов разные, numpy сравнивает их размерности справа налево. Размерности совместимы, если равны или одна из них равна 1 — тогда она «растягивается».\n\n```python\na = np.ones((3, 1))\nb = np.arange(4)      # форма (4,)\nprint((a + b).shape)  # (3, 4)\n```\nФормы (3, 2) и (3,) не совместимы: справа 2 и 3. Отсюда частая ошибка «operands could not be broadcast together».\n\n#numpy",
        theme="engineering",
    ),
    P(
        "joke",
        "— Сколько нужно аналитиков, чтобы поменять лампочку?\n— Зависит от того, как мы определим «поменять».",
        extra=photo(),
    ),
    P(
        "question",
        "",
        theme="engineering",
        name="float",
        extra=poll("Что выведет print(0.1 + 0.2 == 0.3)?", "True", "False", "SyntaxError", "0.3", voters=6120),
    ),
    P(
        "answer",
        "Правильный ответ — False.\n\n0.1 и 0.2 нельзя точно записать в двоичной дроби, поэтому сумма равна 0.30000000000000004. Сравнивать float надо с допуском: `math.isclose(0.1 + 0.2, 0.3)` или `np.isclose`. Для денег — `decimal.Decimal`.",
        to="float",
        reply=True,
    ),
    P(
        "ad",
        "Айтишники, у вас болит спина? 🪑\n\nЭргономичные кресла со скидкой 30% по промокоду PYTHON. Доставка по всей России.\n\nhttps://example-kreslo.ru\n\nРеклама. ИП Соколов Д. А., ИНН 502714938261, erid: 2SDnjcVx1Pq",
        extra=photo(),
    ),
    P(
        "question",
        "SQL на собесе: в чём разница между WHERE и HAVING?\n\nWHERE фильтрует строки до группировки, HAVING — группы после GROUP BY, поэтому в HAVING можно писать агрегаты:\n```sql\nSELECT city, COUNT(*) AS n\nFROM users\nWHERE age >= 18\nGROUP BY city\nHAVING COUNT(*) > 100;\n```\nВ WHERE агрегат написать нельзя — группы ещё не посчитаны.\n\n#sql #собес",
        theme="engineering",
    ),
    P(
        "giveaway",
        "🎁 РОЗЫГРЫШ\n\nРазыгрываем 3 книги «Python для анализа данных»!\n\nУсловия:\n1. Подписаться на @pyt_i_tablichki_x и @sql_po_utram_x\n2. Нажать «Участвую» под постом\n\nИтоги 30 ноября, победителей выберет бот.",
        extra=photo(),
    ),
    P(
        "concept",
        "Почему merge размножил строки?\n\nЕсли в правой таблице ключ повторяется, left join вернёт по строке на каждое совпадение — и таблица станет длиннее исходной. Проверяйте ключ заранее:\n```python\ndf.merge(users, on='user_id', how='left', validate='many_to_one')\n```\nvalidate упадёт с ошибкой, если у users дубли по user_id. Быстрая проверка — `users['user_id'].is_unique`.\n\n#pandas",
        theme="engineering",
    ),
    P(
        "ad",
        "Новый канал от команды @kotiki_i_dannye_x — теперь про нейросети 🤖\n\n@neiro_po_polochkam_x: обзоры моделей, промпты, инструменты. Заходите!\n\n#взаимопиар",
    ),
    P(
        "task",
        "Задача по SQL 🧩\n\nЕсть таблица employees(id, name, salary). Найдите вторую по величине зарплату. Если её нет, запрос должен вернуть NULL.\n\nРешение — в следующем посте.",
        theme="engineering",
        title="Есть таблица employees(id, name, salary). Найдите вторую по величине зарплату. Если её нет, запрос должен вернуть NULL.",
        name="second",
    ),
    P(
        "answer",
        "Решение:\n```sql\nSELECT MAX(salary) AS second_salary\nFROM employees\nWHERE salary < (SELECT MAX(salary) FROM employees);\n```\nMAX по пустому множеству даёт NULL, так что условие «если нет — NULL» выполняется само. Вариант с `DENSE_RANK() OVER (ORDER BY salary DESC)` тоже подходит и легко обобщается на N-ю зарплату, но пустой результат там надо обернуть отдельно.",
        to="second",
    ),
    P(
        "ad",
        "Как войти в Data Science после 30? Расскажем на бесплатном вебинаре 18 декабря в 19:00 мск.\n\n👉 https://example-proskill.ru/webinar-ds\n\nРеклама. ООО «Проскилл Онлайн», ИНН 7714593021, erid: 4CQwVszH7Rt",
    ),
    P(
        "joke",
        "pandas: SettingWithCopyWarning\nЯ: закрываю глаза\npandas: SettingWithCopyWarning\nЯ: закрываю ноутбук",
        extra=photo(),
    ),
    P(
        "question",
        "Вопрос с собеседования Junior Python\n\nЧем отличается `is` от `==`?\n\n`==` сравнивает значения (вызывает метод сравнения объекта), `is` проверяет, что это один и тот же объект в памяти. `[1] == [1]` — True, `[1] is [1]` — False. `is` используют для синглтонов: `x is None`.\n\n#python #собес",
        theme="engineering",
        title="Чем отличается is от ==?",
    ),
    P(
        "other",
        "",
        extra=poll("Что вам интереснее в канале?", "Тесты «что выведет код»", "SQL", "pandas", "Вопросы с собесов", voters=3340),
    ),
    P(
        "ad",
        "🔥 Ищете работу в IT? Бот @rabota_v_it_bot_x присылает свежие вакансии аналитиков и разработчиков по вашим фильтрам.\n\nРеклама. ООО «Джоб Хаб», ИНН 7813624470, erid: 2VtzqvYb3Ld",
    ),
    P(
        "concept",
        "Генератор вместо списка, когда данных много\n\n```python\ntotal = sum([x * x for x in range(10**7)])  # список в памяти целиком\ntotal = sum(x * x for x in range(10**7))    # по одному элементу\n```\nВторой вариант не создаёт список на 10 млн элементов: генератор выдаёт значения по одному. Минус — генератор проходится только один раз.\n\n#python",
        theme="engineering",
    ),
    P(
        "news",
        "Python 3.14 вышел 🐍\n\nВ релизе: шаблонные строки (t-строки), отложенное вычисление аннотаций, официальная сборка без GIL стала поддерживаемой, улучшенные сообщения об ошибках. Полный список изменений: https://example-python.org/whatsnew/3.14",
    ),
    P(
        "link",
        "Полезное на выходные:\nhttps://example-habr.com/articles/pandas-tips\nhttps://example-habr.com/articles/sql-window\nhttps://example-youtube.com/watch?v=numpy101",
    ),
    P(
        "ad",
        "Реклама. ООО «Датастарт Обучение», ИНН 7731859024, erid: 2VtzqwMn4Ka\n\nПрофессия «Аналитик данных» с нуля за 9 месяцев. Гарантия трудоустройства или вернём деньги. Первые 2 недели — бесплатно.\n\nhttps://example-datashkola.ru/analyst",
    ),
    P(
        "concept",
        "groupby: agg или transform?\n\n`agg` схлопывает каждую группу в одну строку, `transform` возвращает результат той же длины, что и исходная таблица. Поэтому transform удобен, чтобы добавить групповой признак рядом с исходными строками:\n```python\ndf['city_mean_check'] = df.groupby('city')['check'].transform('mean')\ndf['share'] = df['check'] / df['city_mean_check']\n```\n#pandas",
        theme="engineering",
        title="groupby: agg или transform?",
    ),
    P("joke", "Когда на собесе спросили, чем отличается список от кортежа, а ты три года пишешь только SQL 🙂", extra=photo()),
    P(
        "question",
        "Что такое GIL и мешает ли он pandas?\n\nGIL (Global Interpreter Lock) — блокировка в CPython: в каждый момент байткод Python исполняет только один поток. Поэтому потоки не ускоряют чистый Python-код, нагружающий процессор. Но numpy и pandas большую часть работы делают в C и на это время отпускают GIL, а для вычислений на Python берут multiprocessing.\n\n#python #собес",
        theme="engineering",
    ),
    P(
        "ad",
        "Друзья, рекомендую канал моего коллеги — @excel_bez_boli_x. Формулы, сводные таблицы и Power Query, коротко и по делу. Я сам оттуда утащил пару трюков 👍",
    ),
    P(
        "question",
        "",
        theme="engineering",
        name="nan",
        extra=poll("Что выведет код: import numpy as np; print(np.nan == np.nan)", "True", "False", "nan", "Ошибка", voters=3905),
    ),
    P(
        "answer",
        "Ответ на вчерашний тест: False.\n\nПо стандарту IEEE 754 NaN не равен ничему, даже самому себе. Проверять пропуски нужно через `np.isnan(x)` или `pd.isna(x)`. Поэтому же `df[df['col'] == np.nan]` всегда вернёт пустую таблицу.",
        to="nan",
    ),
    P(
        "promo",
        "Мы собрали все тесты канала в один бот-тренажёр 🤖\n\n300+ вопросов по Python, pandas и SQL с разборами, статистика по темам, напоминания. Первые 50 вопросов бесплатно.\n\n👉 @pyt_tabl_trenazher_bot",
    ),
    P(
        "ad",
        "Реклама. ООО «Кодотека», ИНН 9704128563, erid: LjN8KXw7Rn\n\n🍂 Осенняя распродажа курсов: Python, SQL, аналитика — до −60%. Только 3 дня.\n\nhttps://example-kodoteka.ru/sale",
        extra=photo(),
    ),
    P(
        "question",
        "Оконные функции: ROW_NUMBER, RANK и DENSE_RANK — в чём разница?\n\nНа зарплатах 100, 90, 90, 80:\n• ROW_NUMBER: 1, 2, 3, 4 — всегда разные номера\n• RANK: 1, 2, 2, 4 — одинаковым одинаковый ранг, потом пропуск\n• DENSE_RANK: 1, 2, 2, 3 — без пропусков\n\nСпрашивают почти на каждом собесе аналитика.\n\n#sql",
        theme="engineering",
    ),
    P("personal", "Сегодня без поста: переезжаю, весь день коробки. Завтра вернёмся с тестами 📦"),
    P(
        "ad",
        "📚 Папка каналов про карьеру в данных: https://t.me/addlist/exampleFolderX2\n\nВнутри 12 каналов про аналитику, ML и собеседования. Добавить можно в один клик.",
    ),
    P(
        "concept",
        "SettingWithCopyWarning: откуда берётся\n\n```python\nsub = df[df['price'] > 0]\nsub['discount'] = 0.1   # предупреждение\n```\n`sub` может оказаться и копией, и представлением df, pandas не знает, что вы хотели изменить. Если нужна отдельная таблица — пишите `sub = df[df['price'] > 0].copy()`. Если нужно изменить исходную — `df.loc[df['price'] > 0, 'discount'] = 0.1`.\n\n#pandas",
        theme="engineering",
    ),
    P(
        "event",
        "Завтра в 19:00 стрим: решаем 10 задач по SQL с реальных собесов в прямом эфире. Ссылка появится здесь за 10 минут до начала.",
    ),
    P(
        "ad",
        "Хватит искать работу месяцами! Карьерный консультант составит резюме, которое проходит фильтры HR.\n\nЗапись: @karera_bez_stressa_x\n\nРеклама. ИП Кузнецова М. В., ИНН 773402918456, erid: 2VtzqxTq6Hs",
    ),
    P(
        "task",
        "Задачка по pandas\n\nЕсть таблица покупок orders(user_id, order_date, amount). Оставьте для каждого пользователя только его последнюю покупку.\n\nВарианты решения — в комментариях, наш — ответом на этот пост.",
        theme="engineering",
        title="Есть таблица покупок orders(user_id, order_date, amount). Оставьте для каждого пользователя только его последнюю покупку.",
        name="last",
    ),
    P(
        "answer",
        "Наш вариант:\n```python\nlast = (orders.sort_values('order_date')\n              .drop_duplicates('user_id', keep='last'))\n```\nИли без сортировки всей таблицы: `orders.loc[orders.groupby('user_id')['order_date'].idxmax()]`. Если у пользователя две покупки в одну дату, первый способ возьмёт одну из них по порядку сортировки — добавьте второй ключ в sort_values.",
        to="last",
        reply=True,
    ),
    P("joke", "SELECT * FROM жизнь WHERE проблемы IS NULL;\n\n0 rows returned", extra=photo()),
    P(
        "ad",
        "Реклама. ООО «Облако Плюс», ИНН 7707418392, erid: 2VtzqwRf5Yu\n\nGPU-серверы для ваших моделей от 49 ₽ в час. Первые 1000 ₽ на счёт — в подарок при регистрации.\n\nhttps://example-oblakoplus.ru/gpu",
    ),
    P(
        "concept",
        "Тип category экономит память\n\nСтолбец с небольшим числом разных строк (город, пол, статус) хранится как object — каждая строка отдельным объектом. Переведите его в category:\n```python\ndf['city'] = df['city'].astype('category')\ndf.memory_usage(deep=True)\n```\nНа столбце с 10 млн строк и 50 городами это десятки мегабайт вместо сотен, а groupby по нему работает быстрее.\n\n#pandas",
        theme="engineering",
    ),
    P(
        "task",
        "Что выведет код?\n\n```python\nfuncs = [lambda: i for i in range(3)]\nprint([f() for f in funcs])\n```\n\nА) [0, 1, 2]\nБ) [2, 2, 2]\nВ) [0, 0, 0]\nГ) Ошибка",
        theme="engineering",
        title="Что выведет код?",
        name="closure",
    ),
    P(
        "answer",
        "Разбор: правильный ответ Б — [2, 2, 2].\n\nЛямбда запоминает не значение i, а саму переменную, и читает её в момент вызова. К этому моменту цикл закончился и i = 2. Чтобы захватить значение, передают его аргументом по умолчанию: `lambda i=i: i`.",
        to="closure",
        reply=True,
    ),
    P(
        "giveaway",
        "Итоги розыгрыша 🎉\n\nКниги получают: @ivan_analitik_x, @masha_data_x, @petr_sql_x. Напишите админу в течение трёх дней, чтобы забрать приз!",
    ),
    P(
        "ad",
        "Подписывайтесь на @python_zadachnik_x — там каждый день задача с решением и разбором 🐍\n\n#взаимопиар",
    ),
    P(
        "question",
        "Вопрос с собеседования на аналитика\n\nЧем отличается COUNT(*) от COUNT(column)?\n\nCOUNT(*) считает все строки, COUNT(column) — только строки, где column не NULL. А COUNT(DISTINCT column) — число разных непустых значений. На таблице с пропусками в email результаты COUNT(*) и COUNT(email) разойдутся — об этом и спрашивают.\n\n#sql #собес",
        theme="engineering",
        title="Чем отличается COUNT(*) от COUNT(column)?",
    ),
    P("other", "Напоминаем: реклама в канале — только через @pyt_tabl_admin. Все остальные «менеджеры» — мошенники."),
    P(
        "ad",
        "Реклама. ООО «Проскилл Онлайн», ИНН 7714593021, erid: 4CQwVszK2Mp\n\nБесплатный мини-курс «SQL за выходные»: 6 уроков, тренажёр и сертификат. Забирайте, пока открыт доступ 👇\nhttps://example-proskill.ru/sql-free",
    ),
    P(
        "question",
        "Частый вопрос на собесе по ML: чем бэггинг отличается от бустинга?\n\nБэггинг обучает модели независимо на бутстреп-выборках и усредняет их — это снижает дисперсию (случайный лес). Бустинг обучает модели последовательно, каждая исправляет ошибки предыдущих — это снижает смещение (градиентный бустинг). Бэггинг легко распараллелить, бустинг — нет.\n\n#ml #собес",
        theme="classic-ml",
        title="Частый вопрос на собесе по ML: чем бэггинг отличается от бустинга?",
    ),
    P(
        "news",
        "Polars обогнал pandas по скачиваниям среди новых проектов, пишут в блоге разработчиков. Правда, общее число скачиваний у pandas всё ещё в десятки раз больше. Пользуетесь polars?",
        extra={"forwarded_from": "Новости Python"},
    ),
    P("joke", "Джун: почему код работает?\nМидл: почему код не работает?\nСеньор: почему этот код вообще существует?"),
    P(
        "ad",
        "📚 Подборка: лучшие каналы про анализ данных\n\n@statistika_na_palcah_x — статистика простым языком\n@dashbordy_x — визуализация и BI\n@ab_testy_x — A/B-тесты без боли\n\nРеклама",
    ),
    P(
        "concept",
        "Векторизация вместо apply\n\n```python\ndf['total'] = df.apply(lambda r: r['price'] * r['qty'], axis=1)  # медленно\ndf['total'] = df['price'] * df['qty']                            # быстро\n```\napply с axis=1 вызывает функцию Python на каждой строке. Векторная операция делает то же одним циклом в C — на миллионе строк разница в сотни раз. Для условий есть `np.where` и `np.select`.\n\n#pandas #numpy",
        theme="engineering",
    ),
    P(
        "ad",
        "Реклама. ООО «Датастарт Обучение», ИНН 7731859024, erid: 2VtzqwPp9Lz\n\nТест: какая профессия в IT вам подходит? 10 вопросов и персональный план обучения в подарок.\n\nhttps://example-datashkola.ru/test",
        extra=photo(),
    ),
    P("other", "Канал на этой неделе уходит на каникулы: админ сдаёт сессию 📚 Тесты вернутся в понедельник."),
    P(
        "question",
        "Вопрос с собеседования: что такое утечка данных (data leakage)?\n\nЭто когда при обучении модель видит информацию, которой не будет в момент предсказания: признак, посчитанный по будущему, нормировка по всей выборке до разбиения на train и test, дубли пользователя в обеих частях. На валидации метрики отличные, в проде модель проваливается.\n\n#ml #собес",
        theme="validation",
        title="Вопрос с собеседования: что такое утечка данных (data leakage)?",
    ),
    P(
        "giveaway",
        "Новогодний розыгрыш! 🎄\n\nДарим годовую подписку на JetBrains PyCharm Professional двум подписчикам.\nЧтобы участвовать, подпишитесь на канал и оставьте комментарий «хочу» под этим постом.",
        extra=photo(),
    ),
    P(
        "ad",
        "Реклама. ООО «Кодотека», ИНН 9704128563, erid: LjN8KXz2Tc\n\nСтаньте Python-разработчиком за 10 месяцев. Обучение в рассрочку от 3 900 ₽ в месяц.\n\nhttps://example-kodoteka.ru/python",
    ),
    P(
        "concept",
        "Сортировка в Python стабильна\n\nsorted и list.sort не меняют порядок элементов с равными ключами. Поэтому сортировку по нескольким ключам можно делать в несколько проходов, начиная с второстепенного:\n```python\npeople.sort(key=lambda p: p.name)\npeople.sort(key=lambda p: p.age)  # по возрасту, внутри — по имени\n```\nВ pandas то же даёт `sort_values(..., kind='stable')`.\n\n#python",
        theme="engineering",
    ),
    P(
        "joke",
        "Когда впервые узнал, что в pandas есть inplace=True, а потом узнал, что его не советуют 🥲",
        extra={**photo(), "edited": 1},
    ),
    P(
        "ad",
        "Каналы наших друзей:\n@kotiki_i_dannye_x\n@sql_po_utram_x\n@python_zadachnik_x\nВсех обнимаем 🤗\n\n#взаимопиар",
    ),
    P(
        "link",
        "Шпаргалки, которые стоит сохранить:\nhttps://example-cheatsheets.dev/pandas.pdf\nhttps://example-cheatsheets.dev/numpy.pdf\nhttps://example-cheatsheets.dev/sql.pdf",
    ),
    P(
        "ad",
        "Реклама. ООО «Джоб Хаб», ИНН 7813624470, erid: 2VtzqvZc4Me\n\nЯрмарка вакансий для джунов: 40 компаний, собеседование в день знакомства. Участие бесплатное.\n\nhttps://example-jobhub.ru/fair",
    ),
    P(
        "event",
        "Запись стрима по SQL уже на канале: https://example-youtube.com/watch?v=sql-stream-12\nСпасибо всем, кто был в чате!",
    ),
    P("joke", "Кто-то: Python медленный\nnumpy, написанный на C: 👀"),
    P(
        "ad",
        "Реклама. ИП Соколов Д. А., ИНН 502714938261, erid: 2SDnjcWk3Lm\n\nСтоячий стол с электроприводом для тех, кто пишет код по 10 часов. −20% по промокоду TABLICHKI.\n\nhttps://example-kreslo.ru/desk",
        extra=photo(),
    ),
    P(
        "other",
        "",
        extra=poll("Вы уже перешли на pandas 3.0?", "Да", "Нет, боюсь сломать", "Я на polars", "Что такое pandas?", voters=2570),
    ),
]

CHANNEL = Channel(
    folder="fifth_pydata",
    name="Питон и таблички",
    username="pyt_i_tablichki_x",
    chat_id=1900000051,
    start=datetime(2025, 8, 25, 8, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

CHATTER: list[P] = [
    P(
        "ad",
        "Реклама. ООО «Облако Плюс», ИНН 7707418392, erid: 2VtzqwSg6Zv\n\nJupyter в облаке за минуту: готовые окружения с pandas, numpy и PyTorch. Тариф для студентов — бесплатно.\n\nhttps://example-oblakoplus.ru/jupyter",
    ),
    P("joke", "Аналитик, когда дашборд наконец загрузился, а совещание уже закончилось 🐢", extra=photo()),
    P(
        "news",
        "Репост: JetBrains опубликовали ежегодный опрос разработчиков Python. pandas по-прежнему самая популярная библиотека для данных, у polars рост в два раза за год, а Jupyter используют меньше, чем в прошлом году.",
        extra={"forwarded_from": "Новости Python"},
    ),
    P("other", "Доброе утро, подписчики! Какой кофе сегодня — эспрессо или американо? ☕"),
    P(
        "ad",
        "Канал для тех, кто готовится к собесам в FAANG-подобные компании: @leetcode_po_russki_x. Задачи, разборы, истории офферов.\n\n#взаимопиар",
    ),
    P(
        "event",
        "Друзья из @sql_po_utram_x проводят в субботу бесплатный воркшоп по оконным функциям. Регистрация: https://example-timepad.ru/event/sql-windows",
    ),
    P("joke", "Мама: у тебя в комнате бардак.\nЯ: это не бардак, это ненормализованная база данных."),
    P(
        "personal",
        "Админ вернулся из отпуска 🌴 Две недели без ноутбука — и я всё ещё помню, как писать groupby. Спасибо, что не разбежались!",
    ),
]
