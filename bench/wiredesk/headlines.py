"""Headlines as desks write them: the wire's capitals recased, a word or two reworded, or a new
headline drawn from the lead.

Reuters-21578 headlines are all capitals ("U.S. FIRST TIME JOBLESS CLAIMS FALL IN WEEK"). A site
prints them in its own case style, keeping acronyms, tickers and the body's spelling of names;
a copier keeps the headline, rewords it lightly, or writes its own from the first sentence.
"""

from __future__ import annotations

import random
import re

from .edits import sentences, sub_word

__all__ = ["case_headline", "new_headline", "reword_headline"]

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
          "with", "vs", "over", "into"}
_ACRONYMS = {"OPEC", "GATT", "IMF", "EC", "EEC", "USDA", "GNP", "GDP", "CPI", "FED", "NYSE",
             "SEC", "FDIC", "IBM", "UK", "US", "USSR", "NATO", "OECD", "CBT", "ICO", "AMEX",
             "AG", "NV", "SA", "BP", "GM", "ITT", "AT&T",
             "NASDAQ", "FTC", "ICC", "EMS", "ECU", "LDC", "FRG", "UAW", "BHP", "CSR"}


_WIRE_ABBR = {"PCT": "pct", "MLN": "mln", "DLRS": "dlrs", "DLR": "dlr", "STG": "stg", "CTS": "cts",
              "QTR": "qtr", "BLN": "bln", "SHR": "shr", "YR": "yr", "VS": "vs"}


def _capitalise_parts(word: str) -> str:
    """ "wagner/brown" -> "Wagner/Brown", "petro-canada" -> "Petro-Canada"."""
    return re.sub(r"(^|[-/])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)


def case_headline(title: str, style: str, proper: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """An all-caps wire headline in ``style``: "title" case, "sentence" case or "upper".

    ``proper`` holds words seen capitalised inside the body (names, places); they keep the
    body's spelling ("Petro-Canada", "McDonnell") in either style.
    """
    if style == "upper":
        return title.upper()
    known = {w.lower(): w for w in sorted(proper)}  # in one order: a body may spell a name two ways
    out = []
    for i, w in enumerate(title.split()):
        core = w.strip("\"'(),:;")
        if core.upper() in _WIRE_ABBR:
            out.append(w.replace(core, _WIRE_ABBR[core.upper()]))
            continue
        if "." in core or "<" in core or any(c.isdigit() for c in core) or core.upper() in _ACRONYMS \
                or (core.isupper() and not re.search(r"[AEIOUY]", core) and len(core) <= 4):
            out.append(w)
            continue
        low = w.lower()
        if core.lower() in known:
            out.append(low.replace(core.lower(), known[core.lower()]))
        elif style == "title":
            out.append(low if (i and low in _SMALL) else _capitalise_parts(low))
        else:
            out.append(low[:1].upper() + low[1:] if i == 0 else low)
    return " ".join(out)


_HEADLINE_SWAPS = (
    ("rises", "climbs"), ("rise", "gain"), ("falls", "drops"), ("fall", "drop"),
    ("says", "sees"), ("sees", "expects"), ("to buy", "to acquire"), ("cuts", "lowers"),
    ("raises", "lifts"), ("up", "higher"), ("down", "lower"), ("sets", "announces"),
    ("plans", "eyes"), ("seeks", "wants"), ("talks", "negotiations"),
)


def reword_headline(rng: random.Random, headline: str) -> str:
    """A lightly reworded headline: a word or two swapped, an abbreviation expanded, a word
    dropped, or a ``topic:`` kicker put in front."""
    h = headline
    swaps = [(a, b) for a, b in _HEADLINE_SWAPS if re.search(rf"\b{a}\b", h, re.IGNORECASE)]
    for a, b in rng.sample(swaps, k=min(len(swaps), 2)):
        h = sub_word(a, b, h)
    h = re.sub(r"\bU\.S\.", "US", h) if rng.random() < 0.5 else h
    h = re.sub(r"\b(\d[\d.]*) pct\b", r"\1%", h, flags=re.IGNORECASE)
    h = re.sub(r"\bpct\b", "percent", h, flags=re.IGNORECASE)
    h = re.sub(r"\bmln\b", "million", h, flags=re.IGNORECASE)
    h = re.sub(r"\bdlrs?\b", "dollars", h, flags=re.IGNORECASE)
    if h == headline:
        words = h.split()
        if len(words) > 4:
            del words[rng.randrange(1, len(words))]
            h = " ".join(words)
        else:
            h = rng.choice(("UPDATE: ", "Update: ", "Breaking: ")) + h
    return h


_BREAKS = {"in", "after", "from", "to", "on", "for", "against", "with", "because", "following",
           "which", "while", "but", "and", "as", "at", "by"}


def new_headline(rng: random.Random, lead: str) -> str:
    """An entirely new headline drawn from the lead sentence (its clause before attribution),
    as a desk that writes its own headlines would."""
    first = sentences(lead)[0] if lead else ""
    m = re.match(r"(.+?) (?:said|says|stated) (?:that |on \w+ that |on \w+ )?(.{20,})$", first)
    if m and len(m.group(1).split()) <= 8 and not m.group(1).startswith('"'):
        subject = m.group(1).split(",")[0].split(" and ")[0].split()
        subject = subject if len(subject) <= 6 else subject[:3]
        who = " ".join(subject)
        rest = re.sub(r",? (according to|said|says|stated)\b.*$", "", m.group(2))
        first = f"{who} says {rest}"
    else:
        first = re.sub(r",? (according to|said|says|stated)\b.*$", "", first)
    first = first.rstrip(" .,")
    first = re.sub(r"^(The|A|An) ", "", first)
    words = first.split()
    if len(words) > 11:
        cuts = [i for i in range(5, 12) if words[i].lower() in _BREAKS]
        if cuts:
            words = words[:cuts[-1]]
        else:
            words = words[:rng.randrange(8, 12)]
            while words and (words[-1].lower() in _SMALL | _BREAKS | {"its", "their", "a"}
                             or re.fullmatch(r"[\d.,/-]+", words[-1])):
                words.pop()
    text = re.sub(r"[<>]", "", " ".join(words)).rstrip(",;:-") or "News in brief"
    return text[:1].upper() + text[1:]
