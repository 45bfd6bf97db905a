"""A small corpus that shows every kind of node and edge a provenance diagram can draw.

The seeds (an Al Jazeera original and a credited, retitled Libyan Express copy), an
uncredited copy of the copy, and an unrelated story that shares no text, with outlets and
dates so that node labels are full.
"""

from __future__ import annotations

from conftest import COPY, SOURCE, seed_text

FLOOD = [
    "River bursts its banks after a week of rain",
    "Heavy rain caused the river to burst its banks on Tuesday, flooding hundreds of homes in the valley.",
    "Emergency services evacuated more than two thousand residents overnight, officials said in a statement.",
    "Forecasters expect the rain to continue until the weekend, with further warnings issued for the north.",
]


def gallery_records() -> list[dict]:
    """Records for :func:`provenance.trace`: a chain of two derivations and one article alone."""
    lines = seed_text("003").split("\n")
    copy_of_copy = "\n".join(lines[:9] + lines[10:])
    return [
        {"id": SOURCE, "text": seed_text("000"), "outlet": "Al Jazeera", "published": "2017-01-16"},
        {"id": COPY, "text": seed_text("003"), "outlet": "Libyan Express", "published": "2017-01-17"},
        {"id": "echo_copy", "text": copy_of_copy, "outlet": "Daily Echo", "published": "2017-01-18"},
        {"id": "flood", "text": "\n\n".join(FLOOD), "outlet": "Valley News", "published": "2017-01-10"},
    ]
