"""Candidate pairs: short-line articles, whole-body matches, and what is too little to pair."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import trace
from provenance.article.segment import segment
from provenance.pairs.candidates import candidates, shingle_hashes
from provenance.reading.load import load

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


AMOUNTS = ["five", "six", "eight", "ten", "12", "15"]
DATES = [("April 15", "March 30"), ("May 13", "April 29"), ("June 2", "May 19"), ("July 10", "June 24"),
         ("Aug 14", "July 24"), ("Sept 1", "Aug 18")]
COMPANIES = ["Acme", "Birch", "Cobalt", "Delta", "Ember", "Fulcrum", "Granite", "Harbor", "Iris", "Juniper"]


def _notices():
    """360 dividend notices: every line is shared by 60 of them, more than the boilerplate cap,
    and only the company line is each notice's own."""
    out = []
    for a, amount in enumerate(AMOUNTS):
        for d, (pay, record) in enumerate(DATES):
            for c, company in enumerate(COMPANIES):
                out.append({
                    "id": f"n{a}{d}{c}", "outlet": "Reuters", "title": f"{company.upper()} SETS DIVIDEND",
                    "text": f"{company} Corp {a}{d}\nQtly div {amount} cts vs {amount} cts prior\n"
                            f"Pay {pay}\nRecord {record}",
                    "published": f"2026-03-01T{c:02d}:{a * 6 + d:02d}:00",
                })
    return out


def test_a_notice_whose_every_line_is_boilerplate_is_traced_to_its_own_source():
    # The copy shares its company line with one notice and its other lines with 60: the anchors of
    # those lines are other notices. Template articles alike in their boilerplate are compared.
    notices = _notices()
    [source] = [n for n in notices if n["id"] == "n427"]  # Harbor's 12 cents paid June 2: not an anchor
    copy = {"id": "copy", "outlet": "Daily Courier", "title": "Harbor pays dividend",
            "text": "Reuters – " + source["text"], "published": "2026-03-02T08:00:00"}
    report = trace([*notices, copy])
    assert report.boilerplate_shingles > 0
    parents = {d.source for d in report.derivations if d.derived == "copy"}
    assert parents == {source["id"]}
    # Notices of other amounts or dates share under half of the copy: never its partners.
    partners = {p.a if p.b == "copy" else p.b for p in report.pairs if "copy" in (p.a, p.b)}
    assert all(p[1:3] == source["id"][1:3] for p in partners)
