"""The texts of a news beat: independent reports, press releases, agency copy and what clients do with it.

Each builder writes one :class:`Node` and says where its text came from (``sources``); the truth is
read off those links by :class:`~bench.beatdesk.ledger.Ledger`. Builders that reuse text (copies,
chains, updates, blends, releases pasted) always name the text reused; builders that only share
what a beat shares (quotations, names, figures, stock paragraphs, footers) name nothing.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from .dates import MONTHS, render
from .ledger import Ledger, Node
from .outlets import Agency, Outlet, person
from .pools import Pools
from .sources import Source
from .text import (
    apply_norm,
    attributed_quote,
    fact_variant,
    headline,
    lead_variant,
    light_reword,
    slug,
    speaker,
    swap_words,
    title_case,
)

__all__ = ["Beat", "Desk", "Event", "cap", "organisation"]

_SECTIONS = {"business": "business", "entertainment": "culture", "politics": "politics", "sport": "sport",
             "tech": "technology"}
_ORG = re.compile(
    r"\b(?:[A-Z][\w&'-]+ (?:of |for |and )?){0,4}(?:Bank|Ministry|Council|Office|Party|Association|Commission|"
    r"Federation|Union|Group|Inc|Corp|Ltd|plc|Club|Department|Authority|Agency|Board|Institute|Trust|Society|"
    r"Committee|League|Airways|Airlines|Motors|Records|Studios|Foundation|Service|Services|Organisation|Academy|"
    r"Corporation|Company|Fund|Court|Police|Festival|Awards|Museum|Theatre|Orchestra|Network|Channel|Studio|"
    r"Systems|Technologies|Telecom|Games|Championship|Council|Parliament|Assembly|Exchange|Institution)\b")
_ISSUERS = {"business": "the company", "politics": "the government", "sport": "the club", "tech": "the company",
            "entertainment": "the organisers"}
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady")
_ORG_LEAD = {"The", "But", "In", "A", "An", "And", "At", "On", "For", "It", "This", "That", "As", "If", "When"}


@dataclass
class Beat:
    """A run of events on one subject area that the same outlets cover."""

    key: str
    category: str
    outlets: list[Outlet]


@dataclass
class Event:
    """One event and what every outlet covering it knows: its quotations, facts, names, time and place."""

    key: str
    beat: Beat
    base: Source
    start: datetime
    city: str
    org: str
    org_kind: str
    quotes: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    #: statement paragraphs of the event's press release, when it has one
    statement: list[str] = field(default_factory=list)
    #: headlines and top lines already used on the event
    used: set[str] = field(default_factory=set)

    @property
    def name(self) -> str | None:
        return self.base.main_name

    @cached_property
    def names(self) -> frozenset[str]:
        """Words the base article capitalises mid-sentence: names, kept capitalised when moved."""
        text = " ".join(self.base.sentences)
        return frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][A-Za-z]+", text))

    @property
    def lead(self) -> str:
        return self.base.paragraphs[0][0]

    @cached_property
    def angles(self) -> list[str]:
        """Sentences a report may lead on: the first three without a quotation (different desks, different angles)."""
        plain = [s for p in self.base.paragraphs[:2] for s in p if '"' not in s]
        return plain[:3] or [self.lead]

    @cached_property
    def quoted(self) -> list[tuple[str, str]]:
        """The quotations whose speaker is named, with the name: material for a quote headline."""
        return [(who, q) for q in self.quotes if (who := speaker(q))]

    @property
    def weekday(self) -> str:
        return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[self.start.weekday()]

    @property
    def category(self) -> str:
        return self.beat.category


def cap(text: str) -> str:
    """``text`` with a capital first letter, for the start of a sentence."""
    return text[:1].upper() + text[1:]


def organisation(source: Source) -> tuple[str, str]:
    """Who an event's statement would come from, and what it is ("body", "person" or "generic"): the
    commonest organisation the article names, else its main name (a person's office), else a generic
    issuer for the topic ("the company", "the club")."""
    text = " ".join(source.sentences)
    found = Counter()
    for m in _ORG.finditer(text):
        words = m.group(0).split()
        while len(words) > 1 and words[0] in _ORG_LEAD:
            words = words[1:]
        if len(words) >= 2:
            found[" ".join(words)] += 1
    if found:
        return max(sorted(found), key=lambda k: found[k]), "body"
    name = source.main_name or ""
    if len(name.split()) >= 2:
        return (f"the office of {name}" if name.split()[0] in _TITLES else name), "person"
    return _ISSUERS.get(source.category, "the organisers"), "generic"


class Desk:
    """Everything one corpus is written with: the seed's ``rng``, the text pools, outlets and ledger."""

    def __init__(self, rng: random.Random, pools: Pools, outlets: list[Outlet], agencies: list[Agency]) -> None:
        self.rng = rng
        self.pools = pools
        self.outlets = outlets
        self.agencies = agencies
        self.ledger = Ledger()
        self.counts: Counter[str] = Counter()
        #: credit lines naming the outlet a copy was taken from (a later copier may swap them for its own)
        self.outlet_credits: set[str] = set()

    # -- shared pieces -------------------------------------------------------------------------

    def later(self, when: datetime, low: int, high: int) -> datetime:
        """A time ``low`` to ``high`` minutes after ``when``, mostly near the low end (copies come fast)."""
        span = high - low
        return when + timedelta(minutes=low + int(span * self.rng.random() ** 2))

    def stock(self, outlet: Outlet, beat: Beat) -> str | None:
        """The outlet's stock background paragraph for the beat (made once, then reused verbatim), if it has one."""
        if beat.key not in outlet.stock:
            share = 0.6 if outlet.is_agency else 0.5
            text = None
            if self.rng.random() < share:
                sentences = self.pools.prose(beat.category, self.rng.randint(2, 3))
                text = apply_norm(" ".join(sentences), outlet.norm) if sentences else None
            outlet.stock[beat.key] = text
        return outlet.stock[beat.key]

    def reporter(self, outlet: Outlet, beat: Beat) -> str:
        """The outlet's reporter on the beat: the same byline on all its stories of the beat."""
        if beat.key not in outlet.reporters:
            outlet.reporters[beat.key] = person(self.rng)
        return outlet.reporters[beat.key]

    def footers(self, outlet: Outlet) -> list[str]:
        """The outlet's footers as printed under one article (a page now and then drops one)."""
        lines = [line for line in outlet.footers if self.rng.random() < 0.9]
        self.counts["footer_lines"] += len(lines)
        return lines

    def url(self, outlet: Outlet, title: str, when: datetime, category: str) -> str:
        """The article's address in the outlet's URL scheme."""
        section, words = _SECTIONS.get(category, "news"), slug(title)
        if outlet.is_agency and outlet.domain == "reuters.com":
            return f"https://www.reuters.com/{section}/{words}-{when:%Y-%m-%d}/"
        if outlet.is_agency and outlet.domain == "apnews.com":
            return f"https://apnews.com/article/{words}-{self.rng.getrandbits(64):016x}"
        if outlet.url_style == "numeric":
            return f"https://www.{outlet.domain}/{section}/{words}-{self.rng.randint(1_000_000, 9_999_999)}"
        if outlet.url_style == "html":
            return f"https://www.{outlet.domain}/news/{section}/{words}.html"
        return f"https://www.{outlet.domain}/{section}/{when:%Y/%m/%d}/{words}"

    def add(self, node: Node, category: str, *, may_hide: bool = True) -> Node:
        """Date the node as its outlet prints it, give it an address, and write it in the ledger."""
        rng, outlet = self.rng, node.outlet
        if outlet is not None and node.url is None:
            node.url = self.url(outlet, node.title, node.when, category)
        if may_hide and rng.random() < 0.07:
            node.known = False  # scraped text with no address or outlet name, often no headline
            node.titled = rng.random() < 0.5
            self.counts["unknown_outlet"] += node.present
        style = "none"
        if outlet is not None and rng.random() < (0.3 if not node.known else 0.92):
            style = rng.choice(outlet.date_styles)
            node.published = render(node.when, style, outlet.zone)
        if node.present:
            self.counts[f"date_{style}"] += 1
            self.counts[node.kind] += 1
        else:
            self.counts[f"{node.kind}_absent"] += 1
        return self.ledger.add(node)

    def _prefix(self, agency: Agency, event: Event) -> str:
        local = event.start
        return self.rng.choice(agency.starts).format(CITY=event.city, City=event.city.title(),
                                                     date=f"{MONTHS[local.month - 1][:3]} {local.day}")

    def _tail(self, agency: Agency) -> list[str]:
        """The agency's signature under its own copy ("Reporting by ...; Editing by ...", desk initials)."""
        rng = self.rng
        form = rng.choice(agency.tails)
        if not form:
            return []
        marks = ["".join(rng.choice("abcdefghijklmnoprstvw") for _ in range(rng.randint(2, 3))) for _ in (0, 1)]
        return [form.format(a=person(rng), b=person(rng), i=marks[0], j=marks[1], I=marks[0].upper(),
                            J=marks[1].upper())]

    # -- press release ---------------------------------------------------------------------------

    def _about(self, org: str, category: str) -> str:
        """The "About" paragraph at the foot of a release, in the form its kind of body uses."""
        rng = self.rng
        year, people, places = rng.randint(1850, 2012), rng.randint(40, 900) * 100, rng.randint(3, 60)
        forms = {
            "business": f"{org}, founded in {year}, employs about {people:,} people in {places} countries and "
                        f"reported revenue of £{rng.randint(2, 90)}.{rng.randint(0, 9)}bn last year.",
            "politics": f"{org} was established in {year}. It publishes its decisions, minutes and spending "
                        f"figures on its website and answers to Parliament.",
            "sport": f"{org} was founded in {year} and runs the game at every level, from {places} professional "
                     f"clubs to more than {people:,} grassroots players.",
            "tech": f"{org}, founded in {year}, makes software and services used by more than {places} million "
                    f"people and employs {people:,} staff worldwide.",
            "entertainment": f"{org} was founded in {year} and has offices in London, New York and Los Angeles, "
                             f"working with more than {people:,} artists.",
        }
        return f"About {cap(org)}: " + forms.get(category, forms["business"])

    def release(self, event: Event, present: bool) -> Node:
        """A statement made from the event's quotations: a dated lead, two or three statement paragraphs
        (each a quotation with sentences of the body's own), an "About" paragraph and a media contact."""
        rng = self.rng
        org = event.org
        named = event.org_kind != "generic"
        words = slug(org.removeprefix("the office of "), 4) if named else slug(event.base.title, 2)
        site = Outlet(cap(org), words.replace("-", "") + rng.choice((".com", ".org", ".org.uk", ".gov.uk")),
                      "uk", "uk", ("written_uk_day", "iso_day", "iso_z"), "html")
        site.exposure = rng.choice(("both", "url", "outlet")) if named else "url"
        when = event.start
        lead = lead_variant(event.lead, rng, event.weekday, event.names)
        paragraphs = [f"{event.city.title()}, {when.day} {MONTHS[when.month - 1]} {when.year} — {lead}"]
        quotes = event.quotes[:4]
        groups = [quotes[: (len(quotes) + 1) // 2], quotes[(len(quotes) + 1) // 2 :]]
        for group in groups:
            if not group:
                continue
            own = self.pools.prose(event.category, rng.randint(1, 2))
            paragraphs.append(" ".join([*group, *own]))
        event.statement = paragraphs[1:]
        if event.org_kind == "body":
            paragraphs.append(self._about(org, event.category))
        title = rng.choice((f"Statement from {org} on {event.base.title[:1].lower()}{event.base.title[1:]}",
                            f"{cap(org)} statement: {event.base.title}", title_case(event.base.title)))
        node = Node("release", title, paragraphs, when, site, present=present, event=event.key,
                    furniture=[f"Media contact: Press Office, {org}, press@{site.domain}", "ENDS"])
        return self.add(node, event.category, may_hide=False)

    # -- an outlet's own report --------------------------------------------------------------------

    def _lead(self, event: Event, fresh: bool = False) -> str:
        """A top line no other report of the event has used word for word (reporters write their own);
        ``fresh`` for an update's new top, which leads on another angle than the story's first line."""
        angles = event.angles[1:] if fresh and len(event.angles) > 1 else event.angles
        for _ in range(8):
            angle = self.rng.choices(angles, weights=(3, 2, 1)[: len(angles)])[0]
            lead = lead_variant(angle, self.rng, event.weekday, event.names)
            if lead not in event.used:
                break
        event.used.add(lead)
        return lead

    def _headline(self, event: Event, norm: str, title: str | None = None) -> str:
        """A headline no other outlet on the event has used word for word."""
        for _ in range(8):
            text = headline(title or event.base.title, self.rng, quoted=event.quoted, norm=norm)
            if text not in event.used:
                break
        event.used.add(text)
        return text

    def _quote_paragraphs(self, event: Event, pasted: list[str]) -> list[str]:
        """One to three of the event's quotations as this report attributes them; none it pastes anyway."""
        rng = self.rng
        quotes = [q for q in event.quotes if not any(q in p for p in pasted)]
        if not quotes:
            return []
        picked = sorted(rng.sample(range(len(quotes)), rng.randint(1, min(3, len(quotes)))))
        return [attributed_quote(quotes[k], rng) for k in picked]

    def report(self, event: Event, outlet: Outlet, when: datetime, paste: list[str] | None = None,
               release: Node | None = None, present: bool = True) -> Node:
        """An outlet's own article on the event: its own lead and prose, one to three of the event's
        quotations verbatim, perhaps a fact or two reworded, its stock paragraph, its furniture; when
        ``paste`` is given, those release paragraphs verbatim as well (and the release is its source)."""
        rng, norm = self.rng, outlet.norm
        own = self.pools.prose(event.category, rng.randint(5, 9))
        own = [light_reword(s, rng, 0.25) for s in own]
        if len(own) > 3 and rng.random() < 0.6:
            k = rng.randrange(len(own) - 1)
            own[k], own[k + 1] = own[k + 1], own[k]
        first = self._lead(event)
        paragraphs = [" ".join([first, own.pop(0)]) if own and rng.random() < 0.4 else first]
        while own:
            size = rng.randint(1, 3)
            paragraphs.append(" ".join(own[:size]))
            own = own[size:]
        for quote in self._quote_paragraphs(event, paste or []):
            spot = rng.randint(1, len(paragraphs))
            if rng.random() < 0.6 or spot == len(paragraphs):
                paragraphs.insert(spot, quote)
            else:
                paragraphs[spot] = f"{paragraphs[spot]} {quote}"
        facts = rng.sample(event.facts, min(len(event.facts), rng.choice((0, 1, 1, 2))))
        for fact in facts:
            spot = rng.randint(1, len(paragraphs) - 1) if len(paragraphs) > 1 else 0
            paragraphs[spot] = f"{paragraphs[spot]} {fact_variant(fact, rng)}"
        paragraphs = [apply_norm(p, norm) for p in paragraphs]
        if paste:
            spot = rng.randint(2, len(paragraphs))
            intro = rng.choice((f"In a statement released on {event.weekday}, {event.org} said:",
                                f"{cap(event.org)} said in a statement:", None))
            paragraphs[spot:spot] = ([intro] if intro else []) + paste
            self.counts["pasted_paragraphs"] += len(paste)
        stock = self.stock(outlet, event.beat)
        if stock and rng.random() < 0.8:
            paragraphs.insert(max(1, len(paragraphs) - rng.randint(0, 1)), stock)
            self.counts["stock_paragraph_uses"] += 1
        title = self._headline(event, norm)
        node = Node("paster" if paste else "independent_report", title, paragraphs, when, outlet, event=event.key,
                    sources=[release] if release is not None else [], present=present)
        if isinstance(outlet, Agency):
            node.kind = "agency_report"
            node.agency, node.prefix = outlet, self._prefix(outlet, event)
            node.body[0] = node.prefix + node.body[0]
            node.credit = self._tail(outlet)
        else:
            if outlet.dateline and rng.random() < 0.7:
                node.body[0] = f"{event.city} — {node.body[0]}"
            node.byline = f"By {self.reporter(outlet, event.beat)}" if rng.random() < 0.75 else None
            node.furniture = self.footers(outlet)
        return self.add(node, event.category, may_hide=not isinstance(outlet, Agency))

    # -- agency copy and what clients do with it ---------------------------------------------------

    def wire(self, event: Event, agency: Agency, present: bool, release: Node | None) -> Node:
        """The agency's story: the base article itself, in the agency's spelling, under its dateline,
        with its stock paragraph and signature; it pastes a statement paragraph when ``release`` is given."""
        rng = self.rng
        pasted = rng.choice(event.statement) if release is not None and event.statement else None
        # a quotation the pasted paragraph carries is not told twice
        kept = [[s for s in p if pasted is None or s not in pasted] for p in event.base.paragraphs]
        paragraphs = [apply_norm(" ".join(p), agency.norm) for p in kept if p]
        prefix = self._prefix(agency, event)
        paragraphs[0] = prefix + paragraphs[0]
        if pasted is not None:
            spot = rng.randint(2, len(paragraphs))
            paragraphs[spot:spot] = [f"{cap(event.org)} said in a statement:", pasted]
            self.counts["pasted_paragraphs"] += 1
        stock = self.stock(agency, event.beat)
        if stock and rng.random() < 0.75:
            paragraphs.insert(len(paragraphs) - 1, stock)
            self.counts["stock_paragraph_uses"] += 1
        when = self.later(event.start, 10, 90)
        node = Node("wire", event.base.title, paragraphs, when, agency, present=present, event=event.key,
                    sources=[release] if release is not None else [], agency=agency, prefix=prefix,
                    credit=self._tail(agency))
        return self.add(node, event.category, may_hide=False)

    def _cut(self, body: list[str], keep_all: float) -> list[str]:
        """The paragraphs a client keeps: all, or the top of the story (cut from the bottom), maybe less one."""
        rng = self.rng
        n = len(body)
        if rng.random() >= keep_all and n > 2:
            body = body[: rng.randint(max(2, math.ceil(n * 0.4)), n)]
        if len(body) >= 5 and rng.random() < 0.2:
            body = body[:]
            del body[rng.randint(2, len(body) - 2)]
        return list(body)

    def _edit(self, body: list[str], outlet: Outlet) -> list[str]:
        """A few words swapped, and the house spelling applied (most desks run copy through it)."""
        rng = self.rng
        edits = rng.choice((0, 1, 1, 2, 3, 4))
        body = list(body)
        for _ in range(edits):
            k = rng.randrange(len(body))
            body[k] = swap_words(body[k], rng, 1)
        if rng.random() < 0.85:
            body = [apply_norm(p, outlet.norm) for p in body]
        return body

    def _local(self, event: Event, outlet: Outlet) -> str | None:
        """A paragraph a client adds for its own readers."""
        sentences = self.pools.prose(event.category, self.rng.randint(1, 2))
        return apply_norm(" ".join(sentences), outlet.norm) if sentences else None

    def wire_copy(self, event: Event, outlet: Outlet, source: Node, when: datetime) -> Node:
        """A client running agency copy (or a client's version of it): cut, a few words changed, house
        spelling, sometimes a local paragraph, the credit kept as a dateline, moved to the foot, or dropped."""
        rng = self.rng
        agency = source.agency
        body = self._edit(self._cut(source.body, 0.35), outlet)
        credit = list(source.credit)
        if isinstance(agency, Agency) and source.kind in ("wire", "wire_update", "agency_report"):
            if credit and rng.random() < 0.7:
                credit = []  # the agency's signature line
            roll = rng.random()
            dated = bool(source.prefix) and body[0].startswith(source.prefix)
            if dated and roll < 0.5:
                body[0] = cap(body[0][len(source.prefix) :])
                if roll < 0.4:
                    credit.append(rng.choice(agency.ends))  # the dateline moved to the foot
                else:
                    self.counts["uncredited_copies"] += 1
            elif not dated:  # copy without a dateline (PA's): a credit at the foot, or none
                if roll < 0.9:
                    credit.append(rng.choice(agency.ends))
                else:
                    self.counts["uncredited_copies"] += 1
        elif source.outlet is not None:
            if rng.random() < 0.6:
                credit = [c for c in credit if c not in self.outlet_credits]  # the last site's credit replaced
            if rng.random() < 0.5:
                line = rng.choice(("Via {X}", "Source: {X}", "Courtesy: {X}")).format(X=source.outlet.name)
                self.outlet_credits.add(line)
                credit.append(line)
        if rng.random() < 0.35:
            local = self._local(event, outlet)
            if local:
                body.insert(rng.randint(1, len(body)), local)
                self.counts["local_paragraphs"] += 1
        title = source.title if rng.random() < 0.4 else self._headline(event, outlet.norm)
        kind = "wire_copy" if source.kind in ("wire", "wire_update") else (
            "agency_report_copy" if source.kind == "agency_report" else "chain_copy")
        byline = rng.choice((None, None, f"By {agency.short}" if isinstance(agency, Agency) else None,
                             f"{outlet.name} Staff"))
        furniture = self.footers(outlet)
        if outlet.syndication_note and rng.random() < 0.6:
            furniture.insert(0, outlet.syndication_note)
            self.counts["syndication_notes"] += 1
        node = Node(kind, title, body, when, outlet, sources=[source], byline=byline, credit=credit,
                    furniture=furniture, event=event.key, agency=agency, prefix=source.prefix)
        return self.add(node, event.category)

    def credited_copy(self, event: Event, outlet: Outlet, source: Node, when: datetime) -> Node:
        """An outlet running another outlet's own report, with a credit to it."""
        rng = self.rng
        assert source.outlet is not None
        body = self._edit(self._cut(source.body, 0.5), outlet)
        name = source.outlet.name
        credit = list(source.credit)
        form = rng.random()
        if form < 0.25 and " — " not in body[0][:40]:
            body[0] = f"({name}) — {body[0]}"
        else:
            credit.append(rng.choice((f"This article was originally published by {name}.",
                                      f"This story first appeared on {name} and is republished with permission.",
                                      f"Source: {name}", f"As first reported by {name}.")))
        title = source.title if rng.random() < 0.5 else self._headline(event, outlet.norm)
        kind = "credited_copy" if source.kind in ("independent_report", "paster", "update") else "chain_copy"
        node = Node(kind, title, body, when, outlet, sources=[source], credit=credit,
                    furniture=self.footers(outlet), event=event.key, agency=source.agency, prefix=source.prefix,
                    byline=rng.choice((None, f"{name} staff")))
        return self.add(node, event.category)

    def update(self, event: Event, earlier: Node, when: datetime) -> Node:
        """The same outlet's later version of its own article: a new top, the rest kept."""
        rng = self.rng
        outlet = earlier.outlet
        assert outlet is not None
        top_line = [self._lead(event, fresh=True)]
        if event.facts and rng.random() < 0.5:
            top_line.append(fact_variant(rng.choice(event.facts), rng))
        if rng.random() < 0.4:
            top_line += self.pools.prose(event.category, 1)  # a new detail
        top = [apply_norm(" ".join(top_line), outlet.norm)]
        unused = [q for q in event.quotes if q not in earlier.text()]
        if unused and rng.random() < 0.5:
            top.append(apply_norm(attributed_quote(rng.choice(unused), rng), outlet.norm))
        body = list(earlier.body)
        prefix = earlier.prefix if earlier.prefix and body[0].startswith(earlier.prefix) else ""
        if prefix and top:
            body[0] = body[0][len(prefix) :]
            top[0] = prefix + top[0]
        if earlier.agency is outlet and rng.random() < 0.7:
            title = f"UPDATE 1-{earlier.title}"
        elif rng.random() < 0.5:
            title = self._headline(event, outlet.norm)
        else:
            title = earlier.title
        furniture = list(earlier.furniture)
        if rng.random() < 0.5 and not outlet.is_agency:
            note = rng.choice(("further details", "comment from officials", "reaction", "new figures"))
            furniture.insert(0, f"This article was updated at {when:%H:%M} GMT with {note}.")
        kind = "wire_update" if earlier.kind == "wire" else "update"
        node = Node(kind, title, top + body, when, outlet, sources=[earlier], byline=earlier.byline,
                    credit=list(earlier.credit), furniture=furniture, url=earlier.url, event=event.key,
                    agency=earlier.agency, prefix=earlier.prefix)
        return self.add(node, event.category, may_hide=False)

    def blend(self, event: Event, outlet: Outlet, first: Node, second: Node, when: datetime) -> Node:
        """A desk's story put together from two agencies' copy, crediting both."""
        rng = self.rng
        a, b = list(first.body), list(second.body)
        if first.prefix and a[0].startswith(first.prefix):
            a[0] = a[0][len(first.prefix) :]
        quoted = [p for p in b[1:] if '"' in p] or b[1:2]
        body = a[:2] + quoted[: rng.randint(1, 2)] + a[2 : rng.randint(3, max(3, len(a)))]
        body = [apply_norm(p, outlet.norm) for p in body]
        names = f"{first.agency.short} and {second.agency.short}" if isinstance(first.agency, Agency) and \
            isinstance(second.agency, Agency) else "agencies"
        credit = [rng.choice((f"With inputs from {names}", f"{names} contributed to this report."))]
        title = self._headline(event, outlet.norm)
        node = Node("blend", title, body, when, outlet, sources=[first, second], credit=credit,
                    furniture=self.footers(outlet), event=event.key,
                    byline=f"By {self.reporter(outlet, event.beat)}")
        return self.add(node, event.category)

    # -- padding ---------------------------------------------------------------------------------

    def filler(self, outlet: Outlet, when: datetime) -> Node | None:
        """A story on some other event, by one outlet, with its furniture."""
        rng = self.rng
        source = self.pools.filler(rng)
        if source is None:
            return None
        body = [apply_norm(" ".join(p), outlet.norm) for p in source.paragraphs]
        title = apply_norm(source.title, outlet.norm)
        title = title_case(title) if outlet.norm == "us" else title
        category = source.category if source.category in _SECTIONS else "business"
        node = Node("filler", title, body, when, outlet, furniture=self.footers(outlet),
                    byline=f"By {person(rng)}" if rng.random() < 0.6 else None)
        return self.add(node, category)
