"""The site's search index, split so that a reader downloads only what a query needs.

Written into site/search/<hash>/ by scripts/site/hooks.py and read by
docs/assets/javascripts/search-worker.js, which fetches nothing until the reader searches:

- meta.json: the dictionary. Pages (url, title, theme, first question), theme titles, and every
  term (a stemmed word) with the word forms the corpus has of it, its document frequency and the
  shard that holds its postings. Word forms let the worker forgive a one-letter typo of any word
  in the corpus; stems give every word form of a query word.
- p/<k>.json: postings shards, terms in dictionary order, ~SHARD_BYTES each; a term listed in
  many questions gets a shard of its own.
- d/<n>.json: one question (anchor, title, plain text, tags), fetched for the hits shown.

Terms of the field that mean the same thing (terms.toml: «лосс» = «loss» = «функция потерь») are
one group term, `~<k>`, indexed wherever a question says any of them; meta.json lists the groups'
phrases (as stems), so that the worker turns a query's phrase into the group's term. A weight in
the postings says whether the term is in the question's title (a title level, TITLE_SHIFT) or
begins it (HEAD_FLAG), which ranks a question whose title holds the query's words above one that
only mentions them. The level normalises the title's bonus by the title's length in words that
say something (FUNCTION_WORDS do not count), as BM25F does per field: «roc auc» then ranks the
question about the ROC curve above a title listing six metrics, ROC-AUC among them.

Questions are numbered in page order, so a page or a theme is a range of question numbers.
The folder name is a hash of the contents, so a cached file never meets a newer dictionary.
The tokenizer and stemmer here must match the worker's (tests/test_search.py checks both).
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import snowballstemmer  # type: ignore[import-untyped]

# Words: Latin (with accents), Cyrillic, Greek letters and digits, after lowercasing and ё -> е.
TOKEN = re.compile(r"[0-9a-zа-яё\u00b2\u00b3\u00b5\u00df-\u00ff\u0100-\u024f\u03b1-\u03c9]+")
# Words joined by hyphens («k-means», «roc-auc»): also indexed written solid («kmeans»).
CHAIN = re.compile(TOKEN.pattern + r"(?:-" + TOKEN.pattern + r")+")
CYRILLIC = re.compile(r"[а-я]")
TITLE_WEIGHT, TAG_WEIGHT, TEXT_WEIGHT = 4, 2, 1
MAX_TF = 30  # weighted term frequency saturates long before this
# A weight in the postings: the term frequency, normalised by the question's length as BM25 does
# (B, K1: a word said three times in a short answer weighs more than in a long one), in steps of
# 1/SCALE, plus the title's part: where the title holds the term, its level (in the TITLE_LEVELS
# bits from TITLE_SHIFT: the title's bonus in eighths, TITLE_SCALE for a title of average length or
# shorter), and HEAD_FLAG where the term is among the title's first HEAD words (what it is about).
B, K1, SCALE = 0.75, 1.2, 8
TF_MASK = 255
TITLE_SHIFT, TITLE_LEVELS, TITLE_SCALE = 8, 15, 8
HEAD_FLAG = 1 << 12
HEAD = 3
# A title's length, as BM25F normalises a field's: a match in a title longer than the average
# counts less, in proportion (TITLE_B = 1; 0 would not normalise), so that a title listing many
# things does not outrank one about the query; a short title gets no more than the full bonus
# (measured: more would put a digest's list of terms above the question asking the query).
TITLE_B = 1.0
# Words that carry no subject, left out of a title's length (they are indexed all the same): the
# frame of a question («в каких случаях вы будете…», «что такое…») is not what it is about.
_FUNCTION_WORDS = """
    а без бы в вам вас во вот вы где да для до его ее если есть же за и из или им их к как
    какая какие каких каким какой когда кто ли либо между мне можно на над не нет ни но о об от по
    под почему при про с со так такое также там то того тоже у чем что чтобы это этот эти
    будет будете быть был была были бывает
    a an and are as by do does for how in is of on or the to what when which why with
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
GROUP = "~"  # group terms are `~<k>`: no word of a text or a query holds "~"
TERMS = Path(__file__).with_name("terms.toml")
SHARD_BYTES = 12_000
SEPARATOR = r"[^\p{L}\p{N}]+"  # Material's own highlighter reads it from the stub
_STEMMER = snowballstemmer.stemmer("russian")


def normalize(text: str) -> str:
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word) if CYRILLIC.search(word) else word


def words(text: str) -> list[str]:
    """Every word of a text, and every hyphen-joined chain of words written solid."""
    norm = normalize(text)
    return TOKEN.findall(norm) + [chain.replace("-", "") for chain in CHAIN.findall(norm)]


Phrase = tuple[str, ...]  # the stems of a term's words, in order


def phrase(term: str) -> Phrase:
    """A dictionary term as the stems of its words («функции потерь» -> ("функц", "потер"))."""
    return tuple(stem(w) for w in TOKEN.findall(normalize(term)))


def load_groups(path: Path = TERMS) -> list[list[Phrase]]:
    """The groups of terms.toml as phrases; a term in two groups, or a group of one, is an error."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ValueError(f"{path}: {err}") from err
    groups: list[list[Phrase]] = []
    seen: dict[Phrase, int] = {}
    for k, group in enumerate(data.get("group", []), start=1):
        terms = group.get("terms") if isinstance(group, dict) else None
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise ValueError(f"{path}: group {k}: `terms` must be a list of strings")
        phrases = list(dict.fromkeys(p for p in map(phrase, terms) if p))
        if len(phrases) < 2:
            raise ValueError(f"{path}: group {k} ({terms}): a group needs two different terms")
        for p in phrases:
            if p in seen:
                raise ValueError(f"{path}: group {k}: «{' '.join(p)}» is already in group {seen[p]}")
            seen[p] = k
        groups.append(phrases)
    return groups


def group_hits(stems: list[str], phrases: dict[Phrase, int], longest: int) -> Iterable[int]:
    """The groups whose phrases occur in a text (its words' stems in order)."""
    for i in range(len(stems)):
        for n in range(1, min(longest, len(stems) - i) + 1):
            k = phrases.get(tuple(stems[i : i + n]))
            if k is not None:
                yield k


@dataclass
class Builder:
    groups: list[list[Phrase]] = field(default_factory=list)
    postings: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    titled: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    heads: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    title_lengths: dict[int, int] = field(default_factory=dict)  # question -> words that say something

    def __post_init__(self) -> None:
        self.phrases = {p: k for k, group in enumerate(self.groups) for p in group}
        self.longest = max((len(p) for p in self.phrases), default=0)

    def count(self, doc: int, term: str, weight: int, title: bool) -> None:
        tf = self.postings[term]
        tf[doc] = min(MAX_TF, tf.get(doc, 0) + weight)
        if title:
            self.titled[term].add(doc)

    def add(self, doc: int, text: str, weight: int, title: bool = False) -> None:
        for word in words(text):
            term = stem(word)
            self.forms[term].add(word)
            self.count(doc, term, weight, title)
        norm = normalize(text)
        tokens = TOKEN.findall(norm)
        if title:
            for word in tokens[:HEAD]:
                self.heads[stem(word)].add(doc)
            self.title_lengths[doc] = max(1, sum(1 for word in tokens if word not in FUNCTION_WORDS))
        found = set(group_hits([stem(w) for w in tokens], self.phrases, self.longest))
        for chain in CHAIN.findall(norm):  # «k-means» also says «kmeans»
            k = self.phrases.get((stem(chain.replace("-", "")),))
            if k is not None:
                found.add(k)
        for k in found:
            self.count(doc, f"{GROUP}{k}", weight, title)

    def weights(self, term: str, lengths: list[int]) -> dict[int, int]:
        """A term's weight in each question (see B, K1, SCALE and the flags above).

        The worker scores tf / (tf + K1); the stored tf is K1 * tf / K, with K = K1 * (1 - B + B *
        length / average length), so that it reads BM25's tf / (tf + K) without knowing lengths."""
        titled, heads = self.titled.get(term, set()), self.heads.get(term, set())
        average = sum(lengths) / len(lengths) if lengths else 1
        out: dict[int, int] = {}
        for doc, tf in self.postings[term].items():
            k = K1 * (1 - B + B * lengths[doc] / average) if average else K1
            scaled = min(TF_MASK, max(1, round(SCALE * K1 * tf / k)))
            level = self.title_level(doc) if doc in titled else 0
            out[doc] = scaled + (level << TITLE_SHIFT) + (HEAD_FLAG if level and doc in heads else 0)
        return out

    @cached_property
    def average_title(self) -> float:
        return sum(self.title_lengths.values()) / len(self.title_lengths) if self.title_lengths else 1.0

    def title_level(self, doc: int) -> int:
        """The title's bonus in eighths: TITLE_SCALE up to the average length, less for a longer title."""
        norm = 1 - TITLE_B + TITLE_B * self.title_lengths.get(doc, 1) / self.average_title
        return min(TITLE_SCALE, max(1, round(TITLE_SCALE / norm)))


def title_part(weight: int) -> tuple[int, bool]:
    """A posting's title level (0: the title does not hold the term) and whether the title begins with it."""
    return (weight >> TITLE_SHIFT) & TITLE_LEVELS, bool(weight & HEAD_FLAG)


def encode_postings(tf: dict[int, int]) -> list[int]:
    """Question numbers as gaps; a weight other than 1 follows its question as a negative number."""
    out: list[int] = []
    last = 0
    for doc in sorted(tf):
        out.append(doc - last)
        last = doc
        if tf[doc] != 1:
            out.append(-tf[doc])
    return out


def ordered_questions(manifest: dict[str, Any]) -> tuple[list[dict[str, Any]], list[list[Any]]]:
    """Questions in page order, and the pages as [url, title, theme number, first question]."""
    themes = {t["slug"]: k for k, t in enumerate(manifest["themes"])}
    by_page: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in manifest["questions"]:
        by_page[q["url"].split("#", 1)[0]].append(q)
    questions: list[dict[str, Any]] = []
    pages: list[list[Any]] = []
    for page in manifest["pages"]:
        members = by_page.pop(page["url"], [])
        if members:
            pages.append([page["url"], page["title"], themes.get(page["theme"], -1), len(questions)])
            questions += members
    for url, members in by_page.items():  # a question on a page the manifest does not list
        pages.append([url, url, themes.get(members[0]["theme"], -1), len(questions)])
        questions += members
    return questions, pages


def dictionary_line(term: str, forms: set[str]) -> str:
    """`stem|ending|ending…`: every word form of a Russian Snowball stem begins with the stem."""
    endings = sorted(f[len(term) :] if f.startswith(term) else "=" + f for f in forms)
    return term + "".join("|" + e for e in endings)


def shards(terms: list[str], encoded: dict[str, list[int]]) -> list[int]:
    """The index of the first term of each shard."""
    starts: list[int] = []
    size = SHARD_BYTES
    for k, term in enumerate(terms):
        length = len(json.dumps(encoded[term], separators=(",", ":")))
        if size + length > SHARD_BYTES or length > SHARD_BYTES // 2:
            starts.append(k)
            size = 0
        size += length
    return starts


def build(manifest: dict[str, Any], groups: list[list[Phrase]] | None = None) -> dict[str, Any]:
    """Every file of the index, by its path inside the index folder (groups: terms.toml's)."""
    questions, pages = ordered_questions(manifest)
    builder = Builder(load_groups() if groups is None else groups)
    lengths = [len(TOKEN.findall(normalize(q["title"] + " " + q["text"]))) + 1 for q in questions]
    for n, q in enumerate(questions):
        builder.add(n, q["title"], TITLE_WEIGHT, title=True)
        builder.add(n, q["text"], TEXT_WEIGHT)
        for tag in q["tags"]:
            builder.add(n, tag.replace("_", " "), TAG_WEIGHT)
    terms = sorted(builder.postings)
    encoded = {t: encode_postings(builder.weights(t, lengths)) for t in terms}
    starts = shards(terms, encoded)
    files: dict[str, Any] = {}
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(terms)
        files[f"p/{k}.json"] = [encoded[t] for t in terms[start:end]]
    for n, q in enumerate(questions):
        doc = [q["id"], q["title"], q["text"]]
        if q["tags"]:
            doc.append([t.replace("_", " ") for t in q["tags"]])
        files[f"d/{n}.json"] = doc
    files["meta.json"] = {
        "questions": len(questions),
        "pages": pages,
        "themes": [t["title"] for t in manifest["themes"]],
        "terms": "\n".join(dictionary_line(t, builder.forms[t]) for t in terms),
        "df": [len(builder.postings[t]) for t in terms],
        "shards": starts,
        "groups": [[" ".join(p) for p in group] for group in builder.groups],
    }
    return files


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write(manifest: dict[str, Any], site_dir: Path) -> Path:
    """Write the index into site/search/<hash>/, and Material's search_index.json naming it."""
    files = {path: dumps(data) for path, data in build(manifest).items()}
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + files[path].encode() + b"\0")
    target = site_dir / "search" / digest.hexdigest()[:12]
    for path, text in files.items():
        out = target / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    # Material fetches this on every page load and hands it to the worker (SETUP): a stub that
    # names the index folder. The worker fetches the index itself, when the reader searches.
    config = {"lang": ["ru"], "separator": SEPARATOR, "pipeline": [], "index": target.relative_to(site_dir).as_posix() + "/"}
    (site_dir / "search" / "search_index.json").write_text(dumps({"config": config, "docs": []}), encoding="utf-8")
    return target.relative_to(site_dir)
