"""Headline tags: the site name an outlet ends its headlines with, found on another outlet's copy.

Outlets end their page titles with a tag naming themselves ("... - BBC News", "... | Reuters",
"... - GMT News" for Global Markets Today). A page that copies another's text often copies its
headline whole, tag and all: a page of another outlet whose headline ends with the tag naming the
other's outlet carried it over, as it would a footer signed with that name. A tail that names no
outlet ("- report", "| Latest news", "— what we know") is a habit of many, and says nothing.
"""

from __future__ import annotations

import re

from ..article.outlets import mentions, outlet_key, same_outlet
from ..models import Article, Evidence
from .credit_signals import UNWEIGHED

__all__ = ["headline_tag", "tag_names_outlet", "title_tag"]

#: A tag follows the headline after a spaced dash or bar: "Headline - Site", "Headline | Site".
_SEPARATOR = re.compile(r"\s+[-|–—]\s+")
#: A tag is a name: at most this many words ...
TAG_WORDS = 5
#: ... after a headline of at least this many.
HEADLINE_WORDS = 3
#: Words left out of a name's initials ("The Daily Ledger": "DL").
_MINOR = frozenset({"the", "of", "and", "for", "a", "an", "on", "in", "at", "&"})


def title_tag(title: str | None) -> str | None:
    """The tag a title ends with ("BBC News" for "Rates rise again - BBC News"), or None.

    >>> title_tag("Rates rise again in March | The Daily Ledger")
    'The Daily Ledger'
    >>> title_tag("Rates rise again in March") is None
    True
    """
    if not title:
        return None
    parts = _SEPARATOR.split(title.strip())
    if len(parts) < 2:
        return None
    tag, head = parts[-1].strip(), " ".join(parts[:-1])
    if not 0 < len(tag.split()) <= TAG_WORDS or len(head.split()) < HEADLINE_WORDS:
        return None
    return tag


def tag_names_outlet(tag: str, outlet: str | None) -> bool:
    """Whether a tag names an outlet: its name ("BBC News" for BBC, "AP News" for the Associated
    Press), within the tag ("Reuters UK"), or its initials ("GMT News" for Global Markets Today).

    >>> tag_names_outlet("GMT News", "Global Markets Today"), tag_names_outlet("Latest news", "Global Markets Today")
    (True, False)
    """
    if not outlet:
        return False
    if same_outlet(tag, outlet) or mentions(tag, outlet):
        return True
    initials = "".join(w[0] for w in re.findall(r"[\w&]+", outlet.lower()) if w not in _MINOR)
    return len(initials) >= 2 and outlet_key(tag) == initials


def headline_tag(x: Article, y: Article) -> Evidence | None:
    """Evidence that one article's headline carries the tag naming the other's outlet, which the other
    prints on its own headline too; None when neither does. The carrier must be of another outlet,
    known (a page of unknown outlet under a site's tag may be that site's own) and not named by the
    tag (two outlets of one group may share a name)."""
    tag, theirs = title_tag(x.title), title_tag(y.title)
    if tag is None or theirs is None or tag.casefold() != theirs.casefold():
        return None
    if not x.outlet or not y.outlet or same_outlet(x.outlet, y.outlet):
        return None
    for owner, other in ((x, y), (y, x)):
        if tag_names_outlet(tag, owner.outlet) and not tag_names_outlet(tag, other.outlet):
            return Evidence(
                signal="furniture", favours=other.id, weight=UNWEIGHED,
                detail=f"{other.id}'s headline ends with the tag of {owner.id}'s outlet ({owner.outlet}): "
                       f"{other.title!r}",
            )
    return None
