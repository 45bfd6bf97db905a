"""The beatdesk corpus: beats of events, each covered by many outlets, most of them not copying.

A corpus is a run of beats (a subject area that one set of outlets follows for a few weeks). Each
beat has a few events; each event has a plan drawn from the seed (how many outlets report it
themselves, whether there is a press release and whether it was crawled, whether an agency moved a
story and which clients ran it, copies of copies, a second agency, credited copies, updates), cut
to the articles still wanted. Unrelated filler stories pad the corpus to the size asked for.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from bench.genealogy import Truth

from .cases import Beat, Desk, Event, organisation
from .ledger import Node
from .outlets import Outlet, desk
from .pools import CATEGORIES, Pools

__all__ = ["KINDS", "corpus"]

#: the kinds of article the family writes, in the order the metadata lists them
KINDS = ("independent_report", "paster", "release", "wire", "wire_update", "wire_copy", "chain_copy",
         "agency_report", "agency_report_copy", "credited_copy", "update", "blend", "filler")
CITIES = ("LONDON", "NEW YORK", "WASHINGTON", "BRUSSELS", "PARIS", "BERLIN", "TOKYO", "NEW DELHI", "SYDNEY",
          "MANCHESTER", "EDINBURGH", "GENEVA", "SAN FRANCISCO", "DUBLIN", "SINGAPORE", "MUMBAI", "FRANKFURT")
#: outlets that cover one subject only
SPECIALISTS = {"Touchline Weekly": "sport", "Screen and Stage": "entertainment", "Techline Today": "tech",
               "The Market Monitor": "business", "Bharat Business Line": "business",
               "Gulf Business Today": "business", "The Policy Desk": "politics"}
FILLER_SHARE = 0.1
EPOCH = datetime(2024, 1, 8, tzinfo=timezone.utc)
WINDOW_DAYS = 640


@dataclass
class Plan:
    """How one event is covered. ``release``, ``wire`` and ``other`` are None, "present" or "absent"."""

    reports: int
    release: str | None = None
    pasters: int = 0
    wire: str | None = None
    wire_update: bool = False
    wire_pastes: bool = False
    copies: int = 0
    chains: list[int] = field(default_factory=list)
    other: str | None = None
    other_copies: int = 0
    blend: bool = False
    credited: int = 0
    credited_chain: bool = False
    updates: int = 0

    def size(self) -> int:
        """Articles the plan puts in the corpus."""
        return (self.reports + (self.release == "present") + (self.wire == "present") + self.wire_update
                + self.copies + sum(self.chains) + (self.other == "present") + self.other_copies + self.blend
                + self.credited + self.credited_chain + self.updates)

    def _cuts(self) -> list[Callable[[], bool]]:
        """Ways to make the plan smaller, the least essential first; each says whether it applied."""

        def chains() -> bool:
            return bool(self.chains) and bool(self.chains.pop())

        def updates() -> bool:
            self.updates -= self.updates > 0
            return True

        def blend() -> bool:
            self.blend = False
            return True

        def credited() -> bool:
            if self.credited_chain:
                self.credited_chain = False
            else:
                self.credited = 0
            return True

        def other() -> bool:
            self.other, self.other_copies, self.blend = None, 0, False
            return True

        def wire() -> bool:
            if self.copies > 2:
                self.copies -= 1
            else:
                self.wire, self.copies, self.chains, self.wire_update, self.wire_pastes = None, 0, [], False, False
                self.blend = False
            return True

        def release() -> bool:
            self.release, self.pasters, self.wire_pastes = None, 0, False
            return True

        def reports() -> bool:
            if self.reports <= 2:
                return False
            self.reports -= 1
            self.pasters = min(self.pasters, self.reports)
            return True

        return [f for f, wanted in ((chains, self.chains), (updates, self.updates),
                                    (blend, self.blend), (credited, self.credited),
                                    (other, self.other), (wire, self.wire),
                                    (release, self.release), (reports, self.reports > 2)) if wanted]

    def fit(self, budget: int) -> bool:
        """Cut the plan to at most ``budget`` articles; False when even the smallest plan is too big."""
        while self.size() > budget:
            cuts = self._cuts()
            if not cuts or not cuts[0]():
                return False
        return True


def draw_plan(rng: random.Random) -> Plan:
    """One event's coverage as it tends to go on a beat."""
    plan = Plan(reports=rng.choice((2, 3, 3, 4, 4, 5, 5, 6, 7)))
    if rng.random() < 0.35:
        plan.release = "present" if rng.random() < 0.5 else "absent"
        plan.pasters = min(plan.reports, rng.randint(2, 3))
    if rng.random() < 0.5:
        plan.wire = "present" if rng.random() < 0.6 else "absent"
        plan.wire_update = rng.random() < 0.2
        plan.wire_pastes = plan.release is not None and rng.random() < 0.3
        plan.copies = rng.randint(1, 3) if plan.wire == "present" else rng.randint(2, 3)
        plan.chains = [rng.choice((1, 1, 2)) for _ in range(rng.choice((0, 0, 0, 0, 0, 1, 1, 2)))]
    if rng.random() < 0.15:
        plan.other = "present" if rng.random() < 0.7 else "absent"
        plan.other_copies = rng.randint(0, 2) if plan.other == "present" else rng.randint(2, 3)
        plan.blend = plan.other == "present" and plan.wire == "present" and rng.random() < 0.5
    if rng.random() < 0.3:
        plan.credited = 1
        plan.credited_chain = rng.random() < 0.25
    plan.updates = (rng.random() < 0.25) + (rng.random() < 0.05)
    return plan


class Beatdesk:
    """Writes the beats, events and fillers of one corpus into a :class:`Desk`."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        outlets, agencies = desk(self.rng, EPOCH.year + 1)
        self.desk = Desk(self.rng, Pools(self.rng), outlets, agencies)
        self.beats = 0
        self.events = 0

    def _pick(self, pool: list[Outlet], taken: set[str]) -> Outlet:
        """An outlet of ``pool`` not yet on this event (any of the pool when all are)."""
        free = [o for o in pool if o.name not in taken] or pool
        outlet = self.rng.choice(free)
        taken.add(outlet.name)
        return outlet

    def _any(self, event: Event) -> list[Outlet]:
        """Outlets that may run a story of the event's topic: all but specialists of other topics."""
        return [o for o in self.desk.outlets if SPECIALISTS.get(o.name, event.category) == event.category]

    def _beat(self, category: str) -> Beat:
        rng = self.rng
        general = [o for o in self.desk.outlets if o.name not in SPECIALISTS]
        own = [o for o in self.desk.outlets if SPECIALISTS.get(o.name) == category]
        chosen = own + rng.sample(general, rng.randint(7, 12))
        self.beats += 1
        return Beat(f"beat-{self.beats:03d}", category, chosen)

    def _category(self) -> str | None:
        left = {c: self.desk.pools.bases_left(c) for c in CATEGORIES}
        open_ = [c for c in CATEGORIES if left[c] > 0]
        if not open_:
            return None
        return self.rng.choices(open_, weights=[left[c] for c in open_])[0]

    def _event(self, beat: Beat, start: datetime, plan: Plan) -> bool:
        base = self.desk.pools.base(beat.category)
        if base is None:
            return False
        rng = self.rng
        self.events += 1
        org, org_kind = organisation(base)
        event = Event(f"event-{self.events:04d}", beat, base, start, rng.choice(CITIES), org, org_kind,
                      quotes=list(base.quotes))
        event.facts = [s for p in base.paragraphs[:3] for s in p if '"' not in s][1:]
        taken: set[str] = set()
        release = self.desk.release(event, plan.release == "present") if plan.release else None
        reports = self._reports(event, plan, release, taken)
        copies = self._wire(event, plan, release, taken)
        other = self._other(event, plan, taken, copies)
        self._credited(event, plan, reports, taken)
        self._updates(event, plan, reports + copies + other)
        return True

    def _reports(self, event: Event, plan: Plan, release: Node | None, taken: set[str]) -> list[Node]:
        rng, desk_ = self.rng, self.desk
        pasters = set(rng.sample(range(plan.reports), plan.pasters)) if release is not None else set()
        out = []
        for n in range(plan.reports):
            outlet = self._pick(event.beat.outlets, taken)
            when = desk_.later(event.start, 30, 600)
            if n in pasters and event.statement:
                paste = rng.sample(event.statement, rng.randint(1, min(2, len(event.statement))))
                out.append(desk_.report(event, outlet, when, paste=paste, release=release))
            else:
                out.append(desk_.report(event, outlet, when))
        return out

    def _wire(self, event: Event, plan: Plan, release: Node | None, taken: set[str]) -> list[Node]:
        """The agency story, its update, its clients' copies and copies of those."""
        if plan.wire is None:
            return []
        rng, desk_ = self.rng, self.desk
        agency = rng.choice(desk_.agencies)
        taken.add(agency.name)
        wire = desk_.wire(event, agency, plan.wire == "present", release if plan.wire_pastes else None)
        versions = [wire]
        if plan.wire_update:
            versions.append(desk_.update(event, wire, desk_.later(wire.when, 60, 300)))
        out = [v for v in versions if v.present]
        copies = []
        for _ in range(plan.copies):
            source = rng.choice(versions)
            outlet = self._pick(self._any(event), taken)
            copies.append(desk_.wire_copy(event, outlet, source, desk_.later(source.when, 5, 1200)))
        for depth in plan.chains:
            current = rng.choice(copies)
            for _ in range(depth):
                outlet = self._pick(self._any(event), taken)
                current = desk_.wire_copy(event, outlet, current, desk_.later(current.when, 10, 720))
                copies.append(current)
        return out + copies

    def _other(self, event: Event, plan: Plan, taken: set[str], wire: list[Node]) -> list[Node]:
        """A second agency's own story of the event, its clients, and a desk blending both agencies."""
        if plan.other is None:
            return []
        rng, desk_ = self.rng, self.desk
        used = {n.agency.name for n in wire if n.agency is not None}
        agency = rng.choice([a for a in desk_.agencies if a.name not in used])
        taken.add(agency.name)
        story = desk_.report(event, agency, desk_.later(event.start, 20, 180), present=plan.other == "present")
        out = [story] if story.present else []
        for _ in range(plan.other_copies):
            outlet = self._pick(self._any(event), taken)
            out.append(desk_.wire_copy(event, outlet, story, desk_.later(story.when, 5, 900)))
        originals = [n for n in wire if n.kind == "wire" and n.present]
        if plan.blend and originals and story.present:
            first = originals[0]
            outlet = self._pick(self._any(event), taken)
            when = desk_.later(max(first.when, story.when), 15, 240)
            out.append(desk_.blend(event, outlet, first, story, when))
        return out

    def _credited(self, event: Event, plan: Plan, reports: list[Node], taken: set[str]) -> None:
        """Another outlet running one outlet's own report with a credit, and maybe a third running that."""
        if not plan.credited:
            return
        rng, desk_ = self.rng, self.desk
        source = rng.choice(reports)
        outlet = self._pick(self._any(event), taken)
        copy = desk_.credited_copy(event, outlet, source, desk_.later(source.when, 60, 1800))
        if plan.credited_chain:
            desk_.credited_copy(event, self._pick(self._any(event), taken), copy, desk_.later(copy.when, 30, 900))

    def _updates(self, event: Event, plan: Plan, candidates: list[Node]) -> None:
        """Outlets (or the agency) putting out a later version of their own article."""
        rng, desk_ = self.rng, self.desk
        pool = [n for n in candidates if n.present and n.kind != "wire_update"]
        for earlier in rng.sample(pool, min(plan.updates, len(pool))):
            desk_.update(event, earlier, desk_.later(earlier.when, 60, 480))

    def write(self, articles: int) -> None:
        """Beats until about nine in ten of ``articles`` are written, then fillers to the full count."""
        rng, ledger = self.rng, self.desk.ledger
        stories = max(2, round(articles * (1 - FILLER_SHARE)))
        while ledger.present() < stories - 1:
            category = self._category()
            if category is None:
                break
            beat = self._beat(category)
            day = EPOCH + timedelta(days=rng.randint(0, WINDOW_DAYS))
            for _ in range(rng.randint(2, 7)):
                plan = draw_plan(rng)
                if not plan.fit(stories - ledger.present()):
                    break
                start = day + timedelta(hours=rng.randint(6, 16), minutes=rng.randint(0, 59))
                if not self._event(beat, start, plan):
                    break
                day += timedelta(days=rng.randint(1, 5))
        while ledger.present() < articles:
            when = EPOCH + timedelta(days=rng.randint(0, WINDOW_DAYS), minutes=rng.randint(360, 1300))
            if self.desk.filler(rng.choice(self.desk.outlets), when) is None:
                break


def corpus(seed: int, articles: int) -> tuple[list[dict[str, Any]], Truth, dict[str, Any]]:
    """About ``articles`` trace records of news beats, their truth, and counts of what they hold.

    Deterministic: the same ``seed`` and ``articles`` give the same records, truth and counts.
    """
    writer = Beatdesk(seed)
    writer.write(articles)
    records, truth, held = writer.desk.ledger.finish(writer.rng)
    counts = writer.desk.counts
    about: dict[str, Any] = {"seed": seed, "articles": len(records), "beats": writer.beats, "events": writer.events}
    about.update({kind: counts[kind] for kind in KINDS})
    about.update({f"{kind}_absent": counts[f"{kind}_absent"] for kind in ("release", "wire", "agency_report")})
    for key in ("pasted_paragraphs", "stock_paragraph_uses", "footer_lines", "syndication_notes",
                "local_paragraphs", "uncredited_copies", "unknown_outlet"):
        about[key] = counts[key]
    about.update({key: counts[key] for key in sorted(counts) if key.startswith("date_")})
    about.update(held)
    return records, truth, about
