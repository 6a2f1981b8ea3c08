"""mkdocs-macros module: figures from the manifest for the pages that opt in (render_macros: true).

Post text never goes through Jinja: only hand-written pages that ask for it are rendered.
"""

from __future__ import annotations

import html
from typing import Any

import sys
from pathlib import Path as _Path

# MkDocs loads this file by path, not as a package member: make the repository importable.
if str(_Path(__file__).resolve().parents[2]) not in sys.path:
    sys.path.insert(0, str(_Path(__file__).resolve().parents[2]))

from scripts.site.manifest import load  # noqa: E402

MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]  # fmt: skip


def plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def human_date(iso: str | None) -> str:
    if not iso:
        return "дата неизвестна"
    return f"{int(iso[8:10])} {MONTHS[int(iso[5:7]) - 1]} {iso[:4]}"


def theme_cards(manifest: dict[str, Any]) -> str:
    """Material grid cards, one per theme, with the count and a place for study progress."""
    out = ['<div class="grid cards qa-themes" markdown>', ""]
    for t in manifest["themes"]:
        n = t["count"]
        title = html.escape(t["title"])
        out.append(f"-   **[{title}]({t['path']})**")
        out.append("")
        out.append(f"    {html.escape(t['summary'])}")
        out.append("")
        out.append(
            f'    <span class="qa-card-count">{n} {plural(n, "вопрос", "вопроса", "вопросов")}</span>'
            f' <span class="qa-progress" data-qa-theme="{t["slug"]}" data-qa-total="{n}"></span>'
        )
        out.append("")
    out.append("</div>")
    return "\n".join(out)


def define_env(env: Any) -> None:
    manifest = load(env.conf["docs_dir"])
    questions = manifest["questions"]
    dates = [q["date"] for q in questions if q.get("date")]
    env.variables["guide"] = {
        "questions": len(questions),
        "questions_word": plural(len(questions), "вопрос", "вопроса", "вопросов"),
        "themes": len(manifest["themes"]),
        "newest": human_date(max(dates)) if dates else "дата неизвестна",
        "partial": sum(1 for q in questions if q["kind"] == "partial"),
    }
    env.macro(lambda: theme_cards(manifest), "theme_cards")
