"""A second source is a parent only when it explains enough text of its own: a stock line the copy
shares with another story of its source's outlet makes no second parent, whatever the copy credits."""

from __future__ import annotations

from provenance import trace
from test_shared_enough import HARBOUR, QUOTE, SCHOOLS

HARBOUR = [p for p in HARBOUR if p != QUOTE]
SCHOOLS = [p for p in SCHOOLS if p != QUOTE]
#: A line of background an outlet prints under stories of every kind.
STOCK = "Markets have been sensitive to any news from the council this year, with forecasters divided over the outlook."


def _parents(records: list[dict[str, str]]) -> set[tuple[str, str]]:
    return {(d.derived, d.source) for d in trace(records).derivations}


def test_a_stock_line_shared_with_another_story_makes_no_second_parent():
    # The copy credits the Daily Ledger and takes its harbour story; it also ends with a stock line
    # the Ledger printed under its schools story. The credit names the outlet, the shared text names
    # the story: the harbour story is the copy's one parent.
    records = [
        {"id": "harbour", "outlet": "Daily Ledger", "title": "Harbour channel to be dredged",
         "text": "\n\n".join(HARBOUR)},
        {"id": "schools", "outlet": "Daily Ledger", "title": "Three schools for the north",
         "text": "\n\n".join([*SCHOOLS[:6], STOCK, *SCHOOLS[6:]])},
        {"id": "copy", "outlet": "Evening Post", "title": "Dredging to start",
         "text": "\n\n".join(["Daily Ledger – " + HARBOUR[0], *HARBOUR[1:8], STOCK])},
    ]
    assert {s for d, s in _parents(records) if d == "copy"} == {"harbour"}


def test_a_real_second_part_still_makes_a_second_parent():
    records = [
        {"id": "harbour", "outlet": "Daily Ledger", "title": "Harbour channel to be dredged",
         "text": "\n\n".join(HARBOUR)},
        {"id": "schools", "outlet": "Daily Ledger", "title": "Three schools for the north",
         "text": "\n\n".join(SCHOOLS)},
        {"id": "roundup", "outlet": "Evening Post", "title": "Around the town",
         "text": "\n\n".join(["Daily Ledger – " + HARBOUR[0], *HARBOUR[1:6], *SCHOOLS[:4]])},
    ]
    assert {s for d, s in _parents(records) if d == "roundup"} == {"harbour", "schools"}
