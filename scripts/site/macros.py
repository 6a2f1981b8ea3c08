"""mkdocs-macros module: figures from the manifest for the pages that opt in (render_macros: true).

Post text never goes through Jinja: only hand-written pages that ask for it are rendered.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any

# MkDocs loads this file by path, not as a package member: make the repository importable.
if str(Path(__file__).resolve().parents[2]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.ingest.render import count_phrase, human_date
from scripts.site.manifest import load
from scripts.site.study import scope_options


def theme_cards(manifest: dict[str, Any]) -> str:
    """Material grid cards, one per theme, with the count, a place for study progress (filled in by
    the site's script from the reader's marks) and a link to a study session on the theme."""
    kinds: dict[str, list[tuple[str, bool]]] = {}
    for q in manifest["questions"]:
        kinds.setdefault(q["theme"], []).append((q["kind"], q["incomplete"]))
    out = ['<div class="grid cards qa-themes" markdown>', ""]
    for t in manifest["themes"]:
        n = t["count"]
        title = html.escape(t["title"])
        out.append(f"-   **[{title}](generated/{t['path']})**")
        out.append("")
        out.append(f"    {html.escape(t['summary'])}")
        out.append("")
        out.append(
            f'    <span class="qa-card-count">{html.escape(count_phrase(kinds[t["slug"]]))}</span>'
            f' <span class="qa-progress" data-qa-theme="{t["slug"]}" data-qa-total="{n}"></span>'
            f' · <a class="qa-train" href="study/?theme={t["slug"]}">тренировка</a>'
        )
        out.append("")
    out.append("</div>")
    return "\n".join(out)


def define_env(env: Any) -> None:
    manifest = load(env.conf["docs_dir"])
    questions = manifest["questions"]
    dates = [q["date"] for q in questions if q.get("date")]
    env.variables["guide"] = {
        "questions": count_phrase([(q["kind"], q["incomplete"]) for q in questions]),
        "themes": len(manifest["themes"]),
        "newest": (human_date(max(dates)) if dates else None) or "дата неизвестна",
        "partial": sum(1 for q in questions if q["kind"] == "partial"),
    }
    env.macro(lambda: theme_cards(manifest), "theme_cards")
    env.macro(lambda: scope_options(manifest), "study_scopes")
