"""Small corpora of wire stories, outlet copies, shared site footers and missing common sources."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone
from itertools import combinations
from random import Random

from .credits import AGENCIES, OUTLETS, add_credit, stories

__all__ = ["KINDS", "corpus"]

KINDS = ("copies", "unrelated_footers", "unknown_outlet", "siblings")

SWAPS = [
    ("said", "says"), ("pct", "percent"), ("dlrs", "dollars"), ("mln", "million"), ("rose", "climbed"),
    ("fell", "dropped"), ("company", "firm"), ("U.S.", "US"), ("billion", "bln"), ("increase", "rise"),
    ("expects", "anticipates"), ("told", "informed"), ("shares", "stock"), ("about", "around"),
    ("announced", "unveiled"), ("agreed", "consented"), ("Corp", "Corporation"), ("Inc", "Incorporated"),
]
_FOOTERS = [
    "Follow {o} on Twitter and Facebook for the latest news.",
    "Follow us on X, Facebook and Instagram: @{h}.",
    "Like {o} on Facebook and follow @{h} for breaking updates.",
    "Copyright {o} {y}. All rights reserved.",
    "© {y} {o}. All rights reserved.",
    "All content © {o}, {y}. Reproduction without permission is prohibited.",
    "Sign up for the {o} newsletter to get the day's top stories in your inbox.",
    "Get the {o} morning briefing: subscribe to our free newsletter at {d}/newsletters.",
    "Have a news tip? Email the newsdesk at tips@{d}.",
    "Download the {o} app for breaking news alerts on your phone.",
    "Subscribe to {o} from just $1 a week and support local journalism.",
]
_OPEN = ["Analysts said", "Market watchers noted", "Industry sources said", "Observers said", "Traders said"]
_MID = ["further details were expected", "the move had been widely anticipated", "reaction had been muted",
        "the outlook remained uncertain", "more announcements could follow", "investors would watch closely"]
_WHEN = ["in the coming weeks", "later this month", "before the end of the quarter", "over the next few days",
         "as the year goes on", "when markets reopen"]
_HEAD_PREFIX = ["UPDATE: ", "Breaking: ", "", "", "Markets: ", "Business | "]
_STOP = {"a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "and", "or", "have", "has", "was", "is",
         "were", "be", "its", "it", "that", "with", "from", "as", "said", "are", "which", "would", "will"}
_TZ = [0, 0, -5, 1, 2, 5.5, 9, -8]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON3 = [m[:3] for m in _MONTHS]


def _slug(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower())[:8]) or "story"


def _domain(outlet: str) -> str:
    return OUTLETS.get(outlet) or re.sub(r"[^a-z]", "", outlet.lower()) + ".com"


def _fmt_date(rng: Random, when: datetime, allow_none: bool = True) -> str | None:
    """One instant written in a varied, real-world style (or None about 20% of the time)."""
    roll = rng.random()
    if allow_none and roll < 0.2:
        return None
    style = rng.randrange(7)
    if style == 0:
        off = rng.choice(_TZ)
        local = when.astimezone(timezone(timedelta(hours=off)))
        text = local.replace(microsecond=0).isoformat()
        return text.replace("+00:00", "Z") if off == 0 and rng.random() < 0.5 else text
    if style == 1:
        return when.date().isoformat()
    if style == 2:
        u = when.astimezone(timezone.utc)
        return f"{_DAYS[u.weekday()]}, {u.day:02d} {_MON3[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"
    if style == 3:
        return f"{_MONTHS[when.month - 1]} {when.day}, {when.year}"
    if style == 4:
        return f"{when.day} {_MONTHS[when.month - 1]} {when.year}"
    if style == 5:
        return str(int(when.timestamp()))
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _later(rng: Random, when: datetime) -> datetime:
    roll = rng.random()
    if roll < 0.4:
        return when + timedelta(minutes=rng.randint(4, 180))
    if roll < 0.8:
        return when + timedelta(minutes=rng.randint(180, 2880))
    end = when.replace(hour=23, minute=59, second=0)
    return when + (end - when) * rng.random()


def _generic(rng: Random) -> str:
    return f"{rng.choice(_OPEN)} {rng.choice(_MID)} {rng.choice(_WHEN)}."


def _swap_words(rng: Random, text: str, chosen: list[tuple[str, str]]) -> str:
    for a, b in chosen:
        text = re.sub(rf"(?<![\w.]){re.escape(a)}(?!\w)", b, text)
    return text


def _headline(rng: Random, title: str, lead: str) -> str:
    roll = rng.random()
    words = title.split()
    if roll < 0.25:
        cut = lead.split()[: rng.randint(7, 12)]
        while len(cut) > 4 and cut[-1].lower().strip(",;") in _STOP:
            cut.pop()
        new = " ".join(cut).rstrip(",;")
    elif roll < 0.45 and len(words) > 4:
        new = " ".join(words[: len(words) - rng.randint(1, 2)])
    elif roll < 0.7:
        new = _swap_words(rng, title, rng.sample(SWAPS, 6)).replace(" percent", "%")
    else:
        new = title + rng.choice([" - report", ": sources", " as markets watch", ""])
    new = rng.choice(_HEAD_PREFIX) + new
    return new[:1].upper() + new[1:]


class _Gen:
    def __init__(self, kind: str, seed: int) -> None:
        self.kind, self.seed, self.count = kind, seed, 0
        self.rng = Random(seed * 8 + KINDS.index(kind))
        self.records: list[dict] = []
        self.truth: dict = {"kind": kind, "edges": [], "siblings": [], "unrelated": [], "credits": {}}
        self.family: dict[str, int] = {}
        rng = self.rng
        self.footers = {}
        for o in OUTLETS:
            h = re.sub(r"[^A-Za-z]", "", o)
            lines = rng.sample(_FOOTERS, rng.randint(2, 3))
            self.footers[o] = [t.format(o=o, h=h, d=_domain(o), y=rng.choice([2024, 2025])) for t in lines]

    def new_id(self) -> str:
        self.count += 1
        return "f" + hashlib.blake2b(f"{self.kind}:{self.seed}:{self.count}".encode(), digest_size=6).hexdigest()

    def add(self, fam: int, title: str, paras: list[str], when: datetime | None, outlet: str | None,
            meta: str, credit: str | None, date_none: bool = True) -> str:
        """meta: 'both', 'outlet', 'url', 'none' (which of outlet and url the record reveals)."""
        rid = self.new_id()
        url = None
        if outlet and meta in ("both", "url") and when is not None:
            url = f"https://www.{_domain(outlet)}/news/{when:%Y/%m/%d}/{_slug(title)}"
        self.records.append({
            "id": rid, "title": title, "text": "\n\n".join(paras),
            "published": _fmt_date(self.rng, when, date_none) if when is not None else None,
            "outlet": outlet if meta in ("both", "outlet") else None, "url": url,
        })
        self.truth["credits"][rid] = credit
        self.family[rid] = fam
        return rid

    def meta(self, p_none: float = 0.2) -> str:
        roll = self.rng.random()
        if roll < p_none:
            return "none"
        return self.rng.choices(["both", "outlet", "url"], [0.55, 0.25, 0.2])[0]

    def start(self) -> datetime:
        base = datetime(2025, 1, 1, tzinfo=timezone.utc)
        return base + timedelta(days=self.rng.randint(0, 330), minutes=self.rng.randint(300, 1200))

    def edit(self, title: str, paras: list[str], outlet: str, credit_to: str | None,
             p_credit: float = 0.75) -> tuple[str, list[str], str | None]:
        """An outlet's cut of a story: shorter, reworded, new headline, maybe credited, with its footer."""
        rng = self.rng
        keep = max(3, min(len(paras), round(len(paras) * rng.uniform(0.5, 0.95))))
        out = paras[:keep]
        if len(out) >= 4 and rng.random() < 0.3:
            del out[rng.randrange(1, len(out) - 1)]
        chosen = [s for s in SWAPS if rng.random() < 0.35]
        out = [_swap_words(rng, p, chosen) for p in out]
        if rng.random() < 0.3:
            out.insert(rng.choice([1, len(out)]), _generic(rng))
        credited = None
        if credit_to and rng.random() < p_credit:
            out, _ = add_credit(rng, out, credit_to)
            credited = credit_to
        if rng.random() < 0.7:
            out += self.footers[outlet]
        return _headline(rng, title, paras[0]), out, credited

    def copies_of(self, fam: int, title: str, paras: list[str], when: datetime | None, parent: str,
                  credit_to: str | None, exclude: set[str], k: int, p_credit: float = 0.75,
                  p_none: float = 0.2) -> list[str]:
        made: list[tuple[str, str, list[str], str | None]] = []
        outlets = self.rng.sample([o for o in OUTLETS if o not in exclude], k)
        for o in outlets:
            src_id, src_title, src_paras, inherited = parent, title, paras, None
            if made and self.rng.random() < 0.2:  # a copy of the first copy (chain)
                src_id, src_title, src_paras, inherited = made[0]
                src_paras = [p for p in src_paras if p not in self.footers[outlets[0]]]
            t, body, credited = self.edit(src_title, src_paras, o, credit_to, p_credit)
            credited = credited or inherited
            w = _later(self.rng, when) if when is not None else self.start()
            rid = self.add(fam, t, body, w, o, self.meta(p_none), credited)
            self.truth["edges"].append([rid, src_id])
            made.append((rid, t, body, credited))
        return [m[0] for m in made]

    def finish(self, n_pairs: int) -> tuple[list[dict], dict]:
        ids = [r["id"] for r in self.records]
        if self.kind != "unrelated_footers":
            pairs = set()
            for _ in range(n_pairs * 4):
                a, b = self.rng.sample(ids, 2)
                if self.family[a] != self.family[b]:
                    pairs.add(tuple(sorted((a, b))))
                if len(pairs) >= n_pairs:
                    break
            self.truth["unrelated"] = [list(p) for p in sorted(pairs)]
        for key in ("edges", "siblings"):
            self.truth[key] = sorted(self.truth[key])
        self.rng.shuffle(self.records)
        return self.records, self.truth


def _copies(g: _Gen, n: int) -> None:
    rng = g.rng
    for fam, (_, title, paras) in enumerate(stories(rng, n)):
        src = rng.choice(list(AGENCIES)) if rng.random() < 0.5 else rng.choice(list(OUTLETS))
        when = g.start()
        body, credit = list(paras), None
        if src in AGENCIES and rng.random() < 0.5:
            body, _ = add_credit(rng, body, src, "dateline")
            credit = src
        shown = body + g.footers[src] if src in OUTLETS and rng.random() < 0.5 else body
        rid = g.add(fam, title, shown, when, src, g.meta(0.1), credit)
        g.copies_of(fam, title, paras, when, rid, src, {src}, rng.randint(1, 2))


def _unrelated_footers(g: _Gen, n: int) -> None:
    rng = g.rng
    outlets = rng.sample(list(OUTLETS), rng.randint(2, 3))
    templates = rng.sample(_FOOTERS, len(_FOOTERS))  # disjoint footer wording per outlet
    for i, o in enumerate(outlets):
        h, y = re.sub(r"[^A-Za-z]", "", o), rng.choice([2024, 2025])
        lines = templates[3 * i: 3 * i + rng.randint(2, 3)]
        g.footers[o] = [t.format(o=o, h=h, d=_domain(o), y=y) for t in lines]
    for fam, (_, title, paras) in enumerate(stories(rng, n)):
        o = outlets[fam % len(outlets)]
        g.add(fam, title, paras[: rng.randint(4, len(paras))] + g.footers[o], g.start(), o, g.meta(), None)
    ids = sorted(r["id"] for r in g.records)
    g.truth["unrelated"] = [list(p) for p in combinations(ids, 2)]


def _unknown_outlet(g: _Gen, n: int) -> None:
    rng = g.rng
    for fam, (_, title, paras) in enumerate(stories(rng, n)):
        agency, when = rng.choice(list(AGENCIES)), g.start()
        rid = g.add(fam, title, paras, when, None, "none", None)
        g.copies_of(fam, title, paras, when, rid, agency, set(), rng.randint(1, 2), 0.85, 0.0)


def _siblings(g: _Gen, n: int) -> None:
    rng = g.rng
    for fam, (doc_id, title, paras) in enumerate(stories(rng, n)):
        agency, when = rng.choice(list(AGENCIES)), g.start()
        key = f"missing:wire-{doc_id}"
        made = []
        for o in rng.sample(list(OUTLETS), rng.randint(2, 3)):
            t, body, credited = g.edit(title, paras, o, agency)
            rid = g.add(fam, t, body, _later(rng, when), o, g.meta(), credited)
            g.truth["edges"].append([rid, key])
            made.append(rid)
        g.truth["siblings"] += [sorted(p) for p in combinations(made, 2)]


def corpus(kind: str, n: int, seed: int = 0) -> tuple[list[dict], dict]:
    """Records and ground truth for one corpus ``kind`` (see ``KINDS``) built from n base stories."""
    build = {"copies": _copies, "unrelated_footers": _unrelated_footers, "unknown_outlet": _unknown_outlet,
             "siblings": _siblings}
    if kind not in build:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    g = _Gen(kind, seed)
    build[kind](g, n)
    return g.finish(3 * n)
