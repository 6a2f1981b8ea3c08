"""«Теория к онсайту» (twenty-seventh held-out corpus): ML theory questions of big-tech interviews, in Russian and English. Written blind.

Written without reading the classifier or its rules (see README.md, «Twenty-seventh held-out corpus»): an
ML engineer who moved to a large American tech company and now interviews for it posts the ML theory
questions of FAANG-style onsites, `#ml_theory` on a line of its own above some, half of them in English or
in both languages — bias and variance, the logistic loss from maximum likelihood, MLE against MAP,
cross-entropy against MSE, dropout, attention, calibration, label shift, the hashing trick, network effects
in experiments, a feed-ranking design — some answered in a reply or the next post, quizzes as polls; between
them tech news and layoffs, his relocation, levels and offers, memes, streams, his mock interviews,
giveaways, marked ads and link dumps.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import FILE_NOT_INCLUDED as FILE
from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Теория к онсайту"),
    P(
        "other",
        "Привет! Я Кирилл, ML-инженер в большой американской компании, сижу в команде ранжирования и сам собеседую кандидатов. Здесь — теоретические вопросы по ML с онсайтов в big tech, на русском и на английском (интервью-то на английском). Тег #ml_theory.",
    ),
    svc("pin_message", message_id=2),
    P(
        "question",
        "#ml_theory\n\nExplain the bias–variance trade-off. How does it show up when you grow a random forest vs a gradient boosting model?\n\nExpected error = bias² + variance + irreducible noise. A random forest averages deep, low-bias trees, so adding trees lowers variance and never overfits by itself. Boosting adds shallow, high-bias trees one after another, each fixing the residuals, so more trees lower bias but eventually raise variance: you need early stopping on a validation set.",
        theme="validation",
        title="Explain the bias–variance trade-off. How does it show up when you grow a random forest vs a gradient boosting model?",
    ),
    P("joke", "Me: *prepares 3 months for ML theory*\nInterviewer: so, reverse this linked list", extra=photo()),
    P(
        "question",
        "#ml_theory\n\nОткуда берётся log loss в логистической регрессии?\n\nИз максимального правдоподобия. Модель говорит: P(y=1|x) = σ(wᵀx). Правдоподобие выборки — произведение p_i^{y_i}(1 − p_i)^{1 − y_i}. Берём логарифм, меняем знак — получаем −Σ [y log p + (1 − y) log(1 − p)], то есть бинарную кросс-энтропию. Минимизировать log loss = максимизировать правдоподобие бернуллиевской модели. На онсайте это любят просить вывести на доске.",
        theme="losses",
        title="Откуда берётся log loss в логистической регрессии?",
    ),
    P("personal", "Пятый месяц в Штатах. Выучил: «quick sync» длится час, а «let's take it offline» значит «никогда»."),
    P(
        "question",
        "",
        theme="losses",
        name="mse_quiz",
        extra=poll(
            "Почему для классификации с сигмоидой на выходе обычно не берут MSE?",
            "MSE нельзя продифференцировать",
            "С сигмоидой MSE невыпукла и даёт маленькие градиенты на уверенных ошибках",
            "MSE не работает с вероятностями больше 0.5",
            "Так исторически сложилось, разницы нет",
            voters=1410,
        ),
    ),
    P(
        "answer",
        "Ответ: невыпуклость и затухающие градиенты. Градиент MSE по логиту содержит множитель σ'(z) = p(1 − p): если модель уверенно ошибается (p ≈ 0 при y = 1), градиент почти нулевой, и она учится медленно. У кросс-энтропии этот множитель сокращается, градиент = p − y — чем сильнее ошибка, тем сильнее толчок. Плюс log loss с линейной моделью выпукл, а MSE с сигмоидой — нет. Правильно ответили 69%.",
        to="mse_quiz",
        reply=True,
    ),
    P(
        "news",
        "Компания объявила о сокращении 5% сотрудников. Наша команда не задета, но две соседние — да. Рынок в Штатах сейчас тяжёлый: на одну позицию ML-инженера приходят сотни откликов.",
    ),
    P(
        "question",
        "#ml_theory\n\nMLE vs MAP — в чём разница и при чём тут регуляризация?\n\nMLE ищет параметры, максимизирующие P(data | θ). MAP — максимизирующие P(θ | data) ∝ P(data | θ)·P(θ), то есть добавляет априорное распределение. Логарифм гауссовского prior на веса — это −λ‖w‖², то есть L2-регуляризация; лапласовский prior даёт L1. Так что ridge-регрессия — это MAP с гауссовским prior. Хороший кандидат говорит это сам, без наводящих вопросов.",
        theme="statistics-and-data",
        title="MLE vs MAP — в чём разница и при чём тут регуляризация?",
    ),
    P(
        "ad",
        "Реклама. Сервис подготовки к собеседованиям в зарубежные компании: 300 задач, разборы на английском, мок-интервью с инженерами. Промокод ONSITE — минус 20%. https://example-prep.com/ru\nООО «Пример Карьера», ИНН 7700000005, erid: 2Vtzqz5Lm",
    ),
    P(
        "question",
        "#ml_theory\n\nWhy does dropout work, and what changes at inference time?\n\nDuring training each unit is zeroed with probability p, so the network cannot rely on any single co-adapted unit; it behaves like training an ensemble of thinned networks that share weights. At inference nothing is dropped, and activations must keep the same expected value: modern frameworks use inverted dropout, scaling by 1/(1 − p) during training, so inference is a plain forward pass.",
        theme="deep-learning",
        title="Why does dropout work, and what changes at inference time?",
    ),
    P(
        "link",
        "Мой список для подготовки к ML-онсайту:\nhttps://example.org/ml-interview-book\nhttps://example.org/system-design-ml\nhttps://example.org/stats-cheatsheet\nhttps://example.org/leetcode-ml-list",
    ),
    P(
        "task",
        "#ml_theory задача\n\nYou train a classifier on a balanced dataset (50% positives), but in production only 5% of requests are positive. The model's predicted probabilities are now too high. How do you fix them without retraining?",
        theme="drift",
        title="You train a classifier on a balanced dataset (50% positives), but in production only 5% of requests are positive. The model's predicted probabilities are now too high. How do you fix them without retraining?",
        name="prior_task",
    ),
    P(
        "answer",
        "Ответ: это label shift (prior shift) — P(x|y) та же, поменялось P(y). Поправка через отношение шансов: odds' = odds · (π'/(1 − π')) / (π/(1 − π)), где π = 0.5 на обучении, π' = 0.05 в проде. В логитах — просто сдвинуть на log(0.05/0.95) − log(0.5/0.5) ≈ −2.94. Если доля в проде неизвестна, её оценивают по распределению предсказаний (EM, алгоритм Saerens). Ранжирование не меняется, меняется только калибровка.",
        to="prior_task",
    ),
    P(
        "promo",
        "Провожу мок-интервью в формате настоящего ML-онсайта: 45 минут теории или ML system design на английском, затем разбор и письменный фидбек. 4 слота в неделю. Запись: https://example-calendar.com/onsite-mock",
    ),
    P(
        "question",
        "#ml_theory\n\nПочему k-means плохо находит вытянутые или вложенные кластеры?\n\nk-means минимизирует сумму квадратов расстояний до центров, то есть неявно считает кластеры сферическими и одного размера: каждая точка уходит к ближайшему центру, и граница между кластерами — прямая посередине. Вытянутый кластер он разрежет пополам, кольцо вокруг ядра не отделит вовсе. Тогда берут GMM с полной ковариацией, DBSCAN или спектральную кластеризацию.",
        theme="classic-ml",
        title="Почему k-means плохо находит вытянутые или вложенные кластеры?",
    ),
    P("personal", "Взял неделю отпуска и улетел в Мексику. Ноутбук не взял. Впервые за пять лет."),
    P(
        "task",
        "#ml_theory\n\nКлассика probability-раунда: монету подбрасывают, пока не выпадет орёл. Какое матожидание числа бросков? А если монета выпадает орлом с вероятностью p?",
        theme="statistics-and-data",
        title="Классика probability-раунда: монету подбрасывают, пока не выпадет орёл. Какое матожидание числа бросков? А если монета выпадает орлом с вероятностью p?",
        name="coin_task",
    ),
    P(
        "answer",
        "Ответ: 2, а в общем случае 1/p. Через рекурсию: E = 1 + (1 − p)·E — один бросок сделан всегда, с вероятностью 1 − p мы снова в начале. Отсюда E = 1/p. Это матожидание геометрического распределения. Интервьюер ждёт именно рекурсию, а не формулу из памяти.",
        to="coin_task",
    ),
    P(
        "news",
        "Apple показала свою on-device модель на 3 млрд параметров с квантованием до 2 бит. Для интервью по инференсу теперь есть свежий пример, о чём спросить.",
    ),
    P(
        "personal",
        "Получил первый perf review. «Exceeds expectations». Перевожу на русский: «работай так же, но повышения пока не будет».",
    ),
    P(
        "question",
        "#ml_theory\n\nЗачем в attention делят на √d_k?\n\nСкалярное произведение q·k суммирует d_k слагаемых; если компоненты q и k независимы с нулевым средним и единичной дисперсией, дисперсия q·k равна d_k. При d_k = 128 логиты достигают десятков, softmax насыщается почти в one-hot, и градиенты через него исчезают. Деление на √d_k возвращает дисперсию к 1.",
        theme="llm",
        title="Зачем в attention делят на √d_k?",
    ),
    P(
        "event",
        "В субботу в 18:00 по Москве стрим: разберу с подписчиком ML system design «рекомендации друзей в соцсети» в формате настоящего интервью, на английском, с разбором на русском. https://example-stream.com/onsite",
    ),
    P(
        "joke",
        "L5 в big tech: пишет дизайн-доки.\nL6: пишет дизайн-доки о дизайн-доках.\nL7: решает, какие дизайн-доки не писать.",
    ),
    P(
        "question",
        "System design question I ask myself, in English.\n\nDesign the ranking of a social feed. What are the main stages and what do you optimise?\n\nCandidate generation (a few thousand items from follows, embeddings, trending), then a light first-stage ranker, then a heavy multi-task model predicting p(click), p(like), p(comment), p(hide), combined into one value score with tuned weights, then business rules and diversity re-ranking. Train on logged impressions, watch position bias, evaluate offline with NDCG on sessions and online with an A/B test on time spent and retention, not only on clicks.",
        theme="ml-system-design",
        title="Design the ranking of a social feed. What are the main stages and what do you optimise?",
    ),
    P(
        "news",
        "Вышла новая открытая LLM на 400 млрд параметров с контекстом в миллион токенов. В бенчмарках догоняет закрытые модели. У нас в компании уже спорят, можно ли её использовать в проде по лицензии.",
        extra={"forwarded_from": "AI Releases Daily"},
    ),
    P(
        "task",
        "#ml_theory\n\nВы тестируете новую модель рекомендаций друзей в соцсети A/B-тестом, пользователей делите случайно. Почему результат может быть смещён и как поставить эксперимент правильно?",
        theme="ab-testing",
        title="Вы тестируете новую модель рекомендаций друзей в соцсети A/B-тестом, пользователей делите случайно. Почему результат может быть смещён и как поставить эксперимент правильно?",
        name="network_task",
    ),
    P(
        "answer",
        "Разбор. Сетевой эффект: пользователь из теста добавляет друга из контроля, и контроль тоже «получает» эффект — нарушается SUTVA, разница между группами занижается. Что делают: кластерную рандомизацию — делят граф на плотные кластеры (сообщества, регионы) и рандомизируют кластеры целиком; ego-cluster рандомизацию; или смотрят на метрики, которые не переливаются через связи. Плата — меньше эффективный размер выборки и шире доверительные интервалы.",
        to="network_task",
        reply=True,
    ),
    P(
        "other",
        "Поправил пост про MLE и MAP: лапласовский prior даёт L1, а не L2, как я написал сначала. Спасибо комментаторам.",
        extra={"edited": 2},
    ),
    P(
        "question",
        "#ml_theory\n\nЧто такое hashing trick и когда его используют?\n\nПризнаки с огромным и растущим словарём (id объявлений, пары слов) не кодируют one-hot по словарю, а берут hash(feature) mod 2^k как индекс в векторе фиксированной длины. Память фиксирована, новые значения не требуют переобучения словаря. Цена — коллизии: разные значения делят один вес. При 2^20–2^24 корзин и регуляризации на качестве это почти не сказывается. Классика рекламных CTR-моделей.",
        theme="features",
        title="Что такое hashing trick и когда его используют?",
    ),
    P(
        "giveaway",
        "Разыгрываю 2 бесплатных мок-интервью со мной. Условие: подписаться и написать в комментариях, в какую компанию вы мечтаете попасть. Итоги в пятницу.",
    ),
    P(
        "question",
        "",
        theme="metrics",
        name="auc_quiz",
        extra=poll(
            "Your model's scores are all multiplied by 0.5. What happens to ROC-AUC and log loss?",
            "Both stay the same",
            "AUC stays the same, log loss changes",
            "AUC changes, log loss stays the same",
            "Both change",
            voters=1280,
        ),
    ),
    P(
        "answer",
        "Ответ: AUC не меняется, log loss меняется. AUC зависит только от порядка скоров, а умножение на положительное число порядок сохраняет. Log loss смотрит на сами вероятности: все они стали вдвое меньше, калибровка сломана, лосс вырос. Поэтому на интервью важно сказать, зачем вам метрика: ранжирование — AUC, вероятности для ставок или бюджета — log loss и калибровочные кривые.",
        to="auc_quiz",
    ),
    P(
        "personal",
        "Наконец получил грин-карту после двух лет ожидания. Теперь можно менять работу без страха. Менять не буду, но приятно.",
    ),
    P(
        "question",
        "#ml_theory\n\nL1 vs L2 regularisation: why does L1 give sparse weights?\n\nGeometrically, the L1 ball is a diamond with corners on the axes, so the loss contours usually touch it at a corner where some weights are exactly zero; the L2 ball is round and has no corners. In terms of gradients, the L1 penalty pushes every weight towards zero with a constant force no matter how small it is, while the L2 push shrinks with the weight and never quite reaches zero.",
        theme="validation",
        title="L1 vs L2 regularisation: why does L1 give sparse weights?",
    ),
    P(
        "joke",
        "Кандидат на вопрос про градиентный бустинг: «Ну, это как случайный лес, только по-другому».\nЯ: *пишу в фидбек «lean hire»*",
    ),
    P(
        "ad",
        "#реклама Канал @relocate_it_ex_x — про переезд айтишников в США и Европу: визы, налоги, первые шаги. erid: 4CQwvHx7P",
    ),
    P(
        "question",
        "#ml_theory\n\nЧем Adam отличается от SGD с momentum и почему для трансформеров берут AdamW?\n\nMomentum копит экспоненциальное среднее градиентов. Adam дополнительно делит шаг на корень из среднего квадратов градиентов — у каждого параметра свой масштаб шага, редкие признаки и эмбеддинги учатся быстрее. В Adam L2 в лоссе тоже масштабируется этим делителем и работает не как weight decay. AdamW применяет decay к весам отдельно от адаптивного шага — регуляризация становится честной, и на трансформерах это заметно лучше.",
        theme="deep-learning",
        title="Чем Adam отличается от SGD с momentum и почему для трансформеров берут AdamW?",
    ),
    P("link", "https://example.org/blog/ml-onsite-loop-explained"),
    P(
        "question",
        "#ml_theory\n\nWhat is calibration, and how would you check and fix it?\n\nA model is calibrated if, among all cases where it predicts 0.3, about 30% are positive. Check with a reliability diagram (bin the predictions, plot mean prediction against the observed rate) and the expected calibration error. Fix with Platt scaling (a logistic regression on the scores) or isotonic regression, fitted on a held-out set, never on the training data. Boosted trees and deep nets are often miscalibrated out of the box.",
        theme="statistics-and-data",
        title="What is calibration, and how would you check and fix it?",
    ),
    P(
        "news",
        "Google, Meta и Amazon за квартал объявили о планах потратить на дата-центры под ИИ больше, чем за весь прошлый год. Инженеры инфраструктуры — самые востребованные люди рынка.",
    ),
    P(
        "task",
        "#ml_theory\n\nA/B test: the new ranking model increases clicks by 3% (p = 0.01), but 7-day retention does not move. The PM wants to ship. What do you say?",
        theme="ab-testing",
        title="A/B test: the new ranking model increases clicks by 3% (p = 0.01), but 7-day retention does not move. The PM wants to ship. What do you say?",
        name="clicks_task",
    ),
    P(
        "answer",
        "Разбор. Клики — прокси-метрика, retention — то, что важно бизнесу. Варианты: модель научилась кликбейту (проверить hide/report и время после клика); эффект на retention есть, но тест недостаточно мощный, чтобы его увидеть за 7 дней (посчитать MDE для retention); novelty effect (посмотреть динамику по дням). Хороший ответ — не «шипим» и не «не шипим», а какие guardrail-метрики проверить и сколько ещё держать тест.",
        to="clicks_task",
    ),
    P(
        "promo",
        "Собрал 150 вопросов по ML-теории с онсайтов с ответами на английском и русском в один PDF. Цена — 1500 ₽, для участников мок-интервью бесплатно. https://example-shop.com/onsite-150",
    ),
    P(
        "personal",
        "Собеседовал сегодня кандидата, который на все вопросы отвечал цитатами из моего канала. Дословно. Было неловко нам обоим.",
    ),
    P(
        "concept",
        "Точка зрения, которую я жду на онсайте:\n\nROC-AUC vs PR-AUC при сильном дисбалансе\n\nROC-AUC учитывает FPR = FP / (FP + TN). Когда отрицательных 99.9%, TN огромен, и даже тысячи ложных срабатываний почти не двигают FPR — ROC-AUC выглядит отлично. PR-AUC построена на precision = TP / (TP + FP) и сразу показывает, что среди срабатываний мало настоящих. Для фрода, поиска редких событий, рекламы с CTR 0.1% смотрите PR-AUC; её бейзлайн — доля положительных, а не 0.5.",
        theme="metrics",
        title="ROC-AUC vs PR-AUC при сильном дисбалансе",
    ),
    P(
        "question",
        "#ml_theory\n\nЧто такое covariate shift и как его заметить до того, как упадёт метрика?\n\nРаспределение признаков P(x) в проде отличается от обучения, а зависимость P(y|x) та же. Метки в проде приходят с задержкой, поэтому смотрят на входы: PSI или KS-тест по каждому признаку, и adversarial validation — классификатор, отличающий обучающие объекты от свежих; AUC заметно выше 0.5 значит, что сдвиг есть, а его важности показывают, какие признаки уехали.",
        theme="drift",
        title="Что такое covariate shift и как его заметить до того, как упадёт метрика?",
    ),
    P(
        "joke",
        "Когда на онсайте спросили, сколько мячей для гольфа влезет в самолёт, а ты готовился к трансформерам:",
        extra=photo(),
    ),
    P(
        "concept",
        "KV-cache: почему генерация LLM не пересчитывает всё заново\n\nПри авторегрессионной генерации каждый новый токен смотрит attention на все предыдущие. Ключи и значения (K, V) прошлых токенов не меняются, поэтому их хранят в кеше и считают только q, k, v нового токена. Шаг генерации становится O(n) вместо O(n²), но память кеша растёт линейно с длиной контекста и числом слоёв — отсюда multi-query и grouped-query attention, которые делят K и V между головами.",
        theme="llm",
    ),
    P("other", "Завтра пост будет поздно — у меня интервью-день, четыре кандидата подряд."),
    P(
        "question",
        "#ml_theory\n\nПочему перед kNN признаки нужно масштабировать?\n\nkNN считает расстояния, и признак с большим диапазоном (доход в рублях) задавит признак с маленьким (возраст): расстояние почти целиком определится доходом. Стандартизация или min-max выравнивают вклад. Скейлер обучают на train, не на всех данных. Деревьям масштаб не нужен — они режут по порогам.",
        theme="features",
        title="Почему перед kNN признаки нужно масштабировать?",
    ),
    P("ad", "#реклама Канал @leetcode_daily_ex_x — одна задача с собеседования в день с решением на Python. erid: 4CQwvJp3Z"),
    P(
        "event",
        "В четверг выступаю на онлайн-митапе русскоязычных инженеров в Штатах: «Как устроен ML-онсайт изнутри — взгляд интервьюера». Регистрация: https://example-meetup.com/ru-engineers",
    ),
    P(
        "promo",
        "Открыл запись на пакет из трёх мок-интервью (теория, system design, behavioral) со скидкой. Осталось 5 мест на месяц. https://example-calendar.com/onsite-mock",
    ),
    P("joke", "Behavioral interview: «Расскажите о конфликте с коллегой».\nЯ: «Однажды он поставил табы вместо пробелов»."),
    P(
        "other",
        "",
        extra={
            "poll": {
                "question": "Какие посты вам интереснее?",
                "closed": True,
                "total_voters": 740,
                "answers": [
                    {"text": "ML theory", "voters": 350, "chosen": False},
                    {"text": "System design", "voters": 290, "chosen": False},
                    {"text": "Жизнь в Штатах", "voters": 100, "chosen": False},
                ],
            }
        },
    ),
    P(
        "event",
        "Запись стрима с дизайном рекомендаций друзей: https://example-stream.com/onsite/rec-3\nКандидат справился на strong hire, таймкоды в комментариях.",
    ),
    P(
        "question",
        "#ml_theory\n\nКак работает градиентный бустинг и почему он «градиентный»?\n\nМодель строится суммой: F_m(x) = F_{m−1}(x) + η·h_m(x). Каждое новое дерево h_m обучают на антиградиенте лосса по текущим предсказаниям — для MSE это просто остатки y − F, для log loss — y − p. То есть бустинг — градиентный спуск в пространстве функций, а дерево — шаг. Learning rate η и ранняя остановка контролируют переобучение.",
        theme="classic-ml",
        title="Как работает градиентный бустинг и почему он «градиентный»?",
    ),
    P(
        "joke",
        "Как я объясняю родителям, чем занимаюсь: «Учу компьютер угадывать, что ты лайкнешь».\nМама: «Так это ты мне показываешь рекламу кастрюль?»",
        extra=photo(),
    ),
    P(
        "news",
        "Вышел отчёт о зарплатах в big tech за год: медиана total compensation ML-инженера уровня L5 в США — около 380 тысяч долларов, в Европе — втрое меньше. Рост к прошлому году почти нулевой.",
    ),
    P(
        "question",
        "#ml_theory\n\nWhy do we need positional encodings in a transformer?\n\nSelf-attention is permutation-equivariant: shuffle the input tokens and the outputs are shuffled the same way, so without extra information the model cannot tell «dog bites man» from «man bites dog». Positional encodings add order: fixed sinusoids or learned vectors added to embeddings, or relative schemes such as RoPE that rotate queries and keys so the attention score depends on the distance between tokens.",
        theme="llm",
        title="Why do we need positional encodings in a transformer?",
    ),
    P(
        "giveaway",
        "Итоги розыгрыша мок-интервью: победили @anna_ds_x и @timur_ml_x. Больше всего вы мечтаете попасть в компанию, название которой начинается на G. Неожиданно.",
    ),
    P("other", "Друзья, я читаю все комментарии, но в личку отвечаю только по мок-интервью."),
    P(
        "question",
        "#ml_theory\n\nКакой вопрос про ML в целом я задаю всем: чем ваша модель лучше простого бейзлайна?\n\nЖду не «у меня нейросеть», а: какой был бейзлайн (правило, популярное, логрегрессия), на сколько лучше по офлайн-метрике, подтвердилось ли это онлайн и стоило ли это усложнения поддержки. Кандидат, который начал с бейзлайна, почти всегда сильнее того, кто сразу взял трансформер.",
        theme="general",
        title="Какой вопрос про ML в целом я задаю всем: чем ваша модель лучше простого бейзлайна?",
    ),
    P(
        "personal",
        "Меня повысили до senior (L5)! Полтора года и один очень длинный промо-пакет. Спасибо всем, кто поддерживал в комментариях.",
    ),
    P(
        "ad",
        "Реклама. Английский для IT-специалистов с преподавателем: подготовка к интервью, small talk, behavioral. Первый урок бесплатно. https://example-english.com/it\nИНН 7800000006, erid: 2SDnjfQa4",
    ),
    svc("edit_group_photo", photo=FILE),
    P(
        "other",
        "Добавил в пост про калибровку картинку reliability diagram — без неё было абстрактно.",
        extra={"edited": 8, **photo()},
    ),
    P(
        "news",
        "Meta открыла исходники своей библиотеки для обучения рекомендательных моделей на тысячах GPU. Для тех, кто готовится к system design, — хороший источник: там видно, как на самом деле устроены эмбеддинг-таблицы.",
    ),
]

CHANNEL = Channel(
    folder="twentyseventh_onsite",
    name="Теория к онсайту",
    username="teoriya_k_onsaitu_x",
    chat_id=1900000273,
    start=datetime(2025, 5, 12, 14, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

CHATTER: list[P] = [
    P("joke", "Recruiter: the role is 80% research.\nThe role: 80% fixing data pipelines.", extra=photo()),
    P(
        "news",
        "Одна из крупных компаний вернула обязательный офис пять дней в неделю. В LinkedIn тут же выросло число «open to work».",
    ),
    P("personal", "Сегодня 4 часа ехал до офиса в снегопад. Калифорнийские коллеги прислали фото с пляжа."),
    P("other", "На следующей неделе постов не будет — в компании hackathon."),
    P("link", "https://example.org/papers/attention-is-all-you-need-annotated"),
    P(
        "ad",
        "Реклама. Онлайн-курс «ML System Design для интервью», 5 недель, разборы реальных задач. https://example-school.com/mlsd?utm=onsite\nИНН 7700000007, erid: 2Vtzr0Kq8",
    ),
    P("event", "Напоминаю: стрим через час, ссылка в посте выше."),
    P("joke", "Интервьюер: «Any questions for us?»\nЯ, который 45 минут выводил backprop: «Можно воды?»"),
    P("news", "В Канаде упростили рабочие визы для специалистов по ИИ. В комментариях к прошлому посту уже трое собрались."),
    P(
        "personal",
        "Меня спрашивают, как я готовился к онсайту. Три месяца по два часа в день: теория, system design, leetcode. И пять мок-интервью, без них бы не прошёл.",
    ),
    P(
        "joke",
        "Senior ML engineer: *40 минут объясняет, почему нужен бейзлайн*\nТакже senior ML engineer: *запускает трансформер на 12 строках данных*",
    ),
    P("other", "Если вам полезен канал — перешлите пост другу, который готовится к интервью. Это лучшая поддержка."),
    P(
        "link",
        "Что почитать:\nhttps://example.org/bias-variance-deep-dive\nhttps://example.org/calibration-guide\nhttps://example.org/ab-network-effects",
    ),
]
