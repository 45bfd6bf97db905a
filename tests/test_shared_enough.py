"""A sentence in common decides nothing: two stories that ran the same quotation, or the same stock
line, pair as sharing text, but neither is made the other's copy nor both a common source's, even
when one credits the other's outlet for something else. A longer passage taken does make a copy."""

from __future__ import annotations

from provenance import Settings, trace
from provenance.settings import DirectionSettings

QUOTE = '"We will not rest until every family has a roof over its head," the housing minister said on Monday.'

HARBOUR = [
    "The harbour board approved a plan on Tuesday to dredge the eastern channel before the winter storms.",
    "Fishing crews have complained for two seasons that silt makes the channel unsafe at low tide.",
    "The work will cost about four million and take eleven weeks, the board's chair told reporters.",
    QUOTE,
    "Contractors will start at the breakwater and move inland, closing one berth at a time.",
    "Ferry timetables will not change, although freight arrivals may be moved to the night.",
    "The last dredging, in 2011, was halted for a month when old munitions were found on the bed.",
    "Divers surveyed the channel in August and found no such remains this time, the board said.",
    "Environmental groups asked for the spoil to be taken out to sea rather than dumped on the marsh.",
    "A public meeting on the plan will be held at the harbour office on the first Thursday of next month.",
]
SCHOOLS = [
    "Three new primary schools will open in the northern suburbs next September, the council said.",
    "Parents had petitioned for years for places closer to home as the estates grew.",
    "Daily Ledger reporting showed class sizes in the area had risen by a fifth since 2019.",
    QUOTE,
    "The buildings are being finished by the same firm that built the new library last year.",
    "Head teachers for all three schools will be named before the end of the spring term.",
    "Each school will take two hundred and ten pupils, with room for a nursery class on the ground floor.",
    "Bus routes through the estates are to be changed so that no child walks more than a mile.",
    "The council's education committee approved the budget for fittings and books last week.",
    "Opposition councillors said the schools should have been built five years ago.",
]


def _records(school_text: list[str]) -> list[dict]:
    return [
        {"id": "harbour", "title": "Harbour channel to be dredged", "outlet": "Daily Ledger",
         "text": "\n\n".join(HARBOUR)},
        {"id": "schools", "title": "Three schools for the north", "outlet": "Evening Post",
         "text": "\n\n".join([*school_text, "Source: Daily Ledger"])},
    ]


def test_one_quotation_in_common_pairs_but_decides_nothing():
    report = trace(_records(SCHOOLS))
    assert [(p.a, p.b) for p in report.pairs] == [("harbour", "schools")]
    assert report.pairs[0].relation == "undetermined"
    assert report.derivations == () and report.missing == ()


def test_the_floor_is_a_setting():
    """Two sentences taken with a credit, in a story about something else: under the default floor
    they decide nothing (a sentence or two of another story), with the floor removed the credit does."""
    taken = [*SCHOOLS[:3], *HARBOUR[:2], *SCHOOLS[4:7]]
    assert trace(_records(taken)).derivations == ()
    loose = Settings(direction=DirectionSettings(min_share=0.0, min_chars=0))
    report = trace(_records(taken), settings=loose)
    assert [(d.derived, d.source) for d in report.derivations] == [("schools", "harbour")]


def test_a_passage_taken_whole_is_a_copy():
    taken = SCHOOLS[:3] + HARBOUR[:4]
    report = trace(_records(taken))
    assert [(d.derived, d.source) for d in report.derivations] == [("schools", "harbour")]


def test_an_article_shown_to_combine_two_sources_is_exempt_from_the_floor():
    """The floor sets aside a sentence in common; an article made of one story and a part of another,
    which share nothing with each other (the composite signal), is no coincidence, however little of
    each it holds. With a floor above everything shared, the mix still derives from its source while
    a plain cut copy does not."""
    harbour = [p for p in HARBOUR if p != QUOTE]
    schools = [p for p in SCHOOLS if p != QUOTE]
    high = Settings(direction=DirectionSettings(min_share=0.99, min_chars=10**6))
    mixed = trace([
        {"id": "harbour", "title": "Harbour channel to be dredged", "text": "\n\n".join(harbour)},
        {"id": "schools", "title": "Three schools for the north", "text": "\n\n".join(schools)},
        {"id": "roundup", "title": "Around the town", "text": "\n\n".join([*harbour[:7], *schools[:3]])},
    ], settings=high)
    assert ("roundup", "harbour") in {(d.derived, d.source) for d in mixed.derivations}
    plain = trace([
        {"id": "harbour", "title": "Harbour channel to be dredged", "text": "\n\n".join(harbour)},
        {"id": "roundup", "title": "Around the town",
         "text": "\n\n".join([*harbour[:7], "Readers can send their questions to the harbour board by post."])},
    ], settings=high)
    assert plain.derivations == ()


def test_one_sentence_of_a_brief_decides_nothing_though_it_is_a_fifth_of_it():
    # Two briefs of about four hundred characters; the Post's credits the Ledger and ends with the
    # quotation the Ledger's brief ran too: a fifth of each, and still one sentence.
    harbour = [HARBOUR[0], HARBOUR[2], QUOTE]
    schools = [SCHOOLS[0], SCHOOLS[1], QUOTE]
    report = trace([
        {"id": "harbour", "title": "Channel to be dredged", "outlet": "Daily Ledger", "text": "\n\n".join(harbour)},
        {"id": "schools", "title": "Schools for the north", "outlet": "Evening Post",
         "text": "\n\n".join(["Daily Ledger – " + schools[0], *schools[1:]])},
    ])
    [pair] = report.pairs
    assert min(pair.share_a, pair.share_b) > 0.2
    assert pair.relation == "undetermined" and report.derivations == ()
    # A brief copied whole is most of both bodies, and a copy.
    copied = trace([
        {"id": "harbour", "title": "Channel to be dredged", "outlet": "Daily Ledger", "text": QUOTE},
        {"id": "copy", "title": "Minister on housing", "outlet": "Evening Post", "text": "Daily Ledger – " + QUOTE},
    ])
    assert [(d.derived, d.source) for d in copied.derivations] == [("copy", "harbour")]


#: A stock sentence an outlet pastes into stories of one beat: longer than most, but one sentence.
STOCK = ("Markets have been sensitive to any news from the region this year, with forecasters divided over "
         "how long the slowdown will last and what it will mean for jobs.")


def test_one_stock_sentence_decides_nothing_though_a_credit_names_the_other():
    # Two briefs of other stories share one stock sentence of 160 characters, about a third of each
    # body, and one credits the other's outlet for the rest of its text; they name nobody in common.
    harbour = [*HARBOUR[:3], STOCK]
    schools = ["Daily Ledger – " + SCHOOLS[0], *SCHOOLS[1:3], STOCK]
    report = trace([
        {"id": "harbour", "title": "Channel to be dredged", "outlet": "Daily Ledger", "text": "\n\n".join(harbour)},
        {"id": "schools", "title": "Schools for the north", "outlet": "Evening Post", "text": "\n\n".join(schools)},
    ])
    [pair] = report.pairs
    assert min(pair.share_a, pair.share_b) > 0.2 and 100 < pair.shared_chars < 200
    assert pair.relation == "undetermined" and report.derivations == ()


def test_one_sentence_of_the_same_story_with_a_credit_is_a_copy():
    # The Post's report of the same inquiry takes one sentence of the Ledger's and credits it: both
    # name the same people and places around it, so the sentence is the story's, not a stock line.
    ledger = [
        "The inquiry into the Kestrel Bay ferry sinking heard on Tuesday that the vessel's pumps had failed "
        "twice in the month before it went down.",
        "Captain Ruth Marlow told the hearing that she had reported the faults to the operator, Harwick Lines, "
        "in writing on three separate occasions and had been told each time that repairs were scheduled.",
        "Harwick Lines said it would answer the evidence when the inquiry resumes next week.",
    ]
    post = [
        "Daily Ledger – Relatives of the crew packed the hearing room in Kestrel Bay as the inquiry opened its "
        "second week.",
        ledger[1],
        "Lawyers for Harwick Lines asked for the Marlow evidence to be heard in private, which the chairman "
        "refused.",
        "The families want the inquiry to examine why the ferry was allowed to sail with its pumps unrepaired.",
    ]
    report = trace([
        {"id": "ledger", "title": "Ferry inquiry hears of pump failures", "outlet": "Daily Ledger",
         "text": "\n\n".join(ledger)},
        {"id": "post", "title": "Families pack ferry inquiry", "outlet": "Evening Post", "text": "\n\n".join(post)},
    ])
    [pair] = report.pairs
    assert pair.shared_chars < 200 and max(pair.share_a, pair.share_b) <= 0.5
    assert [(d.derived, d.source) for d in report.derivations] == [("post", "ledger")]


#: What a minister said at a press conference, as two reporters who were both there write it down.
SPEECH = [
    '"The harbour has been neglected for a generation, and the families who depend on it have paid the price '
    'for that neglect in lost catches and lost income," the minister said.',
    '"We will dredge the eastern channel before the first storms, we will rebuild the north wall next year, '
    'and we will not wait for another report to tell us what everyone here already knows," she added.',
]


def test_two_reports_that_quote_one_speaker_have_no_missing_source_in_common():
    """Each outlet wrote its own report around the same two quotations: over three hundred characters
    in common, a third of each body, neither containing the other. That is the shape of two cuts of
    one missing text, but quotations are what reporters at one press conference write down alike:
    no placeholder, and the pair says why."""
    ledger = [HARBOUR[0], SPEECH[0], HARBOUR[1], SPEECH[1], *HARBOUR[4:8]]
    post = ["The minister promised on Tuesday to dredge the harbour channel that fishing crews call unsafe.",
            SPEECH[1], "Crews have lost weeks at sea to silt at low tide, skippers said.", SPEECH[0],
            "Evening Post readers have written to the paper about the channel since the spring.",
            "The paper's own soundings in June found less than two metres of water at the inner berths.",
            "Opposition councillors said the promise had been made before, at the last two elections.",
            "A spokesman for the fishermen's association said its members would believe it when they saw it."]
    report = trace([
        {"id": "ledger", "outlet": "Daily Ledger", "text": "\n\n".join(ledger)},
        {"id": "post", "outlet": "Evening Post", "text": "\n\n".join(post)},
    ])
    [pair] = report.pairs
    assert min(pair.share_a, pair.share_b) > 0.3 and pair.shared_chars > 300
    assert report.missing == () and report.derivations == ()
    assert any(e.signal == "quotation" for e in pair.evidence)


def _speech_reports(post_extra: list[str]) -> list[dict]:
    """An agency's report of the minister's speech, and an outlet's own report hours later that
    quotes her in the same words, and shares nothing else."""
    agency = [HARBOUR[0], SPEECH[0], HARBOUR[1], SPEECH[1], *HARBOUR[4:]]
    post = ["The minister promised on Tuesday to dredge the harbour channel that fishing crews call unsafe.",
            SPEECH[1], "Crews have lost weeks at sea to silt at low tide, skippers said.", SPEECH[0],
            "Evening Post readers have written to the paper about the channel since the spring.",
            "The paper's own soundings in June found less than two metres of water at the inner berths.",
            "Opposition councillors said the promise had been made before, at the last two elections.",
            "A spokesman for the fishermen's association said its members would believe it when they saw it.",
            *post_extra]
    return [
        {"id": "agency", "outlet": "The Associated Press", "published": "2025-03-04T09:00Z",
         "text": "\n\n".join(agency)},
        {"id": "post", "outlet": "Evening Post", "published": "2025-03-04T15:00Z", "text": "\n\n".join(post)},
    ]


def test_quotations_an_agency_ran_first_make_no_copy_by_the_dates_alone():
    """The agency's report came first, and agencies are where outlets take copy from; but all the
    outlet's report shares with it is what the minister said, which its own reporter heard too. A
    later date and an agency's outlet order two articles that share a text; they do not show that
    quotations in common were taken."""
    report = trace(_speech_reports([]))
    [pair] = report.pairs
    assert any(e.signal == "quotation" for e in pair.evidence)
    assert report.derivations == () and report.missing == ()


def test_quotations_an_outlet_says_it_took_from_an_agency_make_a_copy():
    report = trace(_speech_reports(["Additional reporting by The Associated Press."]))
    assert [(d.derived, d.source) for d in report.derivations] == [("post", "agency")]


def test_a_copy_that_keeps_the_quotations_and_the_prose_around_them_is_a_copy():
    ledger = [HARBOUR[0], SPEECH[0], HARBOUR[1], SPEECH[1], HARBOUR[2]]
    report = trace([
        {"id": "ledger", "outlet": "Daily Ledger", "published": "2025-03-04T09:00Z", "text": "\n\n".join(ledger)},
        {"id": "copy", "outlet": "Evening Post", "published": "2025-03-04T15:00Z",
         "text": "\n\n".join(["Daily Ledger – " + ledger[0], *ledger[1:4]])},
    ])
    assert [(d.derived, d.source) for d in report.derivations] == [("copy", "ledger")]
    assert not any(e.signal == "quotation" for p in report.pairs for e in p.evidence)


def test_two_stories_that_print_one_stock_sentence_have_no_missing_source_in_common():
    """Two outlets' briefs of other stories, each carrying the same agency's dateline, share one stock
    sentence: that is no agency story both took. No placeholder, and the pair says why."""
    harbour = ["LONDON (Reuters) - " + HARBOUR[0], *HARBOUR[1:3], STOCK]
    schools = ["LONDON (Reuters) - " + SCHOOLS[0], SCHOOLS[1], SCHOOLS[4], STOCK]
    report = trace([
        {"id": "harbour", "title": "Channel to be dredged", "outlet": "Daily Ledger", "text": "\n\n".join(harbour)},
        {"id": "schools", "title": "Schools for the north", "outlet": "Evening Post", "text": "\n\n".join(schools)},
    ])
    [pair] = report.pairs
    assert min(pair.share_a, pair.share_b) > 0.2 and 100 < pair.shared_chars < 200
    assert report.missing == () and report.derivations == ()
    assert any(e.signal == "two_stories" for e in pair.evidence)
