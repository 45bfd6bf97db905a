"""Rewriting prose in other words: synonyms, moved attributions, split sentences; and breaking shared runs.

Quotations are never touched: a rewrite keeps what people said word for word.
"""

from __future__ import annotations

import random
import re

from . import words

_SYN_TEXT = """
company=firm companies=firms firm=company firms=companies big=large large=big huge=massive massive=huge
important=key significant=major major=significant  buy=purchase bought=acquired purchase=buy
purchased=bought sold=offloaded announced=unveiled announce=unveil rose=climbed fell=dropped jumped=surged
surged=soared expected=forecast although=though despite=notwithstanding currently=at_present recently=lately
quickly=rapidly rapidly=quickly difficult=tough tough=difficult problem=issue problems=issues try=attempt
tried=attempted attempt=bid wanted=sought allow=permit allowed=permitted allows=permits showed=revealed
revealed=disclosed largest=biggest biggest=largest country=nation countries=nations nation=country
rival=competitor rivals=competitors customers=clients clients=customers spokesman=representative
spokeswoman=representative statement=announcement agreement=deal talks=negotiations negotiations=talks
meeting=session decision=ruling warned=cautioned criticised=attacked criticized=attacked believed=thought
believe=think needed=required  profits=earnings earnings=profits growth=expansion strong=robust
weak=soft key=crucial crucial=vital children=youngsters films=movies movie=film movies=films
fans=supporters supporters=fans season=campaign research=study experts=specialists analysts=market_watchers
increase=rise increases=rises rise=increase reduced=cut reduce=cut cutting=reducing several=a_number_of
including=such_as later=subsequently expects=anticipates expect=anticipate hopes=aims hope=aim
concerns=worries concern=worry worried=concerned risk=danger risks=dangers chance=opportunity job=post
jobs=posts workers=employees staff=employees employees=staff began=commenced bid=offer offer=bid
offered=proposed proposal=plan figures=data yesterday=the_previous_day recent=latest latest=most_recent
previous=earlier main=principal leading=top usually=typically often=frequently almost=nearly nearly=almost
only=just just=only sharply=steeply steadily=gradually slightly=marginally strongly=firmly totally=completely
launched=introduced unveiled=presented created=set_up built=constructed boss=chief_executive
officials=authorities authorities=officials government=administration  helping=supporting
 fight=battle battle=fight victory=win won=secured match=game game=match
players=squad_members player=star coach=manager goals=strikes scored=netted title=crown users=customers
internet=web device=gadget devices=gadgets technology=tech services=offerings industry=sector prices=costs
demand=appetite sales=turnover revenue=income but=yet group=company groups=companies bank=lender
banks=lenders conference=meeting chairman=head economic=financial fall=drop data=figures proposed=planned
international=global speech=address trading=dealing results=figures gain=rise gains=rises production=output
contract=deal pressure=strain investment=spending exports=overseas_sales buying=purchasing probably=likely
during=in_the_course_of planning=preparing current=present nations=countries
should=ought_to could=might may=might proposals=plans soon=shortly officials=representatives
system=framework policies=measures policy=strategy cars=vehicles people=individuals director=executive
acquisition=takeover merger=tie-up foreign=overseas speaking=talking told=informed owns=holds owned=held
major=leading able=in_a_position within=inside also=additionally real=genuine sharp=steep rising=climbing
falling=dropping higher=greater described=characterised decided=opted continue=carry_on continued=carried_on
remain=stay remains=stays remained=stayed reached=hit received=got provide=supply provided=supplied
  sale=disposal
"""
_PHRASES = (
    ("because of", "owing to"), ("as well as", "along with"), ("in order to", "to"), ("a number of", "several"),
    ("at least", "no fewer than"), ("prime minister", "premier"), ("chief executive", "boss"),
    ("per share", "a share"), ("net income", "net profit"), ("is expected to", "is likely to"),
    ("are expected to", "are likely to"), ("in a statement", "in a written statement"), ("because", "as"),
    ("said it would", "said it planned to"), ("last year", "in the past year"),
)
_PHRASE = re.compile(r"\b(" + "|".join(re.escape(a) for a, _ in _PHRASES) + r")\b")
_PHRASE_TO = dict(_PHRASES)


def _table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for pair in _SYN_TEXT.split():
        a, b = pair.split("=")
        table.setdefault(a, []).append(b.replace("_", " "))
    return {k: [w for w in v if words.canon(w) != words.canon(k)] for k, v in table.items()
            if any(words.canon(w) != words.canon(k) for w in v)}


SYN = _table()
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_WEEKDAY = re.compile(r" on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_ATTR_END = re.compile(r"^(?P<body>[^\"“”]{25,}), (?P<who>(?:he|she|they|it|[A-Z][\w.'’-]*(?: [\w.'’-]+){0,5})) "
                       r"(?P<verb>said|says|added|told \w+)\.$")
_ATTR_START = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*)(?: [\w.'’-]+){0,5}) (?P<verb>said|says) (?:that )?"
                         r"(?P<body>[^\"“”]{25,})\.$")


_CONJUNCTIONS = {"But", "And", "However", "Yet", "So", "Also", "Earlier", "Later", "Meanwhile", "Still", "Now", "Then",
                 "Separately", "Instead", "In", "On", "At", "As", "When", "While", "If", "After", "Before", "Last"}


def _article_fix(text: str) -> str:
    text = re.sub(r"\b([Aa]) (?=[aeiouAEIOU]\w)", lambda m: m.group(1) + "n ", text)
    return re.sub(r"\b([Aa])n (?=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\w)", lambda m: m.group(1) + " ", text)


def synonyms(text: str, rng: random.Random, rate: float) -> str:
    """Swap words outside quotations for near-synonyms, each with probability ``rate``."""
    pieces, last = [], 0
    for a, b in words.unquoted_spans(text):
        pieces.append(text[last:a])
        piece = _swap_phrases(text[a:b], rng, rate)
        lead = a == 0
        pieces.append(_WORD.sub(lambda m, lead=lead, piece=piece: _swap_word(
            m.group(0), rng, rate, lead and not piece[:m.start()].strip()), piece))
        last = b
    pieces.append(text[last:])
    return _article_fix("".join(pieces))


def _swap_phrases(text: str, rng: random.Random, rate: float) -> str:
    return _PHRASE.sub(lambda m: _PHRASE_TO[m.group(1)] if rng.random() < rate else m.group(1), text)


def _swap_word(w: str, rng: random.Random, rate: float, first: bool) -> str:
    low = w.lower()
    if low not in SYN or (w != low and not (first and w == low.capitalize())) or rng.random() >= rate:
        return w
    new = rng.choice(SYN[low])
    return new[:1].upper() + new[1:] if w != low else new


def lower_first(text: str, proper: frozenset[str]) -> str:
    first = text.split(" ", 1)[0]
    core = first.strip(",.").lower()
    if first.isupper() or core in proper or first in ("I",) or not first[:1].isupper():
        return text
    return text[:1].lower() + text[1:]


def restructure(sentence: str, rng: random.Random, proper: frozenset[str]) -> str:
    """Move the attribution, the day or a clause of one sentence (quoted sentences are left alone)."""
    if any(q in sentence for q in words.QUOTE_MARKS):
        return sentence
    m = _ATTR_END.match(sentence)
    if m and m.group("who").lower() not in ("it",):
        who = m.group("who")
        who = who[:1].upper() + who[1:]
        return f"{who} {m.group('verb')} {lower_first(m.group('body'), proper)}."
    m = _ATTR_START.match(sentence)
    if m and len(m.group("who").split()) <= 6 and m.group("who").split()[0] not in _CONJUNCTIONS:
        body = m.group("body")
        who = lower_first(m.group("who"), proper)
        if rng.random() < 0.5:
            return f"{body[:1].upper()}{body[1:]}, {who} {m.group('verb')}."
        return f"According to {who}, {body}."
    m = _WEEKDAY.search(sentence)
    if m and rng.random() < 0.7:
        rest = sentence[:m.start()] + sentence[m.end():]
        return f"On {m.group(1)}, {lower_first(rest, proper)}"
    if "; " in sentence:
        a, b = sentence.split("; ", 1)
        return f"{a}. {b[:1].upper()}{b[1:]}"
    if ", but " in sentence and rng.random() < 0.6:
        a, b = sentence.split(", but ", 1)
        return f"{a}. But {b}"
    if sentence.startswith("However, "):
        rest = sentence[len("However, "):]
        return f"{rest[:1].upper()}{rest[1:]}" if rng.random() < 0.5 else "But " + rest
    return sentence


def rewrite(paragraph: str, rng: random.Random, rate: float, proper: frozenset[str]) -> str:
    """A paragraph in other words: restructured sentences and synonyms at ``rate``."""
    out = []
    for sent in words.sentences(paragraph):
        if rng.random() < rate:
            sent = restructure(sent, rng, proper)
        out.append(synonyms(sent, rng, rate))
    return " ".join(out)


_FILL_BEFORE = (("ed", "also"),)


def _first_hit(text: str, forbidden: set[str]) -> list[tuple[str, int, int]] | None:
    for a, b in words.unquoted_spans(text):
        spans = [(w, s + a, e + a) for w, s, e in words.canon_spans(text[a:b])]
        for i in range(len(spans) - words.RUN + 1):
            window = spans[i:i + words.RUN]
            if " ".join(w for w, _, _ in window) in forbidden:
                return window
    return None


def _perturb(text: str, window: list[tuple[str, int, int]], rng: random.Random, proper: frozenset[str]) -> str:
    order = list(range(len(window)))
    rng.shuffle(order)
    for i in order:
        _, s, e = window[i]
        raw = text[s:e]
        if raw.lower() in SYN and raw.islower():
            return _article_fix(text[:s] + rng.choice(SYN[raw.lower()]) + text[e:])
    for i in order:
        _, s, e = window[i]
        raw = text[s:e]
        if raw == "that" and i and text[window[i - 1][1]:window[i - 1][2]] in ("said", "says", "added", "stated"):
            return text[:s] + text[e:].lstrip()
        before = text[max(0, s - 12):s].split()
        for ending, filler in _FILL_BEFORE:
            if raw.islower() and raw.endswith(ending) and len(raw) > 4 and filler not in before and (
                    before[-1:] != ["to"]):
                return text[:s] + filler + " " + text[s:]
    return text



def masked(text: str, phrases: list[str]) -> str:
    """The text with credit phrases blanked out as if quoted, so no run is counted across them."""
    for phrase in phrases:
        at = text.find(phrase)
        if at >= 0 and len(phrase) >= 2:
            text = text[:at] + '"' + " " * (len(phrase) - 2) + '"' + text[at + len(phrase):]
    return text


def clear(text: str, forbidden, phrases: list[str], rng: random.Random) -> str:
    """Reword the paragraph until none of its 8-word runs is in ``forbidden`` (dropping a sentence as a last
    resort); credit ``phrases`` and quotations are left alone."""
    tried: set[int] = set()
    while True:
        window = _first_hit(masked(text, phrases), forbidden)
        if window is None:
            return text
        changed = text if window[0][1] in tried else _perturb(text, window, rng, frozenset())
        tried.add(window[0][1])
        if changed == text:
            at = window[0][1]
            pos, kept = 0, []
            for sent in words.sentences(text):
                start = text.find(sent, pos)
                pos = start + len(sent)
                if not start <= at < pos:
                    kept.append(sent)
            changed = " ".join(kept)
            if changed == text:
                return ""
        text = changed
