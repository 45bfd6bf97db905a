"""One naming rule for people, and one rule for confidence and counts, in every view."""

from __future__ import annotations

import pytest

from provenance import trace
from provenance.models import Article, MissingSource
from provenance.views.names import Names, article_name, node_name, placeholder_name, shorten
from provenance.views.wording import (
    CONFIDENCE_MEANING,
    CONFIDENCE_WORDS,
    confidence_number,
    confidence_text,
    confidence_word,
    count,
)


def _article(ident: str, outlet: str | None = None, title: str | None = None) -> Article:
    return Article(id=ident, text="text", outlet=outlet, title=title)


def test_article_name_falls_back_from_outlet_and_headline_to_headline_to_id():
    assert article_name(_article("a1", "Reuters", "Port strike ends")) == "Reuters · Port strike ends"
    assert article_name(_article("a1", None, "Port strike ends")) == "Port strike ends"
    assert article_name(_article("a1", "Reuters", None)) == "a1"
    assert article_name(_article("a1", "  ", "  Port\n strike  ")) == "Port strike"


def test_placeholder_named_for_the_agency_its_members_credit_or_unknown():
    assert placeholder_name(MissingSource(id="missing:afp:a", name="AFP", members=("a", "b"))) == (
        "AFP story, not in corpus"
    )
    assert placeholder_name(MissingSource(id="missing:unknown:a", name=None, members=("a", "b"))) == (
        "unknown common source"
    )


def test_names_tell_apart_two_articles_that_would_read_the_same():
    names = Names([_article("x", "Reuters", "Same"), _article("y", "Reuters", "Same"), _article("z", None, "Other")])
    assert names["x"] == "Reuters · Same (x)" and names["y"] == "Reuters · Same (y)"
    assert names["z"] == "Other"
    assert names["not-there"] == "not-there"
    long = Names([_article("x", "O", "word " * 40), _article("y", "O", "word " * 40)])
    assert long.short("x", 40).endswith(" (x)") and len(long.short("x", 40)) <= 40


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    assert shorten("short") == "short"
    cut = shorten("Al Jazeera · Syrian rebel groups to attend talks in Astana", 30)
    assert cut.endswith("…") and len(cut) <= 30 and "gro…" not in cut


def test_graph_nodes_carry_the_names_people_read(seeds_report):
    graph = seeds_report.graph
    for node, data in graph.nodes(data=True):
        assert data["name"] == Names.of(seeds_report)[node] == node_name(node, data)
    data = dict(graph.nodes["000_2cd90f8013dc901a"])
    assert data["name"] == f"{data['outlet']} · {data['title']}"


def test_placeholder_nodes_are_named_without_their_internal_id():
    body = [
        "The port strike entered its third day on Tuesday as talks between unions and operators stalled again.",
        "Dockworkers say pay has not kept up with prices, while the operators warn of lost contracts abroad.",
        "Shipping lines have begun diverting vessels to other ports along the coast, officials said.",
        "The transport ministry called both sides to a meeting on Thursday to seek a settlement.",
    ]
    a = "(AFP) - " + "\n\n".join(body[:3]) + "\n\nLocal traders said shelves were emptying in the city's markets."
    b = "(AFP) - " + "\n\n".join(body[1:]) + "\n\nA union leader said the strike would go on until a deal is signed."
    report = trace([{"id": "a", "title": "Strike day three", "text": a, "outlet": "Daily One"},
                    {"id": "b", "title": "Ports idle", "text": b, "outlet": "Evening Two"}])
    assert len(report.missing) == 1, "two articles crediting AFP, neither containing the other: siblings"
    m = report.missing[0]
    names = Names.of(report)
    assert names[m.id] == placeholder_name(m) and "missing:" not in names[m.id]
    assert report.graph.nodes[m.id]["name"] == names[m.id]
    assert names.is_placeholder(m.id) and not names.is_placeholder("a")


@pytest.mark.parametrize(
    ("value", "shown", "word"),
    [(1.0, "1.00", "certain"), (0.9999, "0.99", "certain"), (0.9959, "0.99", "certain"), (0.951, "0.95", "certain"),
     (0.9449, "0.94", "probable"), (0.75, "0.75", "probable"), (0.7449, "0.74", "possible"),
     (0.5, "0.50", "possible"), (0.001, "0.01", "possible"), (0.0, "0.00", "possible")],
)
def test_confidence_one_rounding_rule_and_its_word(value, shown, word):
    assert confidence_number(value) == shown
    assert confidence_word(value) == word
    assert confidence_text(value) == f"{shown} {word}"


def test_confidence_out_of_range_is_a_clear_error():
    for bad in (1.2, -0.1, float("nan")):
        with pytest.raises(ValueError, match="probability from 0 to 1"):
            confidence_number(bad)


def test_confidence_meaning_states_every_threshold():
    for low, word in CONFIDENCE_WORDS:
        assert word in CONFIDENCE_MEANING
        if low:
            assert f"{low:.2f}" in CONFIDENCE_MEANING


def test_count_gets_plurals_right():
    assert [count(0, "pair"), count(1, "pair"), count(2, "pair")] == ["0 pairs", "1 pair", "2 pairs"]
    assert count(1, "copy", "copies") == "1 copy" and count(2, "copy", "copies") == "2 copies"


def test_records_without_an_id_are_named_by_their_url(tmp_path):
    from provenance.reading.load import load

    csv = tmp_path / "articles.csv"
    csv.write_text(
        "url,title,text\n"
        "https://www.example.org/world/port-strike/,Port strike,The dockworkers walked out on Monday.\n"
        "https://example.org/story?id=12,Other,Something else entirely happened in the town.\n"
        ",No link,A third story with no link at all.\n",
        encoding="utf-8",
    )
    ids = [a.id for a in load(csv)]
    assert ids[:2] == ["example.org/world/port-strike", "example.org/story?id=12"]
    assert ids[2].startswith("r") and len(ids[2]) == 13
