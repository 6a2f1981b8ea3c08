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

Questions are numbered in page order, so a page or a theme is a range of question numbers.
The folder name is a hash of the contents, so a cached file never meets a newer dictionary.
The tokenizer and stemmer here must match the worker's (tests/test_search.py checks both).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
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


@dataclass
class Builder:
    postings: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, doc: int, text: str, weight: int) -> None:
        for word in words(text):
            term = stem(word)
            self.forms[term].add(word)
            tf = self.postings[term]
            tf[doc] = min(MAX_TF, tf.get(doc, 0) + weight)


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


def build(manifest: dict[str, Any]) -> dict[str, Any]:
    """Every file of the index, by its path inside the index folder."""
    questions, pages = ordered_questions(manifest)
    builder = Builder()
    for n, q in enumerate(questions):
        builder.add(n, q["title"], TITLE_WEIGHT)
        builder.add(n, q["text"], TEXT_WEIGHT)
        for tag in q["tags"]:
            builder.add(n, tag.replace("_", " "), TAG_WEIGHT)
    terms = sorted(builder.postings)
    encoded = {t: encode_postings(builder.postings[t]) for t in terms}
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
