"""The ingest report: every post read, what became of it and why; every chat left out; every id.

Nothing is lost silently: each post of each source has one entry with its fate (qa, partial, quiz,
merged, ad, resource, offtopic, empty, boilerplate…), the rule that decided it and the reason; a
merged post names the question it joined and how similar the two were. The report describes the
state the sources give, not the run: running the ingest twice on the same sources writes the same
report (how each id was matched this time is printed, and shows in the registry's diff).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from .models import Post, Question, RawPost, Verdict
from .plain import title_text
from .registry import Entry
from .telegram_json import Skipped

REPORT = "report.json"


def report(
    raws: Sequence[RawPost],
    posts: Sequence[Post],
    questions: Sequence[Question],
    skipped: Sequence[tuple[str, Skipped]],
    registry: dict[str, Entry],
    overridden: dict[tuple[str, int], Verdict] | None = None,
) -> dict[str, Any]:
    owned: dict[tuple[str, int], list[tuple[Question, float | None]]] = {}
    for q in questions:
        owned.setdefault((q.post.ref.file, q.post.ref.post), []).append((q, None))
        for m in q.merged:
            owned.setdefault((m.post.ref.file, m.post.ref.post), []).append((q, m.similarity))
    entries = []
    for raw, post in zip(raws, posts, strict=True):
        fate = (overridden or {}).get((raw.ref.file, raw.ref.post), post.fate)
        entry: dict[str, Any] = {
            "file": raw.ref.file,
            "post": raw.ref.post,
            "key": raw.ref.key,
            "fate": fate.value,
            "rule": fate.rule,
            "reason": fate.reason,
            "confidence": fate.confidence,
            "evidence": list(fate.evidence),
            "title": title_text(post)[:120],
        }
        if raw.ref.line:
            entry["line"] = raw.ref.line
        if raw.ref.message_id is not None:
            entry["message_id"] = raw.ref.message_id
        if raw.ref.link:
            entry["link"] = raw.ref.link
        elif raw.ref.channel and raw.ref.channel.url:
            entry["channel_link"] = raw.ref.channel.url  # a dump post: its channel, where the post can be found
        if post.joined_to:
            entry["joined_to"] = post.joined_to
        if post.thread:
            entry["joined"] = [r.key for r in post.thread]
        own = owned.get((raw.ref.file, raw.ref.post), [])
        for q, sim in own:
            if sim is None:
                entry.setdefault("ids", []).append(q.id)
                entry.update(theme=q.theme.value, theme_rule=q.theme.rule, theme_reason=q.theme.reason)
                entry.update(theme_confidence=q.theme.confidence, theme_evidence=list(q.theme.evidence))
            else:
                entry.update(
                    fate="merged",
                    merged_into=q.id,
                    similarity=sim,
                    reason=f"a copy of {q.post.ref.label()} (similarity {sim:.2f})",
                )
        entry["fixes"] = list(post.fixes) + list(raw.notes)
        entries.append(entry)
    summary: dict[str, Any] = {"posts_read": len(entries), **Counter(e["fate"] for e in entries)}
    not_selected = [
        {
            "file": file,
            "chat": s.name,
            "chat_id": s.chat_id,
            "messages": s.messages,
            "reason": "chat not selected in sources/channels.toml",
        }
        for file, s in skipped
    ]
    if not_selected:
        summary["not_selected_messages"] = sum(s["messages"] for s in not_selected)
    ids = Counter(e.status for e in registry.values())
    themes = Counter(q.theme.value for q in questions)
    return {
        "summary": summary,
        "themes": dict(sorted(themes.items())),
        "ids": dict(sorted(ids.items())),
        "chats_not_selected": not_selected,
        "posts": entries,
    }
