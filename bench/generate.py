"""A seeded generator of syndication networks with exact ground truth, from real BBC News text.

Real copy-editing is hard to label by hand, so this module makes it: it takes articles from
``bbc_news/`` and lets wire agencies and outlets copy them the way syndication does (credits,
retitles, truncation, dropped and inserted paragraphs, word edits, spelling variants, clause
cuts, splits, merges, moves, per-outlet footers and related links, copies of copies up to depth
4, articles mixing two sources, a wire original missing from the corpus) and records exactly
what was done: the direct parents of every article and, paragraph by paragraph, which parent
paragraphs each copy paragraph came from. The same seed gives the same corpus, byte for byte.

Only articles that share no 8-word run with any other BBC article are used, so that two
articles the generator did not relate really are unrelated.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from . import data_dir, read_jsonl

__all__ = ["Article", "Para", "Scenario", "TruthEdge", "generate", "truth_edge"]

#: Wire agencies (names the library knows as agencies) that originate stories.
WIRES = ("Reuters", "AFP", "AP", "PA")
#: Outlets that copy, each with a house style: footer, related-links list, headline in the text,
#: US spelling.
OUTLETS: dict[str, dict[str, Any]] = {
    "Al Jazeera": {"footer": "", "related": True, "headline": True, "us": False},
    "Libyan Express": {"footer": "How to submit an Op-Ed: Libyan Express accepts opinion articles on a wide "
                       "range of topics. Submissions may be sent to oped@libyanexpress.com", "related": True,
                       "headline": True, "us": False},
    "Gulf Times": {"footer": "© Gulf Times 2005. All rights reserved.", "related": False, "headline": False,
                   "us": False},
    "Daily Courier": {"footer": "Follow us on Twitter and subscribe to our newsletter for more stories like this.",
                      "related": True, "headline": True, "us": True},
    "Metro Herald": {"footer": "", "related": False, "headline": False, "us": False},
    "Lagos Tribune": {"footer": "Have a story? Contact us at tips@lagostribune.com", "related": True,
                      "headline": False, "us": False},
    "Pacific Ledger": {"footer": "Copyright 2005 Pacific Ledger. Reproduction without permission is prohibited.",
                       "related": False, "headline": True, "us": True},
    "Northern Post": {"footer": "", "related": True, "headline": False, "us": False},
    "Capital Wire Daily": {"footer": "Sign up for our morning newsletter and download the app.",
                           "related": False, "headline": True, "us": True},
    "Harbour Gazette": {"footer": "", "related": False, "headline": True, "us": False},
}
#: The least a mixed article takes from its second source, in words.
MIX_MIN_WORDS = 30

CITIES = ("LONDON", "BRUSSELS", "NEW YORK", "PARIS", "WASHINGTON", "TOKYO", "GENEVA")
#: Word substitutions a copy editor makes (both directions are used).
SUBSTITUTIONS = (
    ("said", "says"), ("announced", "unveiled"), ("big", "large"), ("however", "but"),
    ("company", "firm"), ("rise", "increase"), ("fell", "dropped"), ("about", "around"),
    ("more than", "over"), ("government", "administration"), ("people", "individuals"),
    ("expected", "predicted"), ("shows", "suggests"), ("major", "key"), ("help", "assist"),
    ("also", "additionally"), ("told", "informed"), ("begin", "start"), ("buy", "purchase"),
    ("show", "reveal"), ("new", "fresh"), ("plans", "proposals"), ("chief", "head"),
    ("per cent", "percent"), ("UK", "Britain"), ("US", "United States"), ("film", "movie"),
)
#: British spellings and their American variants.
SPELLINGS = (
    ("organisation", "organization"), ("organise", "organize"), ("colour", "color"), ("favour", "favor"),
    ("centre", "center"), ("defence", "defense"), ("programme", "program"), ("realise", "realize"),
    ("recognise", "recognize"), ("analyse", "analyze"), ("behaviour", "behavior"), ("criticise", "criticize"),
    ("licence", "license"), ("theatre", "theater"), ("honour", "honor"), ("travelling", "traveling"),
    ("neighbour", "neighbor"), ("cheque", "check"), ("tyre", "tire"),
    ("authorised", "authorized"), ("privatisation", "privatization"), ("apologise", "apologize"),
    ("emphasise", "emphasize"), ("modernise", "modernize"), ("catalogue", "catalog"), ("grey", "gray"),
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
_WORD8 = re.compile(r"\w+")


@dataclass
class Para:
    """One paragraph of a generated article and where it came from."""

    text: str
    furniture: bool = False
    parent: str | None = None  # id of the article it was copied from; None when the copy added it
    src: tuple[int, ...] = ()  # indices into the parent's paragraphs
    credits: tuple[str, ...] = ()  # outlet names this paragraph credits


@dataclass
class Article:
    """A generated article: its text is rendered from the paragraphs, its truth kept beside it."""

    id: str
    outlet: str
    title: str
    paras: list[Para]
    published: datetime
    network: str
    kind: str  # the network kind: fanout, chain, tree, mix, missing_wire, negative
    parents: tuple[str, ...] = ()
    retitled: dict[str, bool] = field(default_factory=dict)  # parent id -> headline rewritten
    headline_in_text: bool = False
    in_corpus: bool = True

    def render(self) -> tuple[str, list[int]]:
        """The article's text and the character offset of each paragraph in it."""
        parts, offsets, pos = [], [], 0
        if self.headline_in_text:
            parts.append(self.title)
            pos = len(self.title) + 2
        for p in self.paras:
            offsets.append(pos)
            parts.append(p.text)
            pos += len(p.text) + 2
        return "\n\n".join(parts), offsets

    def record(self, dated: bool) -> dict[str, Any]:
        """The record handed to :func:`provenance.trace`."""
        out: dict[str, Any] = {"id": self.id, "title": self.title, "text": self.render()[0], "outlet": self.outlet}
        if dated:
            out["published"] = self.published.isoformat()
        return out

    @property
    def credited(self) -> set[str]:
        return {name for p in self.paras for name in p.credits}


@dataclass(frozen=True)
class TruthEdge:
    """The exact truth about one direct-parent edge, paragraphs named by index in each article."""

    derived: str
    source: str
    groups: tuple[tuple[tuple[int, ...], tuple[int, ...], str], ...]  # (derived paras, source paras, kind)
    added: tuple[int, ...]
    dropped: tuple[int, ...]
    retitled: bool
    credited: bool


@dataclass
class Scenario:
    """A generated corpus and its truth."""

    seed: int
    articles: list[Article]

    def corpus(self, dated: bool = True) -> list[dict[str, Any]]:
        return [a.record(dated) for a in self.articles if a.in_corpus]

    @property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def edges(self) -> list[TruthEdge]:
        """Direct-parent edges between articles that are both in the corpus."""
        by_id = self.by_id
        return [
            truth_edge(a, by_id[p])
            for a in self.articles
            if a.in_corpus
            for p in a.parents
            if by_id[p].in_corpus
        ]


def truth_edge(derived: Article, source: Article) -> TruthEdge:
    """Groups of corresponding paragraphs (kept / modified / moved), added and dropped ones."""
    links: dict[int, set[int]] = defaultdict(set)
    for i, p in enumerate(derived.paras):
        if p.parent == source.id:
            links[i].update(p.src)
    # connected parts of the derived-source links
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(n: tuple[str, int]) -> tuple[str, int]:
        while parent.get(n, n) != n:
            n = parent[n]
        return n

    for i, js in links.items():
        for j in js:
            a, b = find(("d", i)), find(("s", j))
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for i, js in links.items():
        members[find(("d", i))].append(("d", i))
        for j in js:
            members[find(("s", j))].append(("s", j))
    raw = []
    for nodes in members.values():
        d = tuple(sorted({n for s, n in nodes if s == "d"}))
        s = tuple(sorted({n for s_, n in nodes if s_ == "s"}))
        same = len(d) == 1 and len(s) == 1 and _same(derived.paras[d[0]].text, source.paras[s[0]].text)
        raw.append((d, s, "kept" if same else "modified"))
    raw.sort(key=lambda g: (g[0][0], g[1][0]))
    in_order = _longest_increasing([g[1][0] for g in raw])
    groups = tuple((d, s, k if n in in_order else "moved") for n, (d, s, k) in enumerate(raw))
    used_d = {i for d, _, _ in groups for i in d}
    used_s = {j for _, s, _ in groups for j in s}
    added = tuple(i for i in range(len(derived.paras)) if i not in used_d)
    dropped = tuple(j for j in range(len(source.paras)) if j not in used_s)
    return TruthEdge(
        derived=derived.id,
        source=source.id,
        groups=groups,
        added=added,
        dropped=dropped,
        retitled=derived.retitled.get(source.id, False),
        credited=source.outlet in derived.credited,
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _longest_increasing(keys: list[int]) -> set[int]:
    """Positions of one longest strictly increasing run (ties: earliest), as the library defines "in place"."""
    best: list[tuple[int, int]] = []  # (length, prev) per position
    for n, k in enumerate(keys):
        length, prev = 1, -1
        for m in range(n):
            if keys[m] < k and best[m][0] + 1 > length:
                length, prev = best[m][0] + 1, m
        best.append((length, prev))
    if not best:
        return set()
    n = max(range(len(best)), key=lambda m: (best[m][0], -m))
    out = set()
    while n >= 0:
        out.add(n)
        n = best[n][1]
    return out


# ---------------------------------------------------------------- source text


@lru_cache(maxsize=1)
def _clean_articles() -> tuple[dict[str, Any], ...]:
    """BBC articles with at least 4 paragraphs that share no 8-word run with any other article."""
    docs = list(read_jsonl(data_dir() / "bbc_news" / "docs.jsonl"))
    owners: dict[int, set[int]] = defaultdict(set)
    grams: list[set[int]] = []
    for n, d in enumerate(docs):
        words = _WORD8.findall(d["text"].lower())
        g = {hash(tuple(words[k : k + 8])) for k in range(len(words) - 7)}
        grams.append(g)
        for h in g:
            owners[h].add(n)
    out = []
    for n, d in enumerate(docs):
        paras = [" ".join(p.split()) for p in d["text"].split("\n\n") if p.strip()]
        if len(paras) < 4 or any(len(owners[h]) > 1 for h in grams[n]):
            continue
        out.append({"id": d["doc_id"], "title": " ".join(d["title"].split()), "topic": d["category"],
                    "paras": paras})
    return tuple(out)


class _Pools:
    """Base articles by topic and a pool of filler paragraphs, each handed out once."""

    def __init__(self, rng: random.Random) -> None:
        clean = list(_clean_articles())
        rng.shuffle(clean)
        self.filler: list[str] = []
        self.titles: list[str] = []
        self.by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for n, art in enumerate(clean):
            if n % 5 == 0:  # a fifth of the articles only lend paragraphs and titles
                self.filler.extend(p for p in art["paras"] if 20 <= len(p.split()) <= 80)
                self.titles.append(art["title"])
            else:
                self.by_topic[art["topic"]].append(art)
        rng.shuffle(self.filler)

    def base(self, topic: str) -> dict[str, Any]:
        return self.by_topic[topic].pop()

    def paragraph(self) -> str:
        return self.filler.pop()


# ---------------------------------------------------------------- edits


def _sentences(text: str) -> list[str]:
    return _SENTENCE.split(text)


def _substitute(text: str, rng: random.Random, count: int) -> str:
    options = []
    for a, b in SUBSTITUTIONS:
        for old, new in ((a, b), (b, a)):
            if re.search(rf"\b{re.escape(old)}\b", text):
                options.append((old, new))
    rng.shuffle(options)
    for old, new in options[:count]:
        text = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
    return text


def _americanise(text: str) -> str:
    for uk, us in SPELLINGS:
        text = re.sub(rf"\b{uk}", us, text)
        text = re.sub(rf"\b{uk.capitalize()}", us.capitalize(), text)
    return text


def _cut_clause(text: str) -> str | None:
    """The paragraph with the last clause of one sentence cut (", who ... ." -> "."), if it has one."""
    sentences = _sentences(text)
    for n, s in enumerate(sentences):
        if s.endswith(".") and "(" not in s and s.count(",") >= 1 and len(s.split()) >= 14:
            cut = s.rfind(", ")
            if len(s[:cut].split()) >= 6:
                sentences[n] = s[:cut] + "."
                return " ".join(sentences)
    return None


def _related(pools: _Pools, rng: random.Random) -> list[Para]:
    return [Para("- " + pools.titles[rng.randrange(len(pools.titles))], furniture=True) for _ in range(3)]


def _retitle(title: str, lead: str, rng: random.Random) -> tuple[str, bool]:
    """A copy's headline and whether the generator meant to rewrite it.

    The truth recorded is whether the words changed: a case-only change is not a retitle, and a
    headline rebuilt from the lead can come out equal to the parent's when the parent did the same.
    """
    roll = rng.random()
    if roll < 0.4:
        return title, False
    if roll < 0.5:
        return title.upper(), False
    if roll < 0.65:
        words = title.split()
        if len(words) >= 4:
            del words[rng.randrange(1, len(words))]
            changed = _substitute(" ".join(words), rng, 1)
            return changed + " – report", True
    words = re.sub(r"^[A-Z][A-Za-z.' ]{0,40}?\([^)]*\)\s*[-–]\s*", "", lead).split()
    if len(words) < 15:  # a headline cut from a one-line lead would repeat the whole first paragraph
        return title, False
    return " ".join(words[:10]).rstrip(".,;:\"'"), True


def _with_credit(body: list[Para], outlet: str, rng: random.Random) -> tuple[list[Para], Para | None]:
    """Add a credit naming ``outlet``: prefix, wire dateline, suffix or a "Source:" line."""
    form = rng.choice(("prefix", "dateline", "suffix", "source"))
    if form in ("prefix", "dateline") and body[0].credits:
        form = "suffix"
    if form == "suffix" and body[-1].credits:
        form = "source"
    first, last = body[0], body[-1]
    if form == "prefix":
        body[0] = Para(f"{outlet} – {first.text}", parent=first.parent, src=first.src, credits=(*first.credits, outlet))
    elif form == "dateline":
        body[0] = Para(f"{rng.choice(CITIES)} ({outlet}) - {first.text}", parent=first.parent, src=first.src,
                       credits=(*first.credits, outlet))
    elif form == "suffix":
        body[-1] = Para(f"{last.text} ({outlet})", parent=last.parent, src=last.src, credits=(*last.credits, outlet))
    else:
        return body, Para(f"Source: {outlet}", furniture=True, credits=(outlet,))
    return body, None


def _edit(body: list[Para], rng: random.Random, pools: _Pools, us: bool) -> list[Para]:
    """Copy-editing of a body: truncation, drops, merges, splits, word edits, cuts, moves, inserts."""

    def changed(p: Para, text: str) -> Para:
        return Para(text, parent=p.parent, src=p.src, credits=p.credits)

    if len(body) >= 6 and rng.random() < 0.35:  # truncation: keep the opening
        body = body[: max(3, int(len(body) * rng.uniform(0.45, 0.8)))]
    if len(body) >= 5 and rng.random() < 0.35:  # a dropped paragraph from the middle
        del body[rng.randrange(1, len(body) - 1)]
    if len(body) >= 5 and rng.random() < 0.2:  # two paragraphs merged
        i = rng.randrange(1, len(body) - 2)
        a, b = body[i], body[i + 1]
        merged = Para(f"{a.text} {b.text}", parent=a.parent, src=a.src + b.src, credits=a.credits + b.credits)
        body[i : i + 2] = [merged]
    if rng.random() < 0.2:  # a paragraph split in two at a sentence boundary
        options = [i for i, p in enumerate(body[1:-1], 1) if len(_sentences(p.text)) >= 2]
        if options:
            i = rng.choice(options)
            parts = _sentences(body[i].text)
            cut = rng.randrange(1, len(parts))
            p = body[i]
            body[i : i + 1] = [changed(p, " ".join(parts[:cut])), changed(p, " ".join(parts[cut:]))]
    if rng.random() < 0.6:  # words changed in a few paragraphs
        for i in rng.sample(range(len(body)), k=min(len(body), rng.randint(1, 3))):
            body[i] = changed(body[i], _substitute(body[i].text, rng, rng.randint(1, 2)))
    if us:
        body = [changed(p, _americanise(p.text)) for p in body]
    if rng.random() < 0.3:  # a clause cut
        for i in rng.sample(range(len(body)), k=len(body)):
            cut = _cut_clause(body[i].text)
            if cut:
                body[i] = changed(body[i], cut)
                break
    if len(body) >= 6 and rng.random() < 0.2:  # a paragraph moved at least two places (not first or last)
        i = rng.randrange(1, len(body) - 1)
        p = body.pop(i)
        targets = [j for j in range(1, len(body)) if abs(j - i) >= 2]
        body.insert(rng.choice(targets) if targets else i, p)
    if rng.random() < 0.3:  # the copy's own paragraphs, never at the top or the bottom
        for _ in range(rng.randint(1, 2)):
            body.insert(rng.randrange(1, len(body)), Para(pools.paragraph()))
    return body


# ---------------------------------------------------------------- networks


def _enough(body: list[tuple[int, Para]], start: int, end: int) -> list[tuple[int, Para]]:
    """body[start:end], widened (forwards, then backwards) until it holds MIX_MIN_WORDS words.

    A borrowing of a few words ("Kamara.") is no evidence of copying for any method.
    """
    def words() -> int:
        return sum(len(p.text.split()) for _, p in body[start:end])

    while end < len(body) and words() < MIX_MIN_WORDS:
        end += 1
    while start > 0 and words() < MIX_MIN_WORDS:
        start -= 1
    return body[start:end]


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.pools = _Pools(self.rng)
        self.articles: list[Article] = []
        self.start = datetime(2005, 3, 1, 6, 0, tzinfo=timezone.utc)

    def _furnish(self, body: list[Para], outlet: str, extra: list[Para]) -> list[Para]:
        style = OUTLETS.get(outlet, {})
        paras = body + extra
        if style.get("footer"):
            paras.append(Para(style["footer"], furniture=True))
        if style.get("related"):
            paras.extend(_related(self.pools, self.rng))
        return paras

    def original(self, net: str, kind: str, topic: str, outlet: str, n: int) -> Article:
        base = self.pools.base(topic)
        paras = [Para(t) for t in base["paras"]]
        if outlet in WIRES and self.rng.random() < 0.5:  # the wire's own dateline
            paras[0] = Para(f"{self.rng.choice(CITIES)} ({outlet}) - {paras[0].text}", credits=(outlet,))
        when = self.start + timedelta(days=self.rng.randrange(60), minutes=self.rng.randrange(600))
        style = OUTLETS.get(outlet, {})
        art = Article(
            id=f"{net}-{n}", outlet=outlet, title=base["title"], paras=self._furnish(paras, outlet, []),
            published=when, network=net, kind=kind, headline_in_text=bool(style.get("headline")),
        )
        self.articles.append(art)
        return art

    def copy(self, parent: Article, outlet: str, n: int, credit: float = 0.6) -> Article:
        rng = self.rng
        body = [Para(p.text, parent=parent.id, src=(j,), credits=p.credits)
                for j, p in enumerate(parent.paras) if not p.furniture]
        body = _edit(body, rng, self.pools, bool(OUTLETS.get(outlet, {}).get("us")))
        extra: list[Para] = []
        if rng.random() < credit:
            body, line = _with_credit(body, parent.outlet, rng)
            extra = [line] if line else []
        title, _ = _retitle(parent.title, body[0].text, rng)
        retitled = title.casefold() != parent.title.casefold()
        art = Article(
            id=f"{parent.network}-{n}", outlet=outlet, title=title, paras=self._furnish(body, outlet, extra),
            published=parent.published + timedelta(minutes=rng.randint(5, 480)), network=parent.network,
            kind=parent.kind, parents=(parent.id,), retitled={parent.id: retitled},
            headline_in_text=bool(OUTLETS.get(outlet, {}).get("headline")),
        )
        self.articles.append(art)
        return art

    def mix(self, a: Article, b: Article, outlet: str, n: int) -> Article:
        """An article that opens with ``a``'s lead paragraphs and goes on with some of ``b``'s."""
        rng = self.rng
        body_a = [(j, p) for j, p in enumerate(a.paras) if not p.furniture]
        body_b = [(j, p) for j, p in enumerate(b.paras) if not p.furniture]
        take_a = _enough(body_a, 0, rng.randint(2, min(4, len(body_a))))
        start = rng.randrange(1, max(2, len(body_b) - 2))
        take_b = _enough(body_b, start, start + rng.randint(2, 3))
        body = [Para(p.text, parent=a.id, src=(j,), credits=p.credits) for j, p in take_a]
        body += [Para(p.text, parent=b.id, src=(j,), credits=p.credits) for j, p in take_b]
        if rng.random() < 0.5:
            i = rng.randrange(len(body))
            body[i] = Para(_substitute(body[i].text, rng, 1), parent=body[i].parent, src=body[i].src,
                           credits=body[i].credits)
        extra = []
        if rng.random() < 0.5:
            extra = [Para(f"Source: {a.outlet}, {b.outlet}", furniture=True, credits=(a.outlet, b.outlet))]
        title, retitled = _retitle(a.title, body[0].text, rng)
        art = Article(
            id=f"{a.network}-{n}", outlet=outlet, title=title, paras=self._furnish(body, outlet, extra),
            published=max(a.published, b.published) + timedelta(minutes=rng.randint(5, 240)),
            network=a.network, kind="mix", parents=(a.id, b.id), retitled={a.id: retitled, b.id: True},
            headline_in_text=bool(OUTLETS.get(outlet, {}).get("headline")),
        )
        self.articles.append(art)
        return art


def generate(seed: int, networks: int = 40, negatives: int = 40) -> Scenario:
    """A corpus of ``networks`` syndication networks and ``negatives`` unrelated articles, from ``seed``.

    Network kinds come in turn: a wire story with 2-4 direct copies (fanout), a chain of copies
    of copies to depth 2-4 (chain), a random tree to depth 4 (tree), an article mixing two
    sources (mix), and a wire story whose copies are in the corpus but the wire is not
    (missing_wire). Negatives are articles of the same topics that nobody copied.
    """
    b = _Builder(seed)
    rng = b.rng
    topics = sorted(b.pools.by_topic)
    outlets = sorted(OUTLETS)
    kinds = ("fanout", "chain", "tree", "mix", "missing_wire")
    for k in range(networks):
        kind = kinds[k % len(kinds)]
        net = f"g{seed}-{k:03d}-{kind}"
        topic = topics[k % len(topics)]
        wire = rng.choice(WIRES)
        users = rng.sample(outlets, len(outlets))
        root = b.original(net, kind, topic, wire, 0)
        if kind in ("fanout", "missing_wire"):
            for n in range(1, rng.randint(2, 4) + 1):
                b.copy(root, users[n], n)
            root.in_corpus = kind != "missing_wire"
        elif kind == "chain":
            node = root
            for n in range(1, rng.randint(2, 4) + 1):
                node = b.copy(node, users[n], n, credit=0.5)
        elif kind == "tree":
            nodes, depth = [root], {root.id: 0}
            for n in range(1, rng.randint(3, 6) + 1):
                parent = rng.choice([x for x in nodes if depth[x.id] < 4])
                child = b.copy(parent, users[n], n, credit=0.5)
                depth[child.id] = depth[parent.id] + 1
                nodes.append(child)
        else:  # mix: a second source of the same topic from another outlet
            other = b.original(net, kind, topic, users[0], 1)
            b.mix(root, other, users[1], 2)
            if rng.random() < 0.5:
                b.copy(root, users[2], 3)
    for k in range(negatives):
        outlet = outlets[k % len(outlets)] if k % 3 else WIRES[k % len(WIRES)]
        b.original(f"g{seed}-neg{k:03d}", "negative", topics[k % len(topics)], outlet, 0)
    return Scenario(seed=seed, articles=b.articles)
