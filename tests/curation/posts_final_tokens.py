"""«Токены и тейки» (final held-out corpus): an NLP/LLM engineer's busy news channel. Written blind.

Written without reading the classifier or its rules (see README.md, «Final held-out corpus»): an
LLM engineer, writing partly in English, posts mostly releases, benchmarks, paper links, forwards
and hot takes, promos of his paid chat, marked ads, streams, polls and memes; now and then an
explainer (BPE, RLHF vs DPO, speculative decoding, sampling, MoE, evaluation of LLMs) or an
interview question or task, answered in a reply or the next post, and a quiz.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Токены и тейки"),
    P(
        "other",
        "Я Глеб, делаю LLM-продукты в проде последние три года: RAG, агенты, файнтюн, инференс. Тут — новости, которые я реально читаю, мои тейки про них и иногда разборы того, как всё это устроено. Some posts are in English, sorry not sorry.",
    ),
    svc("pin_message", message_id=2),
    P(
        "news",
        "New open-weights model dropped tonight: 32B dense, 128k context, Apache 2.0. Claims to beat last month's 70B on coding benchmarks. Weights on the hub, tech report promised «soon» (we know what that means).",
    ),
    P(
        "news",
        "Тейк: бенчмарк по коду, на котором все сравниваются, давно протёк в обучающие данные. +3 пункта на нём сейчас значат примерно ничего. Смотрю только на свежие задачи, опубликованные после даты среза данных модели.",
    ),
    P("link", "https://example.org/papers/2505.01234 — long-context retrieval survey, 60 pages"),
    P(
        "concept",
        "Разбор для тех, кто спрашивал в чате 👇\n**Как работает BPE-токенизатор**\n\nByte Pair Encoding начинает со словаря из отдельных байтов (или символов) и много раз повторяет одно действие: находит самую частую пару соседних токенов в корпусе и склеивает её в новый токен. Через 50–200 тысяч склеек частые слова становятся одним токеном, редкие разбиваются на куски, а любая строка всё равно кодируется — в худшем случае побайтово.\n\nОтсюда практические следствия: русский текст в токенизаторе, обученном в основном на английском, занимает в 2–3 раза больше токенов (дороже и короче контекст); числа режутся на куски непредсказуемо, поэтому модели плохо считают; пробел перед словом — часть токена, и « кот» и «кот» — разные токены.",
        theme="llm",
        title="Как работает BPE-токенизатор",
    ),
    P(
        "news",
        "Вышла новая версия популярной библиотеки для инференса: ускорение prefill на 30% за счёт нового ядра внимания и поддержка FP8 на старших картах. Обновился на стенде — у нас +18% throughput, падений пока нет.",
    ),
    P(
        "joke",
        "Me: I will read the paper this weekend.\nAlso me on Sunday: reads the abstract and three tweets about it.",
        extra=photo(),
    ),
    P(
        "promo",
        "Напоминаю про мой закрытый чат: там разборы статей раньше канала, код с работы (что можно показать), созвоны раз в месяц и очень злые код-ревью промптов. 990 ₽ в месяц, ссылка в описании канала.",
    ),
    P(
        "news",
        "Большая лаборатория выпустила reasoning-модель с «бюджетом на размышления»: можно задать, сколько токенов она тратит на рассуждение перед ответом. На математике качество растёт почти логарифмически от бюджета.",
        extra={"forwarded_from": "LLM Daily RU"},
    ),
    P(
        "question",
        "Вопрос с собеса на LLM-инженера, который я люблю задавать\nПочему языковая модель ошибается, когда её просят посчитать, сколько букв «р» в слове «программирование»?",
        theme="llm",
        title="Почему языковая модель ошибается, когда её просят посчитать, сколько букв «р» в слове «программирование»?",
        name="letters",
    ),
    P(
        "news",
        "Paper of the day: a team shows that half of the gains from a popular RAG trick disappear when the baseline retriever is tuned properly. Tune your baselines, people. https://example.org/papers/2505.04321",
    ),
    P(
        "answer",
        "Ответ на вопрос про буквы. Модель не видит букв: она видит токены. «программирование» для неё — два-три токена вроде «прог», «рамми», «рование», и у каждого токена есть вектор, а не написание. Чтобы посчитать «р», модели нужно «помнить», из каких букв состоит каждый токен, и посчитать — это косвенное знание, выученное из данных, и оно ненадёжно. Помогает попросить модель сначала выписать слово по буквам (тогда каждая буква — отдельный токен) или дать ей инструмент — вызов кода.",
        to="letters",
        reply=True,
    ),
    P(
        "news",
        "Новый лидерборд от одного агрегатора: 14 моделей, оценивает LLM-судья. Первые три места — модели той же компании, что делала судью. Совпадение? Не думаю.",
    ),
    P(
        "other",
        "",
        extra=poll(
            "Что у вас в проде?", "API закрытых моделей", "Open-weights у себя", "И то и другое", "Пока только POC", voters=1840
        ),
    ),
    P(
        "concept",
        "#explainer\n**RLHF vs DPO, in plain words**\n\nRLHF: collect pairs of answers ranked by people, train a reward model on them, then optimise the LLM with PPO to get high reward while a KL penalty keeps it close to the original model. Three models in memory, a fragile RL loop, lots of knobs.\n\nDPO: skip the reward model. The authors showed that the optimum of the RLHF objective can be written in closed form, so you can train the policy directly on the preference pairs with a simple classification-like loss: raise the log-probability of the chosen answer relative to the reference model, lower the rejected one. One model plus a frozen reference, no sampling during training, much more stable.\n\nThe catch: DPO learns only from the pairs you have (offline), while RLHF can explore new answers and get them scored. That is why online variants and iterative DPO exist.",
        theme="llm",
        title="RLHF vs DPO, in plain words",
    ),
    P(
        "news",
        "Слухи: крупный облачный провайдер переводит всех на новый тарифный план для API моделей с оплатой за «кэшированные» токены промпта в 10 раз дешевле. Если правда — длинные системные промпты перестанут быть болью.",
    ),
    P(
        "joke",
        "Prompt engineering in 2023: «You are a helpful assistant».\nPrompt engineering in 2025: 4000 tokens of XML and a prayer.",
    ),
    P(
        "task",
        "Задачка для разминки 🧮\nСколько видеопамяти нужно, чтобы просто загрузить веса модели на 70 млрд параметров в bf16? А в 4-битной квантизации? Почему на практике этого всё равно не хватит для инференса?",
        theme="engineering",
        title="Сколько видеопамяти нужно, чтобы просто загрузить веса модели на 70 млрд параметров в bf16? А в 4-битной квантизации? Почему на практике этого всё равно не хватит для инференса?",
        name="vram",
    ),
    P(
        "answer",
        "Решение. bf16 — 2 байта на параметр: 70·10⁹ · 2 = 140 ГБ, то есть две карты по 80 ГБ как минимум. 4 бита — полбайта: около 35 ГБ, плюс масштабы квантизации, реально 38–40 ГБ.\n\nНо для инференса нужно ещё место под KV-кэш (растёт с длиной контекста и числом одновременных запросов — на длинных контекстах это десятки гигабайт), под активации и под буферы фреймворка. Поэтому «влезло в память» и «можно обслуживать пользователей» — разные вещи: оставляйте 20–40% памяти сверх весов.",
        to="vram",
    ),
    P(
        "news",
        "Hot take: agents are 80% retries and 20% hope. Every «autonomous agent» demo I saw this month had a human quietly fixing the tool calls off-screen.",
    ),
    P(
        "event",
        "Стрим в субботу в 12:00: разбираем свежий техрепорт открытой модели вживую, отвечаю на вопросы. Запись будет в закрытом чате и через неделю здесь.",
    ),
    P(
        "news",
        "Вышла новая эмбеддинг-модель с поддержкой 100 языков и матрёшечными (Matryoshka) векторами: можно обрезать вектор до 256 измерений почти без потери качества поиска. Для RAG на русском — надо тестировать.",
    ),
    P(
        "concept",
        "Speculative decoding: как ускорить генерацию в 2–3 раза без потери качества\n\nБольшая модель генерирует по одному токену за проход, и каждый проход упирается в чтение весов из памяти, а не в вычисления. Идея: маленькая черновая модель быстро предлагает k токенов, а большая за один проход проверяет их все параллельно. Токены принимаются, пока они совпадают с тем, что выбрала бы большая модель (для семплирования есть схема принятия с вероятностью min(1, p/q), которая сохраняет распределение большой модели в точности). На первом несовпадении берём токен большой модели и начинаем заново.\n\nВыигрыш зависит от доли принятых токенов: на коде и шаблонном тексте черновик угадывает часто, на творческом — реже.",
        theme="llm",
        title="Speculative decoding: как ускорить генерацию в 2–3 раза без потери качества",
    ),
    P(
        "ad",
        "Реклама. GPU-облако «ТензорХост»: H100 посуточно, готовые образы с vLLM, оплата в рублях. Промокод TOKENS — 15% на первый месяц. ООО «ТензорХост», ИНН 7800000000, erid: 2SDnjExAmPlE",
    ),
    P(
        "news",
        "Forward: one of the big labs published a paper on «sleeper» behaviours in fine-tuned models: a backdoor survives safety training. Worth reading if you fine-tune models from unknown sources.",
        extra={"forwarded_from": "Alignment Weekly"},
    ),
    P(
        "personal",
        "Третий день переписываю пайплайн оценки, потому что LLM-судья поменял формат ответа после обновления API. Никогда не используйте модель без фиксированной версии. Никогда.",
    ),
    P(
        "question",
        "",
        extra=poll(
            "Какой из методов дообучения на предпочтениях не требует отдельной reward-модели?",
            "PPO (классический RLHF)",
            "DPO",
            "Best-of-N с reward-моделью",
            "RLAIF",
            voters=930,
        ),
        theme="llm",
        name="dpo_quiz",
    ),
    P(
        "answer",
        "Ответ на опрос: DPO. PPO и best-of-N опираются на reward-модель напрямую; в RLAIF оценки даёт другая LLM, но дальше обычно обучают reward-модель или используют её оценки как награду. DPO оптимизирует политику прямо на парах «лучше/хуже» — подробнее в разборе выше по тегу #explainer.",
        to="dpo_quiz",
    ),
    P(
        "news",
        "Новый бенчмарк для русского языка от группы энтузиастов: 20 задач, от грамматики до юридических вопросов. Приятно, что включили задачи, написанные после 2024 года, — меньше шансов на утечку.",
    ),
    P(
        "link",
        "Что почитать на неделе:\nhttps://example.org/papers/2505.07001\nhttps://example.org/papers/2505.07345\nhttps://example.org/blog/long-context-tricks\nhttps://example.org/papers/2505.08888",
    ),
    P(
        "concept",
        "#explainer\nBenchmark contamination, or why a new SOTA often means little\n\nLarge models are trained on web-scale data, and popular benchmarks live on the web: in papers, GitHub repos, forums. If test questions (or close paraphrases) got into pre-training, the model partly remembers answers instead of solving them. Signs: a big jump on an old benchmark but not on fresh ones, the model completing a question verbatim from its first half, higher scores on the original wording than on a rephrased one.\n\nWhat to do when you evaluate: prefer benchmarks with questions written after the model's data cutoff, keep a private held-out set from your own domain, and test on rephrased versions. Your product's own eval set beats any leaderboard.",
        theme="llm",
        title="Benchmark contamination, or why a new SOTA often means little",
    ),
    P(
        "promo",
        "В закрытом чате на этой неделе: разбор нашего пайплайна оценки RAG целиком, с кодом и промптами судьи. Подключиться можно до пятницы, потом запись только для участников.",
    ),
    P(
        "news",
        "Meanwhile: a startup raised a big round to build «an operating system for agents». The deck leaked; it is a wrapper around three API calls and a vector database. Good for them.",
    ),
    P("joke", "LLM: I apologize for the confusion.\nМы: ты ничего не путал, мы просто спросили «ты уверен?».", extra=photo()),
    P(
        "question",
        "Ещё вопрос, который задают на собесах\nЧем top-k семплирование отличается от top-p (nucleus) и что делает температура?\n\nТемпература делит логиты перед softmax: T < 1 заостряет распределение (модель увереннее и однообразнее), T > 1 сглаживает (разнообразнее и чаще бред), T → 0 — жадный выбор. Top-k оставляет k самых вероятных токенов и перенормирует. Top-p оставляет минимальный набор самых вероятных токенов, чья суммарная вероятность не меньше p: когда модель уверена, это 1–2 токена, когда нет — сотни. Поэтому top-p подстраивается под неопределённость, а фиксированный k — нет.",
        theme="llm",
        title="Чем top-k семплирование отличается от top-p (nucleus) и что делает температура?",
    ),
    P(
        "news",
        "Обновление: та самая 32B-модель из начала месяца теперь с техрепортом. Самое интересное — 40% данных синтетические, сгенерированы их же прошлой моделью. Ждём статей про «модельный коллапс» в ответ.",
        extra={"edited": 2},
    ),
    P(
        "other",
        "Нас 10 000 🎉 Спасибо! Вместо розыгрыша айфона — обещаю больше разборов и меньше новостей про раунды инвестиций. Ну, постараюсь.",
    ),
    P(
        "concept",
        "Mixture of Experts на пальцах\n\nВ обычном трансформере каждый токен проходит через один и тот же большой FFN-блок. В MoE вместо него N «экспертов» (несколько FFN поменьше) и маленький роутер, который для каждого токена выбирает top-2 эксперта. Параметров в модели много (все эксперты), а вычислений на токен — как у модели в разы меньше (работают только два эксперта).\n\nПодводные камни: роутер норовит отправлять всё в пару любимых экспертов — нужен дополнительный лосс на балансировку нагрузки; все эксперты всё равно должны лежать в памяти, так что MoE экономит вычисления, но не видеопамять.",
        theme="llm",
        title="Mixture of Experts на пальцах",
    ),
    P(
        "news",
        "Open-source release: a new version of a popular fine-tuning library adds DPO, ORPO and KTO trainers with the same API, plus 4-bit LoRA out of the box. Fine-tuning a 8B model on one consumer GPU is now a 20-line script.",
    ),
    P(
        "giveaway",
        "Разыгрываю три месяца доступа в закрытый чат и одну консультацию по вашему RAG. Условие: репост канала и комментарий «хочу» с описанием вашей задачи в одну строку. Итоги в воскресенье.",
    ),
    P(
        "news",
        "Тейк недели: RAG никто не убьёт длинным контекстом. 1 млн токенов в контексте — это медленно, дорого и модели всё равно теряют факты в середине. Поиск + короткий контекст ещё долго будет дешевле и точнее.",
    ),
    P(
        "concept",
        "Почему LLM-судья не объективен: три известных смещения\n\n1. Позиционное: при сравнении двух ответов судья чаще выбирает первый (или второй — зависит от модели). Лечится: прогоняйте каждую пару дважды, поменяв ответы местами, и считайте согласованные вердикты.\n2. Длина: судьи любят длинные ответы, даже когда длинный ответ хуже. Контролируйте длину или добавляйте в рубрику штраф за воду.\n3. Самолюбие: модель завышает оценки ответам своей же семьи моделей.\n\nИ главное: перед тем как верить судье, разметьте 100–200 примеров руками и посчитайте согласие судьи с людьми.",
        theme="llm",
        title="Почему LLM-судья не объективен: три известных смещения",
    ),
    P("joke", "Наш RAG в демо: отвечает на всё.\nНаш RAG в проде: «В предоставленном контексте нет информации»."),
    P(
        "event",
        "Запись субботнего стрима про техрепорт выложил: https://example-video.org/watch/tokens-stream-12 — таймкоды в комментариях.",
    ),
    P(
        "news",
        "New paper claims transformers can be replaced by a state-space model at 7B without loss on language modelling. The eval is on perplexity only. I will believe it when I see it on retrieval-heavy tasks. https://example.org/papers/2506.00123",
    ),
    P(
        "question",
        "Interview question, junior level\nWhy does a decoder-only transformer need a causal mask during training?\n\nDuring training the whole sequence is fed at once, and every position predicts the next token. Without a mask, attention at position t could look at tokens t+1, t+2… — the very tokens it is supposed to predict, so the model would learn to copy instead of to predict, and at generation time, when the future is not there, it would fail. The causal mask sets attention scores to future positions to −∞ before the softmax, so position t sees only positions up to t. That is also what lets one forward pass train on all positions in parallel.",
        theme="llm",
        title="Why does a decoder-only transformer need a causal mask during training?",
    ),
    P(
        "other",
        "Уезжаю на конференцию на неделю, постов будет меньше. Если увидите меня в коридоре — подходите, я тот, кто ругается на LLM-судей.",
    ),
]

CHANNEL = Channel(
    folder="final_tokens",
    name="Токены и тейки",
    username="tokeny_i_teyki_x",
    chat_id=1900000033,
    start=datetime(2025, 5, 12, 7, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin

# Spread among the posts by make_corpus.interleave: the rest of what such a channel says.
CHATTER: list[P] = [
    P(
        "news",
        "Another day, another «GPT-killer»: a 400B MoE from a new lab, open weights, 256k context. Nobody has the GPUs to run it, which is the best kind of open.",
    ),
    P(
        "news",
        "Закрытая модель одной из лабораторий подешевела в API в четыре раза. Гонка цен продолжается — для нас, продуктовых команд, это лучшая новость года.",
    ),
    P("link", "https://example.org/blog/inference-cost-calculator — калькулятор стоимости инференса, удобно для оценок"),
    P(
        "news",
        "Репост из соседнего канала: вышел открытый датасет инструкций на русском, 500 тысяч примеров с ручной проверкой части.",
        extra={"forwarded_from": "NLP по-русски"},
    ),
    P("joke", "Scaling laws: more data, more compute, better model.\nМой бюджет: одна карта и надежда.", extra=photo()),
    P(
        "news",
        "Вышел обновлённый лидерборд по function calling: открытые модели почти догнали закрытые на простых вызовах, но сильно отстают на цепочках из 3+ вызовов.",
    ),
    P(
        "personal",
        "Сегодня ровно три года, как я ушёл из классического NLP в LLM. Тогда я делал NER на CRF, сейчас — то же самое промптом за 10 минут и в 100 раз дороже.",
    ),
    P(
        "news",
        "Forward: a popular code assistant switched its default model; users complain about worse completions for Python, better for TypeScript.",
        extra={"forwarded_from": "Dev Tools Digest"},
    ),
    P(
        "other",
        "",
        extra=poll("Чего больше хотите в канале?", "Новостей", "Разборов", "Тейков", "Мемов", voters=1520),
    ),
    P(
        "news",
        "Новая версия токенизатора у одной открытой модели: словарь вырос до 200 тысяч, русский текст теперь на 35% короче в токенах. Это напрямую дешевле инференс на русском.",
    ),
    P("link", "Слайды моего доклада: https://example.org/slides/rag-in-prod-2025"),
    P(
        "promo",
        "Открываю набор на свой интенсив «LLM в проде за 4 недели»: RAG, оценка, инференс, агенты без магии. Для участников закрытого чата скидка 20%. Подробности — в закрепе чата.",
    ),
    P(
        "news",
        "Hot take: the fine-tuning vs RAG debate is over, the answer is «both, and evals first». Stop arguing, start measuring.",
    ),
    P(
        "joke",
        "Когда модель на 1.5B параметров выигрывает у твоего файнтюна 70B, потому что ты перепутал шаблон чата.",
        extra=photo(),
    ),
    P(
        "news",
        "Paper link: long-context models fail at «needle in a haystack» when there are two needles. Simple and humbling. https://example.org/papers/2506.01111",
    ),
    P(
        "other",
        "Отвечаю на частый вопрос: курсы не продаю, кроме своего интенсива; все остальные «курсы от Глеба» в рекламе — не мои. Будьте осторожны.",
    ),
    P(
        "news",
        "Вышел мультимодальный релиз от большой лаборатории: модель слушает и говорит в реальном времени с задержкой 300 мс. Демо впечатляет, API — через месяц.",
    ),
    P("joke", "Тимлид: сколько займёт сделать чат-бота на документах?\nЯ: демо — день. Прод — квартал.\nТимлид слышит: день."),
    P(
        "news",
        "Big release: an open reasoning model distilled into 7B and 1.5B versions. The 7B solves school olympiad maths better than last year's frontier model. Distillation is eating the world.",
    ),
    P(
        "ad",
        "#реклама Канал @prompt_fabrika_x — ежедневные промпты для работы и учёбы. erid: 5RtyExAmPlE",
    ),
    P(
        "news",
        "Интересное из вакансий: всё больше компаний ищут не «ML-инженера», а «AI-инженера» — и хотят Python, промпты, оценки и немного фронтенда. Профессия меняется быстрее, чем названия.",
    ),
    P(
        "personal",
        "Провёл выходные без ноутбука на даче. Вернулся — вышло четыре модели, две статьи меня опровергли, одна подтвердила. Баланс.",
    ),
    P(
        "news",
        "Benchmark drama: a lab quietly updated its reported scores after people could not reproduce them. The new numbers are 4 points lower. Always read the footnotes.",
        extra={"forwarded_from": "LLM Daily RU"},
    ),
    P("link", "https://example.org/papers/2506.02222 — статья про смесь данных для предобучения, длинная, но полезная"),
    P(
        "news",
        "Вышла открытая модель для распознавания речи с поддержкой русского и таймкодами по словам. На наших звонках WER на 20% ниже прошлой версии.",
    ),
    P("joke", "Senior LLM engineer is someone who knows exactly which 3 lines of the system prompt nobody is allowed to touch."),
    P(
        "other",
        "Закрыл комментарии под новостными постами — спам-боты нашли нас. Под разборами комментарии открыты.",
    ),
    P(
        "news",
        "Ещё тейк: «open-source» модель без данных и без кода обучения — это open weights, а не open source. Не путайте, это важно для лицензий.",
    ),
    P(
        "event",
        "Во вторник участвую в онлайн-дискуссии «Что будет с NLP-инженерами через два года». Четыре спикера, 19:00, ссылка будет здесь за час.",
    ),
    P(
        "news",
        "Forward: new study says most enterprise LLM pilots never reach production; the top reason is missing evaluation, not model quality.",
        extra={"forwarded_from": "AI в бизнесе"},
    ),
    P(
        "link",
        "Ещё чтение:\nhttps://example.org/papers/2506.03333\nhttps://example.org/papers/2506.04444\nhttps://example.org/blog/kv-cache-eviction",
    ),
    P(
        "news",
        "Новая версия открытой модели для эмбеддингов кода: поиск по репозиторию стал заметно лучше на Python и Go. Мы у себя переключили индексацию — посмотрим на метрики через неделю.",
    ),
    P(
        "promo",
        "Последние 10 мест на интенсив «LLM в проде». Старт в понедельник. Кто спрашивал про рассрочку — она есть.",
    ),
    P(
        "joke",
        "«We achieve state-of-the-art results» — on a benchmark we created, with a metric we defined, against baselines we tuned.",
    ),
    P(
        "news",
        "Рынок: ещё одна компания-разработчик LLM объявила о поглощении стартапа по оценке моделей. Эвалы становятся продуктом.",
    ),
]
