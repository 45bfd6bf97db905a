"""Small text helpers shared by the other modules: sentences, case, title case, slugs, word lists.

Nothing here draws random numbers; every function is a pure function of its arguments.
"""

from __future__ import annotations

import re

_ABBREV = frozenset(
    "mr mrs ms dr st inc co corp ltd jr sr no vs gov sen sens rep reps gen col lt sgt capt prof "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est dept".split()
)
_SENT_END = re.compile(r"([.!?][\"')\]]?)\s+(?=[\"'(\[]?[A-Z0-9£$€])")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations such as "Mr." or "U.S." inside them."""
    out: list[str] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group(1)[0] == ".":
            before = text[start : m.start(1)].rsplit(None, 1)
            prev = before[-1] if before else ""
            if prev.lower().strip("(\"'") in _ABBREV or _INITIALS.fullmatch(prev):
                continue
        out.append(text[start : m.end(1)].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def match_case(src: str, repl: str) -> str:
    """Give ``repl`` the capitalisation of ``src`` (all caps, first capital, or as is)."""
    if len(src) > 1 and src.isupper():
        return repl.upper()
    if src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def lower_first(s: str) -> str:
    """Lower the first letter unless the first word looks like a name or an acronym."""
    first = s.split(" ", 1)[0]
    if first.lower() in _COMMON_STARTS:
        return s[:1].lower() + s[1:]
    return s


_COMMON_STARTS = frozenset(
    "a an the this that these those its it his her their our some many most more few new old top "
    "ad sales shares profits profit prices oil gold stocks stock bank banks firms firm company "
    "government ministers minister police fans players world record big small high low rising falling "
    "plans plan deal talks union unions workers strike court judge rates rate house home job jobs "
    "of on in at for with by from after before during under over about against between since until "
    "other others another all both each every no one two three four five several such what why how when "
    "there here he she they we you i if as but and or so yet while although though because unadjusted "
    "adjusted seasonally last next first second third final early late".split()
)

_SMALL = frozenset(
    "a an and as at but by for from in into of on or over the to up with via per nor off out than".split()
)
_KEEP_UPPER = frozenset(
    "US UK U.S. U.K. EC EEC OPEC GATT IMF USSR CEO IBM GM NYSE FDIC SEC OECD NATO UN EMS LDC GNP GDP "
    "CPI ASEAN NZ BP ICI ITT RJR CBS NBC ABC TWA AMR UAL CSX GE PLC NV AG SA FRG GDR ECU SDR ADR "
    "LTV TV BA FT ANZ BHP CRA NEC AT&T S&P S&L USDA CCC EPA FCC FTC IRS ITC NASA NASD OTC PC UPS".split()
)


def title_case(upper_title: str) -> str:
    """Turn an all-capitals wire headline into headline case, keeping well-known acronyms."""
    words = upper_title.split()
    out = []
    for i, w in enumerate(words):
        core = w.strip("\"'(),:;")
        low = w.lower()
        if core in _KEEP_UPPER or "&" in core or re.fullmatch(r"(?:[A-Z]\.){2,}", core):
            out.append(w)
        elif (i > 0 and low in _SMALL) or w[:1].isdigit():
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def slug(title: str, max_words: int = 8) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:max_words]) or "story"


def word_re(forms: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A case-sensitive pattern matching any of ``forms`` as whole words (longest first)."""
    alts = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in alts) + r")(?!\w)")


FIRST_NAMES = (
    "James Maria Tom Aisha Daniel Priya Laura Kenji Sofia Ahmed Emma Lucas Chloe Omar Hannah David "
    "Grace Mateo Fatima Ben Olivia Raj Nadia Peter Elena Samuel Mei Jonas Claire Diego Amara Michael "
    "Isabel Tariq Ruth Viktor Leila Owen Sara Karim Julia Hugo Ingrid Marcus Yuki Patrick Zara Noah "
    "Alice Felipe Niamh Andrew Lena Chen Rosa Kwame Anna Ivan Beatriz Colin Dina Simon Aoife"
).split()
LAST_NAMES = (
    "Smith Okafor Jensen Tanaka Rossi Patel Murphy Garcia Novak Haddad Walsh Kim Dubois Mensah Schmidt "
    "Fernandes Lindqvist O'Brien Nakamura Kowalski Hughes Costa Ibrahim Moreau Brennan Clarke Varga "
    "Reyes Andersen Mahmoud Fischer Doyle Castillo Petrov Osei Bauer Sullivan Hale Morgan Whitaker "
    "Ashby Delgado Cheng Farrell Greco Holm Ito Joshi Keane Larsen Moss Nair Ortega Price Quinn Rahman"
).split()
