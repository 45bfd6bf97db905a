"""Headline tags: a copy whose headline ends with another outlet's own tag carried it over."""

from __future__ import annotations

from provenance import trace
from provenance.corpus.headline_tags import tag_names_outlet, title_tag
from story_families import _story


def test_a_title_tag_is_a_short_name_after_a_spaced_dash_or_bar():
    assert title_tag("Floods close the coast road again - GWT News") == "GWT News"
    assert title_tag("Floods close the coast road again | The Daily Ledger") == "The Daily Ledger"
    assert title_tag("Floods close the coast road again — What we know") == "What we know"
    assert title_tag("Floods close the coast road again") is None
    assert title_tag("Hyphen-joined words are no tag") is None
    assert title_tag("Floods - GWT News") is None  # two words before the dash: no headline
    assert title_tag("Floods close the road - and the schools, the shops and the rail line too") is None
    assert title_tag(None) is None


def test_a_tag_names_an_outlet_by_its_name_or_its_initials():
    assert tag_names_outlet("GMT News", "Global Markets Today")
    assert tag_names_outlet("BBC News", "BBC") and tag_names_outlet("AP News", "Associated Press")
    assert tag_names_outlet("Reuters UK", "Reuters")
    assert not tag_names_outlet("Latest news", "Global Markets Today") and not tag_names_outlet("Report", "Reuters")
    assert not tag_names_outlet("GMT News", None)


def _pages(tag: str) -> list[dict]:
    """A page of Global Wire Today, and another outlet's copy of it, cut and with a paragraph of its
    own, under the source's headline ending with ``tag``."""
    (title, paragraphs), (_, other) = _story(11), _story(13)
    return [
        {"id": "source", "title": f"{title} - {tag}", "outlet": "Global Wire Today", "text": "\n\n".join(paragraphs)},
        {"id": "copy", "title": f"{title} - {tag}", "outlet": "Eastern Daily",
         "text": "\n\n".join([*paragraphs[:-1], other[0]])},
    ]


def _tagged(report) -> list[tuple[str, str | None]]:
    return [(p.a, e.favours) for p in report.pairs for e in p.evidence if "headline ends with the tag" in e.detail]


def test_a_copy_under_the_headline_tag_naming_another_outlet_hangs_on_that_outlets_page():
    report = trace(_pages("GWT News"))
    assert _tagged(report) == [("copy", "copy")]
    assert {(d.derived, d.source) for d in report.derivations} == {("copy", "source")}


def test_a_tail_that_names_no_outlet_says_nothing():
    report = trace(_pages("Latest news"))
    assert _tagged(report) == []
    assert not report.derivations


def test_a_page_of_unknown_outlet_under_a_sites_tag_may_be_that_sites_own():
    pages = _pages("GWT News")
    del pages[1]["outlet"]
    assert _tagged(trace(pages)) == []
