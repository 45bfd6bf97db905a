"""The seven scenario kinds, each a function that plants one story's articles in a corpus.

Every builder receives the shared :class:`Desk` (random source, fresh base stories, id maker)
and a story key, and returns the articles it made with their true parents filled in. Kinds:

- ``siblings_uncredited``: 2-4 sites ran one wire story (not in the corpus), no credit.
- ``siblings_credited``: the same, each crediting the agency in its own way.
- ``original_copies``: an original by a known site, or an agency story whose site is
  unknown, with 1-3 copies of it.
- ``chain``: A <- B <- C (sometimes <- D), each copy taking its parent's edits and adding its own.
- ``mix``: one article made of paragraphs from two sources, both in the corpus.
- ``rewrite``: a heavy paraphrase of a source in the corpus.
- ``unrelated``: independent stories, several from the same site (shared footer only).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from datetime import timedelta

from . import edits, headlines
from .article import Article, delay, derive, headline_for, proper_words
from .credits import Credit, agency_credit, draw_agency, generic_credit, source_credit
from .outlets import OUTLETS, Outlet
from .paraphrase import paraphrase
from .source import BaseStory

__all__ = ["BUILDERS", "KINDS", "Desk"]

KINDS = ("siblings_uncredited", "siblings_credited", "original_copies", "chain", "mix",
         "rewrite", "unrelated")

_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
           "Dec")


class Desk:
    """Shared state of one corpus build: randomness, unused base stories and record ids."""

    def __init__(self, rng: random.Random, stories: tuple[BaseStory, ...]) -> None:
        self.rng = rng
        self._stories = stories
        self._order = list(range(len(stories)))
        rng.shuffle(self._order)
        self._shingles: set[int] = set()
        self._gram_cache: dict[int, frozenset[int]] = {}
        self._ids: set[str] = set()

    # -- base stories --------------------------------------------------------------------
    def _grams(self, idx: int) -> frozenset[int]:
        """Seven-word runs of base story ``idx`` as stable 64-bit digests (cached)."""
        got = self._gram_cache.get(idx)
        if got is None:
            words = re.findall(r"\w+", " ".join(self._stories[idx].paragraphs).lower())
            got = frozenset(
                int.from_bytes(hashlib.blake2b(" ".join(words[i:i + 7]).encode(), digest_size=8).digest(), "big")
                for i in range(len(words) - 6))
            self._gram_cache[idx] = got
        return got

    @staticmethod
    def _near(cand: BaseStory, topic_of: BaseStory) -> bool:
        if topic_of.topics:
            return bool(set(cand.topics) & set(topic_of.topics))
        return bool(set(cand.places) & set(topic_of.places)) and not cand.topics

    def story(self, topic_of: BaseStory | None = None) -> BaseStory:
        """A base story not used before and sharing no run of seven words with any used one;
        with ``topic_of``, preferably one on a shared topic (for mixes and hard negatives)."""
        for want_near in ((True, False) if topic_of is not None else (False,)):
            pos = 0
            while pos < len(self._order):
                idx = self._order[pos]
                if want_near and not self._near(self._stories[idx], topic_of):  # type: ignore[arg-type]
                    pos += 1
                    continue
                grams = self._grams(idx)
                if grams & self._shingles:
                    del self._order[pos]  # overlaps a used story, and always will
                    continue
                del self._order[pos]
                self._shingles |= grams
                return self._stories[idx]
        raise ValueError("ran out of base stories; ask for fewer stories")

    # -- ids and outlets -----------------------------------------------------------------
    def rid(self) -> str:
        """A fresh record id that says nothing about the story or kind."""
        while True:
            rid = f"wd-{self.rng.getrandbits(40):010x}"
            if rid not in self._ids:
                self._ids.add(rid)
                return rid

    def outlets(self, k: int, unknown: float = 0.15) -> list[Outlet | None]:
        """``k`` distinct outlets; each one unknown (None) with probability ``unknown``."""
        picked: list[Outlet | None] = list(self.rng.sample(OUTLETS, k))
        return [None if self.rng.random() < unknown else o for o in picked]

    def related(self, outlet: Outlet | None) -> list[str]:
        """Per-article links block for outlets that print one (other stories' headlines)."""
        if outlet is None or not outlet.related:
            return []
        picks = self.rng.sample(range(len(self._stories)), self.rng.randint(1, 3))
        titles = [headlines.case_headline(self._stories[i].title, outlet.headline,
                                          proper_words(list(self._stories[i].paragraphs)))
                  for i in sorted(picks)]
        titles = [t for t in titles if t.strip()] or ["More business news"]
        if outlet.related.endswith(":"):
            return [f"{outlet.related} {t}" for t in titles]
        return [outlet.related + "\n" + "\n".join(titles)]


# --- building blocks ----------------------------------------------------------------------

def _wire(desk: Desk, base: BaseStory, story: str, emit: bool, agency: str) -> Article:
    """The agency's own story. When ``emit`` it is a corpus record with no known outlet."""
    rng = desk.rng
    art = Article(rid=desk.rid() if emit else "", story=story, title=base.title,
                  body=list(base.paragraphs), when=base.when, outlet=None, topics=base.topics,
                  emit=emit)
    if emit:
        art.title = headlines.case_headline(base.title, "sentence", proper_words(art.body))
        art.credit = agency_credit(rng, agency, base.city, base.when)
    return art


def _original(desk: Desk, base: BaseStory, story: str, outlet: Outlet) -> Article:
    """A site's own article on ``base``: its byline, headline style, footer and house style."""
    rng = desk.rng
    body = [edits.house_style(p, outlet) for p in base.paragraphs]
    title = edits.house_style(headlines.case_headline(base.title, outlet.headline, proper_words(body)), outlet)
    title += outlet.title_suffix
    byline = rng.choice(outlet.bylines).replace("{agency}", "").replace(" with ", " ").strip()
    art = Article(rid=desk.rid(), story=story, title=title, body=body,
                  when=base.when + timedelta(minutes=rng.uniform(0, 90)), outlet=outlet,
                  topics=base.topics, credit=Credit(byline=byline if rng.random() < 0.8 else None))
    art.related = desk.related(outlet)
    return art


def _source(desk: Desk, base: BaseStory, story: str, outlet: Outlet | None) -> tuple[Article, str | None]:
    """A source in the corpus: an outlet's original, or (outlet None) an agency story.
    Returns it with the agency's name when it is an agency story."""
    if outlet is None:
        agency = draw_agency(desk.rng)
        return _wire(desk, base, story, True, agency), agency
    return _original(desk, base, story, outlet), None


def _extras(desk: Desk, art: Article, base_topics: tuple[str, ...], rate: float) -> None:
    """Now and then add a local-angle, background or second-agency paragraph to ``art``."""
    rng = desk.rng
    region = art.outlet.region if art.outlet else ""
    if rng.random() < rate:
        art.body = edits.add_paragraph(rng, art.body, edits.local_paragraph(rng, base_topics, region))
    if rng.random() < rate * 0.7:
        para = edits.background_paragraph(rng, base_topics, art.when.year)
        art.body = edits.add_paragraph(rng, art.body, para, at_end=rng.random() < 0.5)
    if rng.random() < rate * 0.5:
        donor = desk.story()  # used nowhere else, so it cannot link two records
        other = rng.choice([a for a in ("AFP", "AP", "dpa", "Xinhua") if a not in art.absent])
        plain = [p for p in donor.paragraphs[1:] if not p.startswith('"')] or list(donor.paragraphs[:1])
        text = edits.house_style(rng.choice(plain), art.outlet)
        forms = [f"Separately, {edits.lower_first(text)}"]
        if art.absent != [None]:  # an uncredited copy names no agency at all
            forms += [f"{text} ({other})", f"Meanwhile, {other} reported: {text}"]
        para = rng.choice(forms)
        art.body = edits.add_paragraph(rng, art.body, para, at_end=True)


def _no_lead(rng: random.Random, credit: Credit, agency: str) -> Credit:
    """``credit`` without a dateline prefix (the copy keeps its source's, or has none); when
    that was its only part, a trailing line names the agency instead."""
    credit.lead = ""
    if not credit.byline and not credit.tail:
        credit.tail = [rng.choice((f"Source: {agency}", f"— {agency}", f"({agency})"))]
    return credit


def _finish(desk: Desk, art: Article, parent_title: str, parent_lead: str,
            shares: tuple[float, float] = (0.35, 0.35)) -> None:
    art.title = headline_for(desk.rng, parent_title, parent_lead, art.outlet, proper_words(art.body), shares)
    if art.outlet and art.outlet.title_suffix and not art.title.lower().endswith(art.outlet.title_suffix.lower()):
        art.title += art.outlet.title_suffix
    art.related = desk.related(art.outlet)


def _copy(desk: Desk, parent: Article, outlet: Outlet | None, *, agency: str | None,
          lo: float, hi: float, extras: float, inherit: bool, credit_p: float,
          keep_lead: bool) -> Article:
    """A reprint of ``parent`` (an article in the corpus) with a cut, restructuring, additions,
    a headline and, with probability ``credit_p``, a credit naming the agency or the site."""
    rng = desk.rng
    if outlet is not None and outlet.excerpt:
        lo, hi, extras, inherit, credit_p = 0.2, 0.45, 0.0, False, 0.0
    body = edits.restructure(rng, edits.cut(rng, parent.body, lo, hi), rate=0.15)
    child = derive(rng, parent, desk.rid(), outlet, parent.when + delay(rng), body=body,
                   keep_lead=keep_lead, inherit_furniture=inherit,
                   keep_byline=parent.outlet is not None and rng.random() < 0.3)
    _extras(desk, child, parent.topics, extras)
    if rng.random() < credit_p:
        if agency is not None:
            own = _no_lead(rng, agency_credit(rng, agency, "", child.when, outlet.bylines if outlet else ()), agency)
        elif parent.outlet is not None:
            own = source_credit(rng, parent.outlet.name)
        else:
            own = Credit()
        child.credit.byline = own.byline or child.credit.byline
        child.credit.tail = own.tail
    elif outlet is not None and child.credit.byline is None and rng.random() < 0.4:
        child.credit.byline = rng.choice(outlet.bylines).replace(" with {agency}", "")
    if outlet is not None and outlet.excerpt:
        source = parent.outlet.name if parent.outlet else (agency or "the original publisher")
        child.carried = []
        child.credit.tail = [rng.choice((f"Read the full story at {source}.",
                                         f"Continue reading at {source}", f"Full story: {source}"))]
    _finish(desk, child, parent.title, parent.body[0])
    return child


# --- the kinds ------------------------------------------------------------------------------

def _siblings(desk: Desk, story: str, credited: bool) -> list[Article]:
    rng = desk.rng
    base = desk.story()
    agency = draw_agency(rng) if credited else "Reuters"
    wire = _wire(desk, base, story, False, agency)
    out = []
    for outlet in desk.outlets(rng.randint(2, 4)):
        body = edits.restructure(rng, edits.cut(rng, wire.body, 0.4, 0.9), rate=0.2)
        art = derive(rng, wire, desk.rid(), outlet, base.when + delay(rng, 10, 30), body=body,
                     keep_lead=False)
        art.parents = []
        art.wire_when = base.when
        art.absent = [agency if credited else None]
        _extras(desk, art, base.topics, 0.35)
        if credited:
            art.credit = agency_credit(rng, agency, base.city, base.when, outlet.bylines if outlet else ())
        else:
            if rng.random() < 0.3 and base.city:
                art.credit.lead = f"{base.city.upper()}, {_MONTHS[base.when.month - 1]} {base.when.day} - "
            if rng.random() < 0.15:
                art.credit = generic_credit(rng)  # names no agency: truth stays None
            elif outlet is not None and rng.random() < 0.5:
                art.credit.byline = rng.choice(outlet.bylines).replace(" with {agency}", "")
        _finish(desk, art, base.title, base.paragraphs[0])
        out.append(art)
    return out


def siblings_uncredited(desk: Desk, story: str) -> list[Article]:
    """2-4 outlets each ran one absent wire story, cut and edited differently, uncredited."""
    return _siblings(desk, story, credited=False)


def siblings_credited(desk: Desk, story: str) -> list[Article]:
    """2-4 outlets each ran one absent wire story and credit the agency, each its own way."""
    return _siblings(desk, story, credited=True)


def original_copies(desk: Desk, story: str) -> list[Article]:
    """An original (a site's, or an agency's with no known site) and 1-3 copies of it."""
    rng = desk.rng
    base = desk.story()
    outlets = desk.outlets(rng.randint(2, 4), unknown=0.0)
    src_outlet = None if rng.random() < 0.4 else outlets[0]
    src, agency = _source(desk, base, story, src_outlet)
    out = [src]
    for outlet in outlets[1:]:
        if rng.random() < 0.12:
            outlet = None
        out.append(_copy(desk, src, outlet, agency=agency, lo=0.4, hi=1.0, extras=0.3,
                         inherit=rng.random() < 0.3, credit_p=0.75 if agency else 0.5,
                         keep_lead=agency is not None and rng.random() < 0.6))
    return out


def chain(desk: Desk, story: str) -> list[Article]:
    """A <- B <- C (to depth 4 now and then): each copy keeps what its parent changed."""
    rng = desk.rng
    base = desk.story()
    depth = 4 if rng.random() < 0.3 else 3
    outlets = desk.outlets(depth, unknown=0.0)
    src_outlet = None if rng.random() < 0.35 else outlets[0]
    src, agency = _source(desk, base, story, src_outlet)
    out = [src]
    parent = src
    for i, outlet in enumerate(outlets[1:]):
        if i and rng.random() < 0.1:
            outlet = None
        child = _copy(desk, parent, outlet, agency=None, lo=0.75, hi=1.0, extras=0.3,
                      inherit=True, credit_p=0.4, keep_lead=True)
        # the first copy of an agency story may add an agency line of its own; like every
        # credit line above it, later copies carry it down
        if agency and i == 0 and rng.random() < 0.5:
            child.credit.tail.append(rng.choice((f"Source: {agency}", f"— {agency}")))
        out.append(child)
        parent = child
    return out


def mix(desk: Desk, story: str) -> list[Article]:
    """One article made from paragraphs of two sources, both in the corpus."""
    rng = desk.rng
    base_a = desk.story()
    base_b = desk.story(topic_of=base_a)
    o_a, o_b, o_mix = desk.outlets(3, unknown=0.0)
    a, ag_a = _source(desk, base_a, story, None if rng.random() < 0.5 else o_a)
    b, ag_b = _source(desk, base_b, story, None if rng.random() < 0.5 else o_b)
    if ag_a and ag_a == ag_b:
        b.credit = agency_credit(rng, "AFP" if ag_a != "AFP" else "AP", base_b.city, b.when)
        ag_b = "AFP" if ag_a != "AFP" else "AP"
    first, second = (a, b) if rng.random() < 0.7 else (b, a)
    n1 = rng.randint(2, min(4, len(first.body)))
    n2 = rng.randint(1, min(3, len(second.body) - 1))
    start = rng.choice((0, 1)) if len(second.body) > n2 + 1 else 0
    take1, take2 = first.body[:n1], second.body[start:start + n2]
    body = take1[:2] + take2 + take1[2:] if rng.random() < 0.5 and len(take1) > 2 else take1 + take2
    when = max(a.when, b.when) + delay(rng)
    art = derive(rng, first, desk.rid(), o_mix, when, body=body, keep_lead=rng.random() < 0.5)
    art.carried = []
    art.parents = [a.rid, b.rid]
    names = [n for n in (ag_a, ag_b) if n] + [s.outlet.name for s in (a, b) if s.outlet]
    r = rng.random()
    if r < 0.4:
        art.credit.tail = ["Compiled from " + " and ".join(names) + " reports."] if len(names) == 2 \
            else [f"With reporting from {' and '.join(names)}."]
    elif r < 0.6:
        art.credit.tail = ["— Agencies"]
    _extras(desk, art, first.topics, 0.2)
    _finish(desk, art, first.title, first.body[0], shares=(0.2, 0.3))
    return [a, b, art]


def rewrite(desk: Desk, story: str) -> list[Article]:
    """A source and one or two heavy paraphrases of it, each counted as derived."""
    rng = desk.rng
    base = desk.story()
    outlets = desk.outlets(3, unknown=0.0)
    src, agency = _source(desk, base, story, None if rng.random() < 0.4 else outlets[0])
    out = [src]
    for outlet in outlets[1:1 + (2 if rng.random() < 0.3 else 1)]:
        body = paraphrase(rng, edits.cut(rng, src.body, 0.6, 1.0, head=0, middle=0.1))
        art = derive(rng, src, desk.rid(), outlet, src.when + delay(rng, 30, 48), body=body,
                     keep_lead=False)
        art.carried = []
        if rng.random() < 0.5:
            if agency:
                art.credit = _no_lead(rng, agency_credit(rng, agency, "", art.when,
                                                         outlet.bylines if outlet else ()), agency)
            elif src.outlet:
                art.credit = source_credit(rng, src.outlet.name)
        elif outlet is not None:
            art.credit.byline = rng.choice(outlet.bylines).replace(" with {agency}", "")
        _extras(desk, art, base.topics, 0.3)
        _finish(desk, art, src.title, art.body[0], shares=(0.1, 0.3))
        out.append(art)
    return out


def unrelated(desk: Desk, story: str) -> list[Article]:
    """2-4 independent stories on related topics, most from one or two sites (same footers).
    Each article is its own story: ``story.1``, ``story.2``, ..."""
    rng = desk.rng
    first = desk.story()
    bases = [first] + [desk.story(topic_of=first) for _ in range(rng.randint(1, 3))]
    sites = [o for o in desk.outlets(2, unknown=0.0) if o is not None]
    out = []
    for j, base in enumerate(bases, 1):
        outlet = sites[0] if rng.random() < 0.6 else rng.choice(sites)
        art = _original(desk, base, f"{story}.{j}", outlet)
        art.body = edits.cut(rng, art.body, 0.7, 1.0, head=0, middle=0)
        out.append(art)
    return out


BUILDERS: dict[str, Callable[[Desk, str], list[Article]]] = {
    "siblings_uncredited": siblings_uncredited,
    "siblings_credited": siblings_credited,
    "original_copies": original_copies,
    "chain": chain,
    "mix": mix,
    "rewrite": rewrite,
    "unrelated": unrelated,
}
