"""The generator's working state: story nodes (present pages and absent wire stories) and the desk
that hands out randomness, text, story keys, staff names and publication times.

A node is one version of a story as one outlet ran it. Its content is the story proper (paragraphs)
plus what travels with it when others copy it: the dateline before the first paragraph, a credit
stuck to the last paragraph, credit and sign-off lines after it, the byline. Furniture (an outlet's
header and footer) is not content; :mod:`render` adds it. A node that is not ``present`` is a story
nobody saved (an agency's wire copy): its clients name it only through the truth's ``absent`` list.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from . import dates
from .outlets import AGENCIES, OUTLETS, Agency, Outlet
from .people import roster
from .sources import Pool, Source

__all__ = ["Desk", "Node"]


@dataclass(eq=False)
class Node:
    """One version of a story on one outlet (or one wire story nobody saved)."""

    nid: int
    story: str
    kind: str
    outlet: Outlet | None  # None for an absent story of an agency without pages, or of an unnamed feed
    title: str
    body: list[str]
    when: datetime
    origin: str  # text collection, for donors of the same desk
    topic: str
    lead: str = ""
    suffix: str = ""
    tail: list[str] = field(default_factory=list)
    byline: str | None = None
    note: str = ""  # an agency update's "(Adds ...)" line
    parents: list[Node] = field(default_factory=list)
    main: Node | None = None
    present: bool = True
    agency: str | None = None  # the agency whose story this is
    truth_name: str | None = None  # the name the truth gives this node when it is an absent source
    owner: str | None = None  # the outlet whose story this is, when not an agency's
    place: str | None = None
    country: str | None = None
    spelling: str = "us"
    group: str = ""  # the case the node was made for, for the counts
    bundle: bool = False  # a roundup or digest page: never a source itself
    rid: str = ""  # the record id, once the page is rendered
    doc: str = ""  # the real text a node made from a base story was built from ("bbc:..." or "reuters:...")


class Desk:
    """Randomness, text and bookkeeping for one corpus. Every random choice of the build comes from
    ``rng`` (seeded ``bulletin-{seed}``) or from generators seeded by it."""

    START = datetime(2023, 3, 1)
    SPAN_DAYS = 700

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"bulletin-{seed}")
        self.pool = Pool(random.Random(self.rng.getrandbits(64)))
        self.render_rng = random.Random(self.rng.getrandbits(64))
        self.nodes: list[Node] = []
        self._stories = 0
        self._pages = 0
        self._staff: dict[str, list[str]] = {}
        # Quotations planted on purpose in independent reports (each report attributes it in its own
        # words): shared text between unrelated stories that the truth means not to record.
        self.planted: list[str] = []

    # --- stories and nodes -------------------------------------------------------------------------
    def story_key(self) -> str:
        """A new story key."""
        self._stories += 1
        return f"story-{self._stories:05d}"

    def add(self, **fields: object) -> Node:
        """A new node, appended to the corpus (present or absent)."""
        node = Node(nid=len(self.nodes), **fields)  # type: ignore[arg-type]
        if node.main is None and node.parents:
            node.main = node.parents[0]
        self.nodes.append(node)
        self._pages += node.present
        return node

    def present(self) -> int:
        """How many pages the corpus holds so far."""
        return self._pages

    def base(self, source: Source, outlet: Outlet | None, kind: str, group: str, when: datetime | None = None,
             story: str | None = None, present: bool = True, agency: str | None = None) -> Node:
        """A node that runs ``source`` as it is: an original story."""
        spelling = outlet.spelling if outlet else ("uk" if source.origin == "bbc" else "us")
        return self.add(story=story or self.story_key(), kind=kind, outlet=outlet, title=source.title,
                        body=list(source.paras), when=when or self.first_time(), origin=source.origin,
                        topic=source.topic, present=present, agency=agency,
                        owner=None if agency or outlet is None else outlet.name, place=source.place,
                        country=source.country, spelling=spelling, group=group, doc=source.doc)

    # --- outlets and people ------------------------------------------------------------------------
    def outlets(self, *, network: str | None = None, agency: str | None = None, exclude: tuple[Outlet, ...] = (),
                regions: tuple[str, ...] = ()) -> list[Outlet]:
        """Outlets that are not agency sites, optionally those of one ``network`` or those that take
        ``agency``, in a fixed order. Sister sites, which also have a case of their own, are left out of
        half of the general draws so that they do not crowd out the other outlets."""
        out = []
        sisters = network is not None or self.rng.random() < 0.5
        for o in OUTLETS.values():
            if o.agency or o in exclude:
                continue
            if network is not None and o.network != network:
                continue
            if o.network and not sisters:
                continue
            if agency and agency not in o.agencies:
                continue
            if regions and o.region not in regions:
                continue
            out.append(o)
        return out

    def outlet(self, **kw: object) -> Outlet:
        """One outlet as :meth:`outlets` selects them (sister sites included at their share)."""
        return self.rng.choice(self.outlets(**kw))  # type: ignore[arg-type]

    def agency(self, *, with_site: bool | None = None, origin: str | None = None) -> Agency:
        """An agency, weighted as their reach in the wild (AP, Reuters and AFP the most)."""
        weights = {"AP": 5, "Reuters": 6, "AFP": 5, "PA": 3, "dpa": 2, "ANI": 2, "PTI": 3, "Xinhua": 2, "Kyodo": 2,
                   "EFE": 2, "Yonhap": 1, "AAP": 2}
        keys = [k for k in weights if with_site is None or (AGENCIES[k].site is not None) == with_site]
        if origin:
            keys = [k for k in keys if AGENCIES[k].origin == origin] or keys
        return AGENCIES[self.rng.choices(keys, [weights[k] for k in keys])[0]]

    def staff(self, outlet: Outlet) -> list[str]:
        """An outlet's reporters (a fixed roster per corpus)."""
        if outlet.key not in self._staff:
            region = {"in": "in", "eu": "de", "asia": "jp"}.get(outlet.region, "en")
            if outlet.agency in ("Xinhua",):
                region = "cn"
            elif outlet.agency in ("Yonhap",):
                region = "kr"
            elif outlet.agency in ("EFE",):
                region = "es"
            self._staff[outlet.key] = roster(self.rng, region, 7)
        return self._staff[outlet.key]

    def wire_staff(self, agency: Agency) -> list[str]:
        """An agency's reporters and editors (its site's roster when it has a site)."""
        if agency.site is not None:
            return self.staff(agency.site)
        key = f"wire:{agency.key}"
        if key not in self._staff:
            region = {"eu": "de", "in": "in", "asia": "jp"}.get(agency.region, "en")
            self._staff[key] = roster(self.rng, region, 7)
        return self._staff[key]

    # --- time -------------------------------------------------------------------------------------
    def first_time(self) -> datetime:
        """A story's first publication, spread over two years, mostly in working hours (UTC)."""
        day = self.START + timedelta(days=self.rng.randrange(self.SPAN_DAYS))
        hour = self.rng.choices(range(24), [1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 6, 6, 5, 4, 3, 2, 2, 1])[0]
        return day + timedelta(hours=hour, minutes=self.rng.randrange(60), seconds=self.rng.randrange(60))

    def lag(self, kind: str) -> timedelta:
        """How long after its source a page of a kind appears."""
        r = self.rng.random()
        if kind == "wire":
            minutes = (self.rng.uniform(8, 360) if r < 0.7 else self.rng.uniform(360, 1800) if r < 0.95
                       else self.rng.uniform(1800, 4320))
        elif kind == "update":
            minutes = self.rng.uniform(30, 300)
        elif kind == "network":
            minutes = self.rng.uniform(20, 600) if r < 0.7 else self.rng.uniform(600, 2880)
        elif kind == "column":
            minutes = self.rng.uniform(600, 20160)
        elif kind == "earlier":
            minutes = -self.rng.uniform(1440, 30 * 1440)
        else:  # later: roundups, digests, mixes
            minutes = self.rng.uniform(60, 1200) if r < 0.8 else self.rng.uniform(1200, 5760)
        return timedelta(minutes=minutes)

    def after(self, parents: list[Node], outlet: Outlet | None, kind: str = "wire") -> datetime:
        """A time for a page derived from ``parents``: after each of them, both as instants and as the
        wall-clock times the two outlets print."""
        t = max(p.when for p in parents) + self.lag(kind)
        if outlet is None:
            return t
        for _ in range(3):
            for p in parents:
                if p.outlet is None:
                    continue
                mine = dates.shown(outlet.date_style, outlet.zone, t)
                theirs = dates.shown(p.outlet.date_style, p.outlet.zone, p.when)
                if mine < theirs:
                    t += theirs - mine + timedelta(minutes=self.rng.randrange(1, 40))
        return t
