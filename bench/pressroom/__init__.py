"""Pressroom: synthetic corpora of syndicated news with the exact truth of who copied whom.

:func:`corpus` builds story families from real wire copy (METER's PA texts, read at run time; Reuters-21578
for filler and, once the PA stories run out, for further families): fan-outs, chains, siblings of an
absent wire story, mixes of two originals, heavy rewrites, and unrelated stories (plain filler, stories
sharing only site boilerplate, stories sharing one quotation). See README.md for the conventions.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from bench.genealogy import ABSENT, Truth, absent_sibling_pairs
from bench.pressroom import edits as E
from bench.pressroom.outlets import (
    AGENCIES,
    DATE_STYLES,
    Outlet,
    agency_credit,
    dateline,
    outlets,
    render_date,
    source_credit,
    staff_byline,
)
from bench.pressroom.sources import Story, ngrams, pa_stories, redate, reuters_pool, span, words

__all__ = ["Generated", "corpus", "generate"]

FAMILY_WEIGHTS = (("fanout", 0.30), ("chain", 0.22), ("absent", 0.22), ("mix", 0.10), ("rewrite", 0.16))
TEXT = ("text", "own")  # body paragraphs that are the story's content (the rest is furniture)


@dataclass
class Draft:
    """An article as a copy desk sees it: headline, byline, dateline, body, credit, footer."""

    title: str
    body: list[list[str]]  # [kind, text]; kind: text, own, caption, related, quote
    byline: str | None = None
    dateline: str | None = None
    credit: str | None = None
    credit_top: bool = False
    footer: list[str] = field(default_factory=list)
    title_in_text: bool = False

    def clone(self) -> Draft:
        return Draft(self.title, [list(p) for p in self.body], self.byline, self.dateline, self.credit,
                     self.credit_top, list(self.footer), self.title_in_text)

    def render(self) -> str:
        parts = [self.title] if self.title_in_text else []
        if self.byline:
            parts.append(self.byline)
        if self.credit and self.credit_top:
            parts.append(self.credit)
        first = True
        for kind, text in self.body:
            if first and kind == "text" and self.dateline:
                text = self.dateline + text
            first = first and kind != "text"
            parts.append(text)
        if self.credit and not self.credit_top:
            parts.append(self.credit)
        parts.extend(self.footer)
        return "\n\n".join(parts)


@dataclass
class Art:
    id: str
    story: str
    parents: frozenset[str]
    family: int
    role: str
    agency: str
    draft: Draft
    outlet: Outlet | None  # None: the agency's own wire
    when: datetime
    place: str
    credit_kind: str = "none"
    shared: list[str] = field(default_factory=list)  # text shared with other stories by design

    def furniture(self) -> list[str]:
        """Strings of this article that other stories may share: site furniture, credits, a planted quotation."""
        out = list(self.shared) + list(self.draft.footer)
        out += [x for x in (self.draft.credit, self.draft.byline) if x]
        return out + [t for k, t in self.draft.body if k == "related"]

    def content(self) -> str:
        """The rendered text without its furniture (each furniture string leaves a line break)."""
        return without(self.draft.render(), self.furniture())


def without(text: str, strings: list[str]) -> str:
    for s in sorted(strings, key=lambda x: (-len(x), x)):
        text = text.replace(s, "\n")
    return text


@dataclass
class Generated:
    records: list[dict]
    truth: Truth
    meta: dict
    #: per id, the strings that record shares with unrelated stories by design (site furniture, a quotation)
    shared: dict[str, list[str]]


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Judge) (?!Justice\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_BODIES = re.compile(r"(?<![\w-])(?:[A-Z][A-Za-z-]+ ){1,3}"
                     r"(?:Corp|Inc|Co|Ltd|Bank|Board|Group|Ministry|Department|Commission)\b")
_TOPICS = ("trial", "case", "inquest", "appeal", "hearing", "inquiry", "libel", "deal", "merger", "strike", "talks",
           "dispute", "offer", "takeover", "plan", "report", "contract", "bid", "decision")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_LOCALS = ("Pat Dawson", "Lyn Arkwright", "Sam Okafor", "Viv Castle", "Jo Penhaligon", "Chris Lomax", "Ali Fenwick",
           "Terry Blagden", "Morag Keillor", "Dev Sandhu", "Bryn Tudor", "Nell Ashcroft", "Kit Marlowe-Jones")

_OWN = (  # each starts and ends within two words of a slot that varies by story or outlet (the seams)
    "Readers of {outlet} in {town} have closely followed the {topic} involving {person}.",
    "{outlet} contacted {person} for comment on {weekday} but had no reply by {time}.",
    "Councillor {local}, who represents a ward in {town}, said the {topic} had left {town} residents {feeling}, "
    "{outlet} reports.",
    "Across {region}, {n} comparable matters have surfaced in {m} years, {outlet} has found.",
    "In {town}, campaigners said on {weekday} the {topic} raised questions for {org}.",
    "{Person} is understood to have links to {town}, where {local} raised the {topic} in {month} at a meeting "
    "in {town}.",
    "{Org} declined to discuss the {topic} with {outlet} on {weekday}.",
    "Background: {person} came to the attention of {org} in {month} {year}, {outlet} understands.",
    "{outlet} first reported on {person} in {month}, when {n} residents of {town} wrote to {org}.",
    "{local}, from {town}, said people felt {feeling} about the {topic}, {outlet} reports.",
    "{Person} will be remembered by readers in {region} from our coverage in {month} {year} on {domain}.",
    "{local}, MP for {town}, said on {weekday} that {org} should \"look again\" at the {topic} in {town}.",
    "{Org} estimates that by {weekday}, {n} households knew of the {topic} in {town}.",
)
_FEELINGS = ("shocked", "angry", "saddened", "worried", "bemused", "relieved", "frustrated", "uneasy", "divided")
_ORGS = ("{town} Council", "{region} police", "the {town} health trust", "{town} county council",
         "the {town} Chamber of Trade", "the {town} residents' association", "{town} magistrates")
_CAPTIONS = ("{Person} outside court. Photo: {credit}", "Pictured: {Person}. (Photo: {credit})",
             "File picture of {town}. Picture: {credit}", "{Person} (left) on {weekday}. Image: {credit}",
             "The scene in {town} on {weekday}. Photograph: {credit}")
_RELATED = ("Read more: {topic_cap} latest from {region}", "Related: More {topic} news", "MORE: {region} in brief",
            "See also: {outlet} {topic} coverage", "Read more: Today's top stories", "RELATED: Latest court news",
            "More from {outlet}: {Section}")
_QUOTE_FRAMES = ("As one observer put it this week:", "The remark echoed a comment made elsewhere:",
                 "A line quoted widely this week summed it up:", "One reader wrote to us quoting the words:",
                 "It brought to mind a remark reported elsewhere:")


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


class _Gen:
    def __init__(self, seed: int, n: int) -> None:
        self.seed, self.n = seed, n
        self.rng = random.Random(seed)
        self.outlets = outlets(self.rng)
        self.dated = self.rng.random() < 0.5
        self.claimed: dict[tuple[str, ...], int] = {}  # n-grams of base stories -> family
        self.novel: set[tuple[str, ...]] = set()  # n-grams of text the generator wrote
        self.ids: set[str] = set()
        self.arts: list[Art] = []
        self.family = 0
        self.families: dict[str, int] = {k: 0 for k, _ in FAMILY_WEIGHTS}
        self.unrelated: dict[str, int] = {"filler": 0, "boilerplate": 0, "quote": 0}
        self.base: dict[str, int] = {"PA": 0, "Reuters": 0}
        self.pa = list(pa_stories())
        self.rng.shuffle(self.pa)
        self.reuters = list(reuters_pool())
        self.rng.shuffle(self.reuters)
        self.lo, self.hi = span()
        self.originals: list[Art] = []  # wire originals present, for quotations
        self.wires: dict[str, Draft] = {}
        self.quoted: set[str] = set()
        self.leads: set[tuple[str, ...]] = set()  # first three words of the stories taken

    # ---------------------------------------------------------------- stories and text guards
    def take_story(self, family: int, pa_first: bool = True) -> Story | None:
        while pa_first and self.pa:
            s = self.pa.pop()
            if self._claim(s, family):
                return self._timed(s)
        while self.reuters:
            s = self.reuters.pop()
            if self._claim(s, family):
                days = (self.hi - self.lo).days
                return self._timed(redate(s, self.lo + timedelta(days=self.rng.randint(0, days))))
        while self.pa:  # filler when Reuters is exhausted
            s = self.pa.pop()
            if self._claim(s, family):
                return self._timed(s)
        return None

    def _timed(self, s: Story) -> Story:
        day = s.when.replace(hour=0, minute=0, second=0, microsecond=0)
        self.base[s.agency] += 1
        return redate(s, day + timedelta(minutes=self.rng.randint(7 * 60, 19 * 60)))

    def _claim(self, s: Story, family: int) -> bool:
        """Take ``s`` for ``family`` unless it shares a run of 8 words with a story taken before (also once
        restyled, and with a dateline or credit before its first words)."""
        lead = tuple(words(s.paragraphs[0])[:3])
        if lead in self.leads:
            return False
        text = "\n".join(s.paragraphs)
        grams = set()
        variants = (text, E.number_style(text, "uk", None), E.number_style(text, "pct", None),
                    E.number_style(text, "percent", None), E.americanise(text), E.britishise(text))
        for variant in variants:
            grams |= ngrams(variant)
        if any(g in self.claimed or g in self.novel for g in grams):
            return False
        self.leads.add(lead)
        for g in grams:
            self.claimed[g] = family
        return True

    def fresh(self, text: str, family: int, loose: bool = False) -> bool:
        """Register text the generator wrote: False when it repeats a run of 8 words of another story or
        of other text the generator wrote (``loose``: only runs of other stories, and nothing registered)."""
        grams = ngrams(text)
        if any(self.claimed.get(g, family) != family for g in grams):
            return False
        if loose:
            return True
        if any(g in self.novel for g in grams):
            return False
        self.novel |= grams
        return True

    def new_id(self) -> str:
        while True:
            ident = f"a{self.rng.getrandbits(40):010x}"
            if ident not in self.ids:
                self.ids.add(ident)
                return ident

    # ---------------------------------------------------------------- context for invented text
    def context(self, story: Story) -> dict:
        text = " ".join(story.paragraphs)
        people = sorted(set(_HONORIFIC.findall(text)), key=lambda p: (text.index(p), p))
        people = people or sorted(set(_BODIES.findall(text)), key=lambda p: (text.index(p), p))
        low = text.lower()
        counts = [(low.count(t), -i, t) for i, t in enumerate(_TOPICS)]
        best = max(counts)
        topic = best[2] if best[0] else ("case" if story.agency == "PA" else "story")
        return {"people": people[:4], "topic": topic}

    def fill(self, template: str, ctx: dict, o: Outlet, when: datetime, credit: str = "") -> str:
        r = self.rng
        person = r.choice(ctx["people"] or ["the defendant"])
        town = o.town
        org = r.choice(_ORGS).format(town=town, region=o.region)
        values = {
            "person": person, "Person": person[:1].upper() + person[1:], "topic": ctx["topic"],
            "topic_cap": ctx["topic"].capitalize(), "region": o.region, "town": town, "outlet": o.name,
            "domain": o.domain, "weekday": _WEEKDAYS[when.weekday()], "month": _MONTHS[r.randrange(12)],
            "year": str(when.year - r.randint(0, 2)), "n": str(r.randint(3, 40)), "m": str(r.randint(2, 9)),
            "local": r.choice(_LOCALS), "feeling": r.choice(_FEELINGS), "org": org,
            "ordinal": _ordinal(r.randint(2, 5)),
            "Section": o.section.split("/")[-1].replace("-", " ").title(), "credit": credit,
            "time": f"{r.randint(1, 11)}.{r.choice(('05', '15', '20', '30', '45', '50'))}{r.choice(('am', 'pm'))}",
        }
        values["Org"] = org[:1].upper() + org[1:]
        values["feeling_cap"] = values["feeling"].capitalize()
        return template.format(**values)

    def place(self, d: Draft, at: int, kind: str, make, family: int, tries: int = 8) -> bool:
        """Insert a paragraph of generated text (``make()``) at ``at`` in ``d.body`` where it and its seams with
        the neighbouring paragraphs repeat no run of 8 words found anywhere else."""
        for _ in range(tries):
            text = make()
            # the neighbours in the text, furniture lines aside
            prev = [p for p in d.body[:at] if p[0] not in ("related", "quote")]
            nxt = [p for p in d.body[at:] if p[0] not in ("related", "quote")]
            before = prev[-1][1] if prev else (d.byline or "")
            after = nxt[0][1] if nxt else ""
            if nxt and nxt[0][0] == "text" and not any(p[0] == "text" for p in prev):
                after = (d.dateline or "") + after
            window = " ".join(before.split()[-7:] + text.split() + after.split()[:7])
            if self.fresh(window, family):
                d.body.insert(at, [kind, text])
                return True
        return False

    def own_paragraph(self, ctx: dict, o: Outlet, when: datetime) -> str:
        templates = _OWN if ctx["people"] else [t for t in _OWN if "erson}" not in t]
        return self.fill(self.rng.choice(templates), ctx, o, when)

    # ---------------------------------------------------------------- times
    def delay(self, when: datetime) -> datetime:
        r = self.rng.random()
        if r < 0.55:
            return when + timedelta(minutes=self.rng.randint(8, 8 * 60))
        if r < 0.85:
            nxt = when.replace(hour=0, minute=0, second=0) + timedelta(days=1)
            return max(nxt + timedelta(minutes=self.rng.randint(5 * 60, 12 * 60)), when + timedelta(minutes=8))
        return when + timedelta(days=self.rng.randint(2, 5), minutes=self.rng.randint(0, 600))

    # ---------------------------------------------------------------- articles
    def wire_draft(self, story: Story) -> Draft:
        """The wire's text of ``story`` (one per story: the original, or the absent source of its copies)."""
        if story.key not in self.wires:
            d = Draft(story.title, [["text", p] for p in story.paragraphs], byline=story.byline)
            if self.rng.random() < (0.8 if story.agency == "Reuters" else 0.2):
                d.dateline = dateline(story.place, story.agency, story.when, self.rng)
            self.wires[story.key] = d
        return self.wires[story.key].clone()

    def add(self, art: Art) -> Art:
        """Keep ``art`` once it repeats no run of 8 words of another family (dropping what does, rarely)."""
        self.settle(art)
        for g in ngrams(art.content()):
            self.claimed.setdefault(g, art.family)
        self.arts.append(art)
        return art

    def clashing(self, art: Art) -> set[tuple[str, ...]]:
        return {g for g in ngrams(art.content()) if self.claimed.get(g, art.family) != art.family}

    def settle(self, art: Art) -> None:
        """Drop the paragraphs (or the dateline) whose text, or whose seam with the paragraph before, repeats
        a run of 8 words of another family."""
        body = art.draft.body
        for _ in range(len(body) + 1):
            bad = self.clashing(art)
            if not bad:
                return
            if art.draft.dateline and ngrams(art.draft.dateline + " " + " ".join(
                    next((t for k, t in body if k == "text"), "").split()[:7])) & bad:
                art.draft.dateline = None
                continue
            if art.draft.title_in_text and ngrams(art.draft.title) & bad:
                art.draft.title_in_text = False
                continue
            for i, (kind, text) in enumerate(body):
                before = " ".join(body[i - 1][1].split()[-7:]) if i else ""
                alone = kind == "text" and sum(1 for p in body if p[0] == "text") == 1
                if kind != "related" and not alone and ngrams(before + " " + text) & bad:
                    del body[i]
                    break
            else:
                return

    def wire_original(self, story: Story, family: int) -> Art:
        art = Art(self.new_id(), story.key, frozenset(), family, "original", story.agency, self.wire_draft(story),
                  None, story.when, story.place)
        self.originals.append(art)
        return self.add(art)

    def copy(self, src: Art | None, story: Story, o: Outlet, family: int, role: str, ctx: dict) -> Art:
        """A copy of ``src`` (None: of the absent wire story) published by ``o``."""
        if src is None:
            src_draft, src_when, src_name, parents = self.wire_draft(story), story.when, None, frozenset({ABSENT})
        else:
            src_draft, src_when, parents = src.draft, src.when, frozenset({src.id})
            src_name = src.outlet.name if src.outlet else None
        when = self.delay(src_when)
        ident = self.new_id()
        for _ in range(4):  # an edit that happens to repeat another story's run of 8 words is done again
            draft, kind = self.edit(src_draft, o, story, src_name, when, src_when, ctx, family)
            art = Art(ident, story.key, parents, family, role, story.agency, draft, o, when, story.place, kind)
            if not self.clashing(art):
                break
        return self.add(art)

    def edit(self, src: Draft, o: Outlet, story: Story, src_name: str | None, when: datetime, src_when: datetime,
             ctx: dict, family: int, cut: bool = True) -> tuple[Draft, str]:
        r = self.rng
        d = src.clone()
        d.title = E.headline(src.title, r, r.choices(("keep", "case", "rewrite"), (0.4, 0.25, 0.35))[0])
        d.title_in_text = r.random() < 0.1
        d.body = [p for p in d.body if not (p[0] == "related" and r.random() < 0.8)
                  and not (p[0] == "caption" and r.random() < 0.6)]
        content = [i for i, p in enumerate(d.body) if p[0] in TEXT]
        if cut and content:
            keep = len(content) if r.random() < 0.25 else max(1, math.ceil(len(content) * r.uniform(0.4, 0.95)))
            if keep < len(content):
                d.body = d.body[: content[keep]]
            content = [i for i, p in enumerate(d.body) if p[0] in TEXT]
            if len(content) >= 5 and r.random() < 0.2:
                del d.body[r.choice(content[1:-1])]
            if r.random() < 0.25:
                for _ in range(r.randint(1, 2)):
                    i = r.randrange(len(d.body))
                    if d.body[i][0] == "text":
                        d.body[i : i + 1] = [["text", t] for t in E.split_paragraph(d.body[i][1], r)]
            if r.random() < 0.25:
                for _ in range(r.randint(1, 2)):
                    i = r.randrange(max(1, len(d.body) - 1))
                    if i + 1 < len(d.body) and d.body[i][0] == d.body[i + 1][0] == "text":
                        d.body[i : i + 2] = [["text", E.merge_paragraphs(d.body[i][1], d.body[i + 1][1])]]
        syn = r.uniform(0.03, 0.12) if r.random() < 0.5 else 0.0
        us = o.spelling == "us" and r.random() < 0.85
        uk = o.spelling == "uk" and r.random() < 0.5
        nums = r.random() < 0.8
        weekday = when.date() > src_when.date() and r.random() < 0.6
        for p in d.body:
            if p[0] not in ("text", "own", "caption"):
                continue
            t = p[1]
            if syn and p[0] == "text":  # the text the outlet wrote itself (own, captions) stays as it was placed
                t = E.synonyms(t, r, syn)
            if us:
                t = E.americanise(t)
            elif uk:
                t = E.britishise(t)
            if nums:
                t = E.number_style(t, o.numbers, r)
            if weekday:
                t = E.today_to_weekday(t, src_when.weekday())
            p[1] = t
        if r.random() < 0.35:
            for _ in range(r.randint(1, 2)):
                content = [i for i, p in enumerate(d.body) if p[0] in TEXT]
                at = len(d.body) if r.random() < 0.6 or len(content) < 3 else r.choice(content[1:])
                self.place(d, at, "own", lambda: self.own_paragraph(ctx, o, when), family)
        if ctx["people"] and r.random() < 0.2:
            credit = r.choice((AGENCIES[story.agency].short, o.name, "Getty Images", "Handout", "Shutterstock"))
            self.place(d, min(len(d.body), r.randint(0, 2)), "caption",
                       lambda: self.fill(r.choice(_CAPTIONS), ctx, o, when, credit), family, tries=4)
        if r.random() < 0.2:
            line = self.fill(r.choice(_RELATED), ctx, o, when)
            d.body.insert(r.randint(min(2, len(d.body)), len(d.body)), ["related", line])
        d.byline = self.byline(src.byline, o, story)
        if d.dateline:
            x = r.random()
            d.dateline = d.dateline if x < 0.7 else (dateline(story.place, story.agency, story.when, r)
                                                     if x < 0.85 else None)
        elif r.random() < 0.15:
            d.dateline = dateline(story.place, story.agency, story.when, r)
        kind = "inherited"
        if not (src.credit and r.random() < 0.35):
            x = r.random()
            src_full = src_name or r.choice(AGENCIES[story.agency].full_names)
            if x < o.credit_habit[0]:
                kind, d.credit = "source", source_credit(src_full, r)
            elif x < o.credit_habit[0] + o.credit_habit[1]:
                kind, d.credit = "agency", agency_credit(story.agency, story.when.year, r)
            else:
                kind, d.credit = "none", None
            d.credit_top = r.random() < 0.25
        if not (src.footer and r.random() < 0.15):
            d.footer = self.footer(o, when)
        return d, kind

    def byline(self, old: str | None, o: Outlet, story: Story) -> str | None:
        r = self.rng.random()
        agency = AGENCIES[story.agency]
        if old:
            if r < 0.45:
                return old
            if r < 0.65:
                return staff_byline(o, self.rng)
            if r < 0.8 and old.startswith("By ") and "," in old:
                who = old[3:].split(",")[0]
                return self.rng.choice((f"By {who}, {agency.name}", f"By {who}, {agency.short}",
                                        f"{who}, {agency.short}"))
            return None
        if r < 0.3:
            return staff_byline(o, self.rng)
        if r < 0.38:
            return self.rng.choice((f"By {agency.short} Reporter", f"{agency.name} reporter",
                                    f"By {agency.name} staff"))
        return None

    def footer(self, o: Outlet, when: datetime, boiler: float = 0.8) -> list[str]:
        year = when.year if self.rng.random() < 0.5 else self.rng.randint(2019, 2025)
        lines = [f.replace("{year}", str(year)) for f in o.footers if self.rng.random() < 0.6]
        lines += [b for b in o.boilerplate if self.rng.random() < boiler]
        return lines

    # ---------------------------------------------------------------- families
    def outlet_sample(self, k: int) -> list[Outlet]:
        if k <= len(self.outlets):
            return self.rng.sample(self.outlets, k)
        return [self.rng.choice(self.outlets) for _ in range(k)]

    def fanout(self, limit: int, scale: float) -> int:
        story = self.start()
        if story is None:
            return 0
        fam, ctx = self.family, self.context(story)
        a = self.wire_original(story, fam)
        kmax = max(2, min(limit - 1, round(6 * scale), 12))
        for o in self.outlet_sample(self.rng.randint(2, kmax)):
            self.copy(a, story, o, fam, "copy", ctx)
        return 1

    def chain(self, limit: int, scale: float) -> int:
        story = self.start()
        if story is None:
            return 0
        fam, ctx = self.family, self.context(story)
        present = self.rng.random() < 0.75
        depth = min(self.rng.randint(2, 4), limit - (1 if present else 0))
        outs = self.outlet_sample(depth + 4)
        node = self.wire_original(story, fam) if present else None
        nodes = [node] if node else []
        for i in range(depth):
            node = self.copy(node, story, outs[i], fam, "chain", ctx)
            nodes.append(node)
        room = limit - len(nodes)
        if room > 0 and self.rng.random() < 0.4:
            for j in range(min(room, self.rng.randint(1, max(1, round(2 * scale))))):
                self.copy(self.rng.choice(nodes[:-1]) if len(nodes) > 1 else nodes[0], story,
                          outs[depth + j % 4], fam, "branch", ctx)
        return 1

    def absent(self, limit: int, scale: float) -> int:
        story = self.start()
        if story is None:
            return 0
        fam, ctx = self.family, self.context(story)
        m = min(self.rng.randint(2, 6), limit)
        sibs = [self.copy(None, story, o, fam, "sibling", ctx) for o in self.outlet_sample(m)]
        if limit > m and self.rng.random() < 0.25:
            self.copy(self.rng.choice(sibs), story, self.rng.choice(self.outlets), fam, "chain", ctx)
        return 1

    def mix(self, limit: int, scale: float) -> int:
        story_a = self.start()
        if story_a is None:
            return 0
        fam = self.family
        story_b = self.take_story(fam)
        if story_b is None:
            return 0
        a, b = self.wire_original(story_a, fam), self.wire_original(story_b, fam)
        ctx_a, ctx_b = self.context(story_a), self.context(story_b)
        room = limit - 3
        copies_a = []
        for src, st, ctx, bucket in ((a, story_a, ctx_a, copies_a), (b, story_b, ctx_b, [])):
            for o in self.outlet_sample(max(0, min(room, self.rng.randint(0, 2)))):
                bucket.append(self.copy(src, st, o, fam, "copy", ctx))
                room -= 1
        first = self.rng.choice(copies_a) if copies_a and self.rng.random() < 0.25 else a
        if sum(1 for p in first.draft.body if p[0] == "text") < 3:
            first = a
        o = self.rng.choice(self.outlets)
        when = self.delay(max(first.when, b.when))
        draft, kind = self.edit(first.draft, o, story_a, first.outlet.name if first.outlet else None, when,
                                first.when, ctx_a, fam, cut=False)
        ta = [p for p in first.draft.body if p[0] == "text"]
        tb = [p for p in b.draft.body if p[0] == "text"]
        ka, kb = self.rng.randint(3, min(6, len(ta))), self.rng.randint(3, min(6, len(tb)))
        start_b = 0 if self.rng.random() < 0.7 else self.rng.randint(0, len(tb) - kb)
        # the blocks keep their sources' wording (spelling and number style aside)
        block_a, block_b = [], []
        for block, paras in ((block_a, ta[:ka]), (block_b, tb[start_b : start_b + kb])):
            for p in paras:
                t = E.americanise(p[1]) if o.spelling == "us" else p[1]
                block.append(["text", E.number_style(t, o.numbers, self.rng)])
        extra = [p for p in draft.body if p[0] not in ("text",)]
        if self.rng.random() < 0.75:
            if self.rng.random() < 0.4:  # a round-up: the second story under its own headline
                block_b.insert(0, ["text", E.headline(b.draft.title, self.rng, "case")])
            draft.body = block_a + block_b + extra
            if self.rng.random() < 0.5:
                self.place(draft, len(block_a), "own", lambda: self.own_paragraph(ctx_a, o, when), fam)
        else:
            draft.body = block_a[:2] + block_b + block_a[2:] + extra
        if self.rng.random() < 0.4:
            draft.credit, kind = "With agency inputs", "agency"
        art = Art(self.new_id(), story_a.key, frozenset({first.id, b.id}), fam, "mix", story_a.agency, draft, o,
                  when, story_a.place, kind)
        self.add(art)
        return 2

    def rewrite(self, limit: int, scale: float) -> int:
        story = self.start()
        if story is None:
            return 0
        fam, ctx = self.family, self.context(story)
        present = self.rng.random() < 0.75
        if present:
            src = self.wire_original(story, fam)
            for o in self.outlet_sample(max(0, min(limit - 2, self.rng.randint(0, 2)))):
                self.copy(src, story, o, fam, "copy", ctx)
        else:
            src = None
            for o in self.outlet_sample(max(1, min(limit - 1, self.rng.randint(1, 3)))):
                self.copy(None, story, o, fam, "sibling", ctx)
        o = self.rng.choice(self.outlets)
        src_draft = src.draft if src else self.wire_draft(story)
        src_when = src.when if src else story.when
        when = self.delay(src_when)
        draft, kind = self.edit(src_draft, o, story, src.outlet.name if src and src.outlet else None, when,
                                src_when, ctx, fam, cut=False)
        texts = [p[1] for p in draft.body if p[0] in TEXT]
        texts = texts[: max(3, math.ceil(len(texts) * self.rng.uniform(0.6, 1.0)))]
        # reworded text must not happen to repeat another story's runs of 8 words
        draft.body = [["text", t] for t in E.paraphrase(texts, self.rng) if self.fresh(t, fam, loose=True)]
        if not draft.body:
            draft.body = [["text", texts[0]]]
        for _ in range(self.rng.randint(0, 2)):
            self.place(draft, self.rng.randint(1, len(draft.body)), "own",
                       lambda: self.own_paragraph(ctx, o, when), fam)
        draft.title = E.headline(src_draft.title, self.rng, "rewrite")
        draft.byline = staff_byline(o, self.rng) if self.rng.random() < 0.6 else None
        draft.dateline = None
        x = self.rng.random()
        if x < 0.5:
            draft.credit, kind = None, "none"
        elif x < 0.8:
            draft.credit, kind = self.rng.choice((f"Additional reporting by {AGENCIES[story.agency].short}",
                                                   agency_credit(story.agency, story.when.year, self.rng))), "agency"
        parents = frozenset({src.id}) if src else frozenset({ABSENT})
        self.add(Art(self.new_id(), story.key, parents, fam, "rewrite", story.agency, draft, o, when, story.place,
                     kind))
        return 1

    def start(self) -> Story | None:
        self.family += 1
        return self.take_story(self.family)

    # ---------------------------------------------------------------- unrelated stories
    def single(self, kind: str) -> bool:
        self.family += 1
        fam = self.family
        story = self.take_story(fam, pa_first=False)
        if story is None:
            return False
        if kind == "boilerplate":
            pool = [o for o in self.outlets if o.boilerplate]
            used = {a.outlet.name for a in self.arts if a.outlet and a.outlet.boilerplate}
            pool = [o for o in pool if o.name in used] or pool
            o = self.rng.choice(pool)
        else:
            o = None if self.rng.random() < 0.4 else self.rng.choice(self.outlets)
        when = self.lo + timedelta(minutes=self.rng.randint(0, int((self.hi - self.lo).total_seconds() // 60)))
        story = redate(story, when)
        ctx = self.context(story)
        draft = self.wire_draft(story)
        kind_credit = "none"
        if o is not None:
            draft, kind_credit = self.edit(draft, o, story, None, when, when, ctx, fam, cut=False)
            draft.footer = self.footer(o, when, boiler=1.0)
        art = Art(self.new_id(), story.key, frozenset(), fam, kind, story.agency, draft, o, when, story.place,
                  kind_credit)
        if kind == "quote":
            quote = self.quotation()
            if quote is None:
                return False
            at = self.rng.randint(1, min(4, len(draft.body)))
            planted = f"{self.rng.choice(_QUOTE_FRAMES)} \"{quote}\""
            draft.body.insert(at, ["quote", planted])
            art.shared += [planted, quote]
        self.add(art)
        self.unrelated[kind] += 1
        return True

    def quotation(self) -> str | None:
        quotes = []
        for a in self.originals:
            for kind, text in a.draft.body[:6]:
                if kind == "text":
                    for q in re.findall(r'"([^"]{60,260}?)"', text):
                        if len(q.split()) >= 10 and q not in self.quoted:
                            quotes.append(q)
        if not quotes:
            return None
        quote = quotes[self.rng.randrange(len(quotes))]
        self.quoted.add(quote)
        return quote

    # ---------------------------------------------------------------- the corpus
    def build(self) -> None:
        r = self.rng
        n_unrel = max(1, round(self.n * r.uniform(0.15, 0.25))) if self.n >= 8 else max(0, self.n - 3)
        budget = self.n - n_unrel
        scale = max(1.0, budget / (len(self.pa) * 5.5))
        kinds, weights = zip(*FAMILY_WEIGHTS)
        misses = 0
        while budget - len(self.arts) >= 3 and misses < 20:
            kind = r.choices(kinds, weights)[0]
            limit = budget - len(self.arts)
            if kind == "mix" and limit < 3:
                continue
            before = len(self.arts)
            made = getattr(self, kind)(limit, scale)
            if made and len(self.arts) > before:
                self.families[kind] += 1
                misses = 0
            else:
                misses += 1
        rest = self.n - len(self.arts)
        quote = round(rest * 0.15) if self.originals else 0
        boiler = round(rest * 0.25)
        for kind, k in (("quote", quote), ("boilerplate", boiler), ("filler", rest - quote - boiler)):
            for _ in range(k):
                if not self.single(kind):
                    self.single("filler")

    def truth(self) -> Truth:
        parents = {a.id: a.parents for a in self.arts}
        story = {a.id: a.story for a in self.arts}
        anc: dict[str, set[str]] = {}

        def up(x: str) -> set[str]:
            if x not in anc:
                anc[x] = set()
                for p in sorted(parents[x]):
                    if p != ABSENT:
                        anc[x] |= {p} | up(p)
            return anc[x]

        children: dict[tuple[str, str], list[str]] = {}
        for a in self.arts:
            for p in sorted(a.parents):
                children.setdefault((p, a.story if p == ABSENT else ""), []).append(a.id)
        siblings = set()
        for key in sorted(children):
            kids = sorted(children[key])
            for i, x in enumerate(kids):
                for y in kids[i + 1 :]:
                    if x not in up(y) and y not in up(x):
                        siblings.add(frozenset((x, y)))
        absent = absent_sibling_pairs(parents, story)
        return Truth(story=story, parents=parents, siblings=siblings | absent, absent_siblings=absent)

    def record(self, a: Art) -> tuple[dict, list[str]]:
        r = self.rng
        rec: dict = {"id": a.id, "text": a.draft.render()}
        if r.random() < 0.9:
            rec["title"] = a.draft.title
        if a.outlet is None:
            agency = AGENCIES[a.agency]
            name, domain, offset, style, show = agency.name, agency.domain, 0, "iso_tz", (0.45, 0.2, 0.1)
            dated_urls, section = False, "wire"
        else:
            o = a.outlet
            name, domain, offset, style, show = o.name, o.domain, o.offset, o.date_style, o.show
            dated_urls, section = o.dated_urls, o.section
        x = r.random()
        if x < show[0] + show[1]:
            rec["outlet"] = name
        if x < show[0] or show[0] + show[1] <= x < sum(show):
            local = a.when.astimezone(timezone(timedelta(minutes=offset)))
            slug = "-".join(re.findall(r"[a-z0-9]+", a.draft.title.lower())[:8]) or "story"
            path = f"{local.year}/{local.month:02d}/{local.day:02d}/" if self.dated and dated_urls else ""
            rec["url"] = f"https://www.{domain}/{section}/{path}{slug}-{r.randint(10**6, 10**7 - 1)}"
        if self.dated:
            y = r.random()
            if y < 0.7:
                rec["published"] = render_date(a.when, style, offset)
            elif y < 0.9:
                rec["published"] = render_date(a.when, r.choice(DATE_STYLES), offset)
        return rec, a.furniture()


def generate(seed: int, n_articles: int) -> Generated:
    """The corpus of ``seed`` with about ``n_articles`` records, and what the checks need besides."""
    g = _Gen(seed, n_articles)
    g.build()
    truth = g.truth()
    order = sorted(g.arts, key=lambda a: a.id)
    g.rng.shuffle(order)
    records, shared = [], {}
    for a in order:
        rec, sh = g.record(a)
        records.append(rec)
        shared[a.id] = sh
    roles: dict[str, int] = {}
    credits: dict[str, int] = {}
    for a in g.arts:
        roles[a.role] = roles.get(a.role, 0) + 1
        if a.parents:
            credits[a.credit_kind] = credits.get(a.credit_kind, 0) + 1
    meta = {
        "seed": seed, "articles": len(records), "dated": g.dated, "families": dict(g.families),
        "unrelated": dict(g.unrelated), "roles": dict(sorted(roles.items())), "credits": dict(sorted(credits.items())),
        "base_stories": dict(g.base), "outlets": len(g.outlets),
        "sibling_pairs": len(truth.siblings), "absent_sibling_pairs": len(truth.absent_siblings),
    }
    return Generated(records, truth, meta, shared)


def corpus(seed: int, n_articles: int) -> tuple[list[dict], Truth, dict]:
    """Records (``id``, ``text``, and some of ``title``, ``outlet``, ``url``, ``published``), the truth of who
    copied whom, and a small description of the corpus. Deterministic for ``seed``."""
    g = generate(seed, n_articles)
    return g.records, g.truth, g.meta
