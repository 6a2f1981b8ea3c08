"""«Луп за лупом» (thirty-second held-out corpus): a Russian data scientist's interviews abroad, mostly in English. Written blind.

Written without reading the classifier or its rules (see README.md, «Thirty-second held-out corpus»): a
senior data scientist who moved from Moscow to Toronto with his family posts, about two thirds wholly in
English, the questions of his interview loops at North American companies with how he answers them
(some answered in a reply or a later post), in both languages; between them visas, rent and winter,
offers and rejections, tech news, memes, his paid mock interviews, marked ads, polls and link dumps.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import FILE_NOT_INCLUDED as FILE
from .make_corpus import Channel, P, interleave, photo, poll, svc

FIRST: list[P] = [
    svc("create_channel", title="Луп за лупом"),
    P(
        "other",
        "Всем привет! Я Дима, senior DS, 9 лет в Москве: банк, потом маркетплейс. Полгода назад переехали с женой и сыном в Торонто. Сейчас прохожу собеседования в местные компании и буду писать сюда вопросы с лупов и как я на них отвечаю. Half of the posts will be in English — I need the practice, and so do you.",
    ),
    svc("pin_message", message_id=2),
]

# The job hunt: the loops' questions, with the chatter of those months between them.
EARLY: list[P] = [
    P(
        "personal",
        "Week one of job hunting: 30 applications, 2 recruiter calls, 0 rejections (nobody has answered yet). Canadian politeness or silence?",
    ),
    P(
        "question",
        "First technical screen, a fintech in Toronto. The opening question:\n\nHow would you explain the difference between precision and recall to a product manager?\n\nMy answer: precision is how often we are right when we raise a flag; recall is how many of the real cases we catch. For fraud, low precision means angry customers with blocked cards, low recall means lost money. Then I asked which one hurts them more — the interviewer liked that the most.",
        theme="metrics",
        title="How would you explain the difference between precision and recall to a product manager?",
    ),
    P(
        "question",
        "С того же скрининга, второй вопрос:\n\nПочему у случайного леса обычно не нужно сильно ограничивать глубину деревьев, а у бустинга — нужно?\n\nЛес усредняет много глубоких независимых деревьев: каждое переобучено, но их ошибки некоррелированы и гасятся при усреднении, уменьшая разброс. Бустинг строит деревья последовательно, каждое исправляет остатки предыдущих, и глубокие деревья быстро начинают подгонять шум — поэтому у бустинга неглубокие деревья, маленький learning rate и ранняя остановка.",
        theme="classic-ml",
        title="Почему у случайного леса обычно не нужно сильно ограничивать глубину деревьев, а у бустинга — нужно?",
    ),
    P(
        "task",
        "SQL task from a live coding round (they gave me 15 minutes):\n\nTable `sessions(user_id, started_at)`. Return, for each day, the number of users who had a session that day and also on the previous day.\n\nTry it, I will post my solution tomorrow.",
        theme="engineering",
        title="Table sessions(user_id, started_at). Return, for each day, the number of users who had a session that day and also on the previous day.",
        name="consecutive",
    ),
    P(
        "answer",
        "My solution:\n\n```sql\nWITH d AS (\n  SELECT DISTINCT user_id, CAST(started_at AS DATE) AS day\n  FROM sessions\n)\nSELECT t.day, COUNT(*) AS users\nFROM d t\nJOIN d y\n  ON y.user_id = t.user_id\n AND y.day = t.day - INTERVAL '1 day'\nGROUP BY t.day\nORDER BY t.day;\n```\n\nThe DISTINCT matters: without it a user with five sessions yesterday is counted five times. The interviewer also asked about LAG — it works too, but the self-join is easier to read.",
        to="consecutive",
    ),
    P(
        "question",
        "Behavioural round, and it was harder than the technical ones:\n\nTell me about a time your model did not deliver the expected business impact.\n\nWhat worked for me: the STAR structure, but with numbers. Situation — a churn model with a great AUC. Task — reduce churn by 5%. Action — we discovered the retention team could only call 200 people a day, so the model's top decile was useless beyond that. Result — we re-ranked by expected saved revenue and got 3%. They want to hear what you learned, not that you were a hero.",
        theme="general",
        title="Tell me about a time your model did not deliver the expected business impact.",
    ),
    P(
        "question",
        "Вопрос из лупа в крупную e-commerce компанию, секция ML system design:\n\nDesign a system that recommends items on the home page of an online store.\n\nКак я отвечал: сначала цель и метрика (не клики, а покупки и выручка на сессию), потом двухстадийная схема — генерация кандидатов (коллаборативная фильтрация, эмбеддинги, популярное) и ранжирование бустингом или нейросетью по признакам пользователя, товара и контекста. Холодный старт — популярное по сегменту. Офлайн — recall@k и NDCG по истории, онлайн — A/B по выручке. Отдельно сказал про позиционное смещение в логах.",
        theme="ml-system-design",
        title="Design a system that recommends items on the home page of an online store.",
    ),
    P(
        "task",
        "A probability question from a hedge-fund-ish company (yes, I applied there too):\n\nYou roll a fair die until you get a six. What is the expected number of rolls?\n\nAnswer in a reply.",
        theme="statistics-and-data",
        title="You roll a fair die until you get a six. What is the expected number of rolls?",
        name="die",
    ),
    P(
        "answer",
        "Six. The number of rolls is geometric with p = 1/6, and its mean is 1/p. Or with a recursion: E = 1 + (5/6)·E, since after one roll you either stop or start over, so E = 6. They then asked for the variance: (1 − p)/p² = 30. I got that one wrong on the spot.",
        to="die",
        reply=True,
    ),
    P(
        "question",
        "Вопрос, который задают почти на каждом собесе здесь, и который в Москве мне не задавали ни разу:\n\nHow do you decide how long to run an A/B test?\n\nОтвет: заранее, а не по p-value. Берём базовую конверсию, минимальный эффект, который имеет смысл для бизнеса (MDE), уровень значимости и мощность — из них размер выборки на группу. Делим на трафик — получаем срок, округляем до целых недель, чтобы покрыть недельную сезонность. Подглядывать и останавливаться при первом p < 0.05 нельзя: растут ложные срабатывания. Если очень нужно смотреть раньше — последовательные тесты.",
        theme="ab-testing",
        title="How do you decide how long to run an A/B test?",
    ),
    P(
        "question",
        "Quiz time! This one was on a take-home screening form.",
        theme="validation",
        title="You tune hyperparameters with 5-fold CV and report the best CV score as the final quality. What is wrong?",
        name="cv_quiz",
        extra=poll(
            "You tune hyperparameters with 5-fold CV and report the best CV score as the final quality. What is wrong?",
            "Nothing",
            "The score is optimistic: you selected on it",
            "5 folds are too few",
            "CV cannot be used for tuning",
            voters=860,
        ),
    ),
    P(
        "answer",
        "Quiz answer: the best CV score is optimistic, because you picked the configuration that happened to do best on those very folds. Report the score on a held-out test set that was never used for tuning, or use nested cross-validation. 61% of you got it right.",
        to="cv_quiz",
    ),
    P(
        "concept",
        "Target encoding, как я объяснял его на собесе в стартап:\n\nTarget encoding заменяет категорию средним целевой переменной по ней.\n\nДля признака «город» с тысячами значений one-hot раздувает матрицу, а среднее таргета по городу — одно число с сильным сигналом. Опасность — утечка: если считать среднее по всей выборке, включая сам объект, модель видит свой же ответ. Поэтому считают по фолдам (out-of-fold) и сглаживают к глобальному среднему для редких категорий.",
        theme="features",
        title="Target encoding заменяет категорию средним целевой переменной по ней.",
    ),
    P(
        "question",
        "From an ML engineer loop at a big cloud company:\n\nWhy does batch normalization help training, and why does it behave differently at inference?\n\nDuring training it normalises each layer's inputs with the mean and variance of the current mini-batch, which keeps activations in a sane range, allows higher learning rates and makes the net less sensitive to initialisation. At inference there may be a single example, so it uses running averages of mean and variance collected in training. Forgetting `model.eval()` is the classic bug.",
        theme="deep-learning",
        title="Why does batch normalization help training, and why does it behave differently at inference?",
    ),
    P(
        "task",
        "Задача с лупа в логистическую компанию, которую я не добил:\n\nВы прогнозируете время доставки. Бизнес говорит: опоздать хуже, чем приехать раньше, примерно в 3 раза. Какую функцию потерь взять?\n\nПодумайте, ответ в следующем посте.",
        theme="losses",
        title="Вы прогнозируете время доставки. Бизнес говорит: опоздать хуже, чем приехать раньше, примерно в 3 раза. Какую функцию потерь взять?",
        name="pinball",
    ),
    P(
        "answer",
        "Ответ: квантильную (pinball) потерю. Если недооценка стоит в 3 раза дороже переоценки, оптимальный прогноз — квантиль уровня 3 / (3 + 1) = 0.75. Pinball с τ = 0.75 штрафует недопрогноз весом 0.75, перепрогноз — 0.25, и модель учит 75-й перцентиль времени доставки. Я на собесе предложил «MSE и добавить константу» — это работает хуже, потому что неопределённость у разных заказов разная.",
        to="pinball",
    ),
    P(
        "question",
        "LLM question from a startup that builds a support assistant:\n\nHow would you evaluate a RAG system before launching it?\n\nSeparate retrieval from generation. For retrieval: a labelled set of questions with the documents that answer them, and recall@k. For generation: faithfulness (is every claim supported by the retrieved text), answer correctness on a golden set, and refusal when nothing relevant was found. LLM-as-a-judge is fine for scale, but calibrate it against human labels first. Then an online test with the support team.",
        theme="llm",
        title="How would you evaluate a RAG system before launching it?",
    ),
    P(
        "question",
        "Вопрос на собесе в страховую, очень «местный»:\n\nYour model was trained before a big policy change in the company. How would you detect that it is no longer valid?\n\nМониторинг входов: сравнивать распределения признаков на свежих данных с обучающими (PSI, KS-тест по числовым, доли по категориям). Мониторинг выходов: распределение скоров и доля одобрений. И как только появляются метки — метрика на свежем окне. Дрейф признаков ещё не значит, что модель сломалась, а стабильные признаки не гарантируют, что связь с таргетом не поменялась (concept drift).",
        theme="drift",
        title="Your model was trained before a big policy change in the company. How would you detect that it is no longer valid?",
    ),
    P(
        "task",
        "Python question from a live coding round:\n\nWhat does this print, and how would you fix it?\n\n```python\ndef add_item(item, bucket=[]):\n    bucket.append(item)\n    return bucket\n\nprint(add_item(1))\nprint(add_item(2))\n```\n\nAnswer in a reply.",
        theme="engineering",
        title="What does this print, and how would you fix it?",
        name="mutable",
    ),
    P(
        "answer",
        "It prints `[1]` and then `[1, 2]`. The default list is created once, when the function is defined, and every call without `bucket` shares it. Fix: `bucket=None` and `if bucket is None: bucket = []` inside. I knew this one, but I explained it so slowly that the interviewer started helping me. Nerves.",
        to="mutable",
        reply=True,
    ),
    P(
        "question",
        "Вопрос со скрининга в канадский банк:\n\nWhat is the difference between L1 and L2 regularization, and when would you pick L1?\n\nL2 штрафует квадраты весов: они уменьшаются, но остаются ненулевыми. L1 штрафует модули: часть весов становится ровно нулём — встроенный отбор признаков. L1 беру, когда признаков много и я подозреваю, что полезных мало, и когда модель должна быть объяснимой (для регулятора это тут важно). Если признаки коррелированы — ElasticNet.",
        theme="validation",
        title="What is the difference between L1 and L2 regularization, and when would you pick L1?",
    ),
    P(
        "concept",
        "Something I had to explain twice in one week, so here it is in writing.\n\nWhy a p-value of 0.03 does not mean a 97% chance that the effect is real.\n\nThe p-value is the probability of seeing data at least this extreme if there were no effect. It says nothing directly about the probability that the hypothesis is true: that depends on how plausible the effect was before the test. If most ideas you test do nothing, a good share of your significant results are still false positives.",
        theme="statistics-and-data",
        title="Why a p-value of 0.03 does not mean a 97% chance that the effect is real.",
    ),
    P(
        "task",
        "Задача из тейк-хома в стартап по кредитованию:\n\nУ вас 2% дефолтов. Модель выдаёт ROC-AUC 0.85 на валидации, но после деплоя риск-менеджеры говорят, что «вероятности неправдоподобные»: модель обещает 10% дефолтов там, где их 3%. Что случилось и что делать?\n\nОтвет в следующем посте.",
        theme="statistics-and-data",
        title="У вас 2% дефолтов. Модель выдаёт ROC-AUC 0.85 на валидации, но после деплоя риск-менеджеры говорят, что «вероятности неправдоподобные»: модель обещает 10% дефолтов там, где их 3%. Что случилось и что делать?",
        name="calib_task",
    ),
    P(
        "answer",
        "Скорее всего, модель учили с андерсэмплингом или весами классов: так делают при 2% положительных, и порядок объектов от этого не портится (ROC-AUC прежний), а вероятности — завышены. Это проблема калибровки. Проверить — calibration curve по децилям скора. Починить — пересчитать вероятности поправкой на долю дефолтов в обучении или откалибровать на отложенной выборке (Platt scaling, изотоническая регрессия). Я это и написал, и меня позвали на онсайт.",
        to="calib_task",
    ),
    P(
        "question",
        "A classic that came up in two loops in a row:\n\nHow does k-means work, and how do you choose k?\n\nPick k centres, assign every point to the nearest centre, move each centre to the mean of its points, repeat until nothing changes. It minimises the within-cluster sum of squares and finds only a local optimum, so run it with several initialisations (k-means++). For k: the elbow of the inertia curve, the silhouette score, and above all what the business can use — five segments a marketing team can act on beat twelve perfect ones.",
        theme="classic-ml",
        title="How does k-means work, and how do you choose k?",
    ),
    P(
        "question",
        "Вопрос с финального раунда в e-commerce, секция про ранжирование:\n\nЗачем в поиске NDCG, если есть precision@k?\n\nPrecision@k считает только, сколько релевантных в топе, но не где они стоят и насколько они релевантны. NDCG учитывает градации релевантности (купил > кликнул > показали) и дисконтирует по позиции логарифмом: хороший товар на первом месте ценнее, чем на десятом. Нормировка на идеальное ранжирование позволяет сравнивать запросы с разным числом релевантных товаров.",
        theme="metrics",
        title="Зачем в поиске NDCG, если есть precision@k?",
    ),
    P(
        "question",
        "From a startup that sells an assistant for lawyers:\n\nWhen would you fine-tune an LLM instead of using retrieval-augmented generation?\n\nRAG when the knowledge changes often or must be cited: you update the index, not the model. Fine-tuning when you need a style, a format or a narrow skill the base model lacks, and the knowledge is stable — and it usually means LoRA on a few thousand good examples, not full training. Often both: a fine-tuned model that is good at answering from retrieved context.",
        theme="llm",
        title="When would you fine-tune an LLM instead of using retrieval-augmented generation?",
    ),
    P(
        "question",
        "The last question of my final round, from the hiring manager:\n\nHow do you handle a feature that is very predictive but that you cannot explain?\n\nI said: first check it is not a leak — a feature that is too good is usually computed after the outcome. If it is clean, check its stability over time and across segments. Then decide with the business whether an unexplainable feature is acceptable; in credit it often is not, for regulatory reasons. He smiled and said it had been a leak in their case.",
        theme="features",
        title="How do you handle a feature that is very predictive but that you cannot explain?",
    ),
]


EARLY_CHATTER: list[P] = [
    P("joke", "Me explaining my Russian work experience to a Canadian recruiter", extra=photo()),
    P(
        "personal",
        "Spent the whole weekend rewriting my resume in the North American format: one page, no photo, no date of birth, every bullet with a number. It hurt.",
    ),
    P(
        "joke",
        "Резюме в Москве: «ответственный, стрессоустойчивый». Резюме в Торонто: «increased revenue by 7.3% through a churn model»",
    ),
    P(
        "personal",
        "Recruiter call today. She asked about my «salary expectations» in the first two minutes. I said a range, she said «great». I still do not know if that was good.",
    ),
    P("personal", "Сняли квартиру. Аренда съедает 45% того, что у нас сейчас есть. Срочно нужен оффер 🙂"),
    P(
        "news",
        "A big Canadian bank announced it will hire 200 data and AI specialists in Toronto this year. The posting says bilingual candidates are preferred, which here means English and French, not English and Russian.",
    ),
    P("other", "Thanks for the 500 subscribers! I did not expect so many people to be interested in someone else's interviews."),
    P(
        "other",
        "Let me know who you are:",
        extra=poll("Where are you?", "Still in Russia", "Already relocated", "Planning to move", "Just curious", voters=930),
    ),
    P("personal", "Первый отказ пришёл. Вежливый, на две страницы, со словами «exceptional candidate». Всё равно отказ."),
    P(
        "joke",
        "How it started: «I will just apply to a few companies». How it is going: a spreadsheet with 94 rows and color coding",
        extra=photo(),
    ),
    P("joke", "Me in Moscow: «I know SQL». Me in a Canadian live coding round, forgetting what GROUP BY does"),
    P(
        "joke",
        "Canadian rejection email: «We were really impressed by your background and we wish you all the best». Russian rejection: silence.",
    ),
    P(
        "link",
        "Links I used this week to prepare:\nhttps://example.org/ml-design-primer\nhttps://example.org/sql-window-practice\nhttps://example.org/star-method-guide",
    ),
    P("personal", "Первая зима. Минус 28 и ветер с озера. Я думал, москвича ничем не удивишь. Удивили."),
    P(
        "personal",
        "Жена нашла работу раньше меня. Дизайнер, через месяц поиска. Я пока на 11-м собесе. Гордость и лёгкая зависть.",
    ),
    P(
        "news",
        "A new open-weights model was released this week with a 1M token context, under an Apache licence. Every team here now has a Slack thread about it.",
        extra={"forwarded_from": "AI Weekly Notes"},
    ),
    P(
        "promo",
        "Меня много спрашивают про мок-собесы на английском. Запускаю: 60 минут, технический или поведенческий раунд как в северноамериканской компании, с разбором. 80 CAD или 5000 ₽. Пишите @dima_loops_x",
    ),
    P("joke", "«Tell me about yourself» — и я рассказываю про себя 11 минут, потому что никто не сказал, что надо за две"),
    P("personal", "Got to the onsite stage at two companies! One in fintech, one in e-commerce. Nervous and happy."),
    P(
        "personal",
        "Interview day: two technical rounds, lunch with the team, a behavioural round and a chat with the director. Seven hours. I am going to sleep for a week.",
    ),
    P(
        "joke",
        "The interviewer: «Do you have any questions for us?»\nMe, who prepared 20 questions: «No, everything is clear, thank you»",
    ),
    P(
        "ad",
        "English for IT interviews with native-speaking tutors: a free first lesson for the channel's readers. https://example.org/english-it\n\nРеклама. ООО «Инглиш Айти», ИНН 7703445566, erid: 2VtzqwEng4p",
    ),
    P("other", "Доброе утро! Сегодня будет пост про behavioural-раунды — вы просили."),
    P(
        "joke",
        "Relocation starter pack: a winter jacket, an SIN number, and 14 browser tabs of «average salary data scientist Toronto»",
        extra=photo(),
    ),
    P(
        "event",
        "This Saturday at 18:00 Moscow time I am doing a live stream with a friend who works at a big US tech company: how their interview loop works, and Q&A. Link here an hour before.",
    ),
    P("event", "Запись стрима про лупы в американских компаниях: https://example.org/stream-loops — таймкоды в описании."),
    P("personal", "Сын пошёл в школу. Через месяц поправляет моё произношение. Это и есть лучший курс английского."),
    P(
        "news",
        "Канада упростила выдачу рабочих разрешений для супругов специалистов в ИТ: теперь оформляют одновременно с основной визой.",
    ),
    P("joke", "Me: 9 years of experience\nThe job posting: «Junior Data Scientist, 5+ years of Canadian experience»"),
    P(
        "giveaway",
        "Giveaway! Three free mock interviews with me. Comment with the company you dream of working for. Winners on Sunday.",
    ),
    P(
        "giveaway",
        "The three mock interviews go to @anna_ds_x, @maxim_ml_x and @oleg_analytics_x. I will DM you to set up a time!",
    ),
]

# After the offer: the channel is mostly life at the new job; now and then a question he asks candidates
# himself, or one from the interview he takes every quarter.
LATE_STUDY: list[P] = [
    P(
        "question",
        "Now I interview candidates myself, and this is my favourite question:\n\nYour A/B test shows +2% conversion, but the groups have 50.8% and 49.2% of the users instead of 50/50. What do you do?\n\nA good answer does not celebrate. With hundreds of thousands of users, a split this far from 50/50 is a sample ratio mismatch: a chi-square test on the group sizes gives a tiny p-value. Something in the assignment or the logging is broken (a redirect that loses users, a bot filter applied to one group), and the +2% cannot be trusted until the cause is found.",
        theme="ab-testing",
        title="Your A/B test shows +2% conversion, but the groups have 50.8% and 49.2% of the users instead of 50/50. What do you do?",
    ),
    P(
        "task",
        "Задача, которую я теперь даю на наших собесах (её же мне задали в Москве 5 лет назад):\n\nСеть училась нормально, а на третьей эпохе loss стал NaN. Что вы проверите?\n\nОтвет — реплаем через пару дней.",
        theme="deep-learning",
        title="Сеть училась нормально, а на третьей эпохе loss стал NaN. Что вы проверите?",
        name="nan_loss",
    ),
    P(
        "answer",
        "Что проверить: 1) learning rate — слишком большой шаг, и градиенты взрываются; помогают меньший lr, warmup и gradient clipping. 2) Логарифм или деление на ноль в лоссе: log(0) при вероятности ровно 0 — используйте встроенные стабильные функции (логиты + BCEWithLogits). 3) Смешанная точность: в fp16 переполнение, нужен loss scaling. 4) Данные: NaN или огромные значения в каком-то батче. Начинаю всегда с поиска первого батча, на котором появился NaN.",
        to="nan_loss",
        reply=True,
    ),
    P(
        "question",
        "My quarterly interview, this time a payments company. System design round:\n\nDesign a fraud detection system for card payments.\n\nI split it into two paths. Real time: rules plus a gradient boosting model on features from a feature store (amount against the card's history, new merchant, velocity over the last hour), a decision in under 100 ms. Offline: retraining on labels that arrive weeks later with chargebacks, so validation must be out-of-time. The threshold comes from the cost of a blocked good payment against a missed fraud, and a share of traffic is let through unscored to get unbiased labels.",
        theme="ml-system-design",
        title="Design a fraud detection system for card payments.",
    ),
    P(
        "question",
        "Вопрос, который я задаю джунам на скрининге:\n\nПочему логистическая регрессия выдаёт вероятности, а линейная регрессия для классификации — нет?\n\nЛинейная регрессия предсказывает любое число, от минус до плюс бесконечности, и учится на MSE — её выход не обязан лежать в [0, 1]. Логистическая пропускает линейную комбинацию через сигмоиду и обучается максимизацией правдоподобия (log loss), поэтому её выход — оценка вероятности класса, и при хорошей спецификации она неплохо откалибрована.",
        theme="classic-ml",
        title="Почему логистическая регрессия выдаёт вероятности, а линейная регрессия для классификации — нет?",
    ),
]

LATE_CHATTER: list[P] = [
    P(
        "personal",
        "Оффер! Senior Data Scientist в финтехе, гибрид, 2 дня в офисе. Подробности и цифры — в отдельном посте, обещаю.",
    ),
    P(
        "personal",
        "Честно про деньги, как и обещал: base 150k CAD, бонус до 15%, немного акций. После налогов и аренды остаётся меньше, чем кажется, но больше, чем было в Москве в пересчёте.",
        extra={"edited": 5},
    ),
    P("other", "Good morning everyone! Today there will be a longer post about negotiating an offer. Coffee first."),
    P(
        "personal",
        "How I negotiated: I had two offers and I told both companies about it, honestly. One of them raised the base by 10%. The other said «we understand». That is all the magic.",
    ),
    P("joke", "Negotiation tip from a Russian in Canada: never say «ну, можно и побольше» out loud. They understand the tone."),
    P(
        "other",
        "What should I write about next?",
        extra=poll(
            "Next topic?",
            "More interview questions",
            "Salaries and taxes",
            "Visas and moving",
            "First months at a new job",
            voters=1040,
        ),
    ),
    P("joke", "First day at the new job: 4 hours of security training, 1 hour of setting up the laptop, 0 lines of code"),
    svc("edit_channel_photo", photo=FILE),
    P("other", "Новая аватарка: кленовый лист вместо берёзы. Канал, как и я, адаптируется."),
    P(
        "link",
        "Saved this month:\nhttps://example.org/canada-tax-calculator\nhttps://example.org/rag-evaluation-guide\nhttps://example.org/pinball-loss-explained",
    ),
    P(
        "personal",
        "Первый месяц на новой работе. Главное отличие: здесь все пишут документы до кода. Сначала бесило, теперь нравится.",
    ),
    P(
        "news",
        "A major job board published its annual report: data science postings in Canada are down 12% year over year, while ML engineering roles are up 20%. The market is moving towards people who can ship models.",
    ),
    P(
        "ad",
        "Канал «Релокация в Канаду без мифов»: визы, налоги, аренда и школы от юриста-иммиграционщика. @relocate_canada_x\n\nРеклама. ИП Соколова Е. В., ИНН 770512345678, erid: 2VtzqxCan7r",
    ),
    P("joke", "Standup in Canada: «Sorry, quick question, sorry, does anyone know, sorry»"),
    P(
        "personal",
        "Half a year in the new job. Passed probation. My manager said my English improved a lot; I think he is being Canadian.",
    ),
    P("other", "Ребята, я на две недели в отпуск, посты будут реже. Вопросы в комментах вижу, отвечу после."),
    P(
        "news",
        "Google, OpenAI and Anthropic all shipped coding agents this month. At my company we got access to one of them — so far it writes excellent unit tests and very confident bugs.",
    ),
    P("joke", "Когда коллега-канадец говорит «interesting approach» — это значит, что всё надо переделать"),
    P(
        "news",
        "Kaggle announced a new tabular competition with a prize pool of 100k USD: predicting insurance claims. Half of my former Moscow colleagues have already formed teams.",
    ),
    P(
        "other",
        "Quick note: from now on I will tag every post with the company type (bank, e-commerce, startup), so you can find the loops you care about.",
    ),
    P(
        "personal",
        "Сходил на местный митап по ML. Все подходят знакомиться первыми. В Москве я бы уже сбежал, тут пришлось поговорить с шестью людьми.",
    ),
    P(
        "event",
        "Next Thursday I will give a short talk at a local meetup about moving a credit scoring team from one country to another. Free entry, slides will be posted here.",
    ),
    P(
        "news",
        "The Canadian government published a new AI and data act draft: high-impact systems, including credit decisions, will need documented bias testing and human review.",
    ),
    P(
        "link",
        "A collection of interview question banks people sent me in the comments:\nhttps://example.org/ml-questions-bank\nhttps://example.org/stats-interview-set\nhttps://example.org/ab-testing-questions",
    ),
    P("joke", "Coffee in Canada: «Medium double-double». Coffee in Moscow: «Раф на кокосовом, пожалуйста». I miss raf."),
    P(
        "other",
        "Some of you asked for a chat for people who are relocating. Here it is: @loops_relocation_chat_x. Please be nice to each other.",
    ),
    P("personal", "Got my work permit extension today. Three months of waiting, one envelope, two minutes of joy."),
    P(
        "news",
        "LinkedIn says «machine learning engineer» was the fastest-growing job title in Canada again this year. «Data scientist» was not even in the top 15.",
    ),
    P(
        "personal",
        "Today was my first day presenting a model to the business in English. Nobody laughed at my accent. One person laughed at my joke. Success.",
    ),
    P(
        "news",
        "A large Canadian telecom company open-sourced its internal library for time series forecasting. The docs are excellent, the tests are even better.",
    ),
    P("personal", "Московские коллеги спрашивают, не жалею ли. Честно: иногда очень. Особенно в феврале."),
    P("joke", "When the Slack message from your manager is just «Do you have a minute?»", extra=photo()),
    P("other", "I will be offline for a few days: we are driving to Montreal for a long weekend. Posts will resume on Tuesday."),
    P("personal", "Montreal is beautiful and everyone switched to English the moment they heard my French. Fair."),
    P(
        "news",
        "A popular MLOps platform raised a new round and now offers a free tier for small teams. We are testing it for model monitoring at work.",
    ),
    P(
        "joke",
        "My son, 8: «Dad, what do you do at work?» Me: «I predict things». Him: «Then who will win the hockey game tonight?» I was wrong.",
    ),
    P(
        "personal",
        "One year in Canada today. A job, a school for my son, a winter survived, and this channel. Thank you all for reading.",
    ),
    P("other", "Давайте в комментариях: какой вопрос с собеса вы до сих пор вспоминаете? Лучшие разберу в следующем сезоне."),
    P(
        "personal",
        "Start of the new year. I keep my rule from last year: one interview a quarter, even with a job. It keeps the skills sharp and the salary honest.",
    ),
    P(
        "news",
        "Amazon, Shopify and two Canadian banks announced return-to-office policies of three or four days a week. Remote-first roles are getting much rarer here.",
    ),
    P("joke", "Return to office: 40 minutes on the streetcar to attend a video call from a meeting room"),
    P("other", "Reminder: my mock interviews are still open, and I added a system design format. DM me if you want one."),
    P("other", "Thanks for 3,000 subscribers! Next year: more loops, more answers, fewer complaints about winter. Maybe."),
]

POSTS = FIRST + interleave(EARLY, EARLY_CHATTER) + interleave(LATE_CHATTER, LATE_STUDY)

CHANNEL = Channel(
    folder="thirtysecond_abroad",
    name="Луп за лупом",
    username="loop_za_loopom_x",
    chat_id=1900000323,
    start=datetime(2025, 4, 7, 9, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

# The chatter is already spread among the posts above (make_corpus's interleave), so none is left to spread.
CHATTER: list[P] = []
