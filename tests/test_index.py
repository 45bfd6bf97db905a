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
