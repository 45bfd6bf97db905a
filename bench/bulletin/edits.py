"""What copy desks do to a story they take: cut it, swap words, change its spelling norm, split its
paragraphs, add a paragraph, rewrite its headline; and what a digest writer does: paraphrase it.

Every function takes paragraphs (a list of strings) and returns new ones; none changes its input,
so a parent's text stays as it was published while its copies carry their own changes.
"""

from __future__ import annotations

import random
import re
from functools import cache

from .text import split_sentences, title_case

__all__ = [
    "HOUSE_SWAPS", "cut", "digest_item", "drop_middle", "headline", "house", "names", "respell",
    "shorten_paragraphs",
    "swap_words", "trim_last_sentence",
]

# Word swaps a copy desk makes. Each entry: (pattern, replacement); case of the first letter is kept.
_SWAPS: list[tuple[str, str]] = [
    (r"\bcompany\b", "firm"), (r"\bfirm\b", "company"), (r"\bannounced\b", "unveiled"), (r"\brose\b", "climbed"),
    (r"\bfell\b", "dropped"), (r"\babout\b", "around"), (r"\bHowever,\s", "But "), (r"\bbig\b", "large"),
    (r"\bexpected\b", "forecast"), (r"\bsaid it would\b", "plans to"), (r"\bchief executive\b", "CEO"),
    (r"\bgovernment\b", "administration"), (r"\bwarned\b", "cautioned"), (r"\bmajor\b", "key"),
    (r"\bsharply\b", "steeply"), (r"\bofficials\b", "authorities"), (r"\bearlier\b", "previously"),
    (r"\bquarter\b", "three months"), (r"\bAlso,\s", "In addition, "), (r"\bkilled\b", "left dead"),
    (r"\btold reporters\b", "told journalists"), (r"\bspokesman\b", "spokesperson"), (r"\bchairman\b", "chair"),
    (r"\bvery\b", "extremely"), (r"\bchildren\b", "youngsters"), (r"\bstarted\b", "began"),
]

# House conventions, applied to everything an outlet runs.
HOUSE_SWAPS: dict[str, list[tuple[str, str]]] = {
    "pct_us": [(r"\bpct\b", "percent"), (r"\bper cent\b", "percent")],
    "pct_uk": [(r"\bpct\b", "per cent"), (r"\bpercent\b", "per cent")],
    "mln": [(r"\bmln\b", "million"), (r"\bbln\b", "billion"), (r"\bdlrs\b", "dollars"), (r"\bdlr\b", "dollar"),
            (r"\bpct\b", "%")],
    "said_on": [(r"\bsaid on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", r"said \1")],
}

_UK_STEMS = ["organi", "recogni", "reali", "critici", "emphasi", "apologi", "authori", "subsidi", "stabili",
             "privati", "liberali", "moderni", "minimi", "maximi", "summari", "characteri", "prioriti", "utili",
             "finali", "legali", "normali", "capitali"]
_SUFFIX = "(s|ed|ing|al|able|ally)?"
# (American, British, the endings both take)
_UK_WORDS = [("color", "colour", _SUFFIX), ("favor", "favour", _SUFFIX), ("honor", "honour", _SUFFIX),
             ("labor", "labour", _SUFFIX), ("neighbor", "neighbour", "(s|ing|ed|hood|hoods)?"),
             ("behavior", "behaviour", "(s|al|ally)?"), ("harbor", "harbour", "(s|ed|ing)?"),
             ("rumor", "rumour", "(s|ed)?"), ("center", "centre", "(s)?"), ("theater", "theatre", "(s)?"),
             ("defense", "defence", "(s)?"), ("offense", "offence", "(s)?"), ("analyze", "analyse", "(s|d)?"),
             ("traveled", "travelled", ""), ("traveling", "travelling", ""), ("canceled", "cancelled", ""),
             ("canceling", "cancelling", ""), ("labeled", "labelled", ""), ("modeling", "modelling", ""),
             ("jewelry", "jewellery", ""), ("gray", "grey", ""), ("catalog", "catalogue", "(s)?"),
             ("aluminum", "aluminium", ""), ("toward", "towards", ""), ("program", "programme", "(s)?"),
             ("percent", "per cent", ""), ("fueled", "fuelled", ""), ("totaled", "totalled", ""),
             ("signaled", "signalled", "")]
_CANADIAN = {"color", "favor", "honor", "labor", "neighbor", "behavior", "harbor", "rumor", "center", "theater",
             "percent", "defense", "offense"}


def _keep_case(replacement: str, found: str) -> str:
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@cache
def _compiled(pattern: str) -> tuple[re.Pattern[str], str]:
    """A rule's pattern compiled (a pattern in lower case matches any case), with the literal word it
    starts with: a text without that word (in lower case) needs no search."""
    literal = re.search(r"\\b\(?([a-zA-Z][a-zA-Z ]{2,})", pattern)
    flags = 0 if re.search(r"[A-Z]", pattern) else re.IGNORECASE
    return re.compile(pattern, flags), literal.group(1).lower() if literal else ""


def _sub(pattern: str, repl: str, text: str, lowered: str, count: int = 0) -> str:
    rx, literal = _compiled(pattern)
    if literal not in lowered:
        return text
    return rx.sub(lambda m: _keep_case(m.expand(repl), m.group(0)), text, count=count)


def _apply(paras: list[str], rules: list[tuple[str, str]], limit: int | None = None) -> list[str]:
    """Regex rules applied in order, keeping a replaced word's first capital; with ``limit``, each
    rule changes at most that many places in each paragraph."""
    if limit is None:  # paragraphs never hold a blank line, so the text can be edited in one piece
        text = "\n\n".join(paras)
        for pattern, repl in rules:
            text = _sub(pattern, repl, text, text.lower())
        return text.split("\n\n")
    out = []
    for para in paras:
        for pattern, repl in rules:
            para = _sub(pattern, repl, para, para.lower(), limit)
        out.append(para)
    return out


def respell(paras: list[str], norm: str) -> list[str]:
    """The text in one spelling norm: ``uk`` (colour, organise, per cent), ``us`` (color, organize,
    percent) or ``ca`` (colour and centre, but organize)."""
    rules: list[tuple[str, str]] = []
    ize = [(rf"\b({stem})z(e|es|ed|ing|ation|ations|er|ers)\b", r"\1s\2") for stem in _UK_STEMS]
    ise = [(rf"\b({stem})s(e|es|ed|ing|ation|ations|er|ers)\b", r"\1z\2") for stem in _UK_STEMS]
    # Lower case only: "Labour" the party, "World Trade Center" and their like keep their spelling.
    to_uk = [(rf"(?-i:\b{us}{end}\b)", uk + (r"\1" if end else "")) for us, uk, end in _UK_WORDS]
    to_us = [(rf"(?-i:\b{uk}{end}\b)", us + (r"\1" if end else "")) for us, uk, end in _UK_WORDS]
    if norm == "uk":
        rules = ize + to_uk
    elif norm == "us":
        rules = ise + to_us
    else:  # Canadian: British -our, -re and per cent, American -ize
        rules = ise + [r for r, (us, _, _) in zip(to_uk, _UK_WORDS) if us in _CANADIAN]
    return _apply(paras, rules)


def house(paras: list[str], swaps: tuple[str, ...]) -> list[str]:
    """An outlet's standing conventions applied ("pct" to "per cent", "mln" to "million" ...)."""
    rules = [rule for key in swaps for rule in HOUSE_SWAPS[key]]
    return _apply(paras, rules) if rules else list(paras)


def swap_words(paras: list[str], rng: random.Random, count: int) -> list[str]:
    """``count`` of the desk's word swaps that the text allows, each applied to its first occurrence
    in every paragraph: small changes that a copy of this copy will carry."""
    text = "\n".join(paras)
    rules = [(rf"(?<!-){pattern}(?!-)", repl) for pattern, repl in _SWAPS]
    lowered = text.lower()
    usable = [rule for rule in rules if _compiled(rule[0])[1] in lowered and _compiled(rule[0])[0].search(text)]
    rng.shuffle(usable)
    return _apply(paras, usable[:count], limit=1)


def cut(paras: list[str], rng: random.Random, low: float, high: float, least: int = 2) -> list[str]:
    """The first paragraphs only, keeping between ``low`` and ``high`` of them (at least ``least``):
    a wire story cut from the bottom to fit."""
    keep = max(least, round(len(paras) * rng.uniform(low, high)))
    return list(paras[:keep])


def drop_middle(paras: list[str], rng: random.Random) -> list[str]:
    """One paragraph taken out of the middle (never the first or last)."""
    if len(paras) < 4:
        return list(paras)
    i = rng.randrange(1, len(paras) - 1)
    return paras[:i] + paras[i + 1:]


def trim_last_sentence(paras: list[str]) -> list[str]:
    """The last sentence of the longest paragraph removed (a sub-editor's trim)."""
    if not paras:
        return []
    i = max(range(len(paras)), key=lambda k: len(paras[k]))
    sentences = split_sentences(paras[i])
    if len(sentences) < 2:
        return list(paras)
    return [*paras[:i], " ".join(sentences[:-1]), *paras[i + 1:]]


def shorten_paragraphs(paras: list[str]) -> list[str]:
    """One sentence a paragraph, as tabloid and portal styles print it."""
    out: list[str] = []
    for para in paras:
        sentences = split_sentences(para)
        while sentences:
            take = 1
            while take < len(sentences) and " ".join(sentences[:take]).count('"') % 2:
                take += 1
            out.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
    return out


_PREFIXES = ["WATCH: ", "Breaking: ", "Explained: ", "In pictures: ", "Live: ", "Analysis: "]
_SUFFIXES = [": report", " - report", ", say officials", ": sources", " | Latest news", " — what we know",
             ", says report", ": Here's why"]


_TRAILING = {"the", "a", "an", "of", "to", "in", "that", "it", "has", "have", "had", "said", "and", "for", "on",
             "at", "by", "with", "its", "was", "is", "will", "would", "from", "as", "but", "or", "be", "been",
             "despite", "after", "before", "over", "under", "into", "about", "amid", "against", "while", "because",
             "than", "which", "who", "are", "were", "their", "his", "her", "this", "these", "could", "may", "might",
             "should"}


def _lead_headline(first: str, rng: random.Random) -> str:
    """A headline cut from the story's first sentence: up to its first comma, or seven to ten words,
    without a dangling function word at the end."""
    words = first.rstrip(".").split()
    stop = next((i + 1 for i, w in enumerate(words[:10]) if w.endswith(",") and i >= 4), None)
    words = words[:stop or rng.randint(7, 10)]
    words[-1] = words[-1].rstrip(",;:")
    while len(words) > 3 and (words[-1].lower().strip(",;:") in _TRAILING or words[-1].endswith(",")):
        words.pop()
    return " ".join(words).rstrip(",;:")


def headline(title: str, body: list[str], rng: random.Random, style: str, how: str | None = None,
             place: str | None = None) -> str:
    """A headline rewritten one of several ways (``how``; random when None): kept, with a suffix or a
    prefix, cut from the lead, with words swapped, led by a quotation or by the ``place``; then cased
    in the outlet's style (``title`` or ``sentence``)."""
    how = how or rng.choice(["keep", "suffix", "prefix", "lead", "swap", "quote", "place"])
    new = title
    prefixed = re.match(r"^[A-Z][\w ]{0,15}: ", title) is not None
    if how == "suffix" and any(title.endswith(s) for s in _SUFFIXES):
        how = "swap"
    if how == "prefix" and not prefixed:
        new = rng.choice(_PREFIXES) + title
    elif how == "lead" and body:
        new = _lead_headline(split_sentences(body[0])[0], rng)
    elif how == "swap":
        new = swap_words([title], rng, 2)[0]
        if new == title and not any(title.endswith(s) for s in _SUFFIXES):
            new = title + rng.choice(_SUFFIXES)
    elif how == "quote":
        quote = next((m.group(1) for p in body for m in re.finditer(r"\"([^\"]{12,70})\"", p)), None)
        new = f"'{quote.rstrip(',.')}': {title}" if quote and not prefixed else title + rng.choice(_SUFFIXES)
    elif how == "place" and place and not prefixed:
        new = f"{place}: {title}"
    elif how != "keep" and not any(title.endswith(s) for s in _SUFFIXES):
        new = title.rstrip(".") + rng.choice(_SUFFIXES)
    if style == "title":
        return title_case(new)
    return new[:1].upper() + new[1:]


# --- digests ------------------------------------------------------------------------------------------
_NAME = re.compile(r"[A-Z][a-zA-Z'-]+(?:\s+(?:of|de|van|[A-Z][a-zA-Z'-]+))*")
_NOT_NAMES = {"The", "A", "An", "But", "He", "She", "It", "They", "We", "I", "In", "On", "At", "As", "And", "Mr",
              "Mrs", "Ms", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
              "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
              "December", "This", "That", "There", "However", "Last", "Earlier", "News"}
_NUMBER = re.compile(r"(?:[$£€]\s?)?\d[\d,.]*\s?(?:%|per cent|percent|pct|bn|billion|million|mln|m\b)?")
_OPENERS = ["The gist", "In short", "Catch up", "What happened", "Quick take", "Need to know", "Briefly"]
_LINKS = ["feature", "are named", "are central", "are involved", "figure prominently", "are in focus"]
_LINK = ["features", "is named", "is central", "is involved", "figures prominently", "is in focus"]
_FIGURES = ["The number to note: {n}.", "Key figure: {n}.", "By the numbers: {n}.", "{n} is the figure cited.",
            "Figure of the day: {n}.", "Watch the number {n}."]
_WHY = ["Why it matters:", "The stakes:", "What's next:", "Worth watching:", "The bottom line:"]
_STAKES = ["more detail is due", "the next step is unclear", "reaction was swift", "the figures face scrutiny",
           "an update is promised", "it could ripple further", "a response is expected", "critics are unconvinced",
           "a busy few months ahead", "all eyes on the reaction", "the row is not over", "supporters call it overdue",
           "watch this space"]


def names(paras: list[str]) -> list[str]:
    """Names in the first paragraphs of a story: runs of capitalised words, a word opening a sentence
    not counted, names of several words first."""
    found: list[str] = []
    for para in paras[:3]:
        for sentence in split_sentences(para):
            for m in _NAME.finditer(sentence):
                name = re.sub(r"(\s+(of|de|van))+$", "", m.group(0)).strip(" -'")
                if m.start() == 0:
                    first, _, rest = name.partition(" ")
                    name = rest if first in _NOT_NAMES else (name if rest else "")
                if len(name) > 3 and name not in _NOT_NAMES and name not in found and not name.isupper():
                    found.append(name)
    return sorted(found, key=lambda n: -min(len(n.split()), 2))


def digest_item(title: str, paras: list[str], rng: random.Random, keep_sentence: bool,
                gist: bool = True) -> tuple[str, str | None]:
    """One digest item about a story: a short summary in the digest's own words (the headline's gist,
    a name or two, a figure), plus, when ``keep_sentence``, one sentence of the story verbatim. Returns
    the item text and the verbatim sentence (None when it keeps none). ``gist`` False leaves the
    headline's gist out (the item runs under the headline as a subhead)."""
    found = names(paras) or ["officials"]
    numbers = [n.strip().rstrip(",.") for p in paras[:3] for n in _NUMBER.findall(p)]
    numbers = [n for n in numbers if len(n) > 1 and not re.fullmatch(r"(19|20)\d\d", n)][:2]
    parts = [f"{rng.choice(_OPENERS)}: {title.rstrip('.')}."] if gist else []
    if len(found) > 1:
        parts.append(f"{found[0]} and {found[1]} {rng.choice(_LINKS)}.")
    else:
        parts.append(f"{found[0]} {rng.choice(_LINK)}.")
    if numbers:
        parts.append(rng.choice(_FIGURES).format(n=numbers[0]))
    parts.append(f"{rng.choice(_WHY)} {rng.choice(_STAKES)}.")
    kept = None
    if keep_sentence:
        candidates = [s for p in paras[:4] for s in split_sentences(p) if 10 <= len(s.split()) <= 45]
        if candidates:
            kept = rng.choice(candidates[:4])
            parts.insert(rng.choice((min(1, len(parts)), len(parts))), kept)
    return " ".join(parts), kept
