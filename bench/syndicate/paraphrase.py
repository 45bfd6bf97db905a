"""Paraphrase: how an outlet retells a story in its own words while keeping the quotes and the facts.

A rewrite (or a rival's independent report) changes wording and sentence order but not what people
said: quotations are protected and put back verbatim, names and numbers are never touched. Words are
swapped for synonyms, front phrases moved to the end, "X said Y" turned into "Y, X said" and back, long
sentences split at "but" or ", which", asides in brackets dropped. The result keeps the facts while
sharing few long runs of words with its source, which is what makes a rewrite hard to trace.
"""

from __future__ import annotations

import random
import re

from .lexicon import SYNONYMS
from .text import cap_first, decap_first, protect_quotes, restore_quotes, sentences, speakers

__all__ = ["condense", "paraphrase", "report_anew", "retell", "swap_synonyms"]

_WORDS = "|".join(re.escape(k) for k in sorted(SYNONYMS, key=len, reverse=True))
_SYN = re.compile(rf"(?:\b(a|an|A|An) )?(?<![\w-])({_WORDS})(?![\w-])", re.IGNORECASE)
_FRONT = re.compile(
    r"^(On|In|At|After|Before|During|Earlier|Later|Last|This|Since|For|Under|With|By|Following|Despite|Over)"
    r"( [^,\x00]{3,45}), (.+?)([.!?])$"
)
_SAID_END = re.compile(r"^([^\x00]{20,}?), (?:(?:the|a|an) )?([^,\x00]{3,50}?) (said|says|added)\.$")
_SAID_FRONT = re.compile(
    r"^((?:The |A |An )?[^\s,\x00]+(?: [^\s,\x00]+){0,4}) (said|says)"
    r"( on [A-Z][a-z]+day| in a statement| earlier| late on [A-Z][a-z]+day)? (?:that )?"
    r"(?!(?:on|in|at|to|of|for|by|with|after|before|during|earlier|last|this|it was|he was|she was) )(.{20,})\.$"
)
_QUOTE_SAID = re.compile(r"^(\x00\d+\x00),? (said|says|added) ([A-Z][^,\x00]{2,60})\.$")
_BUT = re.compile(r", but ")
_WHICH_END = re.compile(r"^(.{25,}?), which ([^,\x00]{10,})\.$")
_PAREN = re.compile(r" \([^()\x00]{1,40}\)")
_POSSESSIVE = re.compile(
    r"(^|\b(?:in|on|at|for|with|by|from|to|and|that|of|as) )"
    r"((?!Mr |Mrs |Ms |Dr )(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)['’]s ([a-z]{4,})"
    r"(?= (?:is|was|has|had|will|would|said|remains|rose|fell|and|to|in|on|for|at|with)\b|[,.])"
)
_SUBORDINATE = re.compile(
    r"^([A-Z][^\x00]{20,}?)(?<!,) (because|while|when|despite|although|amid) ([^,;\x00]{15,})([.!?])$"
)
_NATIONS = (
    (re.compile(r"\bthe US\b(?! [a-z])"), ("the United States", "America")),
    (re.compile(r"(?<!the )\bUS (?=[a-z]+ (?!are|is|was|were|has|have|will|would|and|or)[a-z])"),
     ("American ", "United States ")),
    (re.compile(r"\bthe UK\b(?! [a-z])"), ("Britain", "the United Kingdom")),
    (re.compile(r"(?<!the )\bUK (?=[a-z]+ (?!are|is|was|were|has|have|will|would|and|or)[a-z])"), ("British ",)),
    (re.compile(r"\bthe EU\b(?! [a-z])"), ("the European Union", "Brussels")),
)
_PERFECT = re.compile(r"\b(?:has|have) (?!been\b)([a-z]{3,}ed)\b")


def _article(word: str, like: str) -> str:
    a = "an" if word[:1].lower() in "aeiou" else "a"
    return a.capitalize() if like[:1].isupper() else a


def swap_synonyms(text: str, rng: random.Random, share: float) -> str:
    """Replace about ``share`` of the lexicon's words in ``text`` (lower-case occurrences, and a capitalised
    one only at the very start) with a synonym, fixing "a"/"an" before it."""

    def one(m: re.Match[str]) -> str:
        art, word = m.group(1), m.group(2)
        at_start = m.start(2) == 0 or (art is not None and m.start(1) == 0)
        if (word[:1].isupper() and not at_start) or rng.random() >= share:
            return m.group(0)
        alt = rng.choice(SYNONYMS[word.lower()])
        if word[:1].isupper():
            alt = cap_first(alt)
        if art is None:
            return alt
        return f"{_article(alt, art)} {alt}"

    return _SYN.sub(one, text)


def _restructure(s: str, rng: random.Random, strength: float) -> str:
    """One sentence (quotes already protected) with its structure changed."""
    m = _QUOTE_SAID.match(s)
    if m and rng.random() < strength:
        return f"{m.group(3)} {m.group(2)}: {m.group(1)}"
    m = _FRONT.match(s)
    if m and not m.group(3).startswith("\x00") and rng.random() < 0.7 * strength:
        return f"{cap_first(m.group(3))} {m.group(1).lower()}{m.group(2)}{m.group(4)}"
    m = _SUBORDINATE.match(s)
    if m and rng.random() < 0.6 * strength:
        return f"{m.group(2).capitalize()} {m.group(3)}, {decap_first(m.group(1))}{m.group(4)}"
    m = _SAID_END.match(s)
    if m and rng.random() < 0.6 * strength:
        who = m.group(2)
        who = who if who[:1].isupper() else f"the {who}"
        return f"{cap_first(who)} {m.group(3)} {decap_first(m.group(1))}."
    m = _SAID_FRONT.match(s)
    if m and rng.random() < 0.5 * strength and not m.group(4).startswith("\x00"):
        who = decap_first(m.group(1))
        return f"{cap_first(m.group(4))}, {who} {m.group(2)}{m.group(3) or ''}."
    m = _WHICH_END.match(s)
    if m and rng.random() < 0.5 * strength:
        return f"{m.group(1)}. {rng.choice(('This', 'It'))} {m.group(2)}."
    if _BUT.search(s) and rng.random() < 0.5 * strength:
        return _BUT.sub(rng.choice((". But ", "; however, ", ", although ")), s, count=1)
    return s


def paraphrase(paragraph: str, rng: random.Random, strength: float = 0.8) -> str:
    """``paragraph`` reworded: structure changed and synonyms swapped outside its quotations."""
    masked, spans = protect_quotes(paragraph)
    out = []
    for s in sentences(masked):
        s = _restructure(s, rng, strength)
        if rng.random() < 0.5 * strength:
            s = _PAREN.sub("", s)
        if rng.random() < strength:
            s = _POSSESSIVE.sub(lambda m: f"{m.group(1)}the {m.group(3)} of {m.group(2)}", s)
            s = cap_first(s) if s.startswith("the ") else s
        if rng.random() < strength:
            s = _PERFECT.sub(r"\1", s)
        for pattern, choices in _NATIONS:
            if rng.random() < strength:
                s = pattern.sub(lambda _m, c=choices: rng.choice(c), s)
        out.append(swap_synonyms(s, rng, strength))
    return restore_quotes(" ".join(out), spans)


def retell(paras: list[str], rng: random.Random, keep: float, strength: float, lead: bool = True,
           quotes: float = 1.0) -> list[str]:
    """The story told again: ``keep`` of its sentences and ``quotes`` of those holding a quotation (the lead
    too unless ``lead`` is false), paraphrased, lightly reordered and regrouped into new paragraphs."""
    units: list[str] = []
    spare: list[str] = []
    for i, p in enumerate(paras):
        masked, spans = protect_quotes(p)
        for j, s in enumerate(sentences(masked)):
            first = i == 0 and j == 0
            if first and not lead:
                continue
            if first or rng.random() < (quotes if "\x00" in s else keep):
                units.append(restore_quotes(s, spans))
            else:
                spare.append(restore_quotes(s, spans))
    units += spare[: max(0, 3 - len(units))]
    if len(units) > 3:
        for _ in range(max(1, len(units) // 5)):
            a = rng.randrange(1, len(units) - 1)
            units[a], units[a + 1] = units[a + 1], units[a]
    reworded = [paraphrase(u, rng, strength) for u in units]
    out: list[str] = []
    i = 0
    while i < len(reworded):
        size = 1 if i == 0 else rng.choice((1, 2, 2, 3))
        out.append(" ".join(reworded[i : i + size]))
        i += size
    return out


_ASIDE = re.compile(r", (?:which|who|where|whose|including|with|as well as|while|although|after|following)"
                    r"[^,\x00]{3,80},")
_TRAIL = re.compile(r", (?:which|who|where|with|including|as|while|after|following|according to|amid)"
                    r"[^\x00]{3,}?([.!?])$")


def condense(sentence: str, rng: random.Random) -> str:
    """A shorter sentence: asides between commas and trailing clauses dropped (quotes protected first)."""
    s = _ASIDE.sub("", sentence)
    if rng.random() < 0.7:
        s = _TRAIL.sub(r"\1", s)
    return s


def requote(masked: str, spans: list[str], rng: random.Random, fallback: str) -> str:
    """A quoted sentence cut down to its quotation and a short attribution of the reporter's own."""
    quotes = [spans[int(k)] for k in re.findall("\x00(\\d+)\x00", masked)]
    found = speakers(re.sub("\x00\\d+\x00", "", masked))
    who = found[0] if found else ""
    if not who:
        low = masked.lower()
        who = "she" if " she " in f" {low} " else "he" if " he " in f" {low} " else fallback
    quote = " ".join(quotes)
    if not quote.rstrip("\"”").endswith((".", ",", "?", "!")):
        ending = quote.rstrip("\"”")
        quote = ending + "." + quote[len(ending):]
    if rng.random() < 0.5:
        ending = quote.rstrip("\"”")
        mark = quote[len(ending):]
        quote = (ending[:-1] + "." if ending.endswith(",") else ending) + mark
        verb = rng.choice(("said", "told reporters", "explained", "insisted"))
        return f"{who[:1].upper() + who[1:]} {verb}: {quote}"
    verb = rng.choice(("said", "said", "added", "remarked"))
    if not quote.rstrip("\"”").endswith((",", "?", "!")):
        ending = quote.rstrip("\"”")
        quote = ending.rstrip(".") + "," + quote[len(ending):]
    if who in ("he", "she"):
        return f"{quote} {who} {verb}."
    return f"{quote} {verb} {who}."


def report_anew(paras: list[str], rng: random.Random, narrative: int, quotes: float, speaker: str) -> list[str]:
    """Another reporter's account of the same event: ``narrative`` of the source's non-quote sentences
    (never its lead), condensed and paraphrased, and ``quotes`` of its quoted sentences, kept verbatim
    inside the marks but re-attributed. Shares quotations and facts, little else."""
    told: list[tuple[int, str]] = []
    quoted: list[tuple[int, str]] = []
    for i, p in enumerate(paras):
        masked, spans = protect_quotes(p)
        for j, s in enumerate(sentences(masked)):
            if i == 0 and j == 0:
                continue
            quote_words = sum(len(spans[int(k)].split()) for k in re.findall("\x00(\\d+)\x00", s))
            if quote_words >= 5:
                if rng.random() < quotes:
                    quoted.append((len(told) + len(quoted), requote(s, spans, rng, speaker)))
            elif len(s.split()) > 6:
                told.append((len(told) + len(quoted), restore_quotes(condense(s, rng), spans)))
    picked = rng.sample(told, min(narrative, len(told)))
    quoted_text = {u for _, u in quoted}
    units = [u for _, u in sorted(picked + quoted)] or [u for _, u in told[:2]]
    for _ in range(len(units) // 3):
        a = rng.randrange(0, len(units) - 1)
        units[a], units[a + 1] = units[a + 1], units[a]
    out = [u if u in quoted_text else paraphrase(u, rng, 1.0) for u in units]
    grouped: list[str] = []
    k = 0
    while k < len(out):
        size = 2 if rng.random() < 0.3 else 1
        grouped.append(" ".join(out[k : k + size]))
        k += size
    return grouped
