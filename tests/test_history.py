"""A channel's history replayed as successive Telegram exports into one project folder: every link
published after the first export still opens its question, or its removal notice, in Chromium; each
question's own page previews well in a messenger (its meta tags, read from the built HTML)."""

from __future__ import annotations

import json
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from scripts.bench.scratch import scratch_project
from scripts.bench.serve import serve

from . import exports as X
from .conftest import ingest_and_build

SITE = "http://127.0.0.1/"
CONFIG = '[[channel]]\nname = "Собес по ML"\nusername = "ml_sobes_test"\nchat_id = 1700000001\n'
ANSWERS = {
    "bias": "Смещение — систематическая ошибка модели: она упрощает зависимость и ошибается одинаково на обучающих и новых данных. "
    "Разброс — чувствительность к конкретной выборке: модель запоминает шум обучающей выборки.",
    "boosting": "Градиентный бустинг строит деревья решений последовательно: каждое следующее дерево обучается на антиградиенте "
    "функции потерь по предсказаниям ансамбля. Шаг обучения и глубина деревьев управляют переобучением модели.",
    "kmeans": "Алгоритм k-means выбирает k центроидов, относит каждую точку к ближайшему центроиду и пересчитывает центроиды как "
    "средние своих точек, пока кластеры не перестанут меняться. Результат зависит от начальных центроидов.",
    "dropout": "Dropout на обучении нейросети случайно обнуляет долю нейронов слоя, чтобы модель не полагалась на отдельные признаки. "
    "На инференсе нейроны не выключаются, а активации масштабируются.",
    "leakage": "Утечка данных — это когда в обучающую выборку модели попадает информация, которой не будет в проде: например, признак, "
    "вычисленный по будущему. Валидация тогда завышает качество модели машинного обучения.",
    "auc": "ROC-AUC — площадь под ROC-кривой: вероятность того, что модель поставит случайный положительный объект выше "
    "случайного отрицательного. Метрика не зависит от порога классификации.",
    "calibration": "Калибровка вероятностей модели нужна, когда предсказанная вероятность должна совпадать с долей положительных "
    "объектов. Её проверяют по диаграмме надёжности и исправляют методом Платта или изотонической регрессией.",
    "l1": "L1-регуляризация добавляет к функции потерь сумму модулей весов и зануляет часть из них, то есть отбирает признаки; "
    "L2-регуляризация штрафует квадраты весов и только уменьшает их, что устойчивее при мультиколлинеарности.",
    "stacking": "Стекинг обучает метамодель на предсказаниях нескольких базовых моделей машинного обучения, полученных по кросс-валидации, "
    "чтобы метамодель не видела ответов, на которых базовые модели учились.",
}


def first_export() -> list[dict]:
    return [
        X.message(1, X.qa("Что такое bias-variance tradeof?", ANSWERS["bias"])),
        X.message(2, X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"])),
        X.message(3, X.qa("Как работает k-means?", ANSWERS["kmeans"])),
        X.message(4, X.qa("🧐 Задача с собеседования", ANSWERS["dropout"])),
        X.message(5, X.qa("Что такое утечка данных?", ANSWERS["leakage"])),
        X.message(6, X.qa("Что показывает ROC-AUC?", ANSWERS["auc"])),
        X.message(7, X.qa("Зачем калибровать вероятности?", ANSWERS["calibration"])),
    ]


def second_export() -> list[dict]:
    return [
        X.message(1, X.qa("Что такое bias-variance tradeoff?", ANSWERS["bias"])),  # a typo in the title fixed
        X.message(
            2, X.qa("Как работает градиентный бустинг?", ANSWERS["boosting"] + " Популярные реализации: XGBoost и CatBoost.")
        ),
        # 3 deleted
        X.message(4, X.qa("🧐 Задача с собеседования", ANSWERS["dropout"])),
        X.message(5, X.qa("Что такое утечка данных?", ANSWERS["leakage"])),
        # 6 deleted and reposted with small changes as 12
        X.message(7, unicodedata.normalize("NFD", X.qa("Зачем калибровать вероятности?", ANSWERS["calibration"]))),  # NFD
        X.message(10, X.qa("🧐 Задача с собеседования", ANSWERS["stacking"])),  # another post with the same title
        X.message(11, X.qa("Что такое утечка данных!", ANSWERS["l1"])),  # another post whose title gives the same slug
        X.message(12, X.qa("Что показывает ROC AUC?", ANSWERS["auc"].replace("ROC-кривой", "ROC кривой"))),
    ]


def write_export(project: Path, messages: list[dict]) -> None:
    folder = project / "sources" / "channel"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "result.json").write_text(X.dumps(X.chat(messages)), encoding="utf-8")


def manifest(project: Path) -> dict:
    return json.loads((project / "docs" / "generated" / "questions.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("history"))
    (project / "sources").mkdir()
    (project / "sources" / "channels.toml").write_text(CONFIG, encoding="utf-8")
    write_export(project, first_export())
    ingest_and_build(project, SITE)
    first = manifest(project)
    write_export(project, second_export())
    site = ingest_and_build(project, SITE)
    return project, site, first, manifest(project)


def by_message(m: dict) -> dict[int, dict]:
    return {int(s["key"].rsplit(":", 1)[1]): q for q in m["questions"] for s in q["sources"]}


def test_ids_held_through_the_history(history):
    _, _, first, second = history
    before, after = by_message(first), by_message(second)
    for msg in (1, 2, 4, 5, 7):
        assert after[msg]["id"] == before[msg]["id"], msg
    assert after[12]["id"] == before[6]["id"]  # the repost keeps the deleted original's link
    assert before[3]["id"] in second["not_live"]
    # Two different posts with the same title are two questions; the newcomer takes the suffix.
    assert after[10]["id"] != after[4]["id"] and after[10]["id"].startswith(after[4]["id"])
    assert after[11]["id"] != after[5]["id"] and after[11]["id"].startswith(after[5]["id"])
    assert after[7]["title"] == "Зачем калибровать вероятности?"  # NFC again


@pytest.mark.browser
def test_every_link_of_the_first_export_still_opens_its_question(history, browser):
    _, site, first, second = history
    now = {q["id"]: q for q in second["questions"]}
    removed = set(second["not_live"])
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    opened = 0
    with serve(site, gzip_text=False) as url:
        for q in first["questions"]:
            for link in (q["permalink"], q["url"]):
                page.goto(url + link)
                if q["id"] in removed:
                    page.wait_for_url(url + f"q/{q['id']}/")
                    page.wait_for_selector(".qa-removed")
                    assert "Этот вопрос удалён из канала" in page.inner_text("article")
                    assert q["title"] in page.inner_text("h1")
                else:
                    heading = page.wait_for_selector(f"#{q['id']}.qa-question")
                    assert heading.inner_text().strip().startswith(now[q["id"]]["title"].rstrip("?!"))
                    page.wait_for_timeout(150)
                    is_open = page.evaluate(
                        "id => { let d = document.getElementById(id).nextElementSibling; while (d && d.tagName !== 'DETAILS') d = d.nextElementSibling; return !!d && d.open }",
                        q["id"],
                    )
                    assert is_open, link
                opened += 1
    context.close()
    assert opened == 2 * len(first["questions"]) == 14


class Head(HTMLParser):
    """The page head as a messenger's link-preview bot reads it: no script runs."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (key := a.get("property") or a.get("name")):
            self.meta[key] = a.get("content") or ""
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href") or ""
        self._in_title = tag == "title"

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag):
        self._in_title = False


def test_each_question_page_previews_as_its_question(history):
    _, site, _, second = history
    for q in second["questions"]:
        head = Head()
        head.feed((site / q["permalink"] / "index.html").read_text(encoding="utf-8"))
        m = head.meta
        own = SITE + q["permalink"]
        assert head.canonical == own and m["og:url"] == own
        assert m["og:title"] == m["twitter:title"] == q["title"]
        assert head.title == f"{q['title']} - Собес по Data Science"
        opening = " ".join(q["text"].split())[:60]
        assert m["og:description"].startswith(opening) and m["description"] == m["og:description"] == m["twitter:description"]
        assert m["og:type"] == "article" and m["og:site_name"] == "Собес по Data Science" and m["og:locale"] == "ru_RU"
        assert m["twitter:card"] == "summary_large_image"
        assert m["og:image"] == m["twitter:image"] == f"{SITE}assets/cards/{q['id']}.png"
        assert (site / "assets" / "cards" / f"{q['id']}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_question_pages_are_in_the_sitemap_and_out_of_search(history):
    project, site, _, second = history
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for q in second["questions"]:
        assert f"<loc>{SITE}{q['permalink']}</loc>" in sitemap
        page = (project / "docs" / "generated" / "q" / f"{q['id']}.md").read_text(encoding="utf-8")
        assert "search:\n  exclude: true" in page


def test_a_removal_notice_keeps_title_theme_and_a_way_on(history):
    _, site, first, second = history
    gone = next(q for q in first["questions"] if q["id"] in second["not_live"])
    html = (site / "q" / gone["id"] / "index.html").read_text(encoding="utf-8")
    assert "Этот вопрос удалён из канала" in html and gone["title"] in html
    assert 'class="qa-random"' in html and f'href="../../{gone["theme"]}/"' in html
    head = Head()
    head.feed(html)
    assert head.meta["robots"] == "noindex"
