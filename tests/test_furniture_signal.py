"""The furniture signal: a copy carries furniture that its source's outlet signed; two outlets that
print one footer template, each with its own name, carried nothing of each other's."""

from __future__ import annotations

from provenance import trace

BODY = [
    "The harbour authority said on Tuesday that dredging of the main channel would start next month and "
    "last until the end of the autumn, closing the inner berths to larger ships.",
    "About two hundred thousand tonnes of silt will be removed, the authority said, and taken by barge to "
    "a disposal site twelve miles offshore that was licensed last year.",
    "Fishing crews said they had not been consulted about the timing, which falls in the busiest weeks of "
    "the mackerel season, and asked for the work to be moved to the winter.",
    "The authority said the channel had silted up faster than expected after two wet winters and that "
    "delaying the work would put the ferry service at risk.",
]


def _footer(outlet: str) -> str:
    return f"Follow {outlet} on Twitter and Facebook for the latest news."


def _record(ident: str, outlet: str, paragraphs: list[str], footer: str) -> dict[str, str]:
    return {"id": ident, "outlet": outlet, "title": "Harbour channel to be dredged",
            "text": "\n\n".join(["Harbour channel to be dredged", *paragraphs, footer])}


def _furniture(report) -> list:
    (pair,) = report.pairs
    return [e for e in pair.evidence if e.signal == "furniture"]


def test_a_carried_footer_names_the_copy():
    source = _record("a", "Northfield Courier", BODY, _footer("Northfield Courier"))
    copy = _record("b", "Granite Times", BODY[:3], _footer("Northfield Courier"))
    (found,) = _furniture(trace([source, copy]))
    assert found.favours == "b"
    assert "Northfield Courier" in found.detail


def test_one_footer_template_with_each_outlets_own_name_is_no_signal():
    # Either way round: the footer each prints names its own outlet, so neither carried the other's.
    first = _record("a", "Northfield Courier", BODY, _footer("Northfield Courier"))
    second = _record("b", "Granite Times", BODY[:3], _footer("Granite Times"))
    assert _furniture(trace([first, second])) == []
    assert _furniture(trace([second.copy() | {"id": "a"}, first.copy() | {"id": "b"}])) == []


def test_a_footer_template_is_not_furniture_two_copies_share():
    # Three outlets ran one agency story that is not in the corpus. Two print the same footer
    # template, each with its own name; that is no sign that one of them took the story from the
    # other, so no lineage evidence orders them.
    credit = "(AP) — "
    records = [
        _record("a", "Northfield Courier", [credit + BODY[0], *BODY[1:4]], _footer("Northfield Courier")),
        _record("b", "Granite Times", [credit + BODY[0], *BODY[1:3]], _footer("Granite Times")),
        _record("c", "Valley Tribune", [credit + BODY[0], *BODY[1:4]], "Reporting by the newsdesk."),
    ]
    report = trace(records)
    assert not [e for p in report.pairs for e in p.evidence if e.signal == "lineage"]
    assert {d.derived for d in report.derivations if d.source.startswith("missing:")} == {"a", "b", "c"}
