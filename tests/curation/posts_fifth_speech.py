"""«Спектрограмма» (fifth held-out corpus): a speech and audio ML engineer, partly in English. Written blind.

Written without reading the classifier or its rules (see README.md, «Fifth held-out corpus»): an
engineer who builds speech recognition for a call centre writes about ASR and TTS, spectrograms and
MFCC, CTC and RNN-T, WER and CER, voice activity detection and streaming recognition, asks the reader
questions answered in a reply or the next post («Ответ:», «Solution:»), a quiz as a poll, some posts
in English; and between them releases of speech models, paper links, hackathon and meetup
announcements, his own open-source tool, a marked ad, his life, polls and memes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Спектрограмма"),
    P(
        "other",
        "Привет! Меня зовут Тимур, я делаю распознавание речи для колл-центров. Здесь — ASR, TTS, обработка звука, вопросы с собесов в speech-команды и немного новостей. Some posts will be in English, sorry not sorry 🎧",
    ),
    svc("pin_message", message_id=2),
    P(
        "concept",
        "🎧\nМел-спектрограмма: что на самом деле ест модель\n\nСырой звук — это 16 000 чисел в секунду, с ними модели работать тяжело. Поэтому:\n1. Режем сигнал на короткие перекрывающиеся окна (обычно 25 мс с шагом 10 мс).\n2. В каждом окне считаем преобразование Фурье — получаем, сколько энергии на каждой частоте.\n3. Сжимаем частоты мел-фильтрами: их много на низких частотах и мало на высоких, как в человеческом слухе.\n4. Берём логарифм, потому что громкость мы тоже слышим логарифмически.\n\nИтог — картинка «время × 80 мел-полос», с которой работают почти все современные ASR.",
        theme="features",
        title="Мел-спектрограмма: что на самом деле ест модель",
    ),
    P(
        "news",
        "Вышла новая открытая модель распознавания речи на 100+ языков: по заявлению авторов, WER на русском на 15% ниже, чем у прошлой версии, и в три раза быстрее на CPU. Веса под открытой лицензией. Потестирую на наших звонках и напишу.",
    ),
    P(
        "question",
        "What is WER, and can it be above 100%?\n\nWord error rate = (S + D + I) / N, where S, D and I are the substitutions, deletions and insertions in the minimal edit alignment between the hypothesis and the reference, and N is the number of words in the reference. Since insertions are not bounded by N, a model that hallucinates a lot of extra words can easily get WER above 100%. That is also why WER is not an accuracy: 1 − WER can be negative.",
        theme="metrics",
        title="What is WER, and can it be above 100%?",
    ),
    P(
        "joke",
        "Модель ASR, когда в записи кто-то включил пылесос: «спасибо за обращение, ваш звонок очень важен для нас»",
        extra=photo(),
    ),
    P(
        "task",
        "Задачка на разминку 🧮\n\nReference: «включи свет в большой комнате»\nHypothesis: «включи свет в комнате пожалуйста»\n\nПосчитайте WER.",
        theme="metrics",
        title="Посчитайте WER.",
        name="wer",
    ),
    P(
        "answer",
        "Ответ: 2/5 = 40%.\n\nВыравниваем: «включи свет в» совпадает, «большой» удалено (D = 1), «комнате» совпадает, «пожалуйста» вставлено (I = 1). Замен нет. В референсе 5 слов: (0 + 1 + 1) / 5 = 0.4.",
        to="wer",
        reply=True,
    ),
    P(
        "link",
        "Статьи недели:\nhttps://example-arxiv.org/abs/2410.01234\nhttps://example-arxiv.org/abs/2410.05678\nhttps://example-arxiv.org/abs/2411.00420",
    ),
    P(
        "concept",
        "CTC loss на пальцах\n\nВ ASR мы знаем, какой текст сказан, но не знаем, какому кадру спектрограммы соответствует каждая буква. CTC (Connectionist Temporal Classification) решает это так: модель на каждом кадре выдаёт распределение по символам плюс специальный пустой символ blank. Любая последовательность по кадрам, которая после склейки повторов и удаления blank даёт нужный текст, считается правильной, и CTC суммирует вероятности всех таких путей динамическим программированием (forward-backward). Минимизируем −log этой суммы.\n\nОграничение: CTC считает выходы кадров условно независимыми при данном входе, поэтому сам по себе он плохо учит языковую модель.",
        theme="losses",
    ),
    P(
        "question",
        "Вопрос читателям: зачем в CTC нужен blank-токен? Почему нельзя просто склеивать повторы букв?",
        theme="losses",
        name="blank",
    ),
    P(
        "answer",
        "Ответ на вопрос про blank.\n\nДве причины. Первая — двойные буквы: без blank путь «к-а-с-с-а» после склейки повторов стал бы «каса», слово «касса» было бы не записать. С blank модель выдаёт «с _ с», и две «с» сохраняются. Вторая — паузы и переходы: кадров намного больше, чем букв, и на кадрах тишины или между звуками модели нужно что-то выдавать, не придумывая букв. На практике большая часть кадров — blank, а буквы выдаются короткими пиками.",
        to="blank",
    ),
    P(
        "personal",
        "Неделю слушал звонки с ошибками распознавания, чтобы понять, где модель ошибается. Вывод: половину слов я бы тоже не разобрал. Люди говорят в метро, в машине и с набитым ртом.",
    ),
    P(
        "concept",
        "MFCC: откуда берутся и нужны ли ещё\n\nMFCC — это лог-мел-спектрограмма, к которой применили дискретное косинусное преобразование и оставили первые 13–20 коэффициентов. DCT «раскоррелирует» соседние мел-полосы и отделяет огибающую спектра (тембр, форму речевого тракта) от тонкой структуры (высоты голоса). Это было важно для GMM-HMM с диагональными ковариациями.\n\nНейросетям раскорреляция не нужна, и они лучше работают прямо на лог-мел-спектрограмме, поэтому в современных ASR MFCC почти не используют. Но в маленьких моделях на устройствах и в задачах вроде определения говорящего они ещё встречаются.",
        theme="features",
    ),
    P(
        "event",
        "Хакатон по голосовым технологиям 25–26 октября: задачи на распознавание команд в шуме и синтез эмоциональной речи, призовой фонд 500 тысяч. Регистрация команд до 20 октября: https://example-voicehack.ru",
    ),
    P(
        "question",
        "",
        theme="features",
        name="nyquist",
        extra=poll(
            "Звук записан с частотой дискретизации 16 кГц. Какую максимальную частоту сигнала можно в нём представить?",
            "16 кГц",
            "8 кГц",
            "32 кГц",
            "4 кГц",
            voters=870,
        ),
    ),
    P(
        "answer",
        "Ответ: 8 кГц — половина частоты дискретизации (частота Найквиста). Всё, что выше, при записи либо срезается фильтром, либо превращается в алиасинг — ложные низкие частоты. Для речи 8 кГц хватает с запасом: основная энергия речи ниже 4 кГц, поэтому даже телефония с дискретизацией 8 кГц разборчива.",
        to="nyquist",
        reply=True,
    ),
    P(
        "joke",
        "Я: объясняю маме, что такое спектрограмма.\nМама: то есть ты целый день смотришь на картинки звука?\nЯ: ...да.",
        extra={"edited": 3},
    ),
    P(
        "question",
        "Что такое VAD и зачем он в пайплайне распознавания?\n\nVoice activity detection отделяет участки с речью от тишины и шума. В пайплайне он делает три вещи: режет длинную запись на куски для модели, экономит вычисления (в звонке до половины времени — тишина и музыка ожидания) и в потоковом режиме решает, когда фраза закончилась и пора отдавать результат. Простейший VAD — порог по энергии кадра, но он ломается на шуме; сейчас обычно берут маленькую нейросеть на лог-мел-признаках, которая выдаёт вероятность речи на каждый кадр, и сглаживают решение с гистерезисом.",
        theme="ml-system-design",
    ),
    P(
        "promo",
        "Выложил в открытый доступ нашу библиотеку для VAD: 300 КБ, работает в реальном времени на одном ядре, обёртки для Python и C++. Буду рад звёздочкам и issue: https://example-github.com/spektrogramma/tinyvad",
    ),
    P(
        "task",
        "System design task (we give it to seniors)\n\nDesign streaming speech recognition for a call centre: 2,000 concurrent calls, partial transcripts on the agent's screen with less than 500 ms delay, final transcripts stored for analytics. What do you put in the pipeline and where does the latency go?",
        theme="ml-system-design",
        title="Design streaming speech recognition for a call centre: 2,000 concurrent calls, partial transcripts on the agent's screen with less than 500 ms delay, final transcripts stored for analytics. What do you put in the pipeline and where does the latency go?",
        name="stream",
    ),
    P(
        "answer",
        "Solution sketch\n\n1. Audio comes in as small chunks (e.g. 100 ms) over a streaming protocol; a lightweight VAD per call drops silence and hold music.\n2. The acoustic model must be streaming: a transducer (RNN-T) or a chunked conformer with limited right context. Latency = chunk size + right context (lookahead) + compute time, so the lookahead is the main knob trading accuracy for delay.\n3. Partial hypotheses are sent to the agent's screen after every chunk; they may change, and the UI must be fine with that.\n4. When VAD detects the end of an utterance, the segment is finalised, optionally re-decoded with a bigger model or an LM rescoring pass, then punctuated and written to storage.\n5. Batching across calls on the GPU is what makes 2,000 streams affordable: dynamic batching with a deadline, so one slow call does not block others.\n\nMonitoring: WER on a sampled, human-labelled set per line of business, plus latency percentiles, not the average.",
        to="stream",
    ),
    P(
        "news",
        "Крупная компания показала модель синтеза речи, которая клонирует голос по трём секундам записи. Демо впечатляет, а вот раздел про защиту от злоупотреблений уместился в один абзац. Ждём волну звонков «мама, это я».",
    ),
    P(
        "concept",
        "SpecAugment — аугментация прямо на спектрограмме\n\nВместо того чтобы искажать звук, искажают его картинку: закрашивают случайные полосы частот (frequency masking) и случайные отрезки времени (time masking), иногда слегка растягивают по времени (time warping). Модель учится не полагаться на конкретную частотную полосу или короткий кусок, и это заметно снижает переобучение на небольших датасетах. Стоит почти ничего: считается на лету на GPU.",
        theme="deep-learning",
    ),
    P(
        "other",
        "",
        extra=poll(
            "Чем вы распознаёте речь в проде?",
            "Open-source модель как есть",
            "Дообученная open-source",
            "Своя модель",
            "Облачный API",
            voters=530,
        ),
    ),
    P(
        "question",
        "Частый вопрос на собесе: greedy decoding или beam search с языковой моделью?\n\nGreedy берёт на каждом кадре самый вероятный символ — быстро, но акустическая модель не знает, что «в кассу» вероятнее «фкасу». Beam search держит несколько лучших гипотез и добавляет к их скору оценку внешней языковой модели (shallow fusion): score = log P_ac + λ·log P_lm + β·длина. Выигрыш особенно большой на доменной лексике — названиях тарифов, фамилиях, адресах, — если LM обучена на текстах этого домена.",
        theme="deep-learning",
        title="Частый вопрос на собесе: greedy decoding или beam search с языковой моделью?",
    ),
    P(
        "ad",
        "Реклама. ООО «Звуковая Лаборатория», ИНН 7725390174, erid: 2VtzqxBm7Wd\n\nРазметка аудио под ключ: транскрибация, диаризация, эмоции. 300 разметчиков, контроль качества, от 2 ₽ за секунду. Тестовый пакет бесплатно: https://example-zvuklab.ru",
    ),
    P(
        "concept",
        "Как устроен современный TTS\n\nОбычно это два шага. Акустическая модель превращает текст (после нормализации и перевода в фонемы) в мел-спектрограмму: предсказывает длительность каждого звука, высоту тона и энергию. Затем вокодер превращает мел-спектрограмму обратно в звуковую волну — раньше это был медленный авторегрессионный WaveNet, сейчас GAN-вокодеры, работающие быстрее реального времени на CPU. Всё больше моделей делают оба шага сразу (end-to-end), а самые новые генерируют дискретные аудиотокены языковой моделью.",
        theme="deep-learning",
        title="Как устроен современный TTS",
    ),
    P(
        "question",
        "WER или CER для русского?\n\nВ русском одно слово имеет десятки форм, и ошибка в окончании («заказа» вместо «заказу») — это целое неверное слово для WER, хотя смысл почти не пострадал. CER считает ошибки по символам и к таким ошибкам мягче. Поэтому для русского мы смотрим обе: WER — потому что его понимает бизнес и он ближе к тому, как ошибку видит человек, CER — чтобы отличать грубые ошибки от морфологических. Сравнивать модели по WER между языками вообще нельзя.",
        theme="metrics",
        title="WER или CER для русского?",
    ),
    P(
        "question",
        "",
        theme="losses",
        name="align",
        extra=poll(
            "Which loss lets you train an ASR model on (audio, text) pairs without a frame-level alignment?",
            "Cross-entropy per frame",
            "CTC",
            "Triplet loss",
            "MSE on spectrograms",
            voters=690,
        ),
    ),
    P(
        "answer",
        "Answer: CTC. It marginalises over all alignments between the frames and the text, so you never need to know which frame is which letter. Frame-level cross-entropy was what hybrid HMM systems used, and it needs a forced alignment first. RNN-T and attention-based encoder-decoders are the other two ways to avoid an alignment.",
        to="align",
    ),
    P(
        "concept",
        "Нормализуйте текст, прежде чем считать WER\n\n«15 рублей» и «пятнадцать рублей», «Ёлка» и «елка», «ок» и «окей» — для WER это ошибки, хотя модель права. Перед подсчётом приводим и референс, и гипотезу к одному виду: нижний регистр, ё → е, без пунктуации, числа в одной форме, словарь вариантов написания. На наших звонках одна нормализация «снизила» WER с 19% до 14% — и это не улучшение модели, а честность метрики. Сравнивая модели, следите, чтобы нормализация была одной и той же.",
        theme="metrics",
        title="Нормализуйте текст, прежде чем считать WER",
    ),
    P(
        "joke",
        "Распознавание речи в 2015: «позвоните маме» → «позавтракайте в бане»\nВ 2025: «позвоните маме» → «Позвоните маме.» с идеальной пунктуацией, но звонок был про ипотеку",
    ),
    P(
        "question",
        "RNN-T vs CTC: what is the difference?\n\nBoth avoid frame-level alignment. CTC predicts each frame's output independently given the audio, so it has no built-in model of which token follows which. RNN-T (the transducer) adds a prediction network that sees the tokens emitted so far and a joint network combining it with the acoustic encoder, so the output is conditioned on the previous tokens. That gives it an internal language model and makes it the usual choice for streaming ASR, at the price of a heavier, more memory-hungry loss.",
        theme="deep-learning",
        title="RNN-T vs CTC: what is the difference?",
    ),
    P(
        "task",
        "Посчитайте в уме ✍️\n\nЗапись длиной 10 секунд, частота дискретизации 16 кГц, окно 25 мс, шаг 10 мс, без дополнения краёв. Сколько кадров будет в спектрограмме и сколько отсчётов в одном окне?",
        theme="features",
        title="Запись длиной 10 секунд, частота дискретизации 16 кГц, окно 25 мс, шаг 10 мс, без дополнения краёв. Сколько кадров будет в спектрограмме и сколько отсчётов в одном окне?",
        name="frames",
    ),
    P(
        "answer",
        "Решение: в окне 0,025 × 16 000 = 400 отсчётов, шаг 160 отсчётов, всего 160 000 отсчётов. Кадров: ⌊(160 000 − 400) / 160⌋ + 1 = 997 + 1 = 998. С дополнением краёв (center=True в librosa) было бы 1001 — поэтому размерности у разных библиотек и расходятся на пару кадров.",
        to="frames",
        reply=True,
    ),
    P(
        "question",
        "Модель обучили на записях 16 кГц с хороших микрофонов, а в проде телефония 8 кГц. Почему качество падает и что делать?\n\nЭто сдвиг распределения входа: у телефонного звука нет частот выше 4 кГц, есть сжатие кодеком и эхо. Мел-спектрограммы выглядят иначе, и модель видит «пустые» верхние полосы, которых не встречала. Лечится так: даунсэмплить обучающие данные до 8 кГц и обратно, прогонять их через телефонные кодеки как аугментацию, а лучше — добавить немного реальных размеченных звонков и дообучиться. И мониторить в проде распределение громкости, уровня шума и доли тишины — они первыми показывают, что канал поменялся.",
        theme="drift",
        title="Модель обучили на записях 16 кГц с хороших микрофонов, а в проде телефония 8 кГц. Почему качество падает и что делать?",
    ),
    P(
        "concept",
        "Speaker diarization in one post\n\nDiarization answers «who spoke when». The classic pipeline: VAD finds speech, the speech is cut into short overlapping segments, a speaker-embedding network (x-vectors, ECAPA) maps each segment to a vector, and the vectors are clustered (agglomerative or spectral clustering), often with the number of speakers unknown. The weak spot is overlapped speech, where two people talk at once; end-to-end neural diarization models predict several speakers per frame to handle it. The metric is DER: missed speech + false alarm + speaker confusion, as a share of total speech time.",
        theme="deep-learning",
        title="Speaker diarization in one post",
    ),
]

CHANNEL = Channel(
    folder="fifth_speech",
    name="Спектрограмма",
    username="spektrogramma_x",
    chat_id=1900000053,
    start=datetime(2025, 8, 25, 9, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

CHATTER: list[P] = [
    P(
        "news",
        "Release: an open text-to-speech model with 0.5B parameters, trained on 100k hours of speech in 12 languages, including Russian. Voice cloning from a short prompt, streaming output, permissive licence. The demo samples sound good; the Russian ones have a noticeable accent in stress placement.",
    ),
    P("other", "Всем хорошей недели и тихих микрофонов 🎙"),
    P(
        "link",
        "Papers I'm reading this week:\nhttps://example-arxiv.org/abs/2411.01111\nhttps://example-arxiv.org/abs/2411.02222",
    ),
    P(
        "personal",
        "Купил наконец нормальный микрофон для созвонов. Коллеги сказали, что впервые слышат меня без эха. Сапожник с сапогами.",
        extra=photo(),
    ),
    P(
        "joke",
        "Голосовой ассистент: не расслышал, повторите.\nЯ, в пятый раз, громче и медленнее, как иностранцу: ПО-ГО-ДА НА ЗАВ-ТРА",
        extra=photo(),
    ),
    P(
        "event",
        "Митап speech-инженеров в Москве 5 декабря: доклады про потоковое распознавание, синтез с эмоциями и разметку аудио. Я рассказываю про VAD. Вход свободный по регистрации: https://example-timepad.ru/event/speech-meetup",
    ),
    P(
        "news",
        "Репост: большая открытая модель ASR получила версию turbo — в 8 раз быстрее при WER хуже на 1–2 п.п. Для потоковых сценариев это может быть лучший компромисс.",
        extra={"forwarded_from": "Speech News"},
    ),
    P("other", "Спасибо, что нас уже 4 000! Напишите в комментариях, о чём из speech хотите пост."),
    P(
        "news",
        "A new benchmark for Russian ASR was published with 200 hours of call-centre, street and lecture recordings. The leaderboard already has 14 models; open-source models are close to the commercial APIs on clean speech and far behind on street noise.",
    ),
    P(
        "personal",
        "Сегодня защищал перед руководством бюджет на разметку. Аргумент, который сработал: «каждый процент WER — это столько-то минут, которые операторы тратят на исправления». Переводите метрики в деньги, это работает.",
    ),
    P("joke", "Модель TTS после 100 эпох: почти человеческий голос.\nМодель TTS после 101 эпохи: скрежет, как модем в 1998."),
    P(
        "link",
        "Список открытых датасетов русской речи, который я обновляю:\nhttps://example-github.com/spektrogramma/ru-speech-datasets",
    ),
    P(
        "news",
        "Облачные провайдеры снижают цены на распознавание: минута потокового ASR подешевела почти вдвое за год. Свои модели становятся выгоднее только при очень больших объёмах.",
    ),
    P(
        "other",
        "",
        extra=poll("Сколько часов размеченной речи у вашей команды?", "<100", "100–1000", "1000–10 000", ">10 000", voters=310),
    ),
    P(
        "personal",
        "Съездил на конференцию по обработке речи в Европе. Самое ценное, как всегда, было в коридоре: половина команд мучается с той же диаризацией, что и мы.",
        extra=photo(),
    ),
    P("joke", "WER 0%. Оказалось, в тестовом наборе все записи — тишина, а референсы пустые."),
    P(
        "ad",
        "Реклама. ООО «Облачные Вычисления Север», ИНН 7801627395, erid: 2VtzqwHd8Qp\n\nGPU A100 и H100 для обучения моделей почасово, без очереди. Скидка 25% на первый месяц для подписчиков канала по промокоду SPEKTR.",
    ),
    P(
        "event",
        "Стрим в субботу в 12:00: вместе дообучаем открытую ASR-модель на 10 часах звонков и смотрим, как меняется WER. Ссылка будет здесь.",
    ),
    P(
        "news",
        "Open-source voice activity detector models got a new release: smaller, faster, and now with a separate mode for music. Good news for anyone processing call-centre recordings with hold music.",
    ),
    P("other", "Ушёл в отпуск на неделю, посты будут по расписанию, на комментарии отвечу позже 🏔"),
    P(
        "event",
        "Итоги хакатона по голосовым технологиям: 40 команд, победила команда студентов, распознававшая команды в шуме строительного цеха. Запись финала: https://example-youtube.com/watch?v=voicehack-final",
    ),
    P(
        "giveaway",
        "Разыгрываю два билета на митап speech-инженеров! Условие одно: напишите в комментариях, какую задачу из речи вы бы хотели, чтобы решили за вас. Итоги в среду.",
    ),
    P(
        "link",
        "Хорошие курсы по обработке сигналов, с которых я сам начинал:\nhttps://example-coursera.org/learn/dsp\nhttps://example-youtube.com/playlist?list=speech-processing",
    ),
    P("joke", "Спектрограмма моего голоса в понедельник утром: сплошной blank.", extra=photo()),
    P(
        "news",
        "Крупный банк перевёл голосового бота на новую модель синтеза: клиенты в опросе перестали отличать его от живого оператора в 40% звонков. Регуляторам, видимо, скоро придётся решать, должен ли бот представляться ботом.",
    ),
    P(
        "news",
        "Вышла статья о распознавании речи по 30 языкам одной моделью с адаптерами: для малоресурсных языков достаточно 10 часов разметки. Авторы обещают выложить код. https://example-arxiv.org/abs/2412.03333",
    ),
    P(
        "joke",
        "Колл-центр: «разговор записывается для улучшения качества обслуживания».\nЯ, разметчик этих записей: 👁👄👁",
        extra=photo(),
    ),
    P(
        "other",
        "Собрал чат канала для обсуждений: https://t.me/+exampleSpektrChat1 — заходите, там уже спорят про beam size.",
    ),
    P(
        "personal",
        "Третий день чиню баг: модель стала хуже распознавать женские голоса. Виноват оказался фильтр в препроцессинге, который кто-то поменял полгода назад. Пишите тесты на препроцессинг, пожалуйста.",
        extra={"edited": 1},
    ),
    P(
        "news",
        "Release notes: a popular speech toolkit dropped support for its old recipes and moved everything to a single config format. Upgrading will hurt, but the new streaming conformer recipe alone is worth it.",
    ),
    P(
        "event",
        "Регистрация на зимнюю школу по речевым технологиям открыта до 20 декабря: неделя лекций и практики, для студентов бесплатно. https://example-speechschool.ru",
    ),
    P("joke", "— Как назвать модель, которая распознаёт только тишину?\n— VAD с высоким precision."),
    P(
        "link",
        "Доклады с прошлого митапа:\nhttps://example-youtube.com/watch?v=meetup-asr-1\nhttps://example-youtube.com/watch?v=meetup-tts-2\nhttps://example-youtube.com/watch?v=meetup-vad-3",
    ),
    P(
        "personal",
        "Моя дочь научилась говорить «Алиса, включи мультики» раньше, чем «папа». Теперь я профессионально ревную к голосовому ассистенту.",
    ),
    P(
        "news",
        "Один из крупных мессенджеров добавил расшифровку голосовых сообщений для всех пользователей, обработка прямо на устройстве. Маленькие модели ASR на телефонах становятся стандартом.",
    ),
    P(
        "other",
        "",
        extra=poll(
            "Какой пост был полезнее всего в этом месяце?", "CTC на пальцах", "VAD", "Мел-спектрограмма", "WER/CER", voters=280
        ),
    ),
    P(
        "ad",
        "Реклама. ООО «Звуковая Лаборатория», ИНН 7725390174, erid: 2VtzqxCn8Xe\n\nИщем дикторов для записи речевых датасетов: удалённо, от 1 500 ₽ за час записи. Заявка: https://example-zvuklab.ru/voices",
    ),
    P(
        "personal",
        "Провёл за неделю шесть собесов в команду. Чаще всего кандидаты спотыкаются не на моделях, а на основах звука: что такое частота дискретизации и почему у спектрограммы такая форма.",
    ),
    P("joke", "Когда модель выдала идеальную транскрипцию, но это была запись, на которой она обучалась 🙈", extra=photo()),
    P(
        "other",
        "В нашу команду speech ищем ML-инженера: потоковое ASR, C++ и Python, инференс на GPU. Удалённо. Пишите @spektr_timur_x",
    ),
    P(
        "news",
        "Заметки с конференции: главный тренд года — речевые LLM, которые принимают звук на вход и отвечают голосом без промежуточного текста. Задержка ответа уже меньше 300 мс, но галлюцинации у них те же, что у текстовых.",
    ),
    P(
        "event",
        "Запись стрима, где дообучали ASR на звонках: https://example-youtube.com/watch?v=finetune-asr-live\nСпойлер: WER упал с 24% до 17% за два часа обучения.",
    ),
    P("other", "Сегодня без поста: сдаём релиз 🚀"),
    P(
        "link",
        "Awesome list of speech resources I keep recommending:\nhttps://example-github.com/speech/awesome-speech\nhttps://example-github.com/speech/awesome-tts",
    ),
    P("joke", "Мой голосовой ассистент, когда я говорю «нет»: Добавил «нет» в список покупок."),
    P(
        "personal",
        "Year in review: we shipped streaming recognition for two more call centres, cut the WER on our hardest line from 31% to 22%, and I learned more about telephone codecs than I ever wanted to. Next year: diarization that does not confuse the agent with the client.",
    ),
    P("other", "С Новым годом! 🎄 Пусть ваш WER падает, а бюджет на разметку растёт."),
]
