"""A wire story republished by four outlets, the wire itself absent from the corpus."""

from __future__ import annotations

import pytest

from conftest import seed_paragraphs
from provenance import trace
from provenance.article.outlets import outlet_key
from test_shared_enough import HARBOUR

WIRE = [
    "Engineers reopened the northern rail tunnel on Thursday after a three-week closure caused by flooding, "
    "the national rail operator said.",
    "The tunnel carries about forty thousand passengers a day between the port city and the capital, and its "
    "closure had forced commuters onto crowded replacement buses.",
    "Water entered the tunnel after a storm overwhelmed drainage pumps that had not been upgraded since the "
    "line was built in the nineteen-seventies.",
    "The operator said it had installed temporary pumps and would replace the old system by the end of next "
    "year at a cost of about twelve million euros.",
    "Passenger groups welcomed the reopening but said the operator had ignored warnings about the pumps for "
    "at least five years.",
    "A spokeswoman for the transport ministry said an independent inspection would report on the closure "
    "before the summer timetable begins.",
    "Freight services, which were diverted through the western valley line, will return to the tunnel from "
    "Monday, the operator added.",
    "Trade unions said staff had worked double shifts throughout the closure and called for overtime to be "
    "paid in full before the end of the month.",
]
SECOND_WIRE = [
    "The city council approved a plan on Wednesday to build three new flood barriers along the river, "
    "officials said after a late-night vote.",
    "The barriers, due to be finished within four years, are designed to protect about nine thousand homes "
    "that flooded twice in the past decade.",
    "Opposition councillors said the plan was too slow and called for emergency funding to be released "
    "before next winter's storms.",
]
FOOTER_A = "Follow the Daily Ledger on social media and subscribe to our newsletter at news@ledger.example."
FOOTER_D = "Send us your tips: desk@harbour.example. All rights reserved."


def _doc(ident, outlet, title, paragraphs):
    return {"id": ident, "outlet": outlet, "title": title, "text": "\n\n".join([title, *paragraphs])}


def _corpus():
    a = _doc("ledger", "Daily Ledger", "Rail tunnel reopens after flood closure",
             ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6], FOOTER_A])
    b = _doc("courier", "Evening Courier", "Commuters back on track as flooded tunnel reopens",
             [*WIRE[:4], WIRE[6], WIRE[7], "Source: Reuters"])
    # A copy of the Daily Ledger's version: its dateline credit and footer too, two paragraphs cut.
    c = _doc("aggregator", "News Roundup", "Rail tunnel reopens after flood closure",
             ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:4], FOOTER_A])
    # Mixes both wires, crediting each.
    d = _doc("harbour", "Harbour Times", "Tunnel reopens as city approves flood barriers",
             [WIRE[0] + " (Reuters)", WIRE[1], WIRE[2], *SECOND_WIRE, "Source: Reuters, AFP", FOOTER_D])
    e = _doc("afpwire", "AFP", "Council approves river flood barriers",
             [*SECOND_WIRE, "The council will publish the contract for the first barrier in the spring."])
    return [a, b, c, d, e]


def test_wire_scenario_gives_the_expected_graph():
    report = trace(_corpus())
    edges = {(d.derived, d.source) for d in report.derivations}
    (missing,) = report.missing
    assert missing.name == "Reuters" and set(missing.members) == {"courier", "harbour", "ledger"}
    assert edges == {
        ("aggregator", "ledger"),
        ("harbour", "afpwire"),
        ("courier", missing.id),
        ("harbour", missing.id),
        ("ledger", missing.id),
    }
    # Siblings never get an edge between them.
    siblings = {"courier", "harbour", "ledger"}
    assert not any(d in siblings and s in siblings for d, s in edges)
    graph = report.graph
    assert graph.nodes[missing.id]["placeholder"] is True
    assert all(d.credited for d in report.derivations if d.source == missing.id)
    assert "not in corpus" in report.to_dot()


def test_summary_names_the_missing_source():
    report = trace(_corpus())
    summary = report.summary()
    (missing,) = report.missing
    assert (
        "Evening Courier · Commuters back on track as flooded… <- Reuters story, not in corpus  "
        "(credited; confidence " in summary
    )
    assert f"    ids: courier <- {missing.id}" in summary
    assert "News Roundup · Rail tunnel reopens after flood closure <- Daily Ledger · Rail tunnel reopens" in summary
    assert "    ids: aggregator <- ledger" in summary
    assert "sibling(s)" not in summary and "shared with 2 siblings: " in summary
    assert missing.id not in summary.replace(f"ids: courier <- {missing.id}", "").replace(
        f"ids: harbour <- {missing.id}", "").replace(f"ids: ledger <- {missing.id}", "")


def test_every_derivation_has_a_diff_placeholders_against_the_text_siblings_share():
    report = trace(_corpus())
    (missing,) = report.missing
    for d in report.derivations:
        diff = report.diff(d.derived, d.source)
        assert (diff.derived, diff.source) == (d.derived, d.source)
        assert diff.credited == d.credited
    stand_in = report.shared_source(missing.id)
    assert stand_in.id == missing.id and stand_in.outlet == "Reuters" and stand_in.title is None
    # the shared text is the wire's: every paragraph of it is in at least two of the siblings
    for block in stand_in.blocks:
        holders = [m for m in missing.members if block.text in report.document(m).text]
        assert holders, block.text
        assert any(w in block.text for w in WIRE)
    assert WIRE[0] in stand_in.text and WIRE[1] in stand_in.text and FOOTER_A not in stand_in.text
    courier = report.diff("courier", missing.id)
    kept = [op for op in courier.operations if op.kind in ("kept", "modified") and not op.furniture]
    added = [op for op in courier.operations if op.kind == "added" and not op.furniture]
    assert kept and added  # the wire text it shares, and its own paragraphs beyond it
    assert report.article(missing.id) == stand_in


def test_a_placeholder_is_not_a_document_and_says_what_it_is():
    import pytest

    from provenance.errors import UnknownDocumentError

    report = trace(_corpus())
    (missing,) = report.missing
    with pytest.raises(UnknownDocumentError, match=r"common source not in the corpus.*shared_source"):
        report.document(missing.id)
    with pytest.raises(UnknownDocumentError, match="no common source 'ledger'"):
        report.shared_source("ledger")


def test_missing_sources_come_named_first_whatever_part_of_the_corpus_holds_them():
    # A second story, in a part of its own: two outlets share half their text and credit no one,
    # so their common source is unknown. Their ids sort before the wire story's articles.
    shared = ["Ferry crews walked out at dawn on Tuesday over a pay offer, stranding hundreds of travellers "
              "at both terminals, the harbour authority said.",
              "The union said the offer of two percent fell far short of inflation and that further stoppages "
              "were planned for the weekend unless talks resumed."]
    one = _doc("aa-one", "Island Post", "Ferry crews strike over pay", [*shared,
               "Local shops said the walkout came at the worst time, in the middle of the tourist season, "
               "and asked both sides to return to talks quickly."])
    two = _doc("aa-two", "Coast Weekly", "Travellers stranded as ferry staff strike", [*shared,
               "Hauliers warned that lorries carrying fresh produce would be turned back if the strike went on "
               "beyond the end of the week, leaving markets short."])
    report = trace([*_corpus(), one, two])
    assert [(m.name, m.members) for m in report.missing] == [
        ("Reuters", ("courier", "harbour", "ledger")), (None, ("aa-one", "aa-two")),
    ]


#: A line of background the agency prints under stories of every kind.
STOCK = ("Markets have been sensitive to any news from the region this year, with forecasters divided over "
         "how long the slowdown will last.")


def test_the_agencys_other_story_sharing_a_stock_line_leaves_its_source_missing():
    # Both outlets credit Reuters and cut its tunnel story differently, each keeping paragraphs the
    # other lacks. Reuters is in the corpus, but only with a harbour story that shares one stock
    # line with the Ledger's version: the tunnel story is still Reuters' and still missing.
    ledger = _doc("ledger", "Daily Ledger", "Rail tunnel reopens after flood closure",
                  ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6], STOCK])
    courier = _doc("courier", "Evening Courier", "Commuters back on track as flooded tunnel reopens",
                   [*WIRE[:4], WIRE[6], WIRE[7], "Source: Reuters"])
    harbour = _doc("reuters-harbour", "Reuters", "Harbour channel to be dredged", [*HARBOUR, STOCK])
    report = trace([ledger, courier, harbour])
    (missing,) = report.missing
    assert missing.name == "Reuters" and set(missing.members) == {"courier", "ledger"}
    assert {(d.derived, d.source) for d in report.derivations} == {("courier", missing.id), ("ledger", missing.id)}


def _three_cuts(x_credit: str = ""):
    """Two outlets cut one absent wire story differently (each keeps a paragraph the other lacks),
    and a third keeps a shorter part that lies wholly inside the first."""
    y = _doc("gazette", "Valley Gazette", "Flooded rail tunnel reopens", [*WIRE[:5], WIRE[6]])
    z = _doc("post", "Morning Post", "Tunnel open again after three weeks", [*WIRE[:4], WIRE[5], WIRE[7]])
    x = _doc("digest", "Coast Digest", "Rail tunnel back in service", [x_credit + WIRE[0], *WIRE[1:4]])
    return [x, y, z]


def test_a_cut_that_only_containment_ties_to_a_sibling_joins_their_missing_source():
    """The digest lies inside the gazette's text, and nothing else says it copied the gazette rather
    than the wire story the gazette and the post both took: it hangs under their common source."""
    report = trace(_three_cuts())
    edges = {(d.derived, d.source) for d in report.derivations}
    (missing,) = report.missing
    assert missing.members == ("digest", "gazette", "post")
    assert edges == {(m, missing.id) for m in missing.members}
    joined = next(d for d in report.derivations if d.derived == "digest")
    assert "lies inside gazette" in joined.evidence[0].detail
    assert 0.5 <= joined.confidence <= 1.0


def test_a_cut_that_credits_the_sibling_stays_its_copy():
    report = trace(_three_cuts("Valley Gazette - "))
    edges = {(d.derived, d.source) for d in report.derivations}
    assert ("digest", "gazette") in edges
    (missing,) = report.missing
    assert missing.members == ("gazette", "post")



def test_an_agency_byline_is_a_credit_both_can_share():
    """A byline naming a news agency ("By Thomson Reuters") says the copy is the agency's, as a
    dateline does: two outlets so signed, one a cut of the other's text and a few hours later, took
    the agency's story, which is not in the corpus. Their dates and the cut make no edge."""
    early = {**_doc("ledger", "Daily Ledger", "Rail tunnel reopens after flood closure",
                    ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6]]), "published": "2025-03-06T09:00:00Z"}
    late = {**_doc("courier", "Evening Courier", "Flooded tunnel reopens",
                   ["By Thomson Reuters", *WIRE[:4]]), "published": "2025-03-06T15:00:00Z"}
    report = trace([early, late])
    (missing,) = report.missing
    assert outlet_key(missing.name or "") == "reuters" and set(missing.members) == {"courier", "ledger"}
    assert {(d.derived, d.source) for d in report.derivations} == {("courier", missing.id), ("ledger", missing.id)}


def test_a_copy_that_names_the_client_it_took_the_agency_story_from_derives_from_it():
    """Both credit Reuters, which is not in the corpus; the courier also names the ledger it took the
    story from. The missing agency story does not explain them: the courier says where it got it."""
    ledger = _doc("ledger", "Daily Ledger", "Rail tunnel reopens after flood closure",
                  ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6], FOOTER_A])
    courier = _doc("courier", "Evening Courier", "Rail tunnel reopens after flood closure",
                   ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6], "Source: Daily Ledger"])
    report = trace([ledger, courier])
    assert not report.missing
    assert {(d.derived, d.source) for d in report.derivations} == {("courier", "ledger")}


def test_two_clients_of_a_missing_agency_stay_its_siblings_beside_a_page_of_unknown_outlet():
    """A page of unknown outlet that shares their text may be the agency's own, so the pair of clients
    is not taken for siblings at once; but it carries the ledger's footer, and is its copy, not their
    source: the agency both credit is missing, and they hang under it."""
    ledger = _doc("ledger", "Daily Ledger", "Rail tunnel reopens after flood closure",
                  ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6], FOOTER_A])
    courier = _doc("courier", "Evening Courier", "Commuters back on track as flooded tunnel reopens",
                   ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:4], WIRE[6], WIRE[7]])
    digest = _doc("digest", None, "Rail tunnel reopens", [*WIRE[:3], FOOTER_A])
    del digest["outlet"]
    report = trace([ledger, courier, digest])
    (missing,) = report.missing
    assert outlet_key(missing.name or "") == "reuters" and set(missing.members) == {"courier", "ledger"}
    assert ("digest", "ledger") in {(d.derived, d.source) for d in report.derivations}


def test_a_client_that_stripped_the_agencys_credit_joins_the_agency_story_its_siblings_credit():
    """The gazette and the post credit Reuters; the herald ran the same story cut its own way and
    credits nothing. It shares text with both, contains neither and is contained by neither: it is
    their sibling, under the missing Reuters story rather than under an unknown source of its own."""
    gazette = _doc("gazette", "Valley Gazette", "Flooded rail tunnel reopens",
                   ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:5], WIRE[6]])
    post = _doc("post", "Morning Post", "Tunnel open again after three weeks",
                [*WIRE[:4], WIRE[5], WIRE[7], "Source: Reuters"])
    herald = _doc("herald", "Harbour Herald", "Rail tunnel back in service", [*WIRE[:3], WIRE[4], WIRE[5], WIRE[7]])
    report = trace([gazette, post, herald])
    (missing,) = report.missing
    assert outlet_key(missing.name or "") == "reuters"
    assert missing.members == ("gazette", "herald", "post")
    assert {(d.derived, d.source) for d in report.derivations} == {(m, missing.id) for m in missing.members}
    joined = next(d for d in report.derivations if d.derived == "herald")
    assert not joined.credited and "credits no such source itself" in joined.evidence[0].detail


def test_a_cut_that_only_containment_ties_to_a_client_that_stripped_the_credit_joins_it_too():
    """As a member's cut does: the digest lies inside the herald, which joined the Reuters story by
    sharing text with every client crediting it, and nothing but containment ties it to the herald."""
    gazette = _doc("gazette", "Valley Gazette", "Flooded rail tunnel reopens",
                   ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:5], WIRE[6]])
    post = _doc("post", "Morning Post", "Tunnel open again after three weeks",
                [*WIRE[:4], WIRE[5], WIRE[7], "Source: Reuters"])
    herald = _doc("herald", "Harbour Herald", "Rail tunnel back in service", [*WIRE[:3], WIRE[4], WIRE[5], WIRE[7]])
    digest = _doc("digest", "Coast Digest", "Tunnel reopens", [WIRE[2], WIRE[4], WIRE[5]])
    report = trace([gazette, post, herald, digest])
    (missing,) = report.missing
    assert missing.members == ("digest", "gazette", "herald", "post")
    assert {(d.derived, d.source) for d in report.derivations} == {(m, missing.id) for m in missing.members}
    assert "lies inside herald" in next(d for d in report.derivations if d.derived == "digest").evidence[0].detail


def test_a_reporters_byline_is_no_common_source():
    """A byline naming the article's own newsroom is where its reporter works: two outlets' bylines
    that happen to name one paper are no sign that both took that paper's story."""
    early = {**_doc("ledger", "Daily Ledger", "Rail tunnel reopens after flood closure",
                    ["By Jane Doe, Harbour Times", *WIRE[:6]]), "published": "2025-03-06T09:00:00Z"}
    late = {**_doc("courier", "Evening Courier", "Flooded tunnel reopens",
                   ["By John Roe, Harbour Times", *WIRE[:4]]), "published": "2025-03-06T15:00:00Z"}
    report = trace([early, late])
    assert not report.missing


def _agency_and_client(agency_lines: list[str], client_credit: str) -> list[dict]:
    agency = _doc("wire", None, "Rail tunnel reopens after flood closure", agency_lines)
    del agency["outlet"]
    client = _doc("courier", "Evening Courier", "Commuters back on track as flooded tunnel reopens",
                  [*WIRE[:4], WIRE[6], client_credit, FOOTER_A])
    return [agency, client]


def test_an_article_signed_as_an_agency_signs_its_own_copy_may_be_the_agencys():
    """A text of unknown outlet that credits Reuters only as Reuters marks its own copy (a dateline
    and a closing "— REUTERS"), with nothing of a client's page, may be Reuters' own: the client
    crediting Reuters took it from there, not from a Reuters story missing from the corpus."""
    lines = ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:], "— REUTERS"]
    report = trace(_agency_and_client(lines, "Source: Reuters"))
    assert not report.missing
    # "Source: Reuters" credits the agency's own copy: the derivation says so, as the evidence does.
    assert [(d.derived, d.source, d.credited) for d in report.derivations] == [("courier", "wire", True)]
    (pair,) = report.pairs
    assert any(e.signal == "credit_unknown" and "agency's own" in e.detail for e in pair.evidence)


def test_a_clients_page_of_unknown_outlet_is_not_the_agencys_copy():
    # The text of unknown outlet credits Reuters as a client does ("Source: Reuters") and prints a
    # site's footer: it is another client, and both took the missing Reuters story.
    lines = ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:], "Source: Reuters", FOOTER_D]
    report = trace(_agency_and_client(lines, "Source: Reuters"))
    (missing,) = report.missing
    assert set(missing.members) == {"courier", "wire"}


@pytest.mark.parametrize(("opening", "closing"), [
    ("By INGRID ROSSI\n\nDOHA, Qatar (AP) — ", "Associated Press writer Rahul Mehta contributed to this report."),
    ("DOHA, Qatar (PTI) ", "PTI ESX MWW"),
    # Its reporter's byline, who reported and edited it, and a standards line of its own naming it.
    ("By Lena Ortiz\n\nLONDON, Jan 11 (Reuters) - ",
     "(Reporting by Lena Ortiz; Editing by Tom Hale)\n\nOur Standards: The Thomson Reuters Trust Principles."),
])
def test_an_agency_page_of_unknown_outlet_signed_as_agencies_sign_their_own_is_the_clients_source(opening, closing):
    """An agency signs its own copy with a reporter's byline, a dateline and a closing line of who
    wrote and edited it ("... contributed to this report", staff initials after its name): such a page,
    of unknown outlet and with nothing of a client's page, is the agency's own, and the clients that
    credit the agency took from it, not from a missing copy of it."""
    agency = next(name for name in ("AP", "PTI", "Reuters") if f"({name})" in opening)
    paras = seed_paragraphs()[3:12]

    def client(name: str, kept: int) -> str:
        return "\n\n".join([opening.split("\n\n")[-1] + paras[0], *paras[1:kept], f"With inputs from {agency}",
                            f"Follow the {name} on X. © 2025 {name}. All rights reserved."])

    report = trace([
        {"id": "wire", "title": "Talks", "text": opening + "\n\n".join([paras[0], *paras[1:], closing])},
        {"id": "gazette", "title": "Talks go on", "text": client("Cedar Valley Gazette", 6),
         "outlet": "Cedar Valley Gazette"},
        {"id": "courier", "title": "Talks", "text": client("Daily Courier", 5), "outlet": "Daily Courier"},
    ])
    assert sorted((d.derived, d.source) for d in report.derivations) == [("courier", "wire"), ("gazette", "wire")]
    assert report.missing == ()


def test_a_client_whose_local_time_reads_earlier_than_the_agency_in_utc_still_derives_from_it():
    """The agency's story is timed 02:58 in New York; a client prints 05:07 without a zone, which read
    as UTC is before it. A time without a zone is local somewhere: it does not forbid the client, which
    credits the agency and lies inside its story, to derive from it."""
    paras = seed_paragraphs()[3:12]
    report = trace([
        {"id": "agency", "title": "Talks", "outlet": "The Associated Press", "published": "2025-02-24T02:58:00-05:00",
         "text": "\n\n".join(["By INGRID ROSSI", "DOHA, Qatar (AP) — " + paras[0], *paras[1:]])},
        {"id": "client", "title": "Talks go on", "outlet": "Headline Digest", "published": "2025-02-24T05:07:00",
         "text": "\n\n".join(["DOHA, Qatar (AP) — " + paras[0], *paras[1:5], "— The Associated Press",
                              "Headline Digest © 2025"])},
    ])
    assert [(d.derived, d.source) for d in report.derivations] == [("client", "agency")]


def test_an_agency_that_ran_paragraphs_of_a_press_release_took_them_from_it():
    """An operator's press release (an 'About' paragraph, a media contact, a closing mark) and an
    agency's story that runs four of its paragraphs and a quotation of its own. The agency's copy is
    a source for outlets, and the shorter text lies inside the longer: without reading the release's
    layout, both say the release copied the agency. A release is where the text began."""
    release = [
        "Northern rail tunnel reopens",
        *WIRE[:5],
        "About National Rail Operations: the operator runs the country's passenger and freight lines.",
        "Media contact: press office, telephone 0100 200 300",
        "ENDS",
    ]
    story = [f"LONDON (Reuters) - {WIRE[0]}", *WIRE[1:4],
             "\"We were lucky nobody was hurt,\" said a commuter who had used the buses every day."]
    report = trace([
        {"id": "release", "text": "\n\n".join(release), "url": "https://www.railops.example/news/tunnel"},
        {"id": "agency", "title": "Rail tunnel reopens", "text": "\n\n".join(story), "outlet": "Reuters"},
    ])
    assert [(d.derived, d.source) for d in report.derivations] == [("agency", "release")]
    (pair,) = report.pairs
    assert any(e.signal == "release" and e.favours == "agency" for e in pair.evidence)
    assert not any(e.signal == "wire" for e in pair.evidence)


def test_an_outlets_follow_up_with_a_new_top_is_the_later_version():
    """An agency's first story and its update: the update opens with the news and keeps the first
    story below it. Between two outlets the shorter text lying inside the longer is the copy;
    between two versions of one outlet's story the fuller one is the later, when the dates say so."""
    first = [f"LONDON (Reuters) - {WIRE[0]}", *WIRE[1:4]]
    update = [f"LONDON (Reuters) - {WIRE[5]}", WIRE[6], WIRE[0], *WIRE[1:4]]
    records = [
        {"id": "first", "title": "Rail tunnel reopens", "text": "\n\n".join(first), "outlet": "Reuters",
         "published": "2024-03-07T09:00:00Z"},
        {"id": "update", "title": "UPDATE 1-Rail tunnel reopens, inspection ordered", "text": "\n\n".join(update),
         "outlet": "Reuters", "published": "2024-03-07T13:00:00Z"},
    ]
    report = trace(records)
    assert [(d.derived, d.source) for d in report.derivations] == [("update", "first")]
    (pair,) = report.pairs
    assert any(e.signal == "update" and e.favours == "update" for e in pair.evidence)
    assert not any(e.signal in ("containment", "truncation") for e in pair.evidence)
    # Undated, the shapes alone cannot say which page came first: no later version is read.
    undated = trace([{k: v for k, v in r.items() if k != "published"} for r in records])
    assert not any(e.signal == "update" for p in undated.pairs for e in p.evidence)


@pytest.mark.parametrize("outlets", [("Reuters", "The Harbour Times"), ("Reuters", "Reuters")])
def test_a_shorter_page_that_stops_early_is_no_earlier_version(outlets):
    """A page that keeps the other's opening and stops early is a cut, whichever outlets print the
    two: no new top, no later version."""
    full = [f"LONDON (Reuters) - {WIRE[0]}", *WIRE[1:8]]
    cut = [f"LONDON (Reuters) - {WIRE[0]}", *WIRE[1:4]]
    report = trace([
        {"id": "full", "title": "Rail tunnel reopens", "text": "\n\n".join(full), "outlet": outlets[0],
         "published": "2024-03-07T09:00:00Z"},
        {"id": "cut", "title": "Rail tunnel reopens", "text": "\n\n".join(cut), "outlet": outlets[1],
         "published": "2024-03-07T11:00:00Z"},
    ])
    assert [(d.derived, d.source) for d in report.derivations] == [("cut", "full")]
    assert not any(e.signal == "update" for p in report.pairs for e in p.evidence)


def test_two_cuts_that_nothing_but_their_dates_orders_hang_under_one_common_source():
    """Two outlets ran one story, each with lines of its own: the earlier lies almost wholly inside the
    later, and only the dates say which came first. Dates constrain and do not decide, so neither is
    the other's copy, and the two are siblings of a common source rather than left apart."""
    own = ["Local commuters told the Courier they would believe the tunnel was safe when the new pumps were in.",
           "The Courier asked the operator for the inspection reports of the last five years; it has not yet replied."]
    ledger = {**_doc("ledger", "Daily Ledger", "Rail tunnel reopens after flood closure",
                     [*WIRE, "Readers can follow the line's status on our travel page."]), "published": "2025-03-06"}
    courier = {**_doc("courier", "Evening Courier", "Flooded tunnel reopens", [*WIRE, *own]), "published": "2025-03-08"}
    report = trace([ledger, courier])
    (pair,) = report.pairs
    assert pair.relation == "undetermined"
    assert {e.signal for e in pair.evidence if e.favours == "courier"} == {"date"}
    (missing,) = report.missing
    assert missing.members == ("courier", "ledger") and missing.name is None
    assert {(d.derived, d.source) for d in report.derivations} == {("courier", missing.id), ("ledger", missing.id)}


def test_an_agency_page_of_another_story_leaves_two_clients_under_the_missing_agency_story():
    """Two clients ran a Reuters story that is not in the corpus, and a short page of unknown outlet,
    signed as Reuters signs its copy, shares their text, so their pair is weighed without the agency.
    A Reuters page of another story is in the corpus, tied to them only by a digest of both stories:
    it shares none of their text, and the agency's story they credit is missing all the same."""
    gazette = _doc("gazette", "Valley Gazette", "Flooded rail tunnel reopens",
                   ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:5], WIRE[6]])
    post = _doc("post", "Morning Post", "Tunnel open again after three weeks",
                [*WIRE[:4], WIRE[5], WIRE[7], "Source: Reuters"])
    cut = {"id": "cut", "title": "Tunnel reopens", "text": "\n\n".join(
        ["Tunnel reopens", "PORTSEA (Reuters) - " + WIRE[0], WIRE[1], WIRE[2]])}
    barriers = _doc("barriers", "Reuters", "Council approves river flood barriers",
                    [*SECOND_WIRE, "The council will publish the contract for the first barrier in the spring."])
    digest = _doc("digest", "Coast Digest", "In brief", [WIRE[0], WIRE[1], *SECOND_WIRE[:2]])
    report = trace([gazette, post, cut, barriers, digest])
    (missing,) = report.missing
    assert outlet_key(missing.name or "") == "reuters"
    assert {"gazette", "post"} <= set(missing.members)


def test_a_page_signed_as_the_agencys_own_that_holds_its_clients_text_is_not_put_under_a_missing_agency_story():
    """A page of unknown outlet, signed as Reuters signs its own copy (dateline, reporter's and
    editor's line), holds all of a client's text. It may be the agency's page the client took, so
    the two are not made siblings of a Reuters story missing from the corpus."""
    wire = {"id": "wire", "title": "Rail tunnel reopens", "published": "2025-03-06T10:06:00Z", "text": "\n\n".join(
        ["Rail tunnel reopens", "By Jane Doe", "PORTSEA, March 6 (Reuters) - " + WIRE[0], *WIRE[1:],
         "(Reporting by Jane Doe; Editing by Tom Roe)"])}
    client = {**_doc("fenland", "Fenland Advertiser", "Rail tunnel reopens", ["By REUTERS", *WIRE,
              "All content © Fenland Publishing 2025. Reproduction without permission is prohibited."]),
              "published": "2025-03-06"}
    # A short page of unknown outlet that shares their text: the pair is weighed without the agency.
    cut = {"id": "cut", "title": "Tunnel reopens", "text": "\n\n".join(["Tunnel reopens", *WIRE[:3]])}
    report = trace([wire, client, cut])
    assert not report.missing
    assert not any(d.derived == "wire" for d in report.derivations)


def test_a_client_takes_the_agency_page_it_matches_when_an_earlier_cut_of_the_agency_story_is_there_too():
    """Reuters sent a short first take and then the full story, both pages of unknown outlet signed as
    Reuters signs its copy; a client ran the full story word for word, crediting Reuters. The first
    take, of unknown outlet too, shares text with both, so Reuters may well be in the corpus: the
    client took the full page, which is signed as the agency's own, not a missing copy of it. (The two
    takes, both signed so and undated, stay under the missing story: nothing orders them.)"""
    take = {"id": "take", "title": "Rail tunnel reopens", "text": "\n\n".join(
        ["Rail tunnel reopens", "PORTSEA (Reuters) - " + WIRE[0], WIRE[1], WIRE[2]])}
    full = {"id": "full", "title": "Rail tunnel reopens after flood closure", "text": "\n\n".join(
        ["Rail tunnel reopens after flood closure", "PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:]])}
    client = _doc("courier", "Evening Courier", "Rail tunnel reopens after flood closure",
                  ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:], FOOTER_A])
    report = trace([take, full, client])
    assert [d.source for d in report.derivations if d.derived == "courier"] == ["full"]


def test_a_page_that_left_out_a_passage_two_clients_print_is_a_cut_not_the_agencys():
    """A page of unknown outlet signed as Reuters signs its own copy may be Reuters' own; but Reuters'
    page holds the whole story its clients print, and this one lacks a paragraph that two clients
    print alike: it is another client's cut, and the client crediting Reuters did not take from it."""
    lines = ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:3], *WIRE[4:6], "— REUTERS"]  # without WIRE[3]
    cut, client = _agency_and_client(lines, "Source: Reuters")
    other = _doc("ledger", "Daily Ledger", "Flooded rail tunnel reopens", [*WIRE[1:5], "(Reporting by Reuters)"])
    report = trace([cut, client, other])
    assert ("courier", "wire") not in {(d.derived, d.source) for d in report.derivations}
    pair = next(p for p in report.pairs if {p.a, p.b} == {"courier", "wire"})
    assert not any(e.signal == "credit_unknown" for e in pair.evidence)
    assert any(e.signal == "partial_page" and "ledger" in e.detail for e in pair.evidence)
    assert [(m.name, m.members) for m in report.missing] == [("Reuters", ("courier", "ledger", "wire"))]
    # The same page holding that paragraph too is Reuters' own, as before.
    whole, client = _agency_and_client(["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6], "— REUTERS"], "Source: Reuters")
    report = trace([whole, client, other])
    assert ("courier", "wire") in {(d.derived, d.source) for d in report.derivations}


def test_a_passage_printed_beside_another_story_makes_no_cut():
    """The third page must print the same story as the page lacking the passage: a page of another
    story that quotes the passage says nothing of what the story's whole text was."""
    lines = ["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:3], *WIRE[4:6], "— REUTERS"]  # without WIRE[3]
    page, client = _agency_and_client(lines, "Source: Reuters")
    other = _doc("ledger", "Daily Ledger", "Harbour board backs dredging plan", [*HARBOUR, WIRE[3], WIRE[5]])
    report = trace([page, client, other])
    assert ("courier", "wire") in {(d.derived, d.source) for d in report.derivations}


def test_a_copys_own_copy_that_keeps_what_the_copy_added_makes_no_cut():
    """A client that added a paragraph to the agency's page, and a page that took the client's text
    (crediting it) with that paragraph and some of its own: the agency's page lacks the paragraph
    because the client wrote it, not because the page is a cut."""
    page, client = _agency_and_client(["PORTSEA (Reuters) - " + WIRE[0], *WIRE[1:6], "— REUTERS"], "Source: Reuters")
    again = _doc("ledger", "Daily Ledger", "Tunnel reopens",
                 [*WIRE[:4], WIRE[6], *HARBOUR[:3], "Source: Evening Courier"])
    report = trace([page, client, again])
    edges = {(d.derived, d.source) for d in report.derivations}
    assert ("courier", "wire") in edges and ("ledger", "courier") in edges
    assert not any(e.signal == "partial_page" for p in report.pairs for e in p.evidence)
