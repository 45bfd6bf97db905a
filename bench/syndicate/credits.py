"""Credits: the many ways (or none) a page says where its text came from.

An agency's client may print the agency as the byline ("Reuters", "By AFP"), put it at the foot
("Source: AP", "With inputs from PTI", "(c) Reuters 2024"), add the syndicated-feed disclaimer Indian
portals use, or say nothing at all. An outlet copying another outlet writes "originally published by",
"X reported", "via X", a prefix "X –", a Creative Commons notice, a "Read more at" link, or nothing.
"""

from __future__ import annotations

import random

from .agencies import Agency
from .outlets import Outlet
from .page import Draft
from .text import decap_first, sentences

__all__ = ["credit_agency", "credit_mix", "credit_outlet", "own_byline"]


def _agency_name(agency: Agency, rng: random.Random) -> str:
    return rng.choice((agency.short, agency.short, agency.name, *agency.variants))


def credit_agency(draft: Draft, form: str, agency: Agency, outlet: Outlet, year: int, rng: random.Random) -> None:
    """Credit ``agency`` on ``outlet``'s page in the given ``form`` (see ``outlets._CREDITS``)."""
    name = _agency_name(agency, rng)
    if form == "agency_byline":
        draft.top = [name]
    elif form == "by_agency":
        draft.top = [f"By {name}"]
    elif form == "keep_byline":
        if not any(agency.short in line or agency.name in line for line in draft.top):
            draft.top = [*draft.top, agency.name]
    elif form == "staff_agencies":
        draft.top = [rng.choice(("Staff and agencies", f"{outlet.name} staff and agencies", "Agencies"))]
    elif form == "source":
        draft.tail.append(f"Source: {name}")
    elif form == "inputs":
        draft.tail.append(rng.choice((f"(With inputs from {agency.short})", f"With inputs from {agency.short}",
                                      "(With inputs from agencies)", f"-- with inputs from {agency.short}")))
    elif form == "copyright":
        if agency.key == "ap" and rng.random() < 0.6:
            draft.tail.append(f"Copyright {year} The Associated Press. All rights reserved. This material may not "
                              "be published, broadcast, rewritten or redistributed without permission.")
        else:
            draft.tail.append(rng.choice((f"(c) {agency.short} {year}", f"© {year} {agency.name}",
                                          f"Copyright {year} {agency.name}. All rights reserved.")))
    elif form == "feed":
        draft.tail.append(rng.choice((
            f"(This story has not been edited by {outlet.name} staff and is auto-generated from a syndicated feed.)",
            f"This story has not been edited by {outlet.name} staff and is published from a syndicated feed.",
        )))
    elif form == "headline_only":
        draft.tail.append(f"(Only the headline of this report may have been reworked by {outlet.name} staff; "
                          "the rest of the content is auto-generated from a syndicated feed.)")
    elif form == "additional":
        draft.tail.append(f"Additional reporting by {agency.short}")
    elif form == "dash":
        draft.tail.append(f"{outlet.dash} {agency.short}")


def _outlet_name(outlet: Outlet, rng: random.Random) -> str:
    return rng.choice((outlet.name, outlet.name, *outlet.variants))


def credit_outlet(draft: Draft, form: str, source: Outlet, copier: Outlet, rng: random.Random) -> None:
    """Credit the outlet ``source`` whose page ``copier`` took, in the given ``form``."""
    name = _outlet_name(source, rng)
    if form == "originally":
        draft.tail.append(rng.choice((f"This article was originally published by {name}.",
                                      f"This article originally appeared on {source.domain}.",
                                      f"First published on {name}.", f"Originally published at {source.domain}")))
    elif form == "reported" and draft.paras:
        reported_in(draft, name, rng)
    elif form == "via":
        line = rng.choice((f"via {name}", f"(via {source.domain})", f"Via: {name}"))
        if rng.random() < 0.5:
            draft.top = [*draft.top, line]
        else:
            draft.tail.append(line)
    elif form == "prefix":
        draft.dateline = f"{name} {copier.dash} " + draft.dateline
    elif form == "republished":
        draft.tail.append(rng.choice((
            f"This article is republished from {name} under a Creative Commons license. Read the original article.",
            f"Republished with permission from {name}.")))
    elif form == "source":
        draft.tail.append(rng.choice((f"Source: {name}", f"Source: {source.domain}")))
    elif form == "read_original":
        draft.tail.append(rng.choice((f"Read the full story at {source.domain}", f"Read more at {name}",
                                      f"Continue reading at {name}")))


def reported_in(draft: Draft, name: str, rng: random.Random) -> None:
    """Attribute the lead to ``name``: "..., the Ledger reported." or "According to the Ledger, ..."."""
    sents = sentences(draft.paras[0])
    if not sents:
        return
    first = sents[0]
    if rng.random() < 0.5 and first.endswith("."):
        first = f"{first[:-1]}, {name} reported."
    else:
        first = f"According to {name}, {decap_first(first)}"
    draft.paras[0] = " ".join([first, *sents[1:]])


def credit_mix(draft: Draft, names: list[str], rng: random.Random) -> str:
    """Credit the sources of a mixed article: both, one, or "agencies"; returns the form used."""
    form = rng.choice(("both", "one", "agencies", "none"))
    if form == "both" and len(names) > 1:
        draft.tail.append(rng.choice((f"{names[0]} and {names[1]} contributed to this report.",
                                      f"(With inputs from {names[0]} and {names[1]})",
                                      f"Additional reporting by {names[1]}")))
    elif form in ("one", "both"):
        draft.tail.append(rng.choice((f"With inputs from {names[0]}", f"Source: {names[0]}",
                                      f"{names[0]} contributed to this report.")))
    elif form == "agencies":
        draft.tail.append(rng.choice(("(With agency inputs)", "With inputs from agencies", "Agencies contributed.")))
    return form


_ROLES = ("Staff Writer", "Business Reporter", "Political Correspondent", "Senior Reporter", "News Editor",
          "Correspondent")


def own_byline(outlet: Outlet, who: str, rng: random.Random) -> list[str]:
    """The outlet's own byline for a staff report."""
    style = outlet.byline_style
    if style == "role":
        return [f"{who}, {rng.choice(_ROLES)}"]
    if style == "pipe":
        return [f"{who} | {outlet.name}"]
    if style == "written":
        return [f"Written by {who}"]
    if style == "upper":
        return [who.upper()]
    return [f"By {who}"]
