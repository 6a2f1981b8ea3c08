"""«Патчи и пиксели» (second held-out corpus): a computer-vision researcher's channel. Written blind.

Written without reading the classifier or its rules (see README.md, «Second held-out corpus»): a
PhD student in a university vision lab, writing partly in English, posts explainers (IoU, focal
loss, augmentations, ViT patches, contrastive learning, mAP…), questions for the reader answered
in a reply or the next post, a quiz; and between them paper reviews and releases, conference trip
notes, lab news, grant and PhD talk, reading-group streams, link digests, a marked ad and memes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .make_corpus import Channel, P, photo, poll, svc

POSTS: list[P] = [
    svc("create_channel", title="Патчи и пиксели"),
    P(
        "other",
        "Hi! Я Аня, пишу PhD по компьютерному зрению в университетской лаборатории: self-supervised learning и детекция на медицинских снимках. Здесь — разборы статей, объяснения базовых вещей, жизнь аспиранта и немного английского, потому что половина лабы не говорит по-русски.",
    ),
    svc("pin_message", message_id=2),
    P(
        "concept",
        "**IoU — как сравнивать два бокса**\n\nIntersection over Union: площадь пересечения предсказанного и истинного боксов, делённая на площадь их объединения. 1 — боксы совпали, 0 — не пересекаются.\n\nВ детекции предсказание считается верным (true positive), если IoU с истинным боксом выше порога — обычно 0.5, в COCO усредняют по порогам от 0.5 до 0.95. Подвох: IoU не различает боксы, которые не пересекаются, — у далёкого и у соседнего он одинаково 0, поэтому как функция потерь он даёт нулевой градиент. Отсюда GIoU и DIoU, которые добавляют штраф за расстояние.",
        theme="metrics",
    ),
    P(
        "news",
        "Вышла новая версия одного популярного детектора семейства YOLO: авторы убрали NMS из инференса за счёт one-to-one назначения предсказаний на обучении и обещают +1.5 mAP на COCO при той же скорости. Код и веса выложены, лицензия опять AGPL — для продакшена внимательно читайте.",
    ),
    P(
        "concept",
        "**Focal loss in one paragraph**\n\nIn dense detection almost all anchors are easy background, and their small losses add up and swamp the few hard examples. Focal loss multiplies the cross-entropy by (1 − pₜ)^γ, where pₜ is the predicted probability of the true class: a well-classified example (pₜ ≈ 0.95) gets its loss cut by a factor of ~400 at γ = 2, while a hard one keeps almost all of it. Add a class weight α and you get the loss of RetinaNet. Useful beyond detection whenever easy negatives dominate.",
        theme="losses",
    ),
    P(
        "personal",
        "Сегодня ровно год, как я на PhD. Итоги: одна статья на воркшопе, одна отклонённая с основной конференции, 2000 GPU-часов, из которых половина — на эксперименты с багом в даталоадере. Научный руководитель говорит, что это нормальный первый год. Верю.",
    ),
    P(
        "question",
        "Вопрос читателям 🤔\nПочему BatchNorm плохо работает, если батч — 2 картинки?\n\nОтвет — в реплае к этому посту вечером.",
        theme="deep-learning",
        title="Почему BatchNorm плохо работает, если батч — 2 картинки?",
        name="bn_small",
    ),
    P(
        "answer",
        "Ответ. BatchNorm нормирует каждый канал средним и дисперсией по батчу. По двум картинкам эти оценки очень шумные, и шум от батча к батчу мешает обучению; к тому же на инференсе используются скользящие средние, которые копились по шумным оценкам, и поведение на обучении и на тесте расходится.\n\nЧто делают: GroupNorm или LayerNorm (нормируют внутри одного примера и от размера батча не зависят), SyncBN по нескольким GPU, или замораживают статистики BN предобученного бэкбона — так делают в детекции и сегментации, где батчи маленькие из-за больших картинок.",
        to="bn_small",
        reply=True,
    ),
    P(
        "concept",
        "Как ViT превращает картинку в токены\n\nVision Transformer режет картинку 224×224 на патчи 16×16 — получается 14 × 14 = 196 патчей. Каждый патч вытягивается в вектор (16·16·3 = 768 чисел) и линейным слоем проецируется в эмбеддинг — это то же самое, что свёртка с ядром 16 и шагом 16. К последовательности добавляют обучаемый токен [CLS] и позиционные эмбеддинги, и дальше это обычный энкодер трансформера.\n\nОтсюда два следствия: стоимость внимания растёт квадратично от числа патчей (картинка 2× больше по стороне — в 16 раз дороже внимание), а при смене разрешения позиционные эмбеддинги приходится интерполировать.",
        theme="deep-learning",
    ),
    P("joke", "Reviewer 2: the method is novel but the improvements are marginal.\nThe improvement: +14 mAP.", extra=photo()),
    P(
        "task",
        "Задачка на разминку ✏️\nДва бокса в формате (x1, y1, x2, y2): A = (0, 0, 4, 4) и B = (2, 2, 6, 6). Чему равен IoU?\n\nОтвет в комментариях не пишите, я отвечу реплаем.",
        theme="metrics",
        title="Два бокса в формате (x1, y1, x2, y2): A = (0, 0, 4, 4) и B = (2, 2, 6, 6). Чему равен IoU?",
        name="iou_task",
    ),
    P(
        "answer",
        "Пересечение — квадрат от (2, 2) до (4, 4), площадь 4. Площадь каждого бокса 16, объединение 16 + 16 − 4 = 28. IoU = 4 / 28 ≈ 0.14. То есть боксы, сдвинутые на половину стороны по обеим осям, даже близко не проходят порог 0.5 — хорошая интуиция о том, какой строгий этот порог.",
        to="iou_task",
        reply=True,
    ),
    P(
        "concept",
        "Mixup и CutMix: зачем смешивать картинки\n\nMixup берёт две картинки и их метки и смешивает с весом λ из Beta-распределения: x = λ·x₁ + (1 − λ)·x₂, y = λ·y₁ + (1 − λ)·y₂. CutMix вместо прозрачного смешивания вырезает прямоугольник из одной картинки и вклеивает в другую, а метки смешивает пропорционально площади.\n\nОбе аугментации регуляризуют: модель не может быть уверена на 100%, учится на «промежуточных» примерах и лучше калибрована. CutMix ещё и заставляет смотреть на разные части объекта, а не на самую узнаваемую. В современных рецептах обучения ViT обе включены почти всегда.",
        theme="deep-learning",
    ),
    P(
        "event",
        "Заметки с CVPR, день первый ✈️\n\n— очередь на регистрацию заняла 40 минут, кофе кончился к 10 утра\n— на постерной сессии половина работ про диффузионки для видео\n— поговорила с авторами статьи, на которую мы ссылаемся в каждой своей работе: они тоже не могут воспроизвести свои числа без их внутреннего кода\n\nЗавтра мой постер, приходите, если вы здесь!",
        extra=photo(),
    ),
    P(
        "event",
        "Заметки с CVPR, день второй: постер прошёл отлично, три человека спросили код, один — про позицию постдока в нашей лабе. Вечером была вечеринка одной компании с караоке, и я слышала, как автор известной архитектуры поёт Queen. Это всё, что я могу сказать.",
        extra=photo(),
    ),
    P(
        "concept",
        "Contrastive learning на пальцах (SimCLR)\n\nБерём картинку, делаем из неё две случайные аугментации — это позитивная пара. Все остальные картинки батча — негативы. Энкодер учится так, чтобы эмбеддинги пары были близки, а с негативами — далеки. Функция потерь — InfoNCE: по сути кросс-энтропия, где «правильный класс» — вторая аугментация той же картинки среди 2N − 1 кандидатов, а сходство — косинус, делённый на температуру τ.\n\nДва важных наблюдения из статьи: нужны большие батчи (больше негативов) и сильные аугментации (особенно цветовые — иначе сеть различает картинки по гистограмме цвета). MoCo решает проблему батча очередью негативов, а BYOL и DINO обходятся без негативов вовсе.",
        theme="deep-learning",
    ),
    P(
        "question",
        "",
        theme="deep-learning",
        name="conv_quiz",
        extra=poll(
            "Вход 224×224, свёртка 3×3, stride 2, padding 1. Какой размер выхода?",
            "222×222",
            "112×112",
            "111×111",
            "224×224",
            voters=860,
        ),
    ),
    P(
        "answer",
        "Ответ на квиз: 112×112. Формула: ⌊(H + 2p − k) / s⌋ + 1 = ⌊(224 + 2 − 3) / 2⌋ + 1 = 111 + 1 = 112. Padding 1 для ядра 3 сохраняет размер при stride 1, а stride 2 делит его пополам. 111 выбрали 31% — это забытая единица в формуле.",
        to="conv_quiz",
    ),
    P(
        "news",
        "Paper of the week: a new self-supervised model from a big lab, trained on 1.2B curated images, beats its predecessor on linear probing for segmentation and depth. The interesting part is the data curation pipeline — retrieval-based deduplication against benchmark sets. No weights for the largest model, only distilled ones.",
    ),
    P(
        "concept",
        "**mAP в детекции — что именно усредняют**\n\n1. Для одного класса сортируем все предсказания по уверенности.\n2. Идём по списку и для каждого порога считаем precision и recall (предсказание — TP, если IoU с ещё не занятым истинным боксом ≥ порога).\n3. AP класса — площадь под кривой precision–recall (в COCO — по 101 точке recall).\n4. mAP — среднее AP по классам. В COCO ещё и по порогам IoU 0.5:0.05:0.95, поэтому «mAP@0.5» и «mAP» из одной статьи — разные числа, и сравнивать их нельзя.",
        theme="metrics",
    ),
    P(
        "personal",
        "Грант одобрили! 🎉 Три года финансирования на проект по самообучению для рентгеновских снимков. Значит, у лабы будут ещё две аспирантские позиции и, главное, новые GPU. Пишу этот пост и не верю.",
    ),
    P(
        "question",
        "Почему residual connections позволяют обучать сети в сотни слоёв?\n\nБез них градиент на пути к первым слоям многократно умножается на якобианы слоёв и затухает или взрывается. Residual-блок считает y = x + F(x): у градиента всегда есть прямой путь через сложение, производная по x равна I + ∂F/∂x, и единица не даёт ему исчезнуть.\n\nВторой взгляд: блоку легко выучить тождественное отображение (F = 0), поэтому добавление слоёв не может сделать сеть хуже, чем менее глубокая. До ResNet сеть на 56 слоёв училась хуже сети на 20 — и это было не переобучение, а проблема оптимизации.",
        theme="deep-learning",
        title="Почему residual connections позволяют обучать сети в сотни слоёв?",
    ),
    P(
        "concept",
        "**Dice loss для сегментации**\n\nDice = 2·|A ∩ B| / (|A| + |B|) — близкий родственник IoU, считается по пикселям маски. Dice loss = 1 − Dice, где вместо бинарной маски берут вероятности, чтобы функция была гладкой.\n\nЗачем, если есть попиксельная кросс-энтропия: на медицинских снимках опухоль занимает 1% картинки, и кросс-энтропия довольна, предсказав везде фон. Dice смотрит только на совпадение с объектом и к дисбалансу нечувствителен. На практике берут сумму BCE + Dice: BCE даёт стабильные градиенты в начале, Dice — качество на маленьких объектах.",
        theme="losses",
    ),
    P(
        "task",
        "Найдите баг в цикле обучения 🐛\n\n```python\nfor x, y in loader:\n    logits = model(x)\n    loss = criterion(logits, y)\n    loss.backward()\n    optimizer.step()\n```\n\nЛосс сначала падает, а потом начинает скакать. Почему?",
        theme="deep-learning",
        title="Найдите баг в цикле обучения 🐛",
        name="zero_grad",
    ),
    P(
        "answer",
        "Нет `optimizer.zero_grad()`. В PyTorch `backward()` складывает градиенты в `.grad`, а не перезаписывает, поэтому каждый шаг делается по сумме градиентов всех предыдущих батчей — по сути с растущим learning rate и устаревшим направлением. Намеренно так делают gradient accumulation, но тогда обнуляют раз в k шагов и делят лосс на k.",
        to="zero_grad",
        reply=True,
    ),
    P(
        "concept",
        "**Receptive field — что «видит» нейрон**\n\nРецептивное поле нейрона — область входной картинки, от которой зависит его значение. Свёртка 3×3 видит 3×3, две подряд — 5×5, и каждый stride умножает прирост дальнейших слоёв. Поэтому пулинги и шаги важны: без них, чтобы увидеть объект размером 200 пикселей, понадобилось бы сто слоёв.\n\nТонкость: эффективное рецептивное поле меньше теоретического — вклад пикселей распределён почти как гауссиана с центром посередине. Для сегментации крупных объектов поэтому добавляют dilated-свёртки или внимание.",
        theme="deep-learning",
    ),
    P(
        "question",
        "Why does a ViT need much more data than a CNN to reach the same accuracy?\n\nInductive bias. A convolution bakes in locality (a pixel mostly depends on its neighbours) and translation equivariance (the same filter everywhere). A ViT has neither: attention lets every patch look at every other patch from the first layer, and it has to learn from data that nearby patches matter more. On ImageNet-1k alone the original ViT lost to ResNets; pretrained on 300M images it won. Strong augmentation and distillation (DeiT) close much of the gap on small data.",
        theme="deep-learning",
        title="Why does a ViT need much more data than a CNN to reach the same accuracy?",
    ),
    P(
        "concept",
        "Утечка в медицинских датасетах: один пациент — в трейне и в тесте\n\nУ пациента часто десятки снимков: разные срезы, повторные визиты. Если делить датасет по снимкам, модель узнаёт пациента (по анатомии, по метке аппарата в углу) и на тесте получает завышенный скор. В одной известной работе после разбиения по пациентам AUC упал с 0.95 до 0.81.\n\nПравило: разбиение по пациентам (GroupKFold по patient_id), а лучше ещё и по больницам — так проверяется, переносится ли модель на чужой аппарат.",
        theme="validation",
    ),
    P(
        "question",
        "Как понять, что классификатор смотрит на фон, а не на объект?\n\nКлассика — модель «коров» узнаёт траву, а «волков» — снег. Что проверить:\n- карты внимания или Grad-CAM на примерах: куда смотрит модель;\n- тест с вырезанным объектом: если без объекта уверенность почти не падает — модель использует фон;\n- отложенный набор с другим распределением фона (другая больница, другая камера);\n- контрфактические аугментации: вклеить объект на другой фон.\n\nЭто называется shortcut learning, и в медицинских данных его находят постоянно — например, по линейке или маркеру на снимке.",
        theme="deep-learning",
        title="Как понять, что классификатор смотрит на фон, а не на объект?",
    ),
    P(
        "concept",
        "bf16 vs fp16: why your training diverged\n\nBoth are 16-bit floats, but they split the bits differently. fp16 has 5 exponent bits and 10 mantissa bits: more precision, but the largest value is ~65 000 and small gradients underflow to zero, so fp16 training needs loss scaling. bf16 has 8 exponent bits, the same range as fp32, and only 7 mantissa bits: coarser, but it almost never overflows, so no loss scaler. On GPUs that support it, bf16 autocast is the default choice; keep the optimizer state and the master weights in fp32 either way.",
        theme="engineering",
    ),
    P(
        "question",
        "Вопрос читателям: зачем в детекторах нужен NMS?\n\nПодумайте, а разбор — следующим постом.",
        theme="deep-learning",
        title="Вопрос читателям: зачем в детекторах нужен NMS?",
        name="nms",
    ),
    P(
        "answer",
        "Разбор про NMS. Детектор предсказывает боксы из тысяч якорей или точек, и вокруг каждого объекта получается куча почти одинаковых боксов с высокой уверенностью. Non-maximum suppression оставляет из них один: сортируем по уверенности, берём лучший, выкидываем все, у которых IoU с ним выше порога (обычно 0.5–0.7), повторяем.\n\nМинусы: порог — гиперпараметр, и в толпе два близких человека сливаются в один бокс; сам NMS плохо параллелится. Поэтому есть Soft-NMS (уверенность соседей понижается, а не обнуляется) и детекторы без NMS вовсе — DETR с назначением один-к-одному.",
        to="nms",
    ),
    P(
        "concept",
        "Дистилляция знаний за пять строк\n\nБольшая модель-учитель уже обучена. Маленькая модель-ученик учится не только на истинных метках, но и повторять выходы учителя: к обычной кросс-энтропии добавляется KL-дивергенция между softmax(z_teacher / T) и softmax(z_student / T) с температурой T > 1. Мягкие вероятности учителя несут «тёмное знание»: что эта собака больше похожа на волка, чем на грузовик. Множитель T² перед KL сохраняет масштаб градиентов.",
        theme="deep-learning",
    ),
    P(
        "concept",
        "Label smoothing: зачем портить правильные метки\n\nВместо one-hot цели [0, 0, 1, 0] берём [ε/K, ε/K, 1 − ε + ε/K, ε/K] с ε ≈ 0.1. С жёсткими метками кросс-энтропия минимальна только при бесконечном логите правильного класса, и сеть бесконечно наращивает уверенность. Со сглаженными оптимум конечен: модель лучше откалибрована и меньше переобучается на ошибках разметки.\n\nПобочный эффект: эмбеддинги классов сжимаются в плотные кластеры, и такой учитель хуже подходит для дистилляции.",
        theme="deep-learning",
    ),
    P(
        "task",
        "Считаем параметры 🧮\nСколько обучаемых параметров у свёртки 3×3, если на входе 64 канала, на выходе 128 и есть bias?\n\nОтвет выложу завтра.",
        theme="deep-learning",
        title="Сколько обучаемых параметров у свёртки 3×3, если на входе 64 канала, на выходе 128 и есть bias?",
        name="conv_params",
    ),
    P(
        "answer",
        "Ответ: 3 · 3 · 64 · 128 + 128 = 73 728 + 128 = 73 856. У каждого из 128 фильтров ядро 3×3 на все 64 входных канала и один bias. Depthwise separable свёртка (depthwise 3×3 + pointwise 1×1) дала бы 3 · 3 · 64 + 64 · 128 = 8 768 параметров без bias — в восемь с лишним раз меньше, на этом построены MobileNet.",
        to="conv_params",
    ),
    P(
        "question",
        "Quick one for the English-speaking part of the lab:\nWhy do we normalise inputs with the ImageNet mean and std when fine-tuning a pretrained backbone?\n\nAnswer in a reply tomorrow.",
        theme="deep-learning",
        title="Why do we normalise inputs with the ImageNet mean and std when fine-tuning a pretrained backbone?",
        name="imagenet_norm",
    ),
    P(
        "answer",
        "Because the backbone's weights, and especially its first-layer filters and BatchNorm statistics, were learned on inputs normalised that way. Feed it raw [0, 255] pixels or a different scaling and every activation is shifted from what the network expects, so fine-tuning first has to undo the mismatch. For X-rays or satellite images far from ImageNet, you can compute your own statistics, but then expect the early layers to need more adaptation.",
        to="imagenet_norm",
        reply=True,
    ),
    P(
        "concept",
        "Feature Pyramid Network: как детектор видит объекты разных размеров\n\nГлубокие слои бэкбона семантически сильные, но с низким разрешением — мелкие объекты на них теряются. Ранние слои — наоборот. FPN идёт сверху вниз: апсемплит глубокую карту признаков и складывает с более ранней через свёртку 1×1, получая пирамиду карт, где каждая и сильная, и подробная. Мелкие объекты детектируются на верхних по разрешению уровнях, крупные — на нижних.",
        theme="deep-learning",
    ),
    P(
        "concept",
        "Test-time augmentation: бесплатный прирост на инференсе\n\nНа тесте делаем несколько аугментаций одной картинки (отражение, небольшие сдвиги, масштабы), прогоняем каждую через модель и усредняем предсказания. Для классификации это обычно +0.5–1% точности, для сегментации маски надо вернуть обратным преобразованием перед усреднением.\n\nЦена — время инференса растёт в число аугментаций раз. И аугментации должны быть те, к которым модель инвариантна: вертикальное отражение для снимков грудной клетки — плохая идея.",
        theme="deep-learning",
        extra={"edited": 3},
    ),
]

CHANNEL = Channel(
    folder="blind_cv",
    name="Патчи и пиксели",
    username="patchi_i_pikseli_x",
    chat_id=1900000022,
    start=datetime(2024, 11, 11, 10, 0, tzinfo=UTC),
    posts=POSTS,
)
HEAD = 3  # creation, welcome, pin: before any chatter

# Spread among the posts by make_corpus.interleave: the rest of what such a channel says.
CHATTER: list[P] = [
    P(
        "news",
        "Meta, Google и пара китайских лабораторий за неделю выложили по модели для сегментации видео. У всех SOTA, у всех на разных бенчмарках. Вывод делайте сами.",
    ),
    P(
        "link",
        "Что я читала на этой неделе:\nhttps://arxiv.example.org/abs/2501.01234\nhttps://arxiv.example.org/abs/2501.04321\nhttps://arxiv.example.org/abs/2501.07777\nhttps://example.org/blog/scaling-vision-encoders",
    ),
    P("joke", "My GPU queue position: 47.\nMy deadline: tomorrow.\nMy advisor: «just run a few more ablations».", extra=photo()),
    P(
        "personal",
        "Статью отклонили. Три ревьюера: «accept», «weak accept» и «reject, потому что не сравнили с методом, который вышел через месяц после дедлайна». Переписываем и подаём на следующую конференцию. Это нормально, повторяю я себе.",
    ),
    P(
        "event",
        "Reading group this Thursday, 18:00 Moscow time, in English: we discuss the DINOv2 paper. Zoom link in the comments, everyone is welcome, cameras optional.",
    ),
    P(
        "other",
        "",
        extra=poll(
            "Что разбирать чаще?",
            "Свежие статьи",
            "Базовые вещи (лоссы, метрики)",
            "Жизнь аспиранта",
            "Код и инструменты",
            voters=640,
        ),
    ),
    P(
        "news",
        "Релиз: новая версия библиотеки аугментаций — добавили 3D-аугментации для объёмных медицинских снимков и ускорили половину преобразований на CPU. Для нас это прям подарок.",
        extra={"forwarded_from": "CV News RU"},
    ),
    P(
        "personal",
        "Как выглядит день аспиранта: 9:00 — запустила эксперимент, 9:05 — он упал из-за CUDA OOM, 9:30 — уменьшила батч, 13:00 — семинар, 16:00 — проверяю, эксперимент упал из-за диска, 23:00 — наконец-то работает, 23:01 — поняла, что забыла зафиксировать seed.",
    ),
    P(
        "other",
        "В лабораторию открыты две позиции аспиранта на осень: self-supervised learning для медицинских изображений. Нужны хороший Python, PyTorch и желание читать статьи. Стипендия плюс грант. Вопросы — мне в личку @anya_patches_x.",
    ),
    P("joke", "Когда augmentations настолько сильные, что даже ты не узнаёшь кошку на картинке.", extra=photo()),
    P(
        "news",
        "Вышла статья, где показывают, что большая часть прироста новых ViT-бэкбонов за последние два года объясняется рецептом обучения, а не архитектурой: старый ResNet с тем же рецептом отстаёт всего на 1%. Очень люблю такие статьи.",
    ),
    P(
        "ad",
        "Реклама. Облачные GPU «Тензор Облако Пример»: A100 и H100 почасово, первые 10 часов бесплатно для студентов и аспирантов. https://example-tensor-cloud.ru/edu\n\nООО «Тензор Облако Пример», ИНН 7728001234, erid: 2VtzqvB8kKs",
    ),
    P(
        "personal",
        "Про PhD в России и за границей — меня часто спрашивают. Я выбрала остаться: сильный руководитель, свобода в теме, грант. Минусы: меньше GPU и сложнее ездить на конференции. Однозначного ответа нет, смотрите на руководителя, а не на страну.",
    ),
    P("link", "https://example.org/annotated-vit — лучшая пошаговая реализация ViT, что я видела"),
    P(
        "giveaway",
        "Разыгрываю бумажную книгу «Deep Learning for Vision Systems» с автографом одного из авторов (встретила его на конференции!). Условие — подписка и комментарий: какая CV-задача у вас на работе. Итоги через неделю.",
    ),
    P(
        "other",
        "Short note for my English-speaking readers: I will post a summary in English under every long Russian post from now on. Thanks for reading!",
    ),
    P(
        "event",
        "Запись семинара лаборатории про диффузионные модели для медицинских снимков: https://example-youtube.com/watch?v=labdiff — 1.5 часа, слайды в описании. Докладчик — мой коллега, и это лучший обзор темы на русском, что я знаю.",
    ),
    P("joke", "Нейросеть: 99.7% точности на тесте.\nТестовый датасет: 12 картинок."),
    P(
        "news",
        "Paper release: a diffusion model that generates synthetic chest X-rays conditioned on radiology reports. Trained on public datasets, the authors show that adding synthetic images helps rare classes. Still no evidence it helps when you have enough real data.",
    ),
    P(
        "personal",
        "Сдала кандидатский экзамен по специальности. Спросили про сверточные сети, SVM и почему я не использую байесовские методы. На последний вопрос ответ был честный: «не успела разобраться». Поставили отлично.",
    ),
    P(
        "giveaway",
        "Итоги розыгрыша книги: победитель — @katya_segment_ex, поздравляю! Напиши мне адрес в личку.",
    ),
    P(
        "other",
        "",
        extra=poll(
            "Чем вы размечаете картинки?",
            "CVAT",
            "Label Studio",
            "Своя тулза",
            "Покупаем разметку",
            "Что такое разметка?",
            voters=520,
        ),
    ),
    P(
        "news",
        "Репост: крупная компания открыла датасет из 50 млн картинок с описаниями на русском для обучения мультимодальных моделей. Лицензия некоммерческая, но для исследований отлично.",
        extra={"forwarded_from": "Нейро-новости"},
    ),
    P(
        "promo",
        "Веду в этом семестре спецкурс «Self-supervised learning в компьютерном зрении» — 12 лекций, открыты для всех желающих онлайн. Записи будут на моём YouTube. Регистрация: https://example-ssl-course.ru",
    ),
    P("link", "Полезные репозитории:\nhttps://example-git.org/vision-baselines\nhttps://example-git.org/medical-seg-zoo"),
    P(
        "personal",
        "Переехала в новый офис лаборатории: окна, кофемашина и, внимание, серверная за стенкой, которая гудит. Теперь я слышу, как обучаются мои модели.",
    ),
    P(
        "joke",
        "— Что делает аспирант в выходные?\n— Ждёт, пока закончится обучение.\n— А в будни?\n— Ищет, почему оно упало в выходные.",
    ),
    P(
        "news",
        "Объявили принятые статьи на крупную конференцию по компьютерному зрению. Процент принятия — 23%, из нашей лабы прошли две статьи из пяти. Одна — моя! Подробный разбор будет, когда выложу препринт.",
    ),
    P("other", "Всем спасибо за поздравления в комментах! Вы лучшие 💛"),
    P(
        "event",
        "Стрим в субботу в 12:00: разберу вживую, как дообучить детектор на своём датасете за вечер — от разметки до метрик. Ссылка появится здесь за час до начала.",
    ),
    P(
        "news",
        "Open-source release: a small vision-language model (under 2B parameters) that runs on a laptop and answers questions about charts and documents. Benchmarks look good, my quick test on our lab's slides was… mixed.",
    ),
    P(
        "joke",
        "Я: обучу модель на выходных.\nПонедельник: модель всё ещё на первой эпохе, потому что даталоадер читал картинки с сетевого диска.",
        extra=photo(),
    ),
    P(
        "personal",
        "Научный руководитель вернул черновик статьи. 214 комментариев. Первый: «Хорошее начало».",
    ),
    P(
        "link",
        "Подборка туториалов по детекции:\nhttps://example.org/detection-from-scratch\nhttps://example.org/anchors-explained\nhttps://example.org/coco-eval-deep-dive",
    ),
    P(
        "news",
        "В одном популярном фреймворке для CV наконец-то появилась нормальная поддержка torch.compile: обещают 1.3–1.8× ускорение обучения детекторов. Проверю на нашем пайплайне и расскажу.",
        extra={"forwarded_from": "PyTorch по-русски"},
    ),
    P(
        "other",
        "Нас 3000! Когда я заводила канал, думала, что его будут читать пять человек из лабы. Спасибо, что вы здесь 🙏",
    ),
    P(
        "event",
        "Летняя школа по компьютерному зрению принимает заявки до 1 мая: неделя лекций, проекты в командах, проживание за счёт организаторов. Я буду там ассистентом. https://example-cv-school.ru",
    ),
    P(
        "personal",
        "Полгода назад я писала, что хочу уйти из академии в индустрию. Передумала: пришла стажировка в исследовательскую лабораторию компании на лето, и это, кажется, лучшее из двух миров.",
    ),
    P("joke", "Attention is all you need.\nА также: 8 GPU, 3 недели и терпение."),
    P(
        "news",
        "Исследователи показали, что популярный бенчмарк классификации наполовину состоит из картинок, которые есть в обучающих данных больших моделей. Не первый раз, но масштаб впечатляет: до 40% тестовой выборки.",
    ),
    P(
        "promo",
        "Спецкурс по self-supervised learning: выложила первые четыре лекции и домашние задания. Всё бесплатно, если хотите поддержать — ставьте звёздочку репозиторию курса https://example-git.org/ssl-course",
    ),
    P(
        "other",
        "Не будет постов до понедельника — дедлайн конференции. Пожелайте нам удачи и свободных GPU.",
    ),
    P(
        "personal",
        "Отвечаю на частый вопрос в личке: да, стипендии аспиранта на жизнь в Москве не хватает. Я подрабатываю консультациями по CV для стартапа на 20 часов в неделю. Это тяжело, но статьи от этого не страдают. Почти.",
    ),
]
