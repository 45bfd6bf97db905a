"""Credit lines as real outlets write them: every position of the grammar, and the mentions that are not credits."""

from __future__ import annotations

import pytest

from provenance import trace
from provenance.article.outlets import outlet_key
from provenance.article.segment import segment
from provenance.models import Article

LEAD = "The ministry said on Tuesday that the new bridge would open to traffic in the spring of next year."
MORE = "Construction began three years ago and has cost more than twice the original estimate, officials said."
END = "Local residents have campaigned for a crossing at the site since the old ferry stopped running."


def _opening(credit: str) -> str:
    return f"Bridge to open next spring\n\n{credit}{LEAD}\n\n{MORE}\n\n{END}"


def _byline(line: str) -> str:
    return f"Bridge to open next spring\n\n{line}\n\n{LEAD}\n\n{MORE}\n\n{END}"


def _closing(line: str) -> str:
    return f"Bridge to open next spring\n\n{LEAD}\n\n{MORE}\n\n{END}\n\n{line}"


def _suffix(tail: str) -> str:
    return f"Bridge to open next spring\n\n{LEAD}\n\n{MORE}\n\n{END[:-1]}.{tail}"


#: (article text, the outlet it credits). Each form as outlets print it.
FORMS = [
    (_opening("LONDON (Reuters) - "), "Reuters"),
    (_opening("(Reuters) - "), "Reuters"),
    (_opening("(REUTERS) - "), "Reuters"),
    (_opening("(AP) — "), "AP"),
    (_opening("(AFP) - "), "AFP"),
    (_opening("WASHINGTON (AP) — "), "AP"),
    (_opening("PARIS, March 3 (AFP) – "), "AFP"),
    (_opening("NEW DELHI (PTI): "), "PTI"),
    (_opening("ANKARA (Anadolu) - "), "Anadolu"),
    (_opening("TOKYO (Kyodo) -- "), "Kyodo"),
    (_opening("SEOUL (Yonhap) -- "), "Yonhap"),
    (_opening("BEIJING (Xinhua) -- "), "Xinhua"),
    (_opening("MADRID (EFE) - "), "EFE"),
    (_opening("ROME (ANSA) - "), "ANSA"),
    (_opening("BERLIN (dpa) - "), "dpa"),
    (_opening("KUALA LUMPUR (Bernama) -- "), "Bernama"),
    (_opening("ABUJA (NAN) - "), "NAN"),
    (_opening("MOSCOW (TASS) - "), "TASS"),
    (_opening("SYDNEY (AAP) - "), "AAP"),
    (_opening("Reuters - "), "Reuters"),
    (_opening("AFP – "), "AFP"),
    (_opening("Agence France-Presse - "), "AFP"),
    (_byline("By Reuters Staff"), "Reuters"),
    (_byline("By Jane Doe, Associated Press"), "AP"),
    (_byline("By Jane Doe | Reuters"), "Reuters"),
    (_byline("By Jane Doe, PA News"), "PA"),
    (_closing("Jane Doe is a columnist for The Daily Ledger."), "Daily Ledger"),
    (_closing("Jane Doe writes a weekly column for The Daily Ledger. Her work is read widely."), "Daily Ledger"),
    (_closing("Jane Doe is the chief political correspondent at the Evening Post."), "Evening Post"),
    (_byline("By AFP"), "AFP"),
    (_closing("— Reuters"), "Reuters"),
    (_closing("-- AFP"), "AFP"),
    (_closing("(AP)"), "AP"),
    (_closing("(With AFP)"), "AFP"),
    (_closing("With AFP"), "AFP"),
    (_closing("Reuters contributed to this report."), "Reuters"),
    (_closing("The Associated Press contributed to this report."), "AP"),
    (_closing("Additional reporting by Reuters."), "Reuters"),
    (_closing("Copyright Reuters."), "Reuters"),
    (_closing("© 2025 The Associated Press. All rights reserved."), "AP"),
    (_closing("Copyright 2025 Agence France-Presse"), "AFP"),
    (_closing("Source: AFP"), "AFP"),
    (_closing("via Reuters"), "Reuters"),
    (_closing("With inputs from PTI"), "PTI"),
    (_closing("(With inputs from IANS)"), "IANS"),
    (_closing("This article was originally published by The Harbour Gazette."), "Harbour Gazette"),
    (_closing("This story first appeared on harbourgazette.com"), "Harbour Gazette"),
    (_closing("Republished with permission from The Valley Times."), "Valley Times"),
    (_suffix(" (Reuters)"), "Reuters"),
    (_suffix(" — AFP"), "AFP"),
    (_suffix(" (UPI)"), "UPI"),
    (_suffix(" -- ANI"), "ANI"),
    (_byline("By JANE DOE Associated Press"), "AP"),
    (_byline("By Jane Doe, AP Medical Writer"), "AP"),
    (_byline("By Jane Doe, Associated Press Writer"), "AP"),
    (_byline("By Jane Doe for AFP"), "AFP"),
    (_byline("By Our Correspondent with dpa"), "dpa"),  # an agency that prints its name in lower case
    (_byline("By Jane Doe in Berlin with dpa"), "dpa"),
    (_byline("By Jane Doe (Reuters)"), "Reuters"),
    (_byline("By Jane Doe and John Roe, Reuters"), "Reuters"),
    (_byline("By Jane Doe | Reuters | Updated 3 Dec 2024"), "Reuters"),
    (_byline("By Jane Doe of the Associated Press"), "AP"),
    (_byline("BY JANE DOE, AFP"), "AFP"),
    (_closing("Jane Doe of Reuters contributed to this report."), "Reuters"),
    (_closing("The Associated Press contributed reporting."), "AP"),
    (_closing("Information from Reuters was used in this report."), "Reuters"),
    (_closing("Material from the Associated Press was used in this report."), "AP"),
    (_closing("This story includes reporting from AFP."), "AFP"),
    (_closing("Additional reporting by Jane Doe in London and Reuters"), "Reuters"),
    (_closing("With additional reporting by AFP"), "AFP"),
    (_closing("(Additional reporting by Reuters)"), "Reuters"),
    (_closing("With PTI inputs"), "PTI"),
    (_closing("— With inputs from IANS"), "IANS"),
    (_closing("(With inputs from Press Trust of India)"), "PTI"),
    (_closing("Inputs from ANI"), "ANI"),
    (_closing("[Reuters]"), "Reuters"),
    (_closing("AFP"), "AFP"),
    (_closing("(Source: Reuters)"), "Reuters"),
    (_closing("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
              "broadcast, rewritten or redistributed without permission."), "AP"),
    (_closing("© Copyright 2024, Reuters"), "Reuters"),
    (_closing("(c) Copyright Thomson Reuters 2024"), "Reuters"),
    (_closing("Reuters © 2024"), "Reuters"),
    (_closing("All rights reserved. © Agence France-Presse"), "AFP"),
    (_closing("© dpa-infocom GmbH"), "dpa"),  # the agency's company, in the agency's lower case
    (_closing("Read the original article at The Harbour Gazette."), "Harbour Gazette"),
    (_closing("Read the full story at harbourgazette.com"), "Harbour Gazette"),
    (_closing("Continue reading on The Valley Times"), "Valley Times"),
    (_closing("This story was first reported by The Valley Times."), "Valley Times"),
    (_closing("The post Bridge to open next spring as the ministry finally settles the cost overruns appeared first "
              "on The Valley Times."), "Valley Times"),  # a feed's closing line, longer than a credit line
    (_closing("Read more at valleytimes.com"), "Valley Times"),
    (_closing("Full story at The Valley Times"), "Valley Times"),
    (_closing("Reuters Staff"), "Reuters"),
    (_closing("— Kyodo News"), "Kyodo"),
    (_opening("MADRID, 4 mar (EFE).- "), "EFE"),
    (_opening("(CNN) — "), "CNN"),
    (_opening("NEW YORK, March 4, 2024 /PRNewswire/ -- "), "PRNewswire"),
    (_opening("LONDON--(BUSINESS WIRE)--"), "Business Wire"),
    (_closing("Associated Press writer Jane Doe in London contributed to this report."), "AP"),
    (_closing("This article is republished from The Conversation under a Creative Commons license. "
              "Read the original article."), "The Conversation"),
    (_closing("A version of this story first appeared on CNN.com."), "CNN.com"),
    (_byline("Written by Jane Doe for AFP"), "AFP"),
    (_byline("PTI | Updated: Mar 4, 2025, 10:15 IST"), "PTI"),
    (_byline("IANS | New Delhi"), "IANS"),
    (_byline("Press Trust of India | New Delhi | Updated: Mar 4, 2025 08:10 IST"), "PTI"),
    (_closing("This article was originally published on The Conversation. Read the original article."),
     "The Conversation"),
    # openings with a colon, a bar, a slash or no dash after an agency's bracket
    (_opening("Reuters: "), "Reuters"),
    (_opening("AFP | "), "AFP"),
    (_opening("ANKARA / AA – "), "Anadolu"),
    (_opening("By Reuters — "), "Reuters"),
    (_opening("WASHINGTON — (AP) "), "AP"),
    (_opening("Washington, Mar 3 (PTI) "), "PTI"),
    (_opening("NEW DELHI: (IANS) "), "IANS"),
    (_opening("New Delhi [India], March 3 (ANI): "), "ANI"),
    # closing lines that say where the text was published or came from
    (_closing("Reprinted with permission from The Atlantic."), "The Atlantic"),
    (_closing("Distributed by Tribune Content Agency, LLC."), "Tribune Content Agency"),
    (_closing("Syndicated from Reuters."), "Reuters"),
    (_closing("Published via PTI"), "PTI"),
    (_closing("/AFP"), "AFP"),
    (_suffix(" /AFP"), "AFP"),
    (_closing("Associated Press writers Jane Doe in Paris and John Roe in Rome contributed to this report."),
     "Associated Press"),
    # the agency in brackets under the lead
    (f"Bridge to open next spring\n\n{LEAD} (Reuters)\n\n{MORE}\n\n{END}", "Reuters"),
    (f"Bridge to open next spring\n\n{LEAD[:-1]}. — AFP\n\n{MORE}\n\n{END}", "AFP"),
    (_closing("Reproduced with permission from The Atlantic."), "The Atlantic"),
    (_byline("WRITTEN BY JANE DOE, REUTERS"), "Reuters"),
    # bylines led by "Posted by" or "Filed by", and a staff byline in lower case
    (_byline("Posted by Jane Doe, Reuters"), "Reuters"),
    (_byline("Filed by Jane Doe | AFP"), "AFP"),
    (_byline("By Reuters staff"), "Reuters"),
    # bylines divided by a bullet or a middle dot
    (_byline("By Jane Doe • Reuters"), "Reuters"),
    (_byline("By Jane Doe · AFP"), "AFP"),
    # a roundup's note of the reports it was made from
    (_closing("Compiled from Reuters reports."), "Reuters"),
    (_closing("From AFP reports"), "AFP"),
    (_closing("Based on reports from The Associated Press."), "The Associated Press"),
    (_closing("With reports from AFP."), "AFP"),
    (_closing("This story was adapted from a report by The Daily Ledger."), "The Daily Ledger"),
    (_closing("Compiled from Daily Ledger news reports."), "Daily Ledger"),
]


def test_two_agencies_in_one_line_are_both_credits():
    assert _credited(_closing("Reuters and AFP contributed to this report.")) == {"reuters", "afp"}
    assert _credited(_closing("Compiled from Reuters and Daily Ledger reports.")) == {"reuters", "dailyledger"}
    assert _credited(_closing("(AFP/AP)")) == {"afp", "ap"}


#: Articles that name an agency without crediting it.
NEGATIVES = [
    _opening("BEIRUT – "),
    _opening("LONDON – "),
    f"Bridge to open\n\n{LEAD[:-1]}, rebel sources told Reuters.\n\n{MORE}",
    f"Bridge to open\n\n{LEAD[:-1]}, Reuters reported.\n\n{MORE}",
    f"Bridge to open\n\n{LEAD[:-1]}, according to AFP.\n\n{MORE}",
    f"Bridge to open\n\nAn AP photographer saw the first cars cross. {LEAD}\n\n{MORE}",
    f"Bridge to open\n\n{LEAD[:-1]}, the minister said in an interview with Reuters.\n\n{MORE}",
    f"Bridge to open\n\n“We told Reuters everything we knew,” the spokesman said.\n\n{MORE}",
    _closing("With Jane Doe"),
    _closing("Reporting by Jane Doe; Editing by John Roe"),
    _closing("(With inputs from agencies)"),
    _closing("Agencies contributed to this report."),
    _byline("By Jane Doe"),
    _suffix(" He said it would."),
    _closing("With agency inputs"),
    _closing("Published from a syndicated feed"),
    _closing("AP Photo/Jane Doe"),
    _closing("(Photo: Reuters)"),
    _closing("Image: AFP via Getty Images"),
    _closing("Sign up for the Morning Briefing newsletter"),
    _byline("Politics | Analysis"),
    _byline("By Jane Doe, London"),
    _byline("Jane Doe | New Delhi"),
    _closing("Jane Doe contributed to this report."),
    _closing("Additional reporting by Jane Doe in London"),
    _byline("By Monday, the rebels had left the city."),
    _byline("By Jane Doe in London"),
    _opening("Mr Smith (Labour) "),
    _byline("Jane Doe, London"),
    _byline("Jane Doe / Metro Daily"),
    f"Bridge to open next spring\n\n{LEAD} (Labour)\n\n{MORE}\n\n{END}",
    f"Bridge to open next spring\n\n{LEAD[:-1]}. — Jane Doe\n\n{MORE}\n\n{END}",
    _closing("Compiled from wire reports."),
    _closing("From staff and wire reports"),
    _closing("Based on reports in the local press."),
    _closing("With reports from Jane Doe in Paris."),
    _closing("See the full report on page 4 for the figures."),
    _closing("The story was first reported in the spring."),
    _closing("Read more at the end of the month, she said."),
    _closing("Viacom Inc"),  # a name that opens with a label's letters ("via") is no label
    _closing("He was a reporter for the Daily Mail."),  # a person in the story, not a note on the writer
    _closing("The mayor is a former editor for the Evening Post."),
    _byline("LONDON"),
    _byline("(Analysis)"),
]


def _credited(text: str, outlet: str | None = "Metro Daily") -> set[str]:
    article = segment(Article(id="x", text=text, outlet=outlet, outlet_from="metadata" if outlet else None))
    return {outlet_key(c.name) for c in article.credits if not outlet or outlet_key(c.name) != outlet_key(outlet)}


@pytest.mark.parametrize(("text", "name"), FORMS, ids=[f"{n}-{i}" for i, (_, n) in enumerate(FORMS)])
def test_credit_forms_are_read(text, name):
    assert _credited(text) == {outlet_key(name)}


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"neg-{i}" for i in range(len(NEGATIVES))])
def test_mentions_and_people_are_not_credits(text):
    assert _credited(text) == set()


def test_there_are_enough_forms_and_negatives():
    assert len(FORMS) >= 40 and len(NEGATIVES) >= 10


def test_an_agency_named_in_the_reporting_is_kept_apart():
    article = segment(Article(id="x", text=NEGATIVES[2]))
    assert article.credits == ()
    assert [(c.name, c.form) for c in article.reporting] == [("Reuters", "reporting")]
    assert article.text[article.blocks[1].start + article.reporting[0].start:].startswith("Reuters")


def test_a_line_that_is_only_a_credit_is_furniture():
    article = segment(Article(id="x", text=_closing("Reuters contributed to this report.")))
    assert article.blocks[-1].kind == "source"
    article = segment(Article(id="x", text=_closing("Associated Press writers Jo Bloggs in Paris, Ann Other in Rome "
                                                     "and Sam Third in Madrid contributed to this report.")))
    assert article.blocks[-1].kind == "source"
    article = segment(Article(id="x", text=_closing("Follow The Harbour Gazette on Twitter for the latest news.")))
    assert article.blocks[-1].kind == "footer"


def test_a_trailing_credit_is_read_above_a_short_site_line_taken_for_body():
    # The body's last line may be a site's own line that reads like prose; the credit above it
    # still closes the story.
    for site_line in ("Subscribe to The Harbour Gazette from just $1 a week and support local journalism.",
                      "Copyright The Harbour Gazette 2024. All rights reserved.\n\nSupport local news today."):
        assert _credited(_closing(f"With inputs from AP\n\n{site_line}"), outlet="The Harbour Gazette") == {"ap"}
    # A body line of its own ending the story is still not a credit line.
    assert _credited(_closing("Metro Daily")) == set()


def test_a_masthead_line_names_its_outlet_not_its_motto():
    # An outlet's name, then its motto or sections, divided by bars: the outlet is the name.
    article = segment(Article(id="x", text=_byline("Sun Coast Chronicle | Local news, weather and sports")))
    assert [c.name for c in article.credits] == ["Sun Coast Chronicle"]
    assert article.outlet == "Sun Coast Chronicle"
    # A person's byline still names the outlet after the bar.
    assert _credited(_byline("Jane Doe | Daily Ledger"), outlet=None) == {outlet_key("Daily Ledger")}


def test_an_outlet_is_read_from_its_own_rights_and_footer_lines():
    for line in ("© 2025 The Daily Ledger", "Follow The Daily Ledger on Twitter and Facebook",
                 "Copyright 2025 Daily Ledger Ltd. All rights reserved.",
                 "Follow us on X @DailyLedger and on Facebook."):  # the account's name, without "@" or "and"
        article = segment(Article(id="x", text=_closing(line)))
        assert outlet_key(article.outlet or "") == outlet_key("Daily Ledger"), line
        assert article.outlet_from == "self-credit"
    # A page's signature names its outlet above a source line naming another: the source line says
    # where the page took the story.
    for lines in ("Source: meridianherald.in\n\nDaily Ledger © 2025",
                  "Source: Reuters\n\nSource: meridianherald.in\n\nFollow us on X @DailyLedger and on Facebook."):
        article = segment(Article(id="x", text=_closing(lines)))
        assert outlet_key(article.outlet or "") == outlet_key("Daily Ledger"), lines
    # A source line alone still names the page's own outlet, as before.
    assert outlet_key(segment(Article(id="x", text=_closing("Source: Daily Ledger"))).outlet or "") == outlet_key(
        "Daily Ledger")
    # A rights line naming an agency marks carried agency copy, not the page's own outlet.
    assert segment(Article(id="x", text=_closing("Copyright Reuters."))).outlet is None
    # "Us" in a footer is the page itself, and names no outlet.
    for line in ("Follow us on Twitter", "Like us on Facebook", "Follow Us on Instagram"):
        assert segment(Article(id="x", text=_closing(line))).outlet is None, line


def test_a_credited_copy_of_an_original_of_unknown_outlet_derives_from_it():
    original = f"Bridge to open next spring\n\n{LEAD}\n\n{MORE}\n\n{END}\n\nThe old ferry will run until then."
    copy = f"Bridge opens in spring\n\n(Reuters) - {LEAD}\n\n{MORE}\n\n{END}"
    report = trace([{"id": "original", "text": original}, {"id": "copy", "text": copy, "outlet": "Metro Daily"}])
    assert [(d.derived, d.source, d.credited) for d in report.derivations] == [("copy", "original", True)]
    assert not report.missing


def test_an_agency_byline_credits_an_original_of_unknown_outlet():
    """A copy signed "By Jane Doe, Reuters" on another outlet's page says its text is Reuters': the
    original, of unknown outlet and crediting no one, may be Reuters' own, as with a dateline."""
    original = f"Bridge to open next spring\n\n{LEAD}\n\n{MORE}\n\n{END}\n\nThe old ferry will run until then."
    copy = f"Bridge opens in spring\n\nBy Jane Doe, Reuters\n\n{LEAD}\n\n{MORE}\n\n{END}"
    report = trace([{"id": "original", "text": original}, {"id": "copy", "text": copy, "outlet": "Metro Daily"}])
    (pair,) = report.pairs
    assert any(e.signal == "credit_unknown" and e.favours == "copy" for e in pair.evidence)
    assert [(d.derived, d.source, d.credited) for d in report.derivations] == [("copy", "original", True)]


def _story(url: str, byline: str | None = None) -> dict:
    lines = [f"Paragraph {i} of the flood report: the river rose {i + 2} metres overnight at the old mill in "
             f"Harrowgate, and the council opened {i + 1} shelters, officials said." for i in range(8)]
    head = "Harrowgate braces for more rain" + (f"\n\n{byline}" if byline else "")
    return {"id": "copy" if byline else "source", "url": url, "text": head + "\n\n" + "\n\n".join(lines)}


def test_a_byline_naming_the_other_articles_outlet_credits_it():
    """"By Jane Doe, Al Jazeera": no outlet word marks the part after the name, so alone it reads
    like a place; but it is the outlet of the article whose text this one holds, so it credits it."""
    source = _story("https://www.aljazeera.com/news/flood")
    copy = _story("https://www.harbourgazette.example/flood", "By Jane Doe, Al Jazeera")
    report = trace([source, copy])
    (pair,) = report.pairs
    assert (pair.relation, pair.derived, pair.source) == ("derived", "copy", "source")
    assert any(e.signal == "credit" and "'Al Jazeera' (byline)" in e.detail for e in pair.evidence)
    (edge,) = report.derivations
    assert edge.credited


def test_a_byline_naming_a_place_credits_no_outlet_in_the_corpus():
    source = _story("https://www.aljazeera.com/news/flood")
    copy = _story("https://www.harbourgazette.example/flood", "By Jane Doe, London")
    (pair,) = trace([source, copy]).pairs
    assert not any(e.signal == "credit" for e in pair.evidence)


def test_a_syndicated_column_whose_note_names_the_writers_outlet_hangs_on_that_outlets_page():
    """A columnist's piece on her own paper's page, and the same piece cut short on another paper's,
    each with its own note on the writer: the second's note names the first paper, so the second
    carried it. (Read as body text alone, each page holds a line the other lacks, and the two were
    left undetermined under a common source.)"""
    from test_shared_enough import HARBOUR

    def record(ident: str, outlet: str, paragraphs: list[str]) -> dict[str, str]:
        return {"id": ident, "outlet": outlet, "title": "Dredging the channel",
                "text": "\n\n".join(["Dredging the channel", "Jo Bloggs", *paragraphs])}

    report = trace([
        record("column", "The Harbour Ledger",
               [*HARBOUR[:8], "Jo Bloggs writes a weekly column for The Harbour Ledger."]),
        record("carried", "Cape Tribune", [*HARBOUR[:6], "Jo Bloggs is a columnist for The Harbour Ledger. "
                                           "Her columns are distributed to newspapers around the world."]),
    ])
    assert [(d.derived, d.source) for d in report.derivations] == [("carried", "column")]
    assert report.derivations[0].credited
