"""The shape of an answer: digests split into their questions, and sections the source left empty.

A digest is a post illustrated with pictures, one question per picture ("Картинка 1", "Картинка 2"…,
media blocks after clean.py): with at least `min_parts` parts that hold text (rules/content.toml), each
part becomes a question of its own, titled by the terms it defines ("MSE (…) — …", "Отступ — …"), or by
its first sentence. A part that is only a label ("Метрики: Accuracy, Precision…") opens the next part.

A section left empty by the source is a short label ending with a colon followed by nothing, or by
another such label ("Онлайн-метрики:" then "Оффлайн-метрики:"): the dump lost what the post had there.
A link is content whatever its label ends with ("💪 Колаб чтоб попробовать:" links to the notebook).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from . import patterns as P
from .clean import derive_title
from .ids import slugify, unique
from .models import Block, ListBlock, Media, Paragraph, Post, Run, line_text
from .plain import block_lines
from .rules import content_rules

# A line that defines a term: "MSE (Mean Squared Error) — …", "Отступ — это …", "One-vs-All: …", or
# names it as a heading of what follows ("One-vs-One:").
TERM = re.compile(r"^(?P<term>[^:—–.,;!?]{1,60}?)\s*(?:\s[—–-]\s+\S|:\s+\S|:$)")
LABEL_ONLY_WORDS = 12  # a part this short, alone, is the heading of the next part
QUESTION_WORD = re.compile(r"^(?:как|что|зачем|почему|какие|какой|какая|где|когда|чем)\b", re.IGNORECASE)
PARENTHESES = re.compile(r"\s*\([^)]*\)")
TITLE_MAX = 100


def _is_picture(block: Block) -> bool:
    return isinstance(block, Media) and bool(P.IMAGE_REF.match(block.label))


def _paragraph_lines(blocks: Sequence[Block]) -> list[str]:
    """The lines of a part's paragraphs: list items are the points of a term, not terms."""
    return [line_text(x).strip() for b in blocks if isinstance(b, Paragraph) for x in b.lines]


def defined_terms(blocks: Sequence[Block]) -> list[str]:
    """The terms a part defines, in order, without their parentheses; generic labels are left out."""
    labels = content_rules().digest_labels
    terms: list[str] = []
    for text in _paragraph_lines(blocks):
        m = TERM.match(text)
        if not m:
            continue
        term = PARENTHESES.sub("", m.group("term")).strip()
        if term and len(term.split()) <= 5 and term.casefold() not in labels and term not in terms:
            terms.append(term)
    return terms


def _join(terms: list[str]) -> str:
    # A common Russian word goes lowercase after the first ("… и отступ"); names and Latin terms stay.
    shown = [terms[0]] + [t[0].lower() + t[1:] if P.CYRILLIC.match(t) and t[1:2].islower() else t for t in terms[1:]]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " и " + shown[-1]


def part_title(blocks: Sequence[Block]) -> str:
    terms = defined_terms(blocks)
    if terms:
        title = _join(terms)
        if len(title) <= TITLE_MAX:
            return title
        return _join(terms[:3]) + "…"
    text_blocks = [b for b in blocks if isinstance(b, Paragraph | ListBlock)]
    first = [line for b in text_blocks[:1] for line in (b.lines if isinstance(b, Paragraph) else [b.items[0].line])]
    return derive_title(first, TITLE_MAX)


def _is_label_only(section: list[Block]) -> bool:
    text = [b for b in section if not isinstance(b, Media)]
    if len(text) != 1 or not isinstance(text[0], Paragraph) or len(text[0].lines) != 1:
        return False
    return len(P.WORD.findall(line_text(text[0].lines[0]))) <= LABEL_ONLY_WORDS


def digest_parts(post: Post) -> list[tuple[Block, ...]]:
    """The parts of a digest (each starting with its picture), or [] when the post is not one."""
    sections: list[list[Block]] = []
    for block in post.blocks:
        if _is_picture(block):
            sections.append([block])
        elif sections:
            sections[-1].append(block)
    with_text = [s for s in sections if any(not isinstance(b, Media) for b in s)]
    merged: list[list[Block]] = []
    carry: list[Block] = []
    for section in with_text:
        if _is_label_only(section) and section is not with_text[-1]:
            carry += section
            continue
        merged.append(carry + section)
        carry = []
    if len(merged) < content_rules().digest_min_parts:
        return []
    return [tuple(s) for s in merged]


def split_digest(post: Post) -> list[Post]:
    """A digest's questions, each its own post (same source, part 1, 2…); any other post as it is."""
    parts = digest_parts(post) if post.fate.value == "qa" else []
    if not parts:
        return [post]
    whole = line_text(post.title).strip()
    out = []
    names: set[str] = set()
    for n, blocks in enumerate(parts, start=1):
        title = part_title(blocks)
        name = unique(slugify(title), names)
        names.add(name)
        fixes = (*post.fixes, f"part {n} of {len(parts)} of the digest «{whole[:60]}»")
        out.append(
            dataclasses.replace(post, title=(Run(title),), blocks=blocks, part=n, whole=whole, part_name=name, fixes=fixes)
        )
    return out


# ---- sections left empty -------------------------------------------------------------------------


def _label(text: str) -> bool:
    s = text.strip()
    return s.endswith(":") and 0 < len(P.WORD.findall(s)) <= content_rules().label_max_words


def empty_sections(blocks: Sequence[Block]) -> tuple[str, ...]:
    """Labels ("Итог:") that the answer leaves without content."""
    items: list[tuple[str, bool]] = []  # (text, is a label line of a paragraph)
    for b in blocks:
        if isinstance(b, Paragraph):
            items += [(line_text(x), not any(r.style == "link" for r in x)) for x in b.lines]
        elif isinstance(b, Media):
            items.append(("", False))
        else:
            items += [(x, False) for x in block_lines(b)]
    empty = []
    for k, (text, in_paragraph) in enumerate(items):
        if not (in_paragraph and _label(text)):
            continue
        after = items[k + 1] if k + 1 < len(items) else None
        # A question-like label ("Как обучать модели:") may open sub-labels of its own.
        if after is None or (after[1] and _label(after[0]) and not QUESTION_WORD.match(text.strip())):
            empty.append(f"«{text.strip()}»")
    return tuple(empty)


def mark_incomplete(post: Post) -> Post:
    found = empty_sections(post.blocks) if post.fate.value == "qa" else ()
    return dataclasses.replace(post, incomplete=found) if found else post
