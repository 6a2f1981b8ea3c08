"""python -m scripts.bench.curation [--export PATH --labels PATH]... [--json]: how well the ingest curates.

Runs the real ingest (`python -m scripts.ingest`, in a scratch project, no override written) on
labelled Telegram Desktop single-chat exports — by default the corpus of tests/curation/, written
and labelled for this purpose — reads what it wrote (docs/generated/report.json and
questions.json) and compares it with the labels, a person's reading of every message. A
`channels.toml` beside an export (its `[[channel]]` entry: name, username, per-channel settings)
goes into the scratch project's sources/channels.toml.

- precision and recall of «published = study»: a message is published when its report entry's
  `ids` name a live question of the manifest;
- theme accuracy: the published study posts (answers aside) whose question has the labelled theme;
- title accuracy: those whose question's title is the labelled title line, compared after
  stripping emoji, markup, quotes, trailing punctuation and case (a title cut at a word boundary
  and ended with «…» counts when it is a prefix of the line);
- pairs joined: labelled answer → question pairs on one published question (both report entries
  name the same live ids, or the answer's key is a source of the question's page);
- a confusion table of labelled kind × the fate the report gives.

It also scores the seed dumps of sources/ against the hand labels that tests/test_classify.py
asserts (fates of named posts, themes of named titles), read from that file's parameter lists, and
names every question the committed docs/generated/questions.json publishes whose source post the
ingest no longer publishes.

Labels are TOML, one `[[post]]` per message: `id` (the export's message id), `study` (bool),
`kind`, and for study posts `theme`, `title` (the exact title line) and, for an answer, `pair`
(the message id of its question). See tests/curation/README.md.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from scripts.ingest.review import queue

from .scratch import scratch_project

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "curation"
CORPUS_CHANNELS = (
    "tricks",
    "sobes",
    "digest",
    "kofe",
    "prod",
    "blind_lead",
    "blind_cv",
    "blind_de",
    "final_kurs",
    "final_risk",
    "final_tokens",
    "fourth_recsys",
    "fourth_mentor",
    "fourth_quant",
    "fifth_pydata",
    "fifth_retail",
    "fifth_speech",
    "sixth_matan",
    "sixth_mlops",
    "sixth_qa",
    "seventh_uplift",
    "seventh_med",
    "seventh_daily",
    "eighth_search",
    "eighth_games",
    "eighth_plant",
    "ninth_nlp",
    "ninth_geo",
    "ninth_tarif",
    "tenth_geno",
    "tenth_football",
    "tenth_rl",
    "twelfth_soc",
    "twelfth_ads",
    "twelfth_hr",
    "fourteenth_telecom",
    "fourteenth_energy",
    "fourteenth_revenue",
    "fifteenth_edtech",
    "fifteenth_agro",
    "fifteenth_realty",
    "sixteenth_legal",
    "sixteenth_media",
    "sixteenth_sklad",
    "seventeenth_stat",
    "seventeenth_ore",
    "seventeenth_risk",
    "eighteenth_meteo",
    "eighteenth_food",
    "eighteenth_collect",
    "nineteenth_otk",
    "nineteenth_transit",
    "nineteenth_match",
)
SEED_LABELS = ROOT / "tests" / "test_classify.py"
QUEUE_SHARES = (0.05, 0.1, 0.2)  # how much of the review queue a maintainer reads, as a share of the messages
PUBLISHED_STUDY_FATES = ("qa", "quiz", "partial", "joined")

# What a title comparison ignores: markup a renderer may add or drop, quotes, and the dots of a cut.
MARKUP_CHARS = re.compile(r"[*_`~|▒#«»\"'“”„]")
TRAILING = re.compile(r"[\s.,:;!?…\-–—]+$")
LEADING = re.compile(r"^[\s.,:;!?…\-–—•👉👇]+")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Label:
    id: int
    study: bool
    kind: str
    theme: str | None = None
    title: str | None = None
    pair: int | None = None


@dataclass(frozen=True)
class Scores:
    posts: int
    study: int
    published: int
    published_study: int
    precision: float | None
    recall: float | None
    themed: int
    theme_right: int
    theme_accuracy: float | None
    titled: int
    title_right: int
    title_accuracy: float | None
    pairs: int
    pairs_joined: int
    pairs_rate: float | None
    wrong: int = 0  # messages with a wrong decision: published or not, theme, title (pairs aside)
    # (share, n, held): the first n decisions of the review queue (n = share of the messages) hold
    # `held` of the `wrong` messages, the ones a maintainer who reads that far can correct
    queue: tuple[tuple[float, int, int], ...] = ()
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)


class LabelError(Exception):
    """A labels file that cannot be read or does not match its export."""


# ---- reading ---------------------------------------------------------------------------------------


def parse_labels(text: str, where: str) -> list[Label]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise LabelError(f"{where}: not valid TOML: {e}") from None
    out = []
    for n, raw in enumerate(data.get("post", []), 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), int) or not isinstance(raw.get("study"), bool):
            raise LabelError(f"{where}: [[post]] #{n} needs an integer `id` and a boolean `study`")
        unknown = set(raw) - {"id", "study", "kind", "theme", "title", "pair"}
        if unknown:
            raise LabelError(f"{where}: [[post]] #{n} (id {raw['id']}): unknown key(s) {', '.join(sorted(unknown))}")
        out.append(
            Label(
                raw["id"],
                raw["study"],
                str(raw.get("kind", "study" if raw["study"] else "other")),
                raw.get("theme"),
                raw.get("title"),
                raw.get("pair"),
            )
        )
    return out


def export_chat_id(path: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data.get("id"), int):
        raise LabelError(f"{path}: a single-chat export with a numeric `id` expected")
    return int(data["id"])


def key(chat_id: int, message_id: int) -> str:
    return f"tg:{chat_id}:{message_id}"


# ---- scoring (pure) --------------------------------------------------------------------------------


def normalize_title(text: str) -> str:
    """A title as a reader compares it: no emoji, markup, quotes, outer punctuation; one case."""
    kept = "".join(
        ch for ch in unicodedata.normalize("NFC", text) if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Cf", "Mn")
    )
    kept = MARKUP_CHARS.sub("", kept).replace("\ufe0f", "")
    kept = SPACES.sub(" ", kept)
    return LEADING.sub("", TRAILING.sub("", kept)).casefold().strip()


def title_matches(published: str, labelled: str) -> bool:
    want = normalize_title(labelled)
    cut = published.rstrip().endswith(("…", "..."))
    got = normalize_title(published)
    if got == want:
        return True
    return bool(cut and got and want.startswith(got) and (len(want) == len(got) or not want[len(got)].isalnum()))


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def score(
    labels: Mapping[str, Label], report: Mapping[str, Any], manifest: Mapping[str, Any], chat_of: Mapping[str, int]
) -> Scores:
    """Labels by source key against the ingest's report and manifest. chat_of: source key -> chat id."""
    live = {q["id"]: q for q in manifest.get("questions", [])}
    entries = {e["key"]: e for e in report.get("posts", [])}

    # A post is published when its ids name a live question, or when a live question names it among
    # its sources (an answer joined to its question is published on the question's page).
    holder = {s.get("key"): qid for qid, q in live.items() for s in q.get("sources", [])}

    def published_ids(k: str) -> list[str]:
        ids = [i for i in entries.get(k, {}).get("ids") or [] if i in live]
        return ids or ([holder[k]] if k in holder else [])

    confusion: dict[str, Counter[str]] = {}
    misses: dict[str, list[str]] = {"published, not study": [], "study, not published": [], "theme": [], "title": [], "pair": []}
    wrong: set[str] = set()
    study = published = published_study = 0
    themed = theme_right = titled = title_right = pairs = pairs_joined = 0
    for k, lab in labels.items():
        entry = entries.get(k)
        fate = entry["fate"] if entry else "missing"
        confusion.setdefault(lab.kind, Counter())[fate] += 1
        ids = published_ids(k)
        study += lab.study
        if ids:
            published += 1
            published_study += lab.study
            if not lab.study:
                wrong.add(k)
                misses["published, not study"].append(f"{k} {lab.kind}: {entry and entry.get('title', '')}")
        elif lab.study:
            wrong.add(k)
            misses["study, not published"].append(f"{k} {lab.kind} ({fate}): {lab.title or (entry and entry.get('title', ''))}")
        if lab.study and ids and lab.kind != "answer":
            question = live[ids[0]]
            if lab.theme:
                themed += 1
                if question.get("theme") == lab.theme:
                    theme_right += 1
                else:
                    wrong.add(k)
                    misses["theme"].append(f"{k}: {question.get('theme')} instead of {lab.theme}: {question.get('title')}")
            if lab.title:
                titled += 1
                if title_matches(str(question.get("title", "")), lab.title):
                    title_right += 1
                else:
                    wrong.add(k)
                    misses["title"].append(f"{k}: {question.get('title')!r} instead of {lab.title!r}")
        if lab.pair is not None:
            pairs += 1
            qkey = key(chat_of[k], lab.pair)
            q_ids = published_ids(qkey)
            sources = {s.get("key") for i in q_ids for s in live[i].get("sources", [])}
            if q_ids and (ids == q_ids or k in sources):
                pairs_joined += 1
            else:
                misses["pair"].append(
                    f"{k} -> {qkey}: answer {fate} {ids or ''}, question {entries.get(qkey, {}).get('fate')} {q_ids or ''}"
                )
    order = [i.key for i in queue(report.get("posts", [])) if i.key in labels]
    held = tuple((share, n, len(wrong & set(order[:n]))) for share in QUEUE_SHARES for n in [round(share * len(labels))])
    return Scores(
        posts=len(labels),
        study=study,
        published=published,
        published_study=published_study,
        precision=_ratio(published_study, published),
        recall=_ratio(published_study, study),
        themed=themed,
        theme_right=theme_right,
        theme_accuracy=_ratio(theme_right, themed),
        titled=titled,
        title_right=title_right,
        title_accuracy=_ratio(title_right, titled),
        pairs=pairs,
        pairs_joined=pairs_joined,
        pairs_rate=_ratio(pairs_joined, pairs),
        wrong=len(wrong),
        queue=held,
        confusion={kind: dict(sorted(c.items())) for kind, c in sorted(confusion.items())},
        misses={what: sorted(items) for what, items in misses.items()},
    )


# ---- running the ingest ----------------------------------------------------------------------------


def ingest(sources: Path, work: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """`python -m scripts.ingest` on sources/ into a scratch project; its report and manifest."""
    project = scratch_project(work)
    done = subprocess.run(
        [sys.executable, "-m", "scripts.ingest", "--sources", str(sources), "--docs", str(project / "docs")],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise LabelError(f"the ingest failed (exit {done.returncode}): {done.stderr.strip()}")
    generated = project / "docs" / "generated"
    report = json.loads((generated / "report.json").read_text(encoding="utf-8"))
    manifest = json.loads((generated / "questions.json").read_text(encoding="utf-8"))
    return report, manifest


def measure_exports(pairs: Sequence[tuple[Path, Path]]) -> tuple[Scores, list[Scores]]:
    """Ingest the exports together (as one site would); score all messages and each export's against their labels."""
    labels: dict[str, Label] = {}
    of_export: list[set[str]] = []
    chat_of: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="curation-") as tmp:
        sources = Path(tmp) / "sources"
        sources.mkdir()
        config = []
        for n, (export, labels_path) in enumerate(pairs):
            chat = export_chat_id(export)
            folder = sources / f"export{n}"
            folder.mkdir()
            shutil.copy2(export, folder / "result.json")
            settings = export.with_name("channels.toml")  # the channel's entry (name, username, settings), if any
            if settings.is_file():
                config.append(settings.read_text(encoding="utf-8"))
            message_ids = {m.get("id") for m in json.loads(export.read_text(encoding="utf-8")).get("messages", [])}
            of_export.append(set())
            for lab in parse_labels(labels_path.read_text(encoding="utf-8"), str(labels_path)):
                if lab.id not in message_ids:
                    raise LabelError(f"{labels_path}: id {lab.id} is no message of {export}")
                labels[key(chat, lab.id)] = lab
                chat_of[key(chat, lab.id)] = chat
                of_export[-1].add(key(chat, lab.id))
        if config:
            (sources / "channels.toml").write_text("\n".join(config), encoding="utf-8")
        work = Path(tmp) / "project"
        work.mkdir()
        report, manifest = ingest(sources, work)
    each = [score({k: labels[k] for k in keys}, report, manifest, chat_of) for keys in of_export]
    return score(labels, report, manifest, chat_of), each


# ---- the seeds' hand labels (tests/test_classify.py) -----------------------------------------------


def seed_hand_labels(test_file: Path = SEED_LABELS) -> tuple[list[tuple[str, int, str]], list[tuple[str, str]]]:
    """(file prefix, post, fate) and (title prefix, theme) from the parametrised tests of test_classify."""
    tree = ast.parse(test_file.read_text(encoding="utf-8"))
    fates: list[tuple[str, int, str]] = []
    themes: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            if isinstance(deco, ast.Call) and len(deco.args) == 2 and getattr(deco.func, "attr", "") == "parametrize":
                names = ast.literal_eval(deco.args[0])
                rows = ast.literal_eval(deco.args[1])
                if tuple(names) == ("file", "post", "fate"):
                    fates += [tuple(r) for r in rows]
                elif tuple(names) == ("title", "theme"):
                    themes += [tuple(r) for r in rows]
    return fates, themes


def score_seeds(
    report: Mapping[str, Any],
    manifest: Mapping[str, Any],
    fates: Iterable[tuple[str, int, str]],
    themes: Iterable[tuple[str, str]],
    committed: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Precision/recall on the posts whose fate the tests name (qa/quiz/partial are study), theme accuracy on
    the named titles, and the questions the committed manifest publishes whose source is no longer published."""
    live = {q["id"]: q for q in manifest.get("questions", [])}
    published_keys = {e["key"] for e in report["posts"] if any(i in live for i in e.get("ids", []))}
    was = [(q["sources"][0]["key"], q["title"]) for q in (committed or {}).get("questions", []) if q.get("sources")]
    lost = sorted(f"{k}: {title}" for k, title in was if k not in published_keys)
    labelled = published = published_study = study = 0
    for prefix, post, fate in fates:
        entry = next((e for e in report["posts"] if e["file"].startswith(prefix) and e["post"] == post), None)
        is_study = fate in PUBLISHED_STUDY_FATES
        is_published = bool(entry and any(i in live for i in entry.get("ids", [])))
        labelled += 1
        study += is_study
        published += is_published
        published_study += is_study and is_published
    themes = list(themes)
    right = sum(1 for title, theme in themes if any(q["title"].startswith(title) and q["theme"] == theme for q in live.values()))
    return {
        "posts_labelled": labelled,
        "precision": _ratio(published_study, published),
        "recall": _ratio(published_study, study),
        "themes_labelled": len(themes),
        "theme_accuracy": _ratio(right, len(themes)),
        "questions": len(live),
        "committed_questions": len(was),
        "lost": lost,
    }


def measure_seeds() -> dict[str, Any]:
    fates, themes = seed_hand_labels()
    with tempfile.TemporaryDirectory(prefix="curation-seeds-") as tmp:
        report, manifest = ingest(ROOT / "sources", Path(tmp))
    committed = ROOT / "docs" / "generated" / "questions.json"
    before = json.loads(committed.read_text(encoding="utf-8")) if committed.is_file() else None
    return score_seeds(report, manifest, fates, themes, before)


# ---- output ----------------------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def summary(s: Scores) -> str:
    return (
        f"{s.posts} messages, {s.study} study: precision {fmt(s.precision)}, recall {fmt(s.recall)}, theme {fmt(s.theme_accuracy)}, "
        f"title {fmt(s.title_accuracy)}, pairs {s.pairs_joined}/{s.pairs}"
    )


def text_report(scores: Scores, seeds: dict[str, Any] | None, *, verbose: bool) -> str:
    s = scores
    lines = [
        f"messages labelled: {s.posts}, study: {s.study}, published: {s.published}",
        f"precision (published are study): {fmt(s.precision)}  ({s.published_study}/{s.published})",
        f"recall (study are published):     {fmt(s.recall)}  ({s.published_study}/{s.study})",
        f"theme accuracy:                   {fmt(s.theme_accuracy)}  ({s.theme_right}/{s.themed} published study posts)",
        f"title accuracy:                   {fmt(s.title_accuracy)}  ({s.title_right}/{s.titled})",
        f"pairs joined:                     {fmt(s.pairs_rate)}  ({s.pairs_joined}/{s.pairs})",
        *(
            f"review queue, first {share:.0%} ({n} decisions): {k} of the {s.wrong} messages with a wrong decision (fate, theme or title)"
            for share, n, k in s.queue
        ),
        "",
        "labelled kind x fate:",
    ]
    fates = sorted({f for row in s.confusion.values() for f in row})
    width = max(len(k) for k in s.confusion) if s.confusion else 4
    lines.append(" " * width + " " + " ".join(f"{f:>11}" for f in fates))
    for kind, row in s.confusion.items():
        lines.append(f"{kind:<{width}} " + " ".join(f"{row.get(f, 0) or '.':>11}" for f in fates))
    if verbose:
        for what, items in s.misses.items():
            lines += ["", f"{what} ({len(items)}):", *(f"  {i}" for i in items)]
    if seeds is not None:
        lines += [
            "",
            (
                f"seeds (sources/, hand labels of tests/test_classify.py): {seeds['posts_labelled']} posts with a labelled fate, "
                f"precision {fmt(seeds['precision'])}, recall {fmt(seeds['recall'])}; theme accuracy "
                f"{fmt(seeds['theme_accuracy'])} on {seeds['themes_labelled']} labelled titles; {seeds['questions']} questions published"
            ),
            f"seeds: of the {seeds['committed_questions']} questions docs/generated/questions.json publishes, {len(seeds['lost'])} lost",
            *(f"  lost {item}" for item in seeds["lost"]),
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.curation", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--export", type=Path, action="append", default=[], help="a labelled single-chat result.json (repeatable)"
    )
    parser.add_argument("--labels", type=Path, action="append", default=[], help="its labels (TOML), in the same order")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds' hand labels")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if len(args.export) != len(args.labels):
        parser.error("give one --labels per --export")
    pairs = list(zip(args.export, args.labels, strict=True)) or [
        (CORPUS / c / "result.json", CORPUS / c / "labels.toml") for c in CORPUS_CHANNELS
    ]
    try:
        scores, each = measure_exports(pairs)
        seeds = None if args.no_seeds else measure_seeds()
    except (LabelError, OSError, json.JSONDecodeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        by_export = {
            str(e): {k: v for k, v in asdict(s).items() if k not in ("confusion", "misses")}
            for (e, _), s in zip(pairs, each, strict=True)
        }
        print(
            json.dumps(
                {"exports": [str(e) for e, _ in pairs], **asdict(scores), "by_export": by_export, "seeds": seeds},
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(text_report(scores, seeds, verbose=args.verbose))
        if len(pairs) > 1:
            print("\nby export:" + "".join(f"\n  {e}: {summary(s)}" for (e, _), s in zip(pairs, each, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
