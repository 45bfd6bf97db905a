"""Whether a page of unknown outlet is a news agency's own copy, by how it is signed.

An agency signs its copy with a dateline ("DOHA, Qatar (AP) —"), a reporter's byline and a closing
line: its name alone, with its staff's initials ("PTI ESX MWW"), or with who reported and edited the
story ("Associated Press writer Jo Bloggs contributed to this report"). A client that runs the copy
prints its own page around it (a footer, related links, a source line) and credits the agency in a
client's form ("With inputs from AP"). A page with the agency's signs and nothing of a client's may be
the agency's own, so a client crediting the agency took from it, not from a missing copy of it.
"""

from __future__ import annotations

import re

from ..models import Article, Block
from .furniture import shape
from .outlets import mentions, same_outlet

__all__ = ["agency_copy"]

#: What may stand beside an agency's name in its own closing line: the initials of the staff who
#: wrote and edited the story ("PTI ESX MWW", "IANS abc/xyz"), besides punctuation.
_INITIALS = re.compile(r"[A-Z]{1,4}|[a-z]{2,4}(?:/[a-z]{2,4})+")
#: Or the line naming who reported, wrote or edited it, as agencies close their own copy ("Associated
#: Press writer Jo Bloggs contributed to this report", "Reporting by Jo Bloggs; Editing by Al Smith").
_STAFF_LINE = re.compile(
    r"\b(?:writers?|reporters?|correspondents?|staff)\b.*\bcontributed\b|\bcontributed to this report\b"
    r"|\b(?:reporting|writing|editing)\s+by\b",
    re.IGNORECASE,
)


def _signed_off(rest: str) -> bool:
    """Whether the text of a closing line beside an agency's name is the agency's own sign-off: staff
    initials, or who reported and edited it; not a client crediting it ("With inputs from")."""
    words = re.sub(r"[^\w/]+", " ", rest).split()
    return all(_INITIALS.fullmatch(word) for word in words) or bool(_STAFF_LINE.search(rest))


def _agency_line(block: Block, name: str) -> bool:
    """Whether a block outside the story is one an agency prints on its own copy: its reporter's
    byline (however often the corpus repeats it), who reported and edited the story, or a line of
    its own that names it ("Our Standards: The Thomson Reuters Trust Principles")."""
    text = block.text
    return shape(text) == "byline" or bool(_STAFF_LINE.search(text)) or mentions(text, name)


def agency_copy(article: Article, name: str) -> bool:
    """Whether an article of unknown outlet reads as ``name``'s own copy: every credit it carries names
    ``name`` the way an agency signs its own text (a dateline, a lead, a byline or a closing mark: the
    name alone, with its staff's initials, or with who reported and edited the story), and it holds
    nothing of a client's page: no footer, related links or source line but the agency's own lines
    (:func:`_agency_line`), and no credit of a client's form ("Source: X", "With inputs from X"). A
    byline naming a reporter is no client's mark: agencies sign their stories too."""
    if article.outlet is not None or not article.credits:
        return False
    signs: set[int] = set()
    for c in article.credits:
        if not same_outlet(c.name, name):
            return False
        if c.form == "trailer":
            block = article.blocks[c.block]
            if not _signed_off(block.text[: c.start] + block.text[c.end:]):
                return False  # "With inputs from Reuters": a client's credit, not the agency's sign-off
            signs.add(c.block)
        elif c.form not in ("dateline", "prefix", "suffix", "byline"):
            return False
    return all(b.kind in ("headline", "body", "byline") or b.index in signs or _agency_line(b, name)
               for b in article.blocks)
