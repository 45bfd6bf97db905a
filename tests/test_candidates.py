"""Candidate pairs: short-line articles, whole-body matches, and what is too little to pair."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import trace
from provenance.candidates import candidates, shingle_hashes
from provenance.load import load
from provenance.segment import segment

NOTICE = "Qtly div 12 cts vs 12 cts prior\nPay March 3\nRecord Feb 14"
FIXTURES = "\n".join(["Arsenal v Everton", "Leeds v Hull City", "Bolton v Fulham", "Wigan v Reading",
                      "Stoke v Burnley", "Derby v Watford"])
STORY = ("The league confirmed the weekend's cup ties on Monday after the draw was made at the national "
         "stadium, with kick-off times still to be set by the broadcasters.")


def _articles(*records):
    return [segment(a) for a in load(list(records))]


def test_a_three_line_notice_and_its_credited_copy_are_traced():
    report = trace([
        {"id": "wire", "title": "ACME CORP SETS DIVIDEND", "text": NOTICE, "outlet": "Reuters",
         "published": "2026-03-01T09:00:00"},
        {"id": "copy", "title": "Acme sets dividend", "text": "Reuters – " + NOTICE, "outlet": "Daily Courier",
         "published": "2026-03-01T11:00:00"},
    ])
    [d] = report.derivations
    assert (d.derived, d.source, d.credited) == ("copy", "wire", True)
    assert d.coverage == 1.0  # the credit is not body text the copy lacks or adds


def test_a_list_of_short_lines_inside_a_longer_article_is_a_candidate():
    arts = _articles(
        {"id": "a", "title": "Cup draw", "text": STORY + "\n\n" + FIXTURES},
        {"id": "b", "title": "Fixtures", "text": "The full draw:\n\n" + FIXTURES},
    )
    assert candidates(arts).pairs == [(0, 1)]
    assert trace([{"id": a.id, "title": a.title, "text": a.text} for a in arts]).pairs


def test_a_shared_stock_phrase_is_not_a_pair():
    phrase = "the company said in a statement"
    report = trace([
        f"Acme Corp will close two plants in Ohio next year, {phrase}, blaming weak demand for trucks.",
        f"Shares of Globex rose sharply after {phrase} that quarterly profit had doubled on strong sales.",
    ])
    assert report.pairs == ()


def test_a_tiny_article_pairs_only_with_one_holding_all_of_it():
    report = trace([
        {"id": "a", "title": "Holiday", "text": "India, Bombay and Delhi (Ramanavmi)."},
        {"id": "b", "title": "Holiday", "text": "Reuters – India, Bombay and Delhi (Ramanavmi)."},
        {"id": "c", "title": "Other", "text": "Markets in India, Bombay and Delhi will reopen on Friday."},
    ])
    assert [(p.a, p.b) for p in report.pairs] == [("a", "b")]


_WORDS = st.lists(st.sampled_from(["talks", "open", "in", "astana", "on", "monday", "rebels", "said", "two",
                                   "days", "officials", "truce", "held"]), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(words=_WORDS, breaks=st.sets(st.integers(min_value=1, max_value=39)))
def test_lines_shorter_than_a_shingle_are_read_as_one_paragraph(words, breaks):
    lines, line = [], []
    for n, w in enumerate(words):
        if (n in breaks and line) or len(line) == 3:
            lines.append(" ".join(line))
            line = []
        line.append(w)
    lines.append(" ".join(line))
    whole, broken = _articles({"id": "x", "title": "T", "text": " ".join(words)},
                              {"id": "y", "title": "T", "text": "\n\n".join(lines)})
    assert np.array_equal(shingle_hashes(whole, 4), shingle_hashes(broken, 4))
