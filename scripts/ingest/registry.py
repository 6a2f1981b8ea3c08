"""The registry of published ids: the memory of every promise a link has made.

A committed lockfile (`docs/generated/ids.lock`, JSON, one id per line, sorted) written only by the
ingest and reviewed in `git diff`. Each run matches its questions to the ids already published:

1. by source identity: a question whose posts include a post an id was given to keeps that id
   (a Telegram message keeps its id through edits of its title or answer);
2. by content: a question whose text is near-identical (sketch similarity at or above the rule's
   threshold) to a published id's last text takes it (a repost, a text-dump post edited);
3. otherwise the question is new and gets the slug of its title; if any id ever published has that
   slug, the newcomer gets the first free suffix (-2, -3…), never the incumbent.

An id is never deleted and never given to another question. A published id that no question takes
becomes `removed` (its page says so); an id whose question merged into another question's becomes an
`alias` that leads to it. Matching never depends on the order the sources were read in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .ids import unique
from .models import IngestError
from .similarity import sketch_similarity

REGISTRY = "ids.lock"
STATUSES = ("live", "removed", "alias")
ID = re.compile(r"[a-z0-9][a-z0-9-]*")  # what an id may be: it becomes a path and an HTML attribute
MIN_SHARED_SKETCH = 4  # sketch hashes two near-identical texts share, at the least


@dataclass(frozen=True)
class Entry:
    id: str
    n: int  # order of registration: older ids win ties
    status: str  # live | removed | alias
    title: str
    theme: str
    keys: tuple[str, ...]  # source identities of every post this id has had
    sketch: tuple[int, ...]  # of its last text
    alias_of: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A question of this run, before it has an id."""

    keys: frozenset[str]
    sketch: tuple[int, ...]
    slug: str
    title: str
    theme: str
    order: tuple[str, str]  # (date, first key): who is the newcomer among new questions


@dataclass(frozen=True)
class Match:
    id: str
    how: str  # "published" (by source identity), "similar" (by content), "new"
    similarity: float | None = None
    aliases: tuple[str, ...] = ()


# ---- the file -------------------------------------------------------------------------------------


def load(text: str | None, file: str) -> dict[str, Entry]:
    if text is None:
        return {}
    try:
        data = json.loads(text)
        entries = {}
        for raw in data["ids"]:
            e = Entry(
                id=str(raw["id"]),
                n=int(raw["n"]),
                status=str(raw["status"]),
                title=str(raw["title"]),
                theme=str(raw["theme"]),
                keys=tuple(str(k) for k in raw["keys"]),
                sketch=tuple(int(h, 16) for h in raw["sketch"].split()) if raw["sketch"] else (),
                alias_of=raw.get("alias_of"),
            )
            if not ID.fullmatch(e.id) or e.status not in STATUSES or e.id in entries or (e.status == "alias") != bool(e.alias_of):
                raise ValueError(f"bad entry {e.id!r}")
            entries[e.id] = e
        for e in entries.values():
            if e.alias_of is not None and (not isinstance(e.alias_of, str) or e.alias_of not in entries or e.alias_of == e.id):
                raise ValueError(f"{e.id!r} is an alias of {e.alias_of!r}, which is not another published id")
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise IngestError(
            file, "", f"the id registry is damaged ({e}); restore it with `git checkout` — it is the memory of published links"
        ) from None
    return entries


def dump(entries: Iterable[Entry]) -> str:
    lines = []
    for e in sorted(entries, key=lambda e: e.id):
        item: dict[str, object] = {
            "id": e.id,
            "n": e.n,
            "status": e.status,
            "title": e.title,
            "theme": e.theme,
            "keys": sorted(e.keys),
        }
        if e.alias_of:
            item["alias_of"] = e.alias_of
        item["sketch"] = " ".join(f"{h:08x}" for h in e.sketch)
        lines.append(json.dumps(item, ensure_ascii=False, separators=(",", ":")))
    head = (
        '{\n "generated_by": "scripts.ingest",\n'
        ' "about": "Every question id ever published, written by the ingest. Never edit: links depend on it.",\n'
        ' "ids": [\n'
    )
    return head + ",\n".join(lines) + "\n ]\n}\n"


# ---- matching -------------------------------------------------------------------------------------


def _claims(entries: dict[str, Entry], cands: Sequence[Candidate]) -> list[tuple[int, str]]:
    """(candidate, published id) pairs that share a source identity, the strongest claim first:
    more shared posts, then the older id, then the earlier candidate."""
    owners: dict[str, list[str]] = {}
    for e in entries.values():
        if e.status != "alias":
            for k in e.keys:
                owners.setdefault(k, []).append(e.id)
    shared: dict[tuple[int, str], int] = {}
    for c, cand in enumerate(cands):
        for key in cand.keys:
            for eid in owners.get(key, ()):
                shared[(c, eid)] = shared.get((c, eid), 0) + 1
    return sorted(shared, key=lambda ce: (-shared[ce], entries[ce[1]].n, cands[ce[0]].order))


def _similar(
    entries: dict[str, Entry], cands: Sequence[Candidate], skip: set[int], taken: set[str], threshold: float
) -> list[tuple[float, int, str]]:
    """(similarity, candidate, id) for unmatched candidates and unclaimed ids whose texts are near-identical."""
    index: dict[int, list[str]] = {}
    for e in entries.values():
        if e.status != "alias" and e.id not in taken:
            for h in e.sketch:
                index.setdefault(h, []).append(e.id)
    found = []
    for c, cand in enumerate(cands):
        if c in skip:
            continue
        hits: dict[str, int] = {}
        for h in cand.sketch:
            for eid in index.get(h, ()):
                hits[eid] = hits.get(eid, 0) + 1
        for eid, n in hits.items():
            if n >= MIN_SHARED_SKETCH or n == len(cand.sketch):
                sim = sketch_similarity(cand.sketch, entries[eid].sketch)
                if sim >= threshold:
                    found.append((sim, c, eid))
    return sorted(found, key=lambda f: (-f[0], entries[f[2]].n, cands[f[1]].order))


def assign(entries: dict[str, Entry], cands: Sequence[Candidate], threshold: float) -> list[Match]:
    """An id for each candidate, in the same order (`updated` then gives the new registry)."""
    matches: dict[int, Match] = {}
    taken: set[str] = set()
    claims = _claims(entries, cands)
    # 1. Source identity: one id per candidate, strongest claim first; other ids it holds become its aliases.
    for c, eid in claims:
        if c not in matches and eid not in taken:
            matches[c] = Match(eid, "published")
            taken.add(eid)
    for c, eid in claims:
        if eid not in taken:
            matches[c] = replace(matches[c], aliases=(*matches[c].aliases, eid))
            taken.add(eid)
    # 2. Content: near-identical text to a published id that no candidate has claimed.
    for sim, c, eid in _similar(entries, cands, set(matches), taken, threshold):
        if c not in matches and eid not in taken:
            matches[c] = Match(eid, "similar", similarity=round(sim, 3))
            taken.add(eid)
    # 3. New questions: their slug, or the slug with a suffix if any id ever had it.
    used = set(entries)  # every id ever published, live, removed or alias: a newcomer never takes one
    for c in sorted((c for c in range(len(cands)) if c not in matches), key=lambda c: cands[c].order):
        qid = unique(cands[c].slug, used)
        used.add(qid)
        matches[c] = Match(qid, "new")
    return [matches[c] for c in range(len(cands))]


def updated(entries: dict[str, Entry], cands: Sequence[Candidate], matches: Sequence[Match]) -> dict[str, Entry]:
    out = dict(entries)
    next_n = max((e.n for e in entries.values()), default=0) + 1
    live = set()
    for cand, m in zip(cands, matches, strict=True):
        live.add(m.id)
        old = out.get(m.id)
        keys = tuple(sorted(set(old.keys if old else ()) | cand.keys))
        if old is None:
            out[m.id] = Entry(m.id, next_n, "live", cand.title, cand.theme, keys, cand.sketch)
            next_n += 1
        else:
            out[m.id] = replace(
                old, status="live", title=cand.title, theme=cand.theme, keys=keys, sketch=cand.sketch, alias_of=None
            )
        for alias in m.aliases:
            out[alias] = replace(out[alias], status="alias", alias_of=m.id, keys=())
            out[m.id] = replace(out[m.id], keys=tuple(sorted(set(out[m.id].keys) | set(entries[alias].keys))))
    # A source identity belongs to one id only: the id of the question that holds the post now.
    holder = {key: m.id for cand, m in zip(cands, matches, strict=True) for key in cand.keys}
    for eid, e in out.items():
        keys = tuple(k for k in e.keys if holder.get(k, eid) == eid)
        status = "removed" if e.status == "live" and eid not in live else e.status
        if keys != e.keys or status != e.status:
            out[eid] = replace(e, keys=keys, status=status)
    return out


def resolve(entries: dict[str, Entry], eid: str) -> Entry:
    """The entry an id leads to, following aliases."""
    seen = set()
    e = entries[eid]
    while e.status == "alias" and e.alias_of in entries and e.id not in seen:
        seen.add(e.id)
        e = entries[e.alias_of]
    return e
