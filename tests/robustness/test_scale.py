"""Many articles sharing a footer, many identical articles: the work stays linear, nothing is lost.

These run at a few hundred articles, which already crosses the boilerplate cap (50 articles)
that used to hide identical articles altogether; bench/robustness.py measures 5,000 and 1,000.
The bound is checked by counting alignments, not by timing, so it holds on a busy machine.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

import provenance.pipeline as pipeline
from provenance import trace
from provenance.settings import CandidateSettings

FOOTER = (
    "Copyright 2024 The Daily Example. All rights reserved. Subscribe to our newsletter for the news "
    "every morning, and follow us on social media for breaking stories."
)
VOCABULARY = (
    "council river bridge budget school police court minister hospital farmers storm election harbour "
    "railway museum festival strike factory drought market airport tunnel vaccine prison mayor"
).split()


def story(seed: int, paragraphs: int = 4) -> str:
    """A made-up article of its own words (seeded), so distinct seeds share no shingle."""
    rng = random.Random(seed)
    return "\n\n".join(
        " ".join(f"{rng.choice(VOCABULARY)}{rng.randint(0, 10_000)}" for _ in range(22)) + "."
        for _ in range(paragraphs)
    )


@pytest.fixture
def align_calls(monkeypatch):
    """How many pairs the pipeline aligned (workers=1 aligns in this process)."""
    calls = []
    real = pipeline.align

    def counting(x, y, settings=None):
        calls.append((x.article.id, y.article.id))
        return real(x, y, settings)

    monkeypatch.setattr(pipeline, "align", counting)
    return calls


def test_shared_footer_is_boilerplate_and_costs_no_alignment(align_calls):
    n = 400
    corpus = [{"id": f"d{k:04d}", "text": story(k) + "\n\n" + FOOTER} for k in range(n)]
    corpus.append({"id": "copy", "text": story(7) + "\n\nA paragraph the copy added.\n\n" + FOOTER})
    report = trace(corpus)
    assert len(report.documents) == n + 1
    assert [(line.text, line.articles) for line in report.boilerplate] == [(FOOTER, n + 1)]
    assert [(p.a, p.b) for p in report.pairs] == [("copy", "d0007")]
    assert len(align_calls) <= 1


def test_footer_below_the_cap_is_aligned_at_most_cap_squared(align_calls):
    cap = CandidateSettings().max_document_frequency
    corpus = [{"id": f"d{k:04d}", "text": story(k) + "\n\n" + FOOTER} for k in range(cap)]
    report = trace(corpus)
    assert report.pairs == ()  # furniture alone is not shared body text
    assert len(align_calls) == 0  # the footer is site boilerplate: it pairs nothing


def test_identical_articles_are_one_group_aligned_linearly(align_calls):
    n = 300
    text = story(1)
    report = trace([{"id": f"d{k:04d}", "text": text} for k in range(n)])
    assert len(report.documents) == n
    (group,) = report.duplicates
    assert group.representative == "d0000"
    assert group.members == tuple(f"d{k:04d}" for k in range(n))
    assert len(report.pairs) == n - 1  # a star around the representative, not n(n-1)/2
    assert all("d0000" in (p.a, p.b) for p in report.pairs)
    assert all(p.share_a == p.share_b == 1.0 for p in report.pairs)
    assert len(align_calls) == n - 1
    assert "identical text: 300 articles" in report.summary()


def test_identical_articles_beyond_the_boilerplate_cap_still_relate_to_a_copy():
    # Before duplicates were collapsed, 60 identical articles put every shingle of the story
    # over the cap of 50: the copy below was reported as sharing nothing with anyone.
    text = story(2)
    corpus = [{"id": f"wire{k:03d}", "text": text} for k in range(60)]
    corpus.append({"id": "rewrite", "text": text + "\n\nLocal reaction was muted, the mayor's office said."})
    report = trace(corpus)
    assert any({"rewrite", "wire000"} == {p.a, p.b} for p in report.pairs)
    assert len(report.pairs) == 60


def test_representative_is_the_earliest_then_the_smallest_id_whatever_the_order():
    text = story(3)
    start = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    corpus = [
        {"id": f"site{k:02d}", "text": text, "published": (start + timedelta(hours=(k * 7) % 11)).isoformat()}
        for k in range(20)
    ]
    corpus.append({"id": "aaa-undated", "text": text})
    shuffled = corpus[:]
    random.Random(5).shuffle(shuffled)
    one, two = trace(corpus), trace(shuffled)
    assert one.model_dump_json() == two.model_dump_json()
    (group,) = one.duplicates
    assert group.representative == "site00"  # hours offset 0: the earliest; the undated one never leads
    assert len(group.members) == 21


def test_headline_differences_do_not_split_a_duplicate_group():
    body = story(4)
    report = trace([
        {"id": "a", "title": "Storm hits the coast", "text": "Storm hits the coast\n\n" + body},
        {"id": "b", "title": "Coast battered", "text": "Coast battered\n\n" + body},
        {"id": "c", "text": body + "\n\nAn added paragraph makes this one different from the others."},
    ])
    assert [g.members for g in report.duplicates] == [("a", "b")]
    assert {(p.a, p.b) for p in report.pairs} >= {("a", "b"), ("a", "c")}


def test_duplicate_groups_survive_the_json_round_trip(tmp_path):
    text = story(6)
    report = trace([{"id": f"d{k}", "text": text} for k in range(5)])
    path = tmp_path / "r.json"
    report.to_json(path)
    loaded = type(report).read_json(path)
    assert loaded == report and loaded.duplicates == report.duplicates


def test_duplicate_groups_are_shown_in_html_and_tables():
    text = story(8)
    report = trace([{"id": f"d{k}", "text": text} for k in range(4)] + [{"id": "other", "text": story(9)}])
    page = report.to_html()
    from provenance.views.html_base import esc
    from provenance.views.names import Names

    names = Names.of(report)
    assert "<h2>Identical copies</h2>" in page and esc("; ".join(names[d] for d in ("d1", "d2", "d3"))) in page
    rows = {r["id"]: r for r in report.to_records()["documents"]}
    assert [rows[i]["identical_to"] for i in ("d0", "d1", "d2", "d3", "other")] == [None, "d0", "d0", "d0", None]


def test_near_duplicates_beyond_the_cap_each_find_their_source(align_calls):
    # 80 outlets run one wire story, each adding its own credit line: every shingle of the story
    # is in more articles than the cap, yet each copy pairs with the wire (a star, not a clique).
    text = story(4)
    start = datetime(2024, 5, 1, 9, tzinfo=timezone.utc)
    corpus = [{"id": "wire", "text": text, "outlet": "Reuters", "published": start.isoformat()}]
    corpus += [
        {"id": f"copy{k:03d}", "text": f"Reuters – {text}\n\nReported for Outlet {k} by its news desk.",
         "outlet": f"Outlet {k}", "published": (start + timedelta(minutes=5 + k)).isoformat()}
        for k in range(80)
    ]
    report = trace(corpus)
    assert report.boilerplate_shingles > 0
    assert {(d.derived, d.source) for d in report.derivations} == {(f"copy{k:03d}", "wire") for k in range(80)}
    assert len(align_calls) == 80


def test_a_footer_beyond_the_cap_pairs_nothing_through_the_anchor(align_calls):
    corpus = [{"id": f"d{k:04d}", "text": story(k, paragraphs=2) + "\n\n" + FOOTER + " " + FOOTER}
              for k in range(120)]
    report = trace(corpus)
    assert report.pairs == () and align_calls == []


def test_undated_near_duplicates_beyond_the_cap_find_the_outlet_they_credit():
    # Undated, the anchor is the article of the outlet the others credit, whatever its id.
    text = "The council said on Monday that the bridge would close.\n\n" + story(5)
    corpus = [{"id": "zz-wire", "text": text, "outlet": "Reuters"}]
    corpus += [{"id": f"copy{k:03d}", "text": f"Reuters – {text}\n\nReported for Outlet {k} by its news desk.",
                "outlet": f"Outlet {k}"} for k in range(70)]
    report = trace(corpus)
    assert {(d.derived, d.source) for d in report.derivations} == {(f"copy{k:03d}", "zz-wire") for k in range(70)}
