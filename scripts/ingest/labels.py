"""An answer's opening label: the line a channel opens an answer post with («Ответ:», «Решение задачи 3:»,
«Моя схема сервиса фонов.», «Quiz answer:»).

threads.py joins a post that opens with one to the question before it; titles.py never passes such a line
over for the title, so an answer keeps its label as its title.
"""

from __future__ import annotations

import re

# An answer's opening label, after any decoration: «Ответ:», «Правильный ответ —», «Решение задачи:»,
# «Разбор вчерашнего вопроса:», «Ответ на вопрос недели.», «Решение задачи дня:», «Вариант решения:»,
# «Решение кейса с лентой:», «Решение задачи про детей:», «Решение (классический трюк …):», «Solution:».
# Only words that say what is answered may stand between the label and its end (what it answers: a
# task, a case, «про …» / «с …» and one to three words naming it, «Разбор задачи про D1 и D30.»; a
# remark in brackets); it ends with a colon, a dash, a full stop or the line's end («✅ Ответ на вопрос
# про регуляризацию» on a line of its own); the author at work: «Разбираю кейс с оповещением…», «Разбираем вчерашний
# вопрос про…», «Ответ по семейным абонементам.» (not «Ответ по существу: никак»), not «Разбираю резюме…» (a promo names no task); the rest promised: «Обещанное продолжение про частотники на
# насосной.». An emoji may close it: «отвечаю про новую канатку ⛷». When it comes: «Вечерний разбор.». Where the question came
# from: «Ответ на вопрос из комментов.». What it names may hold a slash and four words («Разбор про A/B.»,
# «Ответ про LLM против своей модели.»), in quotes («Ответ про «ушёл».»); a promised one: «Обещанный ответ
# про…». «Решение проблемы с доступом:» is not an answer's label.
STRICT_LABEL = re.compile(
    r"""^\W{0,4}\s*(?:правильный\s+|обещанн\w+\s+|(?:вариант|одно\s+из|мо[её]|наше?)\s+|(?:вечерн|утренн|дневн|ночн|субботн|воскресн|пятничн)\w*\s+)?(?:ответ|решение|решения|решений|разбор|отвечаем|отвечаю|разбираю|разбираем|answer|solution|(?<=обещанное\s)продолжение)
    (?:\s+(?:на|к|по|to|for|of|the|задач\w*|задани\w*|вопрос\w*|квиз\w*|опрос\w*|тест\w*|кейс\w*|task|question|quiz|case
        |вчерашн\w*|прошл\w*|последн\w*|выше|дня|недел\w*|№\s*\d+|\#?\d+)){0,4}
    (?:\s+(?:про|о|об|по(?!\s+(?:существу|сути|делу|факту|правде))|с|со|из|about|with|from)(?:\s+[«"]?[\w/-]+[»"]?){1,4})?
    (?:\s*\([^()]{0,80}\))?
    (?:\s*[:—.]|[^\w\n]*$)""",
    re.IGNORECASE | re.VERBOSE,
)
# A label in a channel's own words: the label word, what it answers in a few words that name a task, a
# question, a case, a warm-up, homework, code, yesterday's post or a number («Решение экзаменационной задачи
# про MSE и MAE.», «Ответ на вчерашний код.», «Разбор разминки.», «Решение домашки №3:», «Разбор задачки
# про MAPE 85%.»), ending with a colon, a dash or a full stop; or a short line that ends with it («Weekend
# task, my answer.», «Bandit vs A/B test, a worked answer.»); or a quiz's verdict («Правильно — Brier
# score…», «Correct: B», «Quiz answer:», «По квизу: правильно —», «По квизу: это SRM…», not «По опросу: большинство из
# вас джуны»); the author's own in English («My solution:»); or the author's own version, which a design
# case's answer opens with: a line of at most four more words that ends with its end mark («Моя схема
# сервиса фонов.», «Наш вариант решения кейса с кинотеатром:», «Краткий разбор ленты.», «Один из
# вариантов:»; not «Краткий разбор статьи DeepSeek-R1», «Мой разбор статьи про LoRA.», «Наш вариант курса»), or
# «Моя схема.» / «Мой вариант:» before the text on its line; or the label with a remark («Решение,
# упрощённое:», «Ответ, коротко:»), or what it solves in a word and how («Решение по задержкам, PostgreSQL:»).
# «Решение проблемы с доступом:» names no task; a line without its end mark («Решение задачи оптимизации
# портфеля») is a concept's title, not a label. The author's version named in a word or two before the text on its
# line: «мой вариант с планшетами. планшет — блок…», «мой разбор цикла. модель — …», «Моя версия для Тюмени. …» (not
# «Мой разбор статьи.», «Моя версия событий.»); how the author would do it: «Как устроил бы раннее оповещение.», «Как бы
# это строил я.»,
# «Как бы я сделал поиск:»; a quiz named by its subject before its verdict: «квиз про кодирование: one-hot.» (not
# «Квиз про нормализацию: выберите ответ ниже»).
NAMED_LABEL = re.compile(
    r"""^\W{0,4}\s*(?:правильн\w+\s+|верн\w+\s+)?(?:ответ|решение|разбор|answer|solution)(?!\w)
    (?=[^\n:—.]{0,60}?(?:задач|задан|вопрос|квиз|опрос|тест|кейс|разминк|домашк|(?<!\w)дз|(?<!\w)код|пример|упражнен
        |task|quiz|question|case|homework|exercise|puzzle|вчерашн|прошл|выше|yesterday|above|№|\d))
    [^\n:—.]{0,60}?[:—.]
    |^[^\n.:?]{3,50},\s*(?:(?:my|a|the|our)\s+)?(?:worked\s+|short\s+)?(?:answer|solution)\s*[.:]
    |^\W{0,4}\s*(?:правильно|верно|correct)\s*[—:-]
    |^\W{0,4}\s*(?:solution|answer)\s+(?:sketch|draft|outline)\s*$
    |^\W{0,4}\s*(?:quiz|poll|квиз\w*|опрос\w*)\s+(?:answer|solution|ответ|разбор)\s*[:—.-]
    |^\W{0,4}\s*по\s+(?:вчерашн\w+\s+)?(?:квиз\w*\s*[:—.-]|опрос\w*\s*[:—.-]\s*(?:правильн|верн|ответ|correct))
    |^\W{0,4}\s*(?:my|our)\s+(?:answer|solution)\s*[:—.]
    |^(?![^\n]*(?:стать|стате|paper|курс|вебинар|доклад|книг))\W{0,4}\s*(?:мо[йяё]|наш[аеи]?|один\s+из|кратк\w+|коротк\w+|подробн\w+)\s+(?:схем\w*|вариант\w*|разбор\w*|решени\w*)(?!\w)(?:\s+[^\s?!]+){0,4}?\s*[:.—]\s*$
    |^\W{0,4}\s*(?:мо[йяё]|наш[аеи]?|один\s+из)\s+(?:схем\w*|вариант\w*|решени\w*)(?!\w)\s*[:.—]
    |^\W{0,4}\s*(?:ответ|решение|разбор|answer|solution),\s*[\w-]+(?:\s+[\w-]+)?\s*[:—.]
    |^\W{0,4}\s*(?:решение|разбор)\s+по\s+[\w-]+,\s*[\w-]+(?:\s+[\w-]+)?\s*:
    |^\W{0,4}\s*(?:мо[йяё]|наш[аеи]?)\s+(?:вариант|разбор|верси[яю]|решени[ея]|схем[аы])
        (?:\s+(?!(?:стать|стате|курс|вебинар|доклад|книг|год|недел|месяц|рынк|новост|событ)\w*)(?:(?:с|со|по|про|для|к)\s+)?[\w-]+){1,2}
        \s*[.:](?:\s|$)
    |^\W{0,4}\s*как\s+бы\s+(?:это\s+)?(?:строил|делал|устроил|сделал|спроектировал|построил|решал|решил)[аи]?\s+(?:я|мы)\s*[.:](?:\s|$)
    |^\W{0,4}\s*как\s+(?:бы\s+(?:я|мы)\s+(?:устроил|сделал|спроектировал|построил|решил)[аи]?
        |(?:(?:я|мы)\s+)?(?:устроил|сделал|спроектировал|построил|решил)[аи]?\s+бы)\s+[^\n?]{2,60}?[.:](?:\s|$)
    |^\W{0,4}\s*(?:квиз\w*|quiz)\s+(?:про|о|об|about|на)\s+(?![^\n]*(?:\?|выбер|голос|ниже|below|vote))[^\n:]{2,40}:\s*\S""",
    re.IGNORECASE | re.VERBOSE,
)


# The promise kept, before an answer's opening: «как обещал, разбираю вопрос про рост цен 👇», «Как и обещала, про три
# центра, где…», «Обещала — отвечаю про новую канатку ⛷».
PROMISE_KEPT = re.compile(r"^\W{0,4}\s*(?:как\s+(?:и\s+)?обещал[аи]?\s*,|обещал[аи]?\s*[—–-])\s*", re.IGNORECASE)


def unpromised(text: str) -> str:
    """The opening without the promise kept before it (PROMISE_KEPT)."""
    return PROMISE_KEPT.sub("", text, count=1)


def answer_label(text: str) -> re.Match[str] | None:
    """An answer's opening label: the strict form (STRICT_LABEL), else one in the channel's own words; after the
    promise kept, if any."""
    text = unpromised(text)
    return STRICT_LABEL.match(text) or NAMED_LABEL.match(text)
