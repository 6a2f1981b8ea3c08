"""Repair stage: spaces and emphasis restored where the cut copy shows a formatted run began."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.ingest.align import align
from scripts.ingest.markdown import inline
from scripts.ingest.models import RawPost, SourceRef, plain_line
from scripts.ingest.repair import repair

CASES = json.loads((Path(__file__).parent / "cases" / "repair.json").read_text(encoding="utf-8"))


def repaired(whole: str, cut: str) -> str:
    raw = RawPost(ref=SourceRef("case.txt", 1, "dump:case"), lines=(plain_line(whole),), cut=(cut,) if cut else (), dump=True)
    lines, _ = repair(raw)
    return inline(lines[0])


def _params(group: str):
    return [pytest.param(c, id=c["comment"][:50]) for c in CASES[group]]


@pytest.mark.parametrize("case", _params("in_the_wild") + _params("synthetic") + _params("negative"))
def test_repair_cases(case):
    assert repaired(case["whole"], case["cut"]) == case["expected"]


@pytest.mark.parametrize("case", _params("known_failures"))
@pytest.mark.xfail(strict=True, reason="known limitation, see the case's comment")
def test_repair_known_failures(case):
    assert repaired(case["whole"], case["cut"]) == case["expected"]


def test_align_keeps_code_only_the_cut_copy_has(seed_posts):
    """002 #3: the whole copy lost the pickle code block; the cut copy still has it."""
    post = next(p for p in seed_posts if p.ref.file.startswith("002") and p.ref.post == 3)
    whole = ["".join(r.text for r in line) for line in post.lines]
    a = align(whole, post.cut)
    assert a.consumed == len(post.cut)
    assert [lines for _, lines in a.insertions] == [
        (
            "# сериализуем",
            "with open('model.pickle', 'wb') as wf:",
            "pickle.dump(model, wf)",
            "# десериализуем модель",
            "with open('model.pickle', 'rb') as rf:",
            "model_out = pickle.load(rf)",
        )
    ]


def test_no_glued_words_left_where_the_dump_marks_a_boundary(seed_posts):
    """Every strict-prefix boundary between two letters in the seeds gets its space back."""
    checked = 0
    for post in seed_posts:
        if not post.cut:
            continue
        whole = ["".join(r.text for r in line) for line in post.lines]
        lines, _ = repair(post)
        for wi, offset in align(whole, post.cut).boundaries(whole, post.cut).items():
            text = whole[wi]
            if text[offset - 1].isalpha() and text[offset].isalpha():
                fixed = "".join(r.text for r in lines[wi])
                assert text[:offset] + " " + text[offset:] == fixed
                checked += 1
    assert checked >= 6  # the seeds hold six such boundaries (read by hand: которая|не, к|метрикам, …)
