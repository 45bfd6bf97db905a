"""Whose changes a copy carries: the test that picks a copy's direct parent in a chain."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import seed_paragraphs, seed_text
from provenance import trace
from provenance.article.segment import segment
from provenance.corpus.graph import _cliques
from provenance.corpus.inheritance import inheritance
from provenance.models import Article, Block, Credit


def _article(ident: str, paragraphs: list[str]) -> Article:
    text = "\n\n".join(paragraphs)
    return Article(id=ident, text=text, blocks=tuple(
        Block(index=i, kind="body", text=p, start=0, end=len(p)) for i, p in enumerate(paragraphs)))


ORIGINAL = seed_text("000").split("\n\n")[1:7]


def _edited(paragraphs: list[str], n: int, old: str, new: str) -> list[str]:
    out = list(paragraphs)
    assert old in out[n], (old, out[n])
    out[n] = out[n].replace(old, new, 1)
    return out


def _words(n: int) -> tuple[str, str]:
    """A word of the original's paragraph n (not its first or last) and a replacement for it."""
    words = ORIGINAL[n].split()
    return words[len(words) // 2], "substituted"


def test_a_copy_of_the_copy_carries_its_changes_and_a_second_copy_of_the_original_reverts_them():
    old, new = _words(1)
    later = [*_edited(ORIGINAL, 1, old, new), "A paragraph the first copy added of its own about the story."]
    a, b = _article("a", ORIGINAL), _article("b", later)
    of_b = _article("c", _edited(later, 3, *_words(3)))  # keeps b's word and paragraph, swaps one of its own
    of_a = _article("d", _edited(ORIGINAL, 3, *_words(3)))
    kept = inheritance(of_b, b, a)
    assert kept.later and kept.carried == 2 and kept.reverted == 0 and kept.changes == 2
    lost = inheritance(of_a, b, a)
    assert not lost.later and lost.reverted == 1 and lost.carried == 0  # d lacks b's paragraph: silent there
    assert "keeps 2 of b's 2 changes to a and reverts 0" in kept.detail("c", "b", "a")


def _page(ident: str, paragraphs: list[str], furniture: list[str], credited: str | None = None) -> Article:
    blocks = [Block(index=i, kind="body", text=p, start=0, end=len(p)) for i, p in enumerate(paragraphs)]
    blocks += [Block(index=len(blocks) + i, kind="source" if credited and credited in f else "footer", text=f,
                     start=0, end=len(f)) for i, f in enumerate(furniture)]
    credits = tuple(Credit(name=credited, form="source_line", block=b.index, start=0, end=len(b.text))
                    for b in blocks if b.kind == "source" and credited)
    return Article(id=ident, text="\n\n".join([*paragraphs, *furniture]), blocks=tuple(blocks), credits=credits)


def test_a_source_line_the_copy_carries_counts_though_the_lines_around_it_are_its_own():
    """B printed a source line crediting where it took the text and swapped a word; C, which took B's
    page, kept both under a footer of its own: two of B's changes, carried, whatever stands beside the
    line. The line alone is not enough (two clients credit one source in the same words), and the
    rest of a page (a sign-up line, a follow line) is no change of anyone's."""
    old, new = _words(2)
    a = _page("a", ORIGINAL, ["Read more: the first outlet's other stories today", "First Outlet © 2025"])
    b = _page("b", _edited(ORIGINAL, 2, old, new)[:5], ["Source: firstoutlet.example",
              "Sign up to our morning briefing", "© 2025 Second Outlet Group. All rights reserved."],
              "firstoutlet.example")
    c = _page("c", _edited(ORIGINAL, 2, old, new)[:4], ["Source: firstoutlet.example", "More from the third outlet",
              "Follow us on social media"], "firstoutlet.example")
    kept = inheritance(c, b, a)
    assert kept.carried == 2 and kept.carried_additions == 0 and kept.reverted == 0 and kept.enough
    line_only = _page("e", ORIGINAL[:4], ["Source: firstoutlet.example", "Follow us on social media"],
                      "firstoutlet.example")
    alike = inheritance(line_only, b, a)
    assert alike.carried == 1 and alike.reverted == 1 and not alike.enough
    d = _page("d", ORIGINAL[:4], ["Sign up to our morning briefing", "Follow us on social media"])
    other = inheritance(d, b, a)  # a second copy of a's text, with b's sign-up line and not its source line
    assert other.carried == 0 and not other.enough


def test_a_chain_whose_last_copy_credits_the_agency_still_hangs_on_the_copy_it_took():
    """An agency's dateline credit passes down a chain: the changes decide, not the credit."""
    old, new = _words(2)
    wire = ["Agency story", *ORIGINAL]
    paper = [wire[0], *_edited(ORIGINAL, 2, old, new), "Background added by the paper about earlier events."]
    second = [paper[0], *_edited(paper[1:], 4, *_words(4))]
    report = trace([
        {"id": "wire", "text": "\n\n".join(wire), "outlet": "Reuters", "published": "2024-05-01T08:00:00Z"},
        {"id": "paper", "text": "\n\n".join(paper), "outlet": "Daily Courier", "published": "2024-05-01T10:00:00Z"},
        {"id": "second", "text": "\n\n".join(second).replace(ORIGINAL[0], "LONDON (Reuters) - " + ORIGINAL[0], 1),
         "outlet": "Harbour Gazette", "published": "2024-05-01T12:00:00Z"},
    ])
    edges = {(d.derived, d.source) for d in report.derivations}
    assert ("second", "paper") in edges and ("second", "wire") not in edges, edges
    second_edge = next(d for d in report.derivations if d.derived == "second")
    assert any(e.signal == "inheritance" and "keeps" in e.detail for e in second_edge.evidence)


def test_a_copy_that_names_the_copy_it_took_hangs_on_it_whatever_words_it_put_back():
    """The last copy puts back the original's words where the first copy changed them, so the changes
    point at the original; but it names the first copy's outlet, which the original's text cannot
    have passed down: the copy it names is its parent."""
    wire = ["Agency story", *ORIGINAL]
    paper = [wire[0], *_edited(_edited(ORIGINAL, 2, *_words(2)), 3, *_words(3)),
             "Background added by the paper about earlier events."]
    second = [*wire, paper[-1], "via Daily Courier"]
    report = trace([
        {"id": "wire", "text": "\n\n".join(wire), "outlet": "Reuters", "published": "2024-05-01T08:00:00Z"},
        {"id": "paper", "text": "\n\n".join(paper), "outlet": "Daily Courier", "published": "2024-05-01T10:00:00Z"},
        {"id": "second", "text": "\n\n".join(second), "outlet": "Harbour Gazette",
         "published": "2024-05-01T12:00:00Z"},
    ])
    edges = {(d.derived, d.source) for d in report.derivations}
    assert ("second", "paper") in edges and ("second", "wire") not in edges, edges


def test_a_credit_of_the_agency_that_came_down_through_the_copy_does_not_outweigh_naming_the_copy():
    """Both copies keep the agency's dateline; the last also names the first copy's outlet. The agency's
    credit came down through the first copy, so it says nothing against it."""
    body = [b.text for b in segment(Article(id="o", text="\n\n".join(ORIGINAL))).blocks if b.kind == "body"]
    body[0] = "LONDON (Reuters) - " + body[0]
    wire = ["Agency story", *body]
    paper = list(wire)
    for n in (2, 3):  # the paper changes a word in two paragraphs
        words = paper[n].split()
        paper[n] = paper[n].replace(words[len(words) // 2], "substituted", 1)
    paper.append("Background added by the paper about earlier events.")
    second = [*wire, paper[-1], "Source: Daily Courier"]  # the agency's words, the paper's paragraph and name
    report = trace([
        {"id": "wire", "text": "\n\n".join(wire), "outlet": "Reuters", "published": "2024-05-01T08:00:00Z"},
        {"id": "paper", "text": "\n\n".join(paper), "outlet": "Daily Courier", "published": "2024-05-01T10:00:00Z"},
        {"id": "second", "text": "\n\n".join(second), "outlet": "Harbour Gazette",
         "published": "2024-05-01T12:00:00Z"},
    ])
    assert {c.name for c in report.document("second").credits} == {"Reuters", "Daily Courier"}
    edges = {(d.derived, d.source) for d in report.derivations}
    assert ("second", "paper") in edges and ("second", "wire") not in edges, edges


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7), st.floats(0.0, 1.0)), max_size=20))
def test_placeholder_groups_are_cliques_of_unordered_pairs_whatever_the_edge_order(edges):
    graph = nx.Graph()
    for u, v, p in edges:
        if u != v:
            graph.add_edge(f"n{u}", f"n{v}", siblings=round(p, 3))
    unordered = {frozenset(e) for e in graph.edges}
    groups = _cliques(graph, unordered)
    seen = [m for g in groups for m in g]
    assert len(seen) == len(set(seen))  # no article under two placeholders
    for g in groups:
        assert all(frozenset((x, y)) in unordered for x in g for y in g if x < y)
    shuffled = nx.Graph()
    shuffled.add_edges_from(sorted(graph.edges(data=True), key=lambda e: e[1], reverse=True))
    assert _cliques(shuffled, unordered) == groups


def test_a_weak_pair_does_not_chain_two_stories_into_one_placeholder():
    graph = nx.Graph()
    graph.add_edge("a1", "a2", siblings=0.9)
    graph.add_edge("b1", "b2", siblings=0.9)
    graph.add_edge("a2", "b1", siblings=0.4)  # a shared footer between two stories
    assert _cliques(graph, {frozenset(e) for e in graph.edges}) == [["a1", "a2"], ["b1", "b2"]]


def test_which_of_two_copies_copied_the_other():
    from provenance.corpus.inheritance import Inheritance, which_copied

    def keeps(carried: int, reverted: int) -> Inheritance:
        return Inheritance(changes=carried + reverted, carried=carried, reverted=reverted)

    # c carries all of b's changes; b lacks c's own: c copied b, whichever side is asked first.
    assert which_copied(keeps(4, 0), keeps(3, 2)) == 1
    assert which_copied(keeps(3, 2), keeps(4, 0)) == -1
    # Both carry more than they revert, one clearly less: still told apart.
    assert which_copied(keeps(9, 1), keeps(3, 2)) == 1
    # Siblings revert each other's changes alike; nothing settled tells nothing.
    assert which_copied(keeps(3, 3), keeps(3, 3)) == 0
    assert which_copied(keeps(5, 1), keeps(5, 1)) == 0
    assert which_copied(keeps(0, 0), keeps(0, 2)) == 0


def test_the_weaker_reading_tells_a_copy_that_changed_little_after_copying():
    from provenance.corpus.inheritance import Inheritance, which_carried, which_copied

    def keeps(carried: int, reverted: int) -> Inheritance:
        return Inheritance(changes=carried + reverted, carried=carried, reverted=reverted)

    # c carries all 11 of b's changes and added one of its own, which b lacks: too small a share of
    # b's count for the lineage test, and still one-sided.
    assert which_copied(keeps(11, 0), keeps(11, 1)) == 0
    assert which_carried(keeps(11, 0), keeps(11, 1)) == 1
    assert which_carried(keeps(11, 1), keeps(11, 0)) == -1
    # Siblings revert some of each other's; two that agree everywhere tell nothing; too few carried tell nothing.
    assert which_carried(keeps(5, 1), keeps(5, 1)) == 0
    assert which_carried(keeps(5, 0), keeps(5, 0)) == 0
    assert which_carried(keeps(2, 0), keeps(2, 1)) == 0


def test_a_copy_of_a_copy_that_added_a_paragraph_hangs_on_the_copy():
    """The second copy keeps every word the first changed and adds a paragraph in the middle, so the
    first lies inside it and containment points the wrong way; with no dates, only the changes tell:
    the first reads as the original where the paragraph went in, the second never as the original."""
    whole = seed_text("000").split("\n\n")[1:]
    first = list(ORIGINAL[:5])
    for n in range(1, 5):  # two words in each of four paragraphs: eight changes the second keeps
        words = first[n].split()
        first = _edited(_edited(first, n, *_words(n)), n, words[3], "altered")
    second = [*first[:3], "Local councillors said they would raise the matter at next week's meeting.", *first[3:]]
    report = trace([
        {"id": "original", "text": "\n\n".join(whole)},
        {"id": "first", "text": "\n\n".join(first)},
        {"id": "second", "text": "\n\n".join(second)},
    ])
    edges = {(d.derived, d.source) for d in report.derivations}
    assert edges == {("first", "original"), ("second", "first")}, edges
    pair = next(p for p in report.pairs if {p.a, p.b} == {"first", "second"})
    assert any(e.signal == "carried" and e.favours == "second" for e in pair.evidence)


def _undecided(*evidence: tuple[str, str | None], chances: tuple[float, float, float, float] = (0.42, 0.2, 0.3, 0.08)):
    from provenance.models import Evidence, Pair

    return Pair(a="c", b="b", share_a=0.95, share_b=0.8, shared_chars=2000, similarity=0.97, relation="undetermined",
                confidence=chances[0], probabilities=dict(zip(("a_from_b", "b_from_a", "siblings", "none"), chances)),
                evidence=tuple(Evidence(signal=s, favours=f, weight=0.0, detail=s) for s, f in evidence))


def test_an_undecided_pair_is_a_parent_candidate_only_when_the_changes_carried_favour_it():
    """A pair the model could not decide is offered to the inheritance test only when its likeliest
    relation is a direction that the carried changes already favour, and no date forbids it: two
    siblings that merely lie inside each other are not."""
    from provenance.corpus.graph import _leaning
    from provenance.settings import DirectionSettings

    settings = DirectionSettings()
    assert [s for s, _ in _leaning([_undecided(("carried", "c"))], settings)["c"]] == ["b"]
    assert [s for s, _ in _leaning([_undecided(("lineage", "c"), ("date", "c"))], settings)["c"]] == ["b"]
    assert not _leaning([_undecided(("containment", "c"))], settings)
    assert not _leaning([_undecided(("carried", "b"))], settings)
    assert not _leaning([_undecided(("carried", "c"), ("date", "b"))], settings)
    assert not _leaning([_undecided(("carried", "c"), chances=(0.3, 0.1, 0.5, 0.1))], settings)


def test_an_advertisement_marker_both_pages_print_is_no_change_one_carried_from_the_other():
    """b and c both print "Advertisement" where their pages showed an ad; b also swapped a word of a's.
    c took a's text, not b's: it reverts b's word and carries nothing, the ad marker being no text of
    either story."""
    from provenance.corpus.inheritance import inheritance

    paras = seed_paragraphs()[3:9]
    b = [*paras[:3], "Advertisement", *paras[3:]]
    b[5] = b[5][::-1].replace(" eht ", " siht ", 1)[::-1]  # b's own change: its last "the" becomes "this"
    c = [*paras[:3], "ADVERTISEMENT", *paras[3:]]
    report = trace([{"id": i, "text": "\n\n".join(t)} for i, t in (("a", paras), ("b", b), ("c", c))])
    docs = {d.id: d for d in report.documents}
    kept = inheritance(docs["c"], docs["b"], docs["a"])
    assert (kept.carried, kept.reverted) == (0, 1)
    assert [blk.kind for blk in docs["b"].blocks].count("promo") == 1


def test_amounts_written_in_another_house_style_are_no_change_either_copy_carries():
    """b and c each print the original's "$3.7m" and "5 pct" their own way, as outlets do whoever they
    took the text from; b also swapped a word. c took a's text: it reverts b's word and carries
    nothing, however alike the two wrote the amounts."""
    paras = [*ORIGINAL[:2], "The plan costs $3.7m, up 5 pct on the year, and 1,200 staff will run it."]
    b = _edited(_edited(paras, 2, "$3.7m, up 5 pct", "$3.7 million, up 5 per cent"), 1, *_words(1))
    c = _edited(_edited(paras, 2, "$3.7m, up 5 pct", "3.7 million dollars, up 5%"), 2, "1,200", "1200")
    kept = inheritance(_article("c", c), _article("b", b), _article("a", paras))
    assert (kept.changes, kept.carried, kept.reverted) == (1, 0, 1)


def test_one_slight_change_in_common_is_no_lineage_but_one_added_sentence_is():
    from provenance.corpus.inheritance import Inheritance, which_copied

    def keeps(carried: int, reverted: int, added: int = 0) -> Inheritance:
        return Inheritance(changes=carried + reverted, carried=carried, reverted=reverted, carried_additions=added)

    # c carries the one change of b's it settles, a swapped word two outlets may both make: nothing told.
    assert which_copied(keeps(1, 0), keeps(1, 2)) == 0
    assert which_copied(keeps(1, 2), keeps(1, 0)) == 0
    # The one change is a sentence b added: c took it from b.
    assert which_copied(keeps(1, 0, added=1), keeps(1, 2)) == 1
    # Two changes carried need no addition.
    assert which_copied(keeps(2, 0), keeps(2, 2)) == 1


def test_a_carried_addition_is_counted_apart_from_a_carried_swap():
    old, new = _words(1)
    later = [*_edited(ORIGINAL, 1, old, new), "A paragraph the first copy added of its own about the story."]
    b, a = _article("b", later), _article("a", ORIGINAL)
    swapped_only = inheritance(_article("c", _edited(ORIGINAL, 1, old, new)), b, a)
    assert (swapped_only.carried, swapped_only.carried_additions) == (1, 0) and not swapped_only.enough
    added_only = inheritance(_article("c", [*ORIGINAL, later[-1]]), b, a)
    assert (added_only.carried, added_only.carried_additions) == (1, 1) and added_only.enough


def test_two_clients_that_swapped_the_same_word_both_hang_on_the_original_they_credit():
    """Two outlets ran the original with a credit of their own words, each cutting its own paragraphs,
    and both printed one common word in another (house style or chance). The second cut more and so
    lies inside the first, and carries the first's one swap while reverting none of its changes; one
    slight change in common is no sign that it took the text from the first."""
    paragraphs = seed_text("000").split("\n\n")[1:9]
    words = paragraphs[2].split()
    swapped = _edited(paragraphs, 2, words[len(words) // 2], "substituted")
    report = trace([
        {"id": "original", "text": "\n\n".join(paragraphs), "outlet": "Cape Herald"},
        {"id": "first", "text": "\n\n".join([*swapped[:-1], "This article originally appeared in Cape Herald."]),
         "outlet": "Daily Courier"},
        {"id": "second", "outlet": "Evening Herald", "text": "\n\n".join(
            [*swapped[:4], *swapped[5:-1], "This story was first published by Cape Herald."])},
    ])
    assert {(d.derived, d.source) for d in report.derivations} == {("first", "original"), ("second", "original")}
    assert not any(e.signal == "lineage" for p in report.pairs for e in p.evidence)


def test_a_word_swapped_throughout_is_one_change_a_house_habit():
    """b writes "company" wherever the original wrote "firm", and so does c, which took the original:
    three places, one habit, too slight to show that c took b's text."""
    paras = ["Shares in the firm rose sharply on Monday after the firm said profits had doubled this year.",
             "Analysts said the firm would keep growing as demand for its products recovered in Europe."]
    habit = [p.replace("firm", "company") for p in paras]
    b = [*habit, "A paragraph b added of its own about the market."]
    kept = inheritance(_article("c", habit), _article("b", b), _article("a", paras))
    assert (kept.changes, kept.carried, kept.reverted) == (2, 1, 0) and not kept.enough  # the habit and b's paragraph


def test_a_copy_that_kept_its_sources_source_line_hangs_on_that_source_not_on_the_outlet_it_names():
    """A paper took another outlet's story, swapped a word and printed "Source: continentalpost.eu"
    under it; a site took the paper's page, kept the word and the line, and put its own footer under
    them. The line names the first outlet, yet the site carries the paper's changes: its parent is the
    paper."""
    from test_wire_scenario import WIRE

    edited = [*WIRE[:2], WIRE[2].replace("storm", "gale"), *WIRE[3:]]

    def doc(ident: str, outlet: str, paragraphs: list[str]) -> dict[str, str]:
        return {"id": ident, "outlet": outlet, "title": "Rail tunnel reopens",
                "text": "\n\n".join(["Rail tunnel reopens", *paragraphs])}

    report = trace([
        doc("post", "Continental Post", [*WIRE, "Continental Post © 2025"]),
        doc("bulletin", "Coral Coast Bulletin", [*edited[:7], "Source: continentalpost.eu",
            "Never miss a story from the coast: sign up to our Morning Edition email.",
            "© 2025 Coral Coast Media. All rights reserved."]),
        doc("stack", "Trend Stack", [*edited[:6], "Source: continentalpost.eu",
            "More from Trend Stack: follow us on X and on Facebook."]),
    ])
    assert sorted((d.derived, d.source) for d in report.derivations) == [("bulletin", "post"), ("stack", "bulletin")]
