"""Copy-desk edits: house spelling, word swaps, number style, cuts and headline rewrites.

Each edit works on one paragraph (or headline) at a time and is driven by the caller's seeded RNG.
"""

from __future__ import annotations

import random
import re

from . import words

_ISE = ("organis", "realis", "recognis", "criticis", "apologis", "authoris", "privatis", "minimis", "maximis",
        "prioritis", "finalis", "legalis", "modernis", "stabilis", "subsidis", "utilis", "capitalis", "summaris",
        "specialis", "standardis", "normalis", "mobilis", "jeopardis", "scrutinis", "sympathis", "emphasis",
        "characteris", "centralis", "nationalis", "liberalis", "penalis", "neutralis", "hospitalis", "digitalis",
        "monetis", "incentivis", "categoris", "memoris", "optimis", "visualis", "energis", "revolutionis")
_ISE_ENDINGS = ("e", "ed", "es", "ing", "ation", "ations")
_PAIRS = """colour color colours colors coloured colored favour favor favours favors favoured favored favourite favorite
favourites favorites favourable favorable honour honor honours honors honoured honored neighbour neighbor
neighbours neighbors neighbouring neighboring rumour rumor rumours rumors rumoured rumored harbour harbor
behaviour behavior behaviours behaviors humour humor vigour vigor flavour flavor flavours flavors endeavour endeavor
armoured armored labour labor centre center centres centers centred centered theatre theater theatres theaters
metre meter metres meters litre liter litres liters fibre fiber calibre caliber kilometre kilometer kilometres
kilometers defence defense offence offense offences offenses licence license licences licenses pretence pretense
travelled traveled travelling traveling traveller traveler travellers travelers cancelled canceled cancelling
canceling modelling modeling labelled labeled fuelled fueled fuelling fueling signalled signaled counselling
counseling levelled leveled totalled totaled marvellous marvelous jewellery jewelry channelled channeled
enrolment enrollment fulfil fulfill skilful skillful instalment installment programme program programmes programs
grey gray aluminium aluminum catalogue catalog analyse analyze analysed analyzed analysing analyzing paralysed
paralyzed ageing aging judgement judgment acknowledgement acknowledgment manoeuvre maneuver sceptical skeptical
sceptic skeptic sceptics skeptics mould mold pyjamas pajamas cosy cozy towards toward whilst while amongst among
cheque check cheques checks storey story storeys stories tyre tire tyres tires"""
_LOWER_ONLY = {"labour", "labor", "grey", "gray", "mould", "mold", "harbour", "harbor"}
_ONE_WAY = {"whilst", "amongst", "cheque", "cheques", "storey", "storeys", "tyre", "tyres"}
_NO_REVERSE = {"program", "programs", "license", "licenses", "check", "checks", "story", "stories", "tire", "tires",
               "while", "among", "meter", "meters", "labor", "mold", "gray"}


def _spelling() -> dict[str, str]:
    table: dict[str, str] = {}
    pairs = _PAIRS.split()
    for uk, us in zip(pairs[::2], pairs[1::2]):
        table[uk] = us
    for stem in _ISE:
        for end in _ISE_ENDINGS:
            if stem == "emphasis" and end in ("ation", "ations"):
                continue
            table[stem + end] = stem[:-1] + "z" + end
    return table


UK_TO_US = _spelling()
US_TO_UK = {us: uk for uk, us in UK_TO_US.items() if us not in _NO_REVERSE and uk not in _ONE_WAY}
words.register_spelling(UK_TO_US)
_TOKEN = re.compile(r"[A-Za-z]+")


def respell(text: str, to: str | None) -> str:
    """Rewrite British spellings as American (``to="us"``) or the reverse (``"uk"``)."""
    if not to:
        return text
    table = UK_TO_US if to == "us" else US_TO_UK

    def swap(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        capital = w == low.capitalize() and low not in _LOWER_ONLY and _starts_sentence(text, m.start())
        if low in table and (w == low or capital):
            new = table[low]
            return new if w == low else new.capitalize()
        return w

    return _TOKEN.sub(swap, text)


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?"


_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RULES = {
    "says": [(re.compile(r"\bsaid\b"), "says")],
    "stated": [(re.compile(r"\b(?<!was )(?<!is )said\b(?= (?:in|on|that|it|the)\b)"), "stated")],
    "around": [(re.compile(r"\babout (?=[$£€]?\d)"), "around "), (re.compile(r"\bapproximately\b"), "about")],
    "over": [(re.compile(r"\bmore than (?=[$£€]?\d)"), "over ")],
    "weekday_on": [(re.compile(r"\b(said|says|announced|reported) on " + _WEEKDAY), r"\1 \2")],
}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr)(\.?) (?=[A-Z])")


def swap(text: str, rng: random.Random, rules: dict[str, float], spelling: str | None) -> str:
    """Apply an outlet's word swaps, each match taken with the rule's probability."""
    for name, rate in rules.items():
        if name == "us_dots":
            text = _us_dots(text, spelling, rate, rng)
        elif name == "honorific":
            dot = "." if spelling == "us" else ""
            text = _HONORIFIC.sub(
                lambda m, d=dot, p=rate: f"{m.group(1)}{d} " if rng.random() < p else m.group(0), text)
        else:
            for pattern, repl in _RULES[name]:
                text = pattern.sub(lambda m, r=repl, p=rate: m.expand(r) if rng.random() < p else m.group(0), text)
    return text


def _us_dots(text: str, spelling: str | None, rate: float, rng: random.Random) -> str:
    if spelling == "us":
        return re.sub(r"\bUS\b(?!\$)", lambda m: "U.S." if rng.random() < rate else m.group(0), text)
    return re.sub(r"\bU\.S\.(?= [a-z])|\bU\.S\.(?=[,;:])", lambda m: "US" if rng.random() < rate else m.group(0),
                  text)


_NUM = r"(\d[\d,]*(?:\.\d+)?)"


def numbers(text: str, style: str | None) -> str:
    """Print percentages and wire-style money the outlet's way."""
    if not style:
        return text
    text = re.sub(_NUM + r" (?:mln|million) dlrs", r"$\1 million", text)
    text = re.sub(_NUM + r" (?:bln|billion) dlrs", r"$\1 billion", text)
    text = re.sub(_NUM + r" dlrs\b", r"$\1", text)
    text = re.sub(r"\b" + _NUM + r" mln\b", r"\1 million", text)
    text = re.sub(r"\b" + _NUM + r" bln\b", r"\1 billion", text)
    word = {"symbol": "%", "per_cent": " per cent", "percent": " percent"}[style]
    text = re.sub(_NUM + r"(?:%| per cent\b| percent\b| pct\b)", lambda m: m.group(1) + word, text)
    if style == "symbol" or style == "percent":
        text = re.sub(r"([$£€]" + _NUM[1:-1] + r")(bn|m)\b", lambda m: m.group(1) + (
            " billion" if m.group(2) == "bn" else " million"), text)
    return text


def house(text: str, outlet, rng: random.Random, swap_scale: float = 1.0) -> str:
    """One paragraph through an outlet's copy desk: spelling, swaps, number style."""
    text = respell(text, outlet.spelling)
    if outlet.swaps:
        text = swap(text, rng, {k: min(1.0, v * swap_scale) for k, v in outlet.swaps.items()}, outlet.spelling)
    return numbers(text, outlet.numbers)


# Headlines ---------------------------------------------------------------------------------------------------

_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "but", "or", "as", "by", "with", "from", "vs",
          "over", "into", "after"}


def restyle(title: str, style: str, proper: frozenset[str]) -> str:
    """A headline in title case or sentence case (names keep their capitals)."""
    toks = title.split()
    out = []
    for i, tok in enumerate(toks):
        core = tok.strip("'\"‘’“”:,")
        low = core.lower()
        keep = (core.isupper() and len(core) > 1) or any(ch.isdigit() for ch in core) or low in proper
        if style == "title":
            if keep or (i and low in _SMALL):
                out.append(tok if keep else tok.lower())
            else:
                out.append(tok[:1].upper() + tok[1:] if tok[:1].isalpha() else _cap_inner(tok))
        else:
            if i == 0:
                out.append(tok[:1].upper() + tok[1:] if tok[:1].isalpha() else _cap_inner(tok))
            elif keep or (core[:1].isupper() and low in proper):
                out.append(tok)
            else:
                out.append(tok.lower() if not keep else tok)
    return " ".join(out)


def _cap_inner(tok: str) -> str:
    for i, ch in enumerate(tok):
        if ch.isalpha():
            return tok[:i] + ch.upper() + tok[i + 1:]
    return tok


def shorten(title: str) -> str:
    """Cut a headline at its colon, dash or comma, or drop its last clause."""
    for sep in (": ", " - ", " – ", ", "):
        if sep in title:
            head, tail = title.split(sep, 1)
            part = head if len(head.split()) >= 3 else tail
            if len(part.split()) >= 3:
                return part.strip()
    toks = title.split()
    if len(toks) > 6:
        cut = toks[:max(4, len(toks) - 3)]
        while cut and cut[-1].lower() in _SMALL:
            cut.pop()
        return " ".join(cut)
    return title


_CUT_BEFORE = {"with", "for", "in", "on", "at", "from", "to", "by", "over", "after", "amid", "as", "because",
               "but", "when", "while", "which", "who", "and", "that", "following", "despite", "since", "than"}
_DANGLING = _SMALL | {"has", "have", "had", "is", "was", "were", "are", "will", "would", "its", "their", "his", "her",
                      "be", "been", "this", "that", "said", "says", "of", "than", "very", "more", "most", "not"}
_OPENER = re.compile(r"^(?:On|By|In|At|Late|Early|Earlier|Meanwhile|However|But|And|Now)\b[^,]{0,30}, ")
_AGENCY_LEAD = re.compile(r"^[^()]{0,60}\((?:AP|Reuters|AFP|dpa|ANI|PTI|UPI|Bernama|Xinhua)\)\s*[-—:]*\s*")


def from_lead(lead: str, proper: frozenset[str], rng: random.Random) -> str:
    """A fresh headline written from the story's first sentence, headline-style ("X says ...")."""
    first = words.sentences(lead)[0] if lead else ""
    first = _OPENER.sub("", _AGENCY_LEAD.sub("", first)).rstrip(".!?\"”")
    toks = first.split()
    for verb in ("said", "says", "announced", "reported"):
        if verb in toks[:9] and toks.index(verb) >= 1:
            at = toks.index(verb)
            who = [t.strip(",;:") for t in toks[:at] if t[:1].isupper() and t.lower() not in ("the", "a", "an")][-2:]
            rest = toks[at + 1:]
            if rest and rest[0] in ("that", "on", "it") and len(rest) > 1 and rest[0] != "it":
                rest = rest[1:] if rest[0] == "that" else rest[2:]
            if who and len(rest) >= 3:
                toks = [*who, "says" if verb in ("said", "says") else verb, *rest]
            break
    text = " ".join(toks)
    for sep in (", ", " - ", "; ", " -- "):
        head = text.split(sep)[0]
        if len(head.split()) >= 4:
            text = head
    toks = [t for t in text.split() if t.lower() not in ("the", "a", "an")]
    limit = rng.randint(9, 12)
    if len(toks) > limit:
        cuts = [i for i in range(4, limit + 1) if toks[i].lower() in _CUT_BEFORE]
        toks = toks[:cuts[-1]] if cuts else toks[:limit]
    while len(toks) > 3 and (toks[-1].lower() in _DANGLING or (toks[-1][:1].isdigit() and len(toks) > 4)):
        toks.pop()
    text = " ".join(toks)
    text = re.sub(r"\b(?:has|have) been\b", "", text)
    text = re.sub(r"\bsaid\b", "says", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    return text[:1].upper() + text[1:]


def retitle(title: str, lead: str, outlet, proper: frozenset[str], rng: random.Random) -> str:
    """A client's headline for a copied story: kept, restyled, shortened or rewritten, plus any site suffix."""
    original = title
    keep, re_style, short, rewrite = outlet.retitle
    pick = rng.choices(("keep", "restyle", "shorten", "rewrite"), (keep, re_style, short, rewrite))[0]
    if pick == "restyle":
        title = restyle(title, outlet.headline, proper)
    elif pick == "shorten":
        title = restyle(shorten(title), outlet.headline, proper)
    elif pick == "rewrite":
        title = restyle(from_lead(lead, proper, rng), outlet.headline, proper)
    return (title.strip() or restyle(shorten(original), outlet.headline, proper)) + outlet.title_suffix


def cut_points(size: int, count: int, rng: random.Random, low: int = 3) -> list[int]:
    """``count`` different paragraph counts at which clients cut a story of ``size`` paragraphs."""
    low = min(low, size)
    choices = list(range(low, size + 1))
    if len(choices) >= count:
        return rng.sample(choices, count)
    return [rng.choice(choices) for _ in range(count)]
