"""The composite signal: an article made of parts of two stories that share nothing with each other
combined them; a copy of one story that also holds a line found in another is no combination of that story;
of the pages that hold one part, the one whose changes the article carries is its source."""

from __future__ import annotations

from provenance import trace
from test_shared_enough import HARBOUR, QUOTE, SCHOOLS

HARBOUR = [p for p in HARBOUR if p != QUOTE]
SCHOOLS = [p for p in SCHOOLS if p != QUOTE]
#: A line an outlet prints in its stories' bodies, whatever the story.
HOUSE_LINE = "Readers with a story to tell can reach the newsdesk by telephone every weekday until nine at night."


def _record(ident: str, title: str, paragraphs: list[str]) -> dict[str, str]:
    return {"id": ident, "title": title, "text": "\n\n".join([title, *paragraphs])}


def _composite(report) -> set[tuple[str, str]]:
    """(composite, source) of every composite signal in the report."""
    return {
        (e.favours, p.b if e.favours == p.a else p.a)
        for p in report.pairs for e in p.evidence if e.signal == "composite"
    }


def test_an_article_of_two_stories_combined_them():
    report = trace([
        _record("harbour", "Harbour channel to be dredged", HARBOUR),
        _record("schools", "Three schools for the north", SCHOOLS),
        _record("roundup", "Around the town", [*HARBOUR[:5], *SCHOOLS[:4]]),
    ])
    assert _composite(report) & {("roundup", "harbour"), ("roundup", "schools")}
    assert {("roundup", "harbour"), ("roundup", "schools")} <= {(d.derived, d.source) for d in report.derivations}


def test_a_copy_with_a_line_found_in_another_story_is_no_combination_of_its_source():
    # The copy is the harbour story cut short, with one line that the schools story prints too.
    # The harbour story alone explains the copy, so the copy is no combination of it with another:
    # its containment in the harbour story stands. (Against the schools story, whose one line is all
    # it shares, the copy does look like a combination: three articles cannot tell a line two of
    # them print from a paragraph taken from another story.)
    report = trace([
        _record("harbour", "Harbour channel to be dredged", HARBOUR),
        _record("schools", "Three schools for the north", [*SCHOOLS, HOUSE_LINE]),
        _record("copy", "Dredging to start", [*HARBOUR[:6], HOUSE_LINE]),
    ])
    assert ("copy", "harbour") not in _composite(report)
    (pair,) = [p for p in report.pairs if {p.a, p.b} == {"copy", "harbour"}]
    assert any(e.signal == "containment" and e.favours == "copy" for e in pair.evidence)


def test_a_news_in_brief_page_of_three_stories_combined_all_three():
    """Three items, each the opening of a different story: no two of them explain the page, all three
    do. Every story is the page's source."""
    from test_wire_scenario import WIRE

    report = trace([
        _record("harbour", "Harbour channel to be dredged", HARBOUR),
        _record("schools", "Three schools for the north", SCHOOLS),
        _record("tunnel", "Rail tunnel reopens", WIRE),
        _record("brief", "News in brief", [*HARBOUR[:2], *SCHOOLS[:2], *WIRE[:2]]),
    ])
    stories = {("brief", "harbour"), ("brief", "schools"), ("brief", "tunnel")}
    assert _composite(report) == stories
    assert {(d.derived, d.source) for d in report.derivations} == stories


def _reworded(paragraph: str, old: str, new: str) -> str:
    assert old in paragraph
    return paragraph.replace(old, new)


#: An outlet's copy of the harbour story, with its opening reworded and its tail cut.
HARBOUR_COPY = [
    _reworded(HARBOUR[0], "approved a plan on Tuesday", "gave the go-ahead on Tuesday"),
    _reworded(HARBOUR[1], "for two seasons", "for two years"),
    *HARBOUR[2:6],
]


def test_a_brief_item_comes_from_the_page_whose_wording_it_carries():
    """The brief's harbour item is held by the story and by an outlet's copy of it; the brief carries
    the copy's rewording, so it took the item from the copy, not the story, and combined it with the
    schools story."""
    report = trace([
        _record("harbour", "Harbour channel to be dredged", HARBOUR),
        _record("harbour-copy", "Go-ahead for dredging", HARBOUR_COPY),
        _record("schools", "Three schools for the north", SCHOOLS),
        _record("brief", "News in brief", [*HARBOUR_COPY[:3], *SCHOOLS[:3]]),
    ])
    assert {("brief", "harbour-copy"), ("brief", "schools")} <= _composite(report)
    assert ("brief", "harbour") not in _composite(report)
    parents = {d.source for d in report.derivations if d.derived == "brief"}
    assert parents == {"harbour-copy", "schools"}


def test_an_item_two_pages_hold_alike_names_neither_page_its_source():
    """Two pages hold the harbour item word for word: the brief carries no change of either, so the
    text does not say which of them it came from, and neither is called a part of a combination."""
    report = trace([
        _record("harbour", "Harbour channel to be dredged", HARBOUR),
        _record("harbour-copy", "Dredging to start", HARBOUR[:6]),
        _record("schools", "Three schools for the north", SCHOOLS),
        _record("brief", "News in brief", [*HARBOUR[:3], *SCHOOLS[:3]]),
    ])
    assert not {("brief", "harbour"), ("brief", "harbour-copy")} & _composite(report)


def test_a_sibling_that_added_a_stock_line_is_no_combination_of_its_sibling():
    """Three outlets ran one absent story; the third reworded a paragraph, the second cut the story
    short and printed a stock line that the schools story prints too. The second carries the first's
    text more closely than the third's, but it is no combination of the first and the schools story:
    a stock line is too little to be a part. (Against the schools story alone, whose line is all it
    shares with the second, three articles cannot tell the line from a paragraph taken from it.)"""
    report = trace([
        _record("one", "Dredging approved", [*HARBOUR[:6], "Our reporter will follow the work each week."]),
        _record("two", "Channel to be dredged", [*HARBOUR[:4], HOUSE_LINE]),
        _record("three", "Dredging plan", [*HARBOUR_COPY[:1], *HARBOUR[1:6]]),
        _record("schools", "Three schools for the north", [*SCHOOLS, HOUSE_LINE]),
    ])
    assert ("two", "one") not in _composite(report)


def test_a_story_extended_with_another_agencys_paragraphs_combined_both_though_they_share_a_quotation():
    """Two agencies reported the day's news, each running the minister's quotation in words of its own
    around it. An outlet carried the first report whole and added two paragraphs of the second. The
    first report lies wholly inside the combination, and the second holds the quotation's paragraph
    less closely than the first, yet the quotation is all the two reports share: the combination took
    one part from each."""
    harbour = [*HARBOUR[:3], QUOTE, *HARBOUR[3:7]]
    schools = [*SCHOOLS[:2], "Parents at the school gates heard the minister speak. " + QUOTE, *SCHOOLS[2:7]]
    report = trace([
        _record("harbour", "Harbour channel to be dredged", harbour),
        _record("schools", "Three schools for the north", schools),
        _record("extended", "Dredging and new schools", [*harbour, *schools[4:6]]),
    ])
    assert ("extended", "schools") in _composite(report)
    parents = {d.source for d in report.derivations if d.derived == "extended"}
    assert parents == {"harbour", "schools"}


#: The first and fifth harbour paragraphs, and the first, third and seventh schools paragraphs, in a
#: paper's own words: the wording far from the agencies', the facts (days, sums, years, names) kept.
HARBOUR_REWRITTEN = [
    "On Tuesday the harbour board approved plans to dredge the eastern channel ahead of the winter storms.",
    "The work is to cost about four million and will take eleven weeks, the chair of the board said.",
    "The last time the channel was dredged, in 2011, work was halted for a month after old munitions were found.",
    "Divers who surveyed the channel in August found no such remains this time, according to the board.",
]
SCHOOLS_REWRITTEN = [
    "The council said three new primary schools would open in the northern suburbs next September.",
    "Class sizes in the area have risen by a fifth since 2019, Daily Ledger reporting showed.",
    "Each of the schools will take two hundred and ten pupils, with room on the ground floor for a nursery.",
]


def test_a_paper_that_rewrote_two_agencies_reports_in_its_own_words_combined_both():
    """A paper rewrote paragraphs of two reports: its wording is far from each (similarity 0.6 to 0.8),
    but each paragraph states the same figures and names as the one it rewrote, and together they
    make up the paper's story. Both reports are its sources."""
    report = trace([
        _record("harbour", "Harbour channel to be dredged", HARBOUR),
        _record("schools", "Three schools for the north", SCHOOLS),
        _record("paper", "Dredging and new schools", [*HARBOUR_REWRITTEN, *SCHOOLS_REWRITTEN]),
    ])
    assert {("paper", "harbour"), ("paper", "schools")} <= _composite(report)
    assert {d.source for d in report.derivations if d.derived == "paper"} == {"harbour", "schools"}
