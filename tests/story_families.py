"""Generated corpora of story families, with their genealogy, for the corpus-level property tests.

A corpus is a few families, each one story:

- ``chain``: an original A and copies of copies A <- B <- C ... to depth 4, every copy carrying
  its parent's word changes and adding its own;
- ``fanout``: an original and two to four copies of it;
- ``siblings``: two or three outlets each cutting and editing one wire story that is not in the
  corpus (each changes words in a paragraph of its own, so each holds text the others lack);
- ``mix``: two unrelated originals and one article opening with paragraphs of the first and going
  on with paragraphs of the second;
- ``unrelated``: one story that nobody copied.

Copies credit their source in one of several forms ("(Reuters) -", "LONDON (AFP) —", "Source: AP",
"Reuters –"), carry a byline, keep the first k paragraphs, swap words, add a paragraph of their
own; every outlet prints its footer on all its articles, so unrelated stories share boilerplate.
Outlets are known (outlet and url), half known (url only) or unknown; dates are absent, day-only or
full ISO times, copies never before their source.

Text comes from a fixed vocabulary of made-up words, so unrelated stories share no text by chance.
Everything is a function of the :class:`CorpusSpec`: hypothesis draws specs (and shrinks them), and
:func:`random_spec` draws one from a seeded ``random.Random`` for measured figures. Two families of one
``seed`` repeat a story (the same text run by other outlets under their own footers): hypothesis may
draw that, and the report must still hold together, but the truth does not relate the two families,
so :func:`random_spec`, whose families are measured against the truth, never repeats a seed.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.genealogy import ABSENT, Truth, absent_sibling_pairs, figures, total  # noqa: E402

__all__ = ["KINDS", "Copy", "CorpusSpec", "Family", "build", "corpora", "figures", "random_spec", "total"]

KINDS = ("chain", "fanout", "siblings", "mix", "unrelated")
WIRES = ("Reuters", "AFP", "AP")
OUTLETS = ("Daily Courier", "Metro Herald", "Valley Times", "Harbour Gazette", "Northern Post", "Pacific Ledger")
FOOTERS = {
    "Daily Courier": "Follow the Daily Courier on Twitter and sign up for our morning newsletter.",
    "Metro Herald": "Copyright 2024 Metro Herald. All rights reserved.",
    "Valley Times": "Have a story? Contact the newsroom at tips@valleytimes.com",
    "Harbour Gazette": "Subscribe to the Harbour Gazette for unlimited access to local news.",
    "Northern Post": "",
    "Pacific Ledger": "Sign up for the Pacific Ledger newsletter and download our app.",
}
CREDITS = ("paren", "dateline", "source", "prefix")
CITIES = ("LONDON", "PARIS", "GENEVA", "NAIROBI")
NAMES = ("Jane Roe", "Omar Haddad", "Lena Fischer", "Kofi Mensah")
START = datetime(2024, 3, 5, 8, 0, tzinfo=timezone.utc)


def _vocabulary(size: int = 4000, seed: int = 18) -> tuple[str, ...]:
    rng = random.Random(seed)
    onsets = "b c d f g h j k l m n p r s t v w z br cr dr fl gr kl pl pr sk st tr".split()
    vowels = "a e i o u ai ea ie ou".split()
    codas = ["", "", "n", "r", "s", "l", "m", "th", "nd", "st"]
    words: set[str] = set()
    while len(words) < size:
        n = rng.choice((2, 2, 3, 3, 4))
        words.add("".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(n)) + rng.choice(codas))
    return tuple(sorted(words))


VOCABULARY = _vocabulary()


def _paragraph(rng: random.Random) -> str:
    target, words, sentences = rng.randint(30, 60), 0, []
    while words < target:
        n = min(rng.randint(8, 16), max(target - words, 5))
        sentence = [rng.choice(VOCABULARY) for _ in range(n)]
        sentences.append(" ".join(sentence).capitalize() + ".")
        words += n
    return " ".join(sentences)


def _story(seed: int) -> tuple[str, list[str]]:
    rng = random.Random(seed)
    title = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(5, 9))).capitalize()
    return title, [_paragraph(rng) for _ in range(rng.randint(4, 10))]


def _swap(paragraph: str, rng: random.Random, count: int) -> str:
    words = paragraph.split(" ")
    for _ in range(count):
        k = rng.randrange(4, len(words) - 1)  # not the opening words (a credit may stand there) nor the last
        words[k] = rng.choice(VOCABULARY)
    return " ".join(words)


@dataclass(frozen=True)
class Copy:
    """How one copy is made from its parent's body."""

    keep: int = 0  # keep the first max(3, keep) paragraphs; 0: all
    swaps: int = 1  # word changes, in one paragraph
    added: bool = False  # a paragraph of its own, inside the body
    credit: str | None = None  # one of CREDITS: names the parent's outlet (or the absent wire)
    byline: bool = False


@dataclass(frozen=True)
class Family:
    kind: str
    seed: int  # the story's text
    copies: tuple[Copy, ...] = ()  # chain: each copies the previous; fanout, siblings: each the original
    wire: bool = True  # the original is a wire agency's
    mix_seed: int = 0  # mix: the second story


@dataclass(frozen=True)
class CorpusSpec:
    families: tuple[Family, ...]
    outlets: str = "known"  # known, url, unknown, mixed
    dates: str = "none"  # none, day, full, mixed
    seed: int = 0  # ids, outlets, dates and edit positions


copies = st.builds(
    Copy,
    keep=st.sampled_from((0, 0, 3, 4, 5)),
    swaps=st.integers(1, 3),
    added=st.booleans(),
    credit=st.sampled_from((None, *CREDITS)),
    byline=st.booleans(),
)


@st.composite
def families(draw: Any) -> Family:
    kind = draw(st.sampled_from(KINDS))
    size = {"chain": (2, 4), "fanout": (2, 4), "siblings": (2, 3), "mix": (0, 0), "unrelated": (0, 0)}[kind]
    return Family(
        kind=kind,
        seed=draw(st.integers(0, 10_000)),
        copies=tuple(draw(st.lists(copies, min_size=size[0], max_size=size[1]))),
        wire=draw(st.booleans()),
        mix_seed=draw(st.integers(10_001, 20_000)),
    )


def _size(f: Family) -> int:
    return {"chain": 1, "fanout": 1, "siblings": 0, "mix": 3, "unrelated": 1}[f.kind] + len(f.copies)


@st.composite
def corpora(draw: Any, max_articles: int = 25) -> CorpusSpec:
    """A corpus of one to six families, at most ``max_articles`` articles, at least two."""
    chosen: list[Family] = []
    for family in draw(st.lists(families(), min_size=1, max_size=6)):
        if sum(_size(f) for f in chosen) + _size(family) <= max_articles:
            chosen.append(family)
    if sum(_size(f) for f in chosen) < 2:
        chosen.append(Family("unrelated", seed=20_001))
    return CorpusSpec(
        families=tuple(chosen),
        outlets=draw(st.sampled_from(("known", "url", "unknown", "mixed"))),
        dates=draw(st.sampled_from(("none", "day", "full", "mixed"))),
        seed=draw(st.integers(0, 2**16)),
    )


def random_spec(rng: random.Random, max_articles: int = 25, dates: str | None = None) -> CorpusSpec:
    """A corpus spec drawn from a seeded generator: two to six families of every kind."""
    chosen: list[Family] = []
    seeds = rng.sample(range(10_000), 6)
    mix_seeds = rng.sample(range(10_001, 20_000), 6)
    for n in range(rng.randint(2, 6)):
        kind = KINDS[n % len(KINDS)] if n < len(KINDS) else rng.choice(KINDS)
        lo, hi = {"chain": (2, 4), "fanout": (2, 4), "siblings": (2, 3)}.get(kind, (0, 0))
        made = tuple(
            Copy(keep=rng.choice((0, 0, 3, 4, 5)), swaps=rng.randint(1, 3), added=rng.random() < 0.4,
                 credit=rng.choice((None, *CREDITS)), byline=rng.random() < 0.4)
            for _ in range(rng.randint(lo, hi))
        )
        family = Family(kind, seed=seeds[n], copies=made, wire=rng.random() < 0.5, mix_seed=mix_seeds[n])
        if sum(_size(f) for f in chosen) + _size(family) <= max_articles:
            chosen.append(family)
    return CorpusSpec(
        families=tuple(chosen),
        outlets=rng.choice(("known", "url", "unknown", "mixed")),
        dates=dates or rng.choice(("none", "day", "full", "mixed")),
        seed=rng.randrange(2**16),
    )


def sized_spec(articles: int, seed: int) -> CorpusSpec:
    """A corpus spec of exactly ``articles`` articles (two or more) in families of every kind, drawn
    from ``seed``: for drawing corpora of a given size (a family that would overshoot is skipped)."""
    rng = random.Random(seed)
    seeds = rng.sample(range(10_000), min(10_000, 3 * articles + 20))
    mix_seeds = rng.sample(range(10_001, 20_000), min(9_999, 3 * articles + 20))
    chosen: list[Family] = []
    total = n = 0
    while total < articles:
        kind = KINDS[n % len(KINDS)] if n < len(KINDS) else rng.choice(KINDS)
        lo, hi = {"chain": (2, 4), "fanout": (2, 4), "siblings": (2, 3)}.get(kind, (0, 0))
        made = tuple(
            Copy(keep=rng.choice((0, 0, 3, 4, 5)), swaps=rng.randint(1, 3), added=rng.random() < 0.4,
                 credit=rng.choice((None, *CREDITS)), byline=rng.random() < 0.4)
            for _ in range(rng.randint(lo, hi))
        )
        family = Family(kind, seed=seeds[n], copies=made, wire=rng.random() < 0.5, mix_seed=mix_seeds[n])
        n += 1
        if total + _size(family) <= articles:
            chosen.append(family)
            total += _size(family)
    return CorpusSpec(families=tuple(chosen), outlets="mixed", dates="mixed", seed=seed)


# ---------------------------------------------------------------- building


@dataclass
class _Art:
    id: str
    outlet: str
    title: str
    body: list[str]
    when: datetime
    credit_line: str | None = None
    byline: str | None = None


class _Builder:
    def __init__(self, spec: CorpusSpec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.arts: list[_Art] = []
        self.story: dict[str, str] = {}
        self.parents: dict[str, frozenset[str]] = {}
        self.absent: dict[str, str] = {}  # article -> the absent source it copies
        self.siblings: set[frozenset[str]] = set()
        self.used_ids: set[str] = set()

    def new_id(self) -> str:
        while True:
            ident = f"doc-{self.rng.randrange(16**6):06x}"
            if ident not in self.used_ids:
                self.used_ids.add(ident)
                return ident

    def original(self, story: str, seed: int, outlet: str, when: datetime) -> _Art:
        title, body = _story(seed)
        art = _Art(self.new_id(), outlet, title, body, when)
        return art

    def add(self, art: _Art, story: str, parents: frozenset[str]) -> _Art:
        self.arts.append(art)
        self.story[art.id] = story
        self.parents[art.id] = parents
        return art

    def copy(self, parent: _Art, how: Copy, outlet: str, position: int) -> _Art:
        rng = self.rng
        body = list(parent.body)
        if how.keep:
            body = body[: max(3, how.keep)]
        # word changes in a paragraph chosen by the copy's position (siblings differ from each other)
        target = position % len(body)
        body[target] = _swap(body[target], rng, how.swaps)
        if how.added:
            body.insert(rng.randrange(1, len(body)), _paragraph(rng))
        credit_line = None
        if how.credit:
            name = parent.outlet
            if how.credit == "paren":
                body[0] = f"({name}) - {body[0]}"
            elif how.credit == "dateline":
                body[0] = f"{rng.choice(CITIES)} ({name}) — {body[0]}"
            elif how.credit == "prefix":
                body[0] = f"{name} – {body[0]}"
            else:
                credit_line = f"Source: {name}"
        byline = f"By {rng.choice(NAMES)}" if how.byline else None
        title = parent.title if rng.random() < 0.5 else f"{parent.title} {rng.choice(VOCABULARY)}"
        when = parent.when + timedelta(hours=rng.randint(1, 30))
        return _Art(self.new_id(), outlet, title, body, when, credit_line, byline)

    def family(self, n: int, f: Family) -> None:
        rng = self.rng
        story = f"story{n}"
        others = list(OUTLETS)
        rng.shuffle(others)
        source_outlet = rng.choice(WIRES) if f.wire or f.kind == "siblings" else others.pop()
        when = START + timedelta(days=n, hours=rng.randint(0, 6))
        root = self.original(story, f.seed, source_outlet, when)
        if f.kind == "unrelated":
            self.add(root, story, frozenset())
        elif f.kind == "chain":
            self.add(root, story, frozenset())
            node = root
            for k, how in enumerate(f.copies):
                child = self.copy(node, how, others[k % len(others)], k)
                self.add(child, story, frozenset({node.id}))
                node = child
        elif f.kind == "fanout":
            self.add(root, story, frozenset())
            for k, how in enumerate(f.copies):
                self.add(self.copy(root, how, others[k % len(others)], k), story, frozenset({root.id}))
        elif f.kind == "siblings":  # the wire story is not in the corpus
            made = [self.add(self.copy(root, how, others[k % len(others)], k), story, frozenset({ABSENT}))
                    for k, how in enumerate(f.copies)]
            for a in made:
                self.absent[a.id] = story
            self.siblings |= {frozenset((a.id, b.id)) for i, a in enumerate(made) for b in made[i + 1 :]}
        else:  # mix: two unrelated originals, and an article made of paragraphs of both
            other = self.original(story, f.mix_seed, others.pop(), when + timedelta(hours=1))
            self.add(root, story, frozenset())
            self.add(other, story, frozenset())
            take_a = root.body[: rng.randint(2, 3)]
            start = rng.randrange(1, max(2, len(other.body) - 2))
            take_b = other.body[start : start + rng.randint(2, 3)]
            mixed = _Art(self.new_id(), others.pop(), root.title, take_a + take_b,
                         max(root.when, other.when) + timedelta(hours=2))
            self.add(mixed, story, frozenset({root.id, other.id}))

    def record(self, art: _Art) -> dict[str, Any]:
        rng = self.rng
        paras = ([art.byline] if art.byline else []) + art.body
        if art.credit_line:
            paras.append(art.credit_line)
        if FOOTERS.get(art.outlet):
            paras.append(FOOTERS[art.outlet])
        out: dict[str, Any] = {"id": art.id, "title": art.title, "text": "\n\n".join(paras)}
        mode = self.spec.outlets if self.spec.outlets != "mixed" else rng.choice(("known", "url", "unknown"))
        domain = "".join(c for c in art.outlet.lower() if c.isalnum())
        if mode in ("known", "url"):
            out["url"] = f"https://www.{domain}.com/news/{art.id}"
        if mode == "known":
            out["outlet"] = art.outlet
        dates = self.spec.dates if self.spec.dates != "mixed" else rng.choice(("none", "day", "full"))
        if dates == "day":
            out["published"] = art.when.date().isoformat()
        elif dates == "full":
            out["published"] = art.when.strftime("%Y-%m-%dT%H:%M:%SZ")
        return out


def build(spec: CorpusSpec) -> tuple[list[dict[str, Any]], Truth]:
    """The records of a corpus and the genealogy its families were made with."""
    b = _Builder(spec)
    for n, f in enumerate(spec.families):
        b.family(n, f)
    records = [b.record(a) for a in b.arts]
    order = list(range(len(records)))
    b.rng.shuffle(order)  # the corpus order tells nothing
    truth = Truth(story=b.story, parents=b.parents, siblings=set(b.siblings),
                  absent_siblings=absent_sibling_pairs(b.parents, b.absent))
    # copies of one source in the corpus are siblings too (an edge between them is wrong)
    by_parent: dict[frozenset[str], list[str]] = {}
    for ident, ps in b.parents.items():
        if len(ps) == 1 and ABSENT not in ps:
            by_parent.setdefault(ps, []).append(ident)
    for group in by_parent.values():
        truth.siblings |= {frozenset((x, y)) for i, x in enumerate(group) for y in group[i + 1 :]}
    return [records[i] for i in order], truth
