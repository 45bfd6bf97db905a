"""Whether a page is a press release: an organisation's own statement, which news copies.

A release is laid out by conventions that newsrooms and wire desks share and news stories do not
use: a line saying it is for immediate release, a closing mark ("ENDS", "###", "-30-"), notes to
editors, a contact for the media, and a closing paragraph about the organisation ("About Acme: Acme
was founded in ..."). One of them alone may stand in a story (a story about a company can open a
paragraph with "About Acme"), so a page is read as a release when it shows two different ones.

A release is where a story's text began: news takes its paragraphs, and no release takes a
newspaper's. None of the 27,000 articles of BBC News, METER, Reuters-21578 and BBC News Summary
shows two of the marks (METER's agency copy closes with "ENDS").
"""

from __future__ import annotations

import re

from ..models import Article

__all__ = ["press_release"]

#: Each mark of a release by its kind, matched against a whole block (white space folded).
_MARKS = {
    "closing": re.compile(r"(?:-\s*)?(?:ends|###|-30-|# # #)(?:\s*-)?", re.IGNORECASE),
    "embargo": re.compile(r"for immediate release\b.{0,80}|embargoed (?:until|till)\b.{0,80}", re.IGNORECASE),
    "editors": re.compile(r"notes? (?:to|for) editors?\b.*", re.IGNORECASE),
    "contact": re.compile(
        r"(?:(?:media|press|news) (?:contacts?|enquiries|inquiries|relations)|for (?:media|press|further) "
        r"(?:enquiries|inquiries|information)|contact)\s*[:|—–-].*",
        re.IGNORECASE,
    ),
    # "About Acme:" or "About Acme Ltd: Acme is ..." or "About Acme" then "Acme was founded ...".
    "about": re.compile(r"About (?:the )?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,5}\s*(?::.*|$)"),
}


def _kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _MARKS.items() if pattern.fullmatch(text)}


def press_release(article: Article) -> bool:
    """Whether the article's page shows two different marks of a press release (see the module).

    >>> from provenance.reading.load import load
    >>> from provenance.article.segment import segment
    >>> def page(*blocks):
    ...     return segment(load([{"id": "p", "text": "\\n\\n".join(blocks)}])[0])
    >>> news = ("Acme opens a plant", "Acme said on Monday it will open a plant.")
    >>> press_release(page(*news, "About Acme: Acme makes tools.", "Media contact: press@acme.example", "ENDS"))
    True
    >>> press_release(page(*news, "About 300 people will work there.", "ENDS"))
    False
    """
    found: set[str] = set()
    for block in article.blocks:
        found |= _kinds(block.text.strip())
        if len(found) >= 2:
            return True
    return False
