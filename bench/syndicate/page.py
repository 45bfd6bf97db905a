"""An article as a copy editor sees it (:class:`Draft`) and as a reader's browser shows it (:func:`render`).

A draft is the part of a page that travels when the page is copied: headline, byline and credit lines,
the dateline, the body, and the lines under it. The outlet's furniture (navigation, date line, "Related"
links, newsletter pitch, share prompt, copyright) is laid around the draft when the page is rendered; a
scraper that copies a page may take some of that furniture with it, and then it becomes part of its draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Draft", "Furniture", "render"]


@dataclass
class Draft:
    """The copyable part of an article."""

    headline: str
    paras: list[str]
    top: list[str] = field(default_factory=list)
    dateline: str = ""
    tail: list[str] = field(default_factory=list)

    def clone(self) -> Draft:
        """An independent copy, so that edits to a child never touch its parent."""
        return Draft(self.headline, list(self.paras), list(self.top), self.dateline, list(self.tail))

    def body(self) -> list[str]:
        """The body paragraphs with the dateline put in front of the first."""
        if not self.paras:
            return []
        return [self.dateline + self.paras[0], *self.paras[1:]]


@dataclass
class Furniture:
    """An outlet's page furniture around one article."""

    head: list[str] = field(default_factory=list)
    under_byline: list[str] = field(default_factory=list)
    inline: list[tuple[int, str]] = field(default_factory=list)
    foot: list[str] = field(default_factory=list)


def render(draft: Draft, furniture: Furniture, show_headline: bool) -> str:
    """The page's text: paragraphs separated by a blank line, furniture in its places."""
    blocks: list[str] = list(furniture.head)
    if show_headline and draft.headline:
        blocks.append(draft.headline)
    blocks += draft.top + furniture.under_byline
    inline: dict[int, list[str]] = {}
    for after, line in furniture.inline:
        inline.setdefault(after, []).append(line)
    for i, para in enumerate(draft.body()):
        blocks.append(para)
        blocks += inline.get(i, [])
    blocks += draft.tail + furniture.foot
    return "\n\n".join(b for b in blocks if b.strip())
