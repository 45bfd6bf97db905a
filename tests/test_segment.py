"""Headline, paragraphs and furniture."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from provenance.article import segment as segment_module
from provenance.article.segment import fold, segment
from provenance.reading.load import load


def _kinds(text, **record):
    article = segment(load([{"id": "t", "text": text, **record}])[0])
    return [(b.kind, b.text) for b in article.blocks], article


def test_hard_wrapped_wire_copy_joins_lines_into_paragraphs():
    text = (
        "COCOA REVIEW\n"
        "Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought since early\n"
        "January and improving prospects for the coming harvest.\n"
        "    The dry period means the crop will be late this year,\n"
        "traders said in their weekly review of the market.\n"
    )
    blocks, article = _kinds(text)
    assert article.title == "COCOA REVIEW"
    assert [k for k, _ in blocks] == ["headline", "body", "body"]
    assert blocks[1][1].startswith("Showers continued") and blocks[1][1].endswith("coming harvest.")


def test_given_title_matches_first_line():
    blocks, article = _kinds("Talks Resume\n\nThe talks resumed on Monday.", title="Talks resume")
    assert blocks[0][0] == "headline" and article.title == "Talks resume"


def test_no_headline_when_first_line_is_a_sentence():
    blocks, article = _kinds("The talks resumed on Monday.\n\nThey will last two days, officials said.")
    assert article.title is None and [k for k, _ in blocks] == ["body", "body"]


def test_furniture_shapes():
    text = "\n\n".join([
        "Floods hit the valley",
        "By Jane Smith, Wire News",
        "Heavy rain caused the river to burst its banks on Tuesday, flooding hundreds of homes nearby.",
        "Image caption: Residents wade through water",
        "Emergency services evacuated more than two thousand residents overnight, officials said on Wednesday.",
        "Rescue efforts",
        "Forecasters expect the rain to continue until the weekend, with warnings issued across the north.",
        "WATCH: Drone footage of the flooded valley",
        "Subscribe to our newsletter at news@example.com for daily updates.",
        "- Storm season starts early - May 03, 2024",
        "- Dams under pressure - May 02, 2024",
    ])
    blocks, article = _kinds(text)
    assert [k for k, _ in blocks] == [
        "headline", "byline", "body", "caption", "body", "subheading", "body", "promo", "footer", "related", "related",
    ]
    assert [(c.name, c.form) for c in article.credits] == [("Wire News", "byline")]
    assert article.outlet == "Wire News" and article.outlet_from == "self-credit"


def test_credit_forms():
    _, prefixed = _kinds("Headline here\n\nAFP – The talks resumed on Monday, officials said.")
    assert [(c.name, c.form) for c in prefixed.credits] == [("AFP", "prefix")]
    _, dateline = _kinds("Headline here\n\nLONDON (Reuters) - The talks resumed on Monday, officials said.")
    assert [(c.name, c.form) for c in dateline.credits] == [("Reuters", "dateline")]
    _, place = _kinds("Headline here\n\nBEIRUT – The talks resumed on Monday, officials said.")
    assert place.credits == ()
    _, suffix = _kinds("Headline here\n\nThe talks resumed on Monday, officials said. (AFP)")
    assert [(c.name, c.form) for c in suffix.credits] == [("AFP", "suffix")]


def test_offsets_survive_control_characters_and_nbsp():
    text = "Headline\n\n\x19By Stephen Howard, PA News\n\n\x19The court\u00a0heard  evidence today."
    blocks, article = _kinds(text)
    for block in article.blocks:
        assert " ".join(article.text[block.start : block.end].replace("\u00a0", " ").split()) == block.text
    assert blocks[1][0] == "byline"


def test_source_lines_need_a_label_and_via_lines_must_be_short():
    text = "\n\n".join([
        "Sources said the talks had failed, and both delegations left the capital on Monday night.",
        "Via Rail said on Monday it would cut services on three routes across the country.",
        "Source: Al Jazeera",
        "via Reuters",
    ])
    blocks, _ = _kinds(text, title="Talks fail")
    assert [k for k, _ in blocks] == ["body", "body", "source", "source"]


def test_a_list_heading_and_the_headlines_under_it_are_related_links():
    """"Read more:" or "More from <outlet>" on a line of its own, then other stories' headlines one a line:
    links, however bare, not the story's text; a label line between two paragraphs stays what it was."""
    story = "Engineers reopened the northern rail tunnel on Thursday after a three-week closure, officials said."
    for heading in ("Read more:", "More from The Valley Times", "Related stories", "You may also like"):
        blocks, _ = _kinds("\n\n".join([story, heading, "Commodore finds new lease of life",
                                        "Tickets for two concerts", "Valley Times © 2025"]))
        assert [k for k, _ in blocks] == ["body", "related", "related", "related", "footer"], heading
    blocks, _ = _kinds("\n\n".join([story, "Related", story.replace("Thursday", "Friday")]))
    assert [k for k, _ in blocks] == ["body", "subheading", "body"]


def test_a_notice_that_the_page_runs_syndicated_copy_is_its_footer():
    """The notice speaks of the text, not of the story; a credit above it still closes the article.
    A story about a syndicated loan is no notice."""
    story = "Engineers reopened the northern rail tunnel on Thursday after a three-week closure, officials said."
    loan = "The bank has agreed a $500 million syndicated loan with twelve lenders, the company said on Monday."
    for notice in ("This story has not been edited by Valley Times staff and is auto-generated from a syndicated feed.",
                   "Disclaimer: This is a syndicated story. Valley Times takes no responsibility for its content."):
        blocks, article = _kinds("\n\n".join([story, loan, "(With PTI inputs)", notice]))
        assert [k for k, _ in blocks] == ["body", "body", "source", "footer"], notice
        assert [c.name for c in article.credits] == ["PTI"]


def test_a_line_that_asks_something_of_the_reader_is_the_pages_footer():
    """One call in a short line is enough; running text that uses the same verbs is left alone."""
    story = "Engineers reopened the northern rail tunnel on Thursday after a three-week closure, officials said."
    calls = ["Follow us on X and Facebook for the latest news from the valley.",
             "Comments on this story are moderated according to our community guidelines.",
             "Catch the latest updates on the Valley Times. Download our app for live updates.",
             "Sign up to the Valley Times morning briefing",
             "Support independent journalism in the valley. Become a member of the Valley Times today.",
             "Got a story? Email the newsdesk at news@valleytimes.example; we read every tip."]
    for call in calls:
        blocks, _ = _kinds("\n\n".join([story, call]))
        assert [k for k, _ in blocks] == ["body", "footer"], call
    for sentence in ("Customers who sign up to broadband in December get free calls until March, the company said.",
                     "She was invited to become a member of the board in 2019, the filing showed.",
                     "Inspectors follow usual practice and visit every site twice a year, the report said."):
        blocks, _ = _kinds("\n\n".join([story, sentence]))
        assert [k for k, _ in blocks] == ["body", "body"], sentence


_BLANKS = "\x00\t\n\r \x7f\x85\xa0\xad\u1680\u2003\u200b\u200f\u2028\u2029\u202f\u3000\ufeff"


def test_the_blanks_are_all_white_space_and_none_is_printable_but_the_space():
    # Folding splits a printable line on white space: that is right only if every character Python
    # calls white space is a blank, and no blank but the plain space is printable.
    blanks = segment_module._BLANK
    assert all(ch in blanks for ch in map(chr, range(0x110000)) if ch.isspace())
    assert [ch for ch in blanks if ch.isprintable()] == [" "]


@given(st.text(alphabet=st.sampled_from(_BLANKS + "ab.é"), max_size=20))
def test_folding_and_line_ends_read_blanks_as_the_pattern_does(text):
    # The fast ways (a printable text split on spaces; ends stripped of the set of blanks) must
    # agree with the pattern over that set.
    blank = segment_module._SPACE
    assert fold(text) == blank.sub(" ", text).strip()
    assert text.lstrip(segment_module._BLANK) == re.sub(f"^{blank.pattern}", "", text)
    assert text.rstrip(segment_module._BLANK) == re.sub(f"{blank.pattern}$", "", text)
