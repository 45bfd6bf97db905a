"""Text edits a desk makes to copy it takes in: house style, cuts, restructuring, additions.

Two families. House-style edits (word swaps, "said" to "stated", British or American
spelling, how percentages and dollar amounts are written) are systematic: a desk applies all of
them to every piece it handles, and a later copier inherits them. Per-article edits (cutting the
tail, a head or middle paragraph, merging or splitting paragraphs, adding a local angle or
background) differ from one reprint to the next. Headlines and heavy rewrites have modules of
their own (:mod:`.headlines`, :mod:`.paraphrase`).
Everything is driven by a caller's ``random.Random`` so a corpus is reproducible.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from .outlets import Outlet

__all__ = [
    "SYNONYMS",
    "add_paragraph",
    "background_paragraph",
    "cut",
    "house_style",
    "local_paragraph",
    "lower_first",
    "movable",
    "numbers",
    "restructure",
    "sentences",
    "spelling",
    "sub_word",
]

#: swap key -> (pattern, replacement) pairs; a desk with the key applies every pair.
SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "rose": ((r"rose", "climbed"), (r"risen", "climbed")),
    "fell": ((r"fell", "dropped"), (r"fallen", "dropped")),
    "company": ((r"company", "firm"), (r"companies", "firms")),
    "shares": ((r"shares", "stock"),),
    "announced": ((r"announced", "unveiled"),),
    "expected": ((r"expected", "anticipated"), (r"expects", "anticipates")),
    "about": ((r"about", "around"),),
    "increase": ((r"increase", "rise"), (r"increases", "rises")),
}

_UK = (
    ("organization", "organisation"), ("privatization", "privatisation"),
    ("authorized", "authorised"), ("authorize", "authorise"), ("recognized", "recognised"),
    ("realized", "realised"), ("finalized", "finalised"), ("stabilize", "stabilise"),
    ("subsidized", "subsidised"), ("criticized", "criticised"), ("emphasized", "emphasised"),
    ("liberalization", "liberalisation"), ("capitalization", "capitalisation"),
    ("labor", "labour"), ("favorable", "favourable"), ("favor", "favour"), ("honor", "honour"),
    ("neighboring", "neighbouring"), ("behavior", "behaviour"), ("harbor", "harbour"),
    ("center", "centre"), ("defense", "defence"), ("program", "programme"),
    ("totaled", "totalled"), ("traveled", "travelled"), ("canceled", "cancelled"),
    ("fulfill", "fulfil"), ("analyze", "analyse"), ("catalog", "catalogue"),
)


def sub_word(pattern: str, repl: str, text: str) -> str:
    """Replace whole-word ``pattern`` keeping the case of the first letter (and all caps)."""
    def fix(m: re.Match[str]) -> str:
        got = m.group(0)
        if got.isupper() and len(got) > 1:
            return repl.upper()
        if got[0].isupper():
            return repl[0].upper() + repl[1:]
        return repl
    return re.sub(rf"\b{pattern}\b", fix, text, flags=re.IGNORECASE)


def _speller(pairs: dict[str, str]) -> Callable[[str], str]:
    table = {**pairs, **{k + "s": v + "s" for k, v in pairs.items()}}
    rx = re.compile(r"\b(" + "|".join(sorted(table, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    def fix(m: re.Match[str]) -> str:
        got, repl = m.group(0), table[m.group(0).lower()]
        if got.isupper() and len(got) > 1:
            return repl.upper()
        return repl[0].upper() + repl[1:] if got[0].isupper() else repl
    return lambda text: rx.sub(fix, text)


_TO_UK = _speller(dict(_UK))
_TO_US = _speller({uk: us for us, uk in _UK})


def spelling(text: str, norm: str | None) -> str:
    """British (``"uk"``) or American (``"us"``) spelling of the words in the table."""
    if norm == "uk":
        return _TO_UK(text)
    if norm == "us":
        return _TO_US(text)
    return text


def numbers(text: str, style: str | None) -> str:
    """Spell out wire abbreviations: "10 pct" as "10 percent" / "10 per cent" / "10%", "mln" as
    million, "dlrs" as dollars or a "$" sign."""
    if style is None:
        return text
    dollar = style in ("%", "percent")
    if dollar:
        text = re.sub(r"\b(\d[\d.,/-]*) (mln|billion) dlrs?\b",
                      lambda m: f"${m.group(1)} {'million' if m.group(2) == 'mln' else 'billion'}", text)
        text = re.sub(r"\b(\d[\d.,/-]*) dlrs?\b", r"$\1", text)
    text = re.sub(r"\bmln\b", "million", text)
    text = re.sub(r"\bdlrs?\b", "dollars", text)
    text = re.sub(r"\bcts\b", "cents", text)
    if style == "%":
        text = re.sub(r"(\d) pct\b", r"\1%", text)
    word = "per cent" if style == "per cent" else "percent"
    return re.sub(r"\bpct\b", word, text)


def _present(m: re.Match[str]) -> str:
    """ "they said" -> "they say", "the bank said" -> "the bank says"."""
    prev = m.group(1)
    low = prev.lower()
    plural = low in ("they", "we", "i", "you") or (
        low.endswith("s") and not low.endswith(("ss", "us", "is"))
        and (prev.islower() or low in ("officials", "analysts", "traders", "sources", "dealers")))
    return f"{prev}{m.group(2)} {'say' if plural else 'says'}"


def house_style(text: str, outlet: Outlet | None) -> str:
    """All of an outlet's systematic edits applied to one paragraph (or headline)."""
    if outlet is None:
        return text
    for key in outlet.swaps:
        for pattern, repl in SYNONYMS[key]:
            text = sub_word(pattern, repl, text)
    if outlet.said == "says":
        text = re.sub(r"\b(\w+)([,\"]?) said\b", _present, text)
        text = sub_word("said", "says", text)
    elif outlet.said:
        text = sub_word("said", outlet.said, text)
    return numbers(spelling(text, outlet.spelling), outlet.numbers)


# --- cuts and restructuring -------------------------------------------------------------------

def cut(rng: random.Random, paras: list[str], lo: float = 0.4, hi: float = 0.9,
        head: float = 0.08, middle: float = 0.15) -> list[str]:
    """Keep the first ``lo``-``hi`` share of paragraphs (at least two); now and then also drop
    the opening paragraph or one from the middle, as a desk trimming for space does."""
    n = len(paras)
    keep = max(2, min(n, round(n * rng.uniform(lo, hi))))
    out = paras[:keep]
    if len(out) > 3 and rng.random() < head:
        out = out[1:]
    if len(out) > 3 and rng.random() < middle:
        del out[rng.randrange(1, len(out) - 1)]
    return out


_ABBREV = {"mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept",
           "oct", "nov", "dec", "gen", "sen", "rep", "gov", "no", "vs", "bros", "jr"}


def sentences(para: str) -> list[str]:
    """Sentences of a paragraph, not broken after "U.S.", "Corp." and the like."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"']?\s+(?=[\"A-Z])", para):
        word = para[start:m.start() + 1].split()[-1].rstrip(".").lower()
        if word in _ABBREV or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word):
            continue
        out.append(para[start:m.end()].strip())
        start = m.end()
    out.append(para[start:].strip())
    return [s for s in out if s]


def restructure(rng: random.Random, paras: list[str], rate: float = 0.25) -> list[str]:
    """Merge short neighbouring paragraphs and split long ones at a sentence boundary."""
    out: list[str] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if i + 1 < len(paras) and len(p) + len(paras[i + 1]) < 420 and rng.random() < rate:
            out.append(p + " " + paras[i + 1])
            i += 2
            continue
        sents = sentences(p)
        if len(sents) >= 2 and rng.random() < rate:
            k = rng.randrange(1, len(sents))
            out += [" ".join(sents[:k]), " ".join(sents[k:])]
        else:
            out.append(p)
        i += 1
    return out


# --- added paragraphs ------------------------------------------------------------------------

_TOPIC = {
    "crude": "oil prices", "nat-gas": "gas supplies", "grain": "grain markets",
    "wheat": "wheat exports", "corn": "corn prices", "money-fx": "currency markets",
    "interest": "interest rates", "earn": "corporate earnings", "acq": "takeover activity",
    "trade": "trade relations", "ship": "shipping costs", "gold": "the gold price",
    "coffee": "coffee prices", "sugar": "sugar prices", "cocoa": "cocoa supplies",
    "money-supply": "monetary policy", "gnp": "economic growth", "jobs": "the labour market",
    "cpi": "inflation", "oilseed": "oilseed markets", "livestock": "livestock prices",
}


def _topic(topics: Sequence[str]) -> str:
    for t in topics:
        if t in _TOPIC:
            return _TOPIC[t]
    return "the sector"


def local_paragraph(rng: random.Random, topics: Sequence[str], region: str) -> str:
    """A short local-angle paragraph for ``region`` (assembled from parts, so rarely repeated)."""
    region = region or "the region"
    topic = _topic(topics)
    who = rng.choice(("Traders", "Analysts", "Economists", "Industry sources", "Brokers",
                      "Local officials", "Exporters"))
    where = rng.choice((f"in {region}", f"across {region}", f"based in {region}"))
    verb = rng.choice(("said", "told reporters", "noted on", "said late on"))
    day = rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))
    view = rng.choice((
        f"the news was likely to weigh on {topic} when markets reopen",
        f"the move could have knock-on effects for {topic} {where.split(' ', 1)[1]}",
        "they would study the details before deciding how to respond",
        "there had been little immediate reaction from buyers",
        "the figures were broadly in line with what they had expected",
        "the decision had been widely anticipated by dealers",
    ))
    if verb.endswith(" on") or verb.endswith("late on"):
        return f"{who} {where} {verb} {day} that {view}."
    return f"{who} {where} {verb} {view}."


def background_paragraph(rng: random.Random, topics: Sequence[str], year: int) -> str:
    """A background paragraph of the kind desks add to give context."""
    topic = _topic(topics)
    opening = rng.choice((
        f"The outlook for {topic} has been uncertain for much of {year}",
        f"Concern over {topic} has grown in recent months",
        f"Attention has been focused on {topic} since the start of {year}",
        f"Markets have been sensitive to any news on {topic} this year",
    ))
    middle = rng.choice((
        ", with forecasters divided over",
        " amid debate about",
        ", as policymakers weigh",
        " as investors look for clues about",
    ))
    ending = rng.choice((
        " the pace of any recovery.", " the strength of demand.",
        " how long current conditions will last.", " the direction of government policy.",
        " the impact on consumers.",
    ))
    return opening + middle + ending


def add_paragraph(rng: random.Random, paras: list[str], extra: str, at_end: bool = False) -> list[str]:
    """Insert ``extra`` after the lead (or at the end): desks rarely touch the opening."""
    if at_end or len(paras) < 2:
        return [*paras, extra]
    pos = rng.randrange(1, len(paras) + 1)
    return [*paras[:pos], extra, *paras[pos:]]


# --- casing -----------------------------------------------------------------------------------

_PLAIN = {"the", "a", "an", "it", "its", "this", "that", "these", "those", "there", "he", "she",
          "they", "we", "his", "her", "their", "some", "most", "many", "net", "total", "prices",
          "sales", "output", "profits", "shares", "earnings", "exports", "imports", "in", "on",
          "at", "for", "after", "since", "under", "last", "such", "one", "two", "both", "each",
          "all", "no", "other", "about", "more", "work", "trade", "production", "demand",
          "growth", "revenue", "income", "oil", "gold", "interest", "inflation", "talks"}


def movable(text: str) -> bool:
    """Whether ``text`` can follow a comma without a wrongly capitalised common word."""
    first = text.split(" ", 1)[0].strip("\"'(")
    return first.lower() in _PLAIN or first.isupper() or any(c.isdigit() for c in first)


def lower_first(text: str) -> str:
    """``text`` with its first letter lowered when it starts with a common word, so it can
    follow a comma; names, places and acronyms keep their capital."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _PLAIN else text
