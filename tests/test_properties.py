"""Invariants over generated articles and edits (hypothesis)."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance import trace
from provenance.article.segment import segment
from provenance.pairs.align import align
from provenance.pairs.diff import build_diff
from provenance.reading.load import load

WORDS = (
    "the minister said talks would resume next week after a ceasefire held across the region while officials "
    "from both sides met in the capital to discuss aid deliveries prisoners and the future of the border "
    "crossing which has been closed since fighting began in march police arrested three men on monday "
    "over the attack on a market that killed nine people and injured dozens more according to witnesses"
).split()


@st.composite
def paragraphs(draw, min_size=2, max_size=8):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)
    count = draw(st.integers(min_size, max_size))
    out = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
            sentences.append(" ".join(words).capitalize() + ".")
        out.append(" ".join(sentences))
    return out


@st.composite
def edited(draw):
    """A source article and a copy made from it by random drops, edits, moves, splits, merges and additions."""
    source = draw(paragraphs())
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    copy = []
    for p in source:
        action = rng.choice(["keep", "keep", "drop", "edit", "split", "merge"])
        if action == "drop":
            continue
        if action == "edit":
            words = p.split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)
            p = " ".join(words)
        if action == "split" and ". " in p:
            head, _, tail = p.partition(". ")
            copy.extend([head + ".", tail])
            continue
        if action == "merge" and copy:
            copy[-1] = copy[-1] + " " + p
            continue
        copy.append(p)
    if len(copy) > 2 and rng.random() < 0.3:
        copy.append(copy.pop(0))
    copy += draw(paragraphs(min_size=0, max_size=2))
    if not copy:
        copy = draw(paragraphs(min_size=1, max_size=1))
    return source, copy


def _article(ident, title, paras):
    return segment(load([{"id": ident, "title": title, "text": "\n\n".join(paras)}])[0])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_every_block_in_exactly_one_operation(case):
    source_paras, copy_paras = case
    source = _article("a", "Source headline here", source_paras)
    copy = _article("b", "Copy headline", copy_paras)
    alignment = align(source, copy)
    for derived, src in ((copy, source), (source, copy)):
        diff = build_diff(alignment, derived, src)
        used_d = sorted(i for op in diff.operations for i in op.derived_blocks)
        used_s = sorted(j for op in diff.operations for j in op.source_blocks)
        assert used_d == [b.index for b in derived.blocks if b.kind != "headline"]
        assert used_s == [b.index for b in src.blocks if b.kind != "headline"]
        assert 0.0 <= diff.coverage <= 1.0


@settings(max_examples=25, deadline=None)
@given(paragraphs(min_size=2, max_size=6))
def test_identical_copy_is_all_kept_and_undirected(paras):
    text = "\n\n".join(paras)
    report = trace([{"id": "one", "text": text}, {"id": "two", "text": text}])
    assert len(report.pairs) == 1
    pair = report.pairs[0]
    assert pair.relation == "undetermined" and pair.derived is None
    assert report.derivations == ()
    diff = report.diff("one", "two")
    assert {op.kind for op in diff.operations} == {"kept"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited(), edited(), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_corpus_order(first, second, rng):
    records = [
        {"id": "s1", "text": "\n\n".join(first[0]), "outlet": "Wire One"},
        {"id": "c1", "text": "Wire One – " + "\n\n".join(first[1])},
        {"id": "s2", "text": "\n\n".join(second[0])},
        {"id": "c2", "text": "\n\n".join(second[1])},
    ]
    shuffled = records[:]
    rng.shuffle(shuffled)
    assert trace(records).model_dump_json() == trace(shuffled).model_dump_json()


@settings(max_examples=30, deadline=None)
@given(edited())
def test_a_derivation_never_points_both_ways(case):
    source_paras, copy_paras = case
    report = trace([
        {"id": "a", "text": "\n\n".join(source_paras)},
        {"id": "b", "text": "\n\n".join(copy_paras)},
    ])
    edges = {(d.derived, d.source) for d in report.derivations}
    assert not any((s, d) in edges for d, s in edges)
    for pair in report.pairs:
        assert 0.0 <= pair.share_a <= 1.0 and 0.0 <= pair.share_b <= 1.0
