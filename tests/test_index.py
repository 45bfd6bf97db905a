"""The on-disk candidate index: today's articles against yesterday's corpus."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import COPY, SOURCE, seed_text
from provenance import DuplicateIdError, trace
from provenance.index import IndexFileError
from provenance.settings import CandidateSettings, Settings


def test_new_articles_are_traced_against_the_stored_corpus(tmp_path):
    db = tmp_path / "corpus.db"
    first = trace([{"id": SOURCE, "text": seed_text("000")}, {"id": "other", "text": "Unrelated words here."}],
                  index=db)
    assert first.pairs == ()
    second = trace([{"id": COPY, "text": seed_text("003")}], index=db)
    # Only the stored article that shares text comes back, and the result equals a trace of both at once.
    assert [a.id for a in second.documents] == [SOURCE, COPY]
    both = trace([{"id": SOURCE, "text": seed_text("000")}, {"id": COPY, "text": seed_text("003")}])
    assert second.derivations == both.derivations and second.pairs == both.pairs
    with sqlite3.connect(db) as con:
        ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id")]
    assert ids == [SOURCE, COPY, "other"]


def test_rerunning_the_same_articles_adds_nothing(tmp_path):
    db = tmp_path / "corpus.db"
    records = [{"id": SOURCE, "text": seed_text("000")}, {"id": COPY, "text": seed_text("003")}]
    one = trace(records, index=db)
    two = trace(records, index=db)
    assert one.derivations == two.derivations
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2


def test_same_id_with_other_text_is_refused(tmp_path):
    db = tmp_path / "corpus.db"
    trace([{"id": "a", "text": "First version of the story, with enough words to index."}], index=db)
    with pytest.raises(DuplicateIdError, match="already in the index"):
        trace([{"id": "a", "text": "A different story altogether, also long enough to index."}], index=db)


def test_index_built_with_other_settings_is_refused(tmp_path):
    db = tmp_path / "corpus.db"
    trace(["Some words to store in the index today."], index=db)
    other = Settings(candidates=CandidateSettings(shingle_words=6))
    with pytest.raises(IndexFileError, match="shingle_words=4"):
        trace(["More words for the index."], index=db, settings=other)


def test_not_an_index(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(IndexFileError, match="not a provenance candidate index"):
        trace(["Words."], index=bogus)


@pytest.mark.parametrize("credit_lines", [False, True], ids=["identical", "near-duplicates"])
def test_a_story_stored_more_often_than_the_cap_still_pairs_a_new_copy(tmp_path, credit_lines):
    # 60 stored runs of one story put each of its shingles over the cap of 50 stored articles.
    body = seed_text(SOURCE)
    index = tmp_path / "corpus.db"
    stored = [{"id": f"run{k:02d}", "text": body + (f"\n\nPublished by Outlet {k}." if credit_lines else "")}
              for k in range(60)]
    trace(stored, index=index)
    report = trace([{"id": "new", "text": "Al Jazeera – " + body + "\n\nA line the new copy added."}], index=index)
    partners = {p.b if p.a == "new" else p.a for p in report.pairs if "new" in (p.a, p.b)}
    assert partners == {"run00"}


def test_a_new_copy_of_a_stored_copy_derives_from_the_copy(tmp_path):
    # Day 1: a wire story and an outlet's credited copy. Day 2: a second outlet copies the first
    # copy, keeping its changes. The day-2 report derives the new copy from the stored copy (the
    # stored articles are compared with each other as evidence), claims no missing source, and
    # reports only what concerns the new article: together the two days say what one trace says.
    wire = seed_text(SOURCE)
    first = "Al-Jazeera – " + wire.replace("Monday", "Tuesday") + "\n\nA paragraph the first outlet wrote, at length."
    second = first + "\n\nA closing line that only the second outlet added to its copy."
    index = tmp_path / "corpus.db"
    day1 = [{"id": "wire", "text": wire, "published": "2017-01-20T08:00:00"},
            {"id": "first", "text": first, "published": "2017-01-20T10:00:00"}]
    day2 = [{"id": "second", "text": second, "published": "2017-01-21T09:00:00"}]
    earlier = trace(day1, index=index)
    later = trace(day2, index=index)
    at_once = trace(day1 + day2)
    assert {(d.derived, d.source) for d in later.derivations} == {("second", "first")}
    assert all("second" in (p.a, p.b) for p in later.pairs) and len(later.pairs) == 2
    assert later.missing == ()
    assert {d.derived for d in later.diffs} == {"second"}
    both_days = {(d.derived, d.source) for r in (earlier, later) for d in r.derivations}
    assert both_days == {(d.derived, d.source) for d in at_once.derivations} == {("first", "wire"), ("second", "first")}


def test_stored_articles_that_only_meet_each_other_are_not_reported_again(tmp_path):
    # Two copies of a stored wire story, all stored on day 1. On day 2 a new article shares only a
    # stock line with the copies: they come back as context, but the report says nothing new about
    # them (day 1 said how they relate, seeing the wire story too).
    wire = seed_text(SOURCE)
    stock = "Farmers in the region have now had three dry summers in a row, the ministry said in its annual report."
    day1 = [{"id": "wire", "text": wire, "published": "2017-01-20T08:00:00", "outlet": "Reuters"},
            {"id": "a", "text": "Reuters – " + wire + "\n\n" + stock, "published": "2017-01-20T09:00:00"},
            {"id": "b", "text": "Reuters – " + wire.replace("Monday", "Tuesday") + "\n\n" + stock,
             "published": "2017-01-20T10:00:00"}]
    index = tmp_path / "corpus.db"
    trace(day1, index=index)
    new = {"id": "new", "text": "A different story about the harvest, told in its own words at length.\n\n" + stock}
    later = trace([new], index=index)
    assert [a.id for a in later.documents] == ["a", "b", "new"]
    assert {(p.a, p.b) for p in later.pairs} == {("a", "new"), ("b", "new")}
    assert later.missing == () and later.derivations == () and later.diffs == ()


def test_frequency_counts_the_articles_stored_with_each_shingle(tmp_path):
    index = tmp_path / "corpus.db"
    body = seed_text(SOURCE)
    trace([{"id": "a", "text": body}, {"id": "b", "text": body + "\n\nA line of its own for b."}], index=index)
    trace([{"id": "c", "text": "Al Jazeera – " + body}, {"id": "a", "text": body}], index=index)
    with sqlite3.connect(index) as con:
        counted = dict(con.execute("SELECT hash, COUNT(*) FROM shingles GROUP BY hash"))
        stored = dict(con.execute("SELECT hash, articles FROM frequency"))
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
    assert stored == counted and max(stored.values()) == 3


def test_a_copy_of_a_stored_template_notice_finds_its_own_notice(tmp_path):
    # 360 stored notices whose every line is common in the store: a credited copy of one, traced
    # the next day, derives from its own notice, as it does when everything is traced at once.
    from test_candidates import _notices

    notices = _notices()
    [source] = [n for n in notices if n["id"] == "n427"]
    copy = {"id": "copy", "outlet": "Daily Courier", "title": "Harbor pays dividend",
            "text": "Reuters – " + source["text"], "published": "2026-03-02T08:00:00"}
    index = tmp_path / "corpus.db"
    trace(notices, index=index)
    report = trace([copy], index=index)
    assert {(d.derived, d.source) for d in report.derivations} == {("copy", "n427")}
    partners = {p.a if p.b == "copy" else p.b for p in report.pairs}
    assert all(p[1:3] == "42" for p in partners)


def test_a_new_copy_meets_a_stored_duplicate_group_through_its_representative(tmp_path):
    # Two outlets ran the wire story unchanged on day 1; a credited copy arrives on day 2. As in one
    # trace, the copy is paired with the group's representative, not with each of its members.
    wire = seed_text(SOURCE)
    day1 = [{"id": "wire", "text": wire, "published": "2017-01-20T08:00:00"},
            {"id": "rerun", "text": wire, "published": "2017-01-20T09:00:00"}]
    day2 = [{"id": "copy", "text": "Al-Jazeera – " + wire, "published": "2017-01-21T09:00:00"}]
    index = tmp_path / "corpus.db"
    trace(day1, index=index)
    later = trace(day2, index=index)
    at_once = trace(day1 + day2)
    assert {(p.a, p.b) for p in later.pairs} == {(p.a, p.b) for p in at_once.pairs if "copy" in (p.a, p.b)}
    assert {(p.a, p.b) for p in later.pairs} == {("copy", "wire")}
    assert later.duplicates == at_once.duplicates
