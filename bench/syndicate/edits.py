"""The copy desk: what an outlet does to text it takes from an agency or another outlet.

House style first (spelling norm, number style, quote marks, dashes, the outlet's pet word swaps),
applied everywhere but inside quotations where the edit would change what someone said. Then the cuts
and additions that fit copy to a page: cut from the bottom, a middle paragraph dropped, only the top kept,
a sentence trimmed, two paragraphs swapped or merged, a paragraph added (local angle, background, a
reaction), a headline rewritten for search or social.
"""

from __future__ import annotations

import random
import re
from typing import Protocol

from . import phrases
from .lexicon import UK_TO_US, US_TO_UK
from .page import Draft
from .paraphrase import paraphrase, swap_synonyms
from .text import balanced, names, outside_quotes, sentences, speakers, title_case

__all__ = ["HouseStyle", "house_style", "respell", "restyle_numbers", "rewrite_headline"]


class HouseStyle(Protocol):
    """What :func:`house_style` needs of an agency or outlet."""

    spelling: str
    numbers: str
    money: str
    quotes: str
    dash: str


_WORD = re.compile(r"\b[a-z]+\b")


def respell(text: str, norm: str) -> str:
    """``text`` in British (``"uk"``) or American (``"us"``) spelling; capitalised words (names) are kept."""
    table = UK_TO_US if norm == "us" else US_TO_UK
    return _WORD.sub(lambda m: table.get(m.group(0), m.group(0)), text)


_PCT = re.compile(r"(\d+(?:[.,]\d+)?)(?:\s?%| (?:pct|percent|per cent|pc)\b)")
_WIRE_MONEY = re.compile(r"(\d+(?:\.\d+)?) (mln|bln|billion|million) (dlrs?|stg)\b")
_DLRS = re.compile(r"(\d[\d,]*(?:\.\d+)?) dlrs?\b")
_MONEY = re.compile(r"([$£€])(\d+(?:\.\d+)?)\s?(bn|billion|m|million)\b")


def restyle_numbers(text: str, numbers: str, money: str) -> str:
    """Percentages in the house form ("10%", "10 pct", "10 percent", "10 per cent", "10 pc"), and money as
    "$1.1bn" (compact) or "$1.1 billion" (words); wire "mln"/"bln"/"dlrs" spelled out unless the house
    writes "pct" like the old wires."""
    text = _PCT.sub(lambda m: m.group(1) + numbers, text)
    if numbers == " pct":
        return text

    def wire(m: re.Match[str]) -> str:
        unit = {"mln": "million", "bln": "billion"}.get(m.group(2), m.group(2))
        return f"{'£' if m.group(3) == 'stg' else '$'}{m.group(1)} {unit}"

    text = _WIRE_MONEY.sub(wire, text)
    text = _DLRS.sub(lambda m: f"${m.group(1)}", text)
    text = re.sub(r"(\d) mln\b", r"\1 million", text)
    text = re.sub(r"(\d) bln\b", r"\1 billion", text)

    def cash(m: re.Match[str]) -> str:
        big = m.group(3) in ("bn", "billion")
        if money == "compact":
            return f"{m.group(1)}{m.group(2)}{'bn' if big else 'm'}"
        return f"{m.group(1)}{m.group(2)} {'billion' if big else 'million'}"

    return _MONEY.sub(cash, text)


def restyle_quotes(text: str, quotes: str) -> str:
    """Straight or curly quotation marks and apostrophes."""
    if quotes == "straight":
        return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    out = []
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("“" if i == 0 or text[i - 1] in " \t\n([—–-/" else "”")
        elif ch == "'":
            out.append("‘" if i == 0 or text[i - 1] in " \t\n([—–-/" else "’")
        else:
            out.append(ch)
    return "".join(out)


_DASH = re.compile(r" (?:-|–|—|--) ")


def restyle_dashes(text: str, dash: str) -> str:
    """Spaced dashes in the house form."""
    return _DASH.sub(f" {dash} ", text)


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms)\.? (?=[A-Z])")


def drop_honorifics(text: str) -> str:
    """American wire style: "Mr Green said" becomes "Green said" (outside quotations)."""
    return outside_quotes(text, lambda piece: _HONORIFIC.sub("", piece))


def swap_words(text: str, pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    """A sub-editor's systematic swaps (said -> says, chief -> head...), outside quotations, case kept."""
    for old, new in pairs:
        pattern = re.compile(rf"\b{re.escape(old)}\b", re.IGNORECASE)

        def one(m: re.Match[str], new: str = new) -> str:
            return new[:1].upper() + new[1:] if m.group(0)[:1].isupper() else new

        text = outside_quotes(text, lambda piece, p=pattern, f=one: p.sub(f, piece))
    return text


def house_style(draft: Draft, style: HouseStyle, rng: random.Random, rate: float,
                swaps: tuple[tuple[str, str], ...] | list[tuple[str, str]] = ()) -> list[str]:
    """Put the draft's body in the house style; each part applies with probability ``rate``. Returns the
    names of the edits made."""
    done = []
    steps = (
        ("respell", lambda t: respell(t, style.spelling)),
        ("numbers", lambda t: restyle_numbers(t, style.numbers, style.money)),
        ("quotes", lambda t: restyle_quotes(t, style.quotes)),
        ("dashes", lambda t: restyle_dashes(t, style.dash)),
        ("swaps", lambda t: swap_words(t, swaps)),
    )
    for name, step in steps:
        if name == "swaps" and not swaps:
            continue
        if rng.random() < rate:
            new = [step(p) for p in draft.paras]
            if new != draft.paras:
                done.append(name)
            draft.paras = new
            if name in ("respell", "numbers", "quotes"):
                draft.headline = step(draft.headline)
    return done


def cut_bottom(draft: Draft, rng: random.Random) -> bool:
    """Keep the top of the story, dropping at least its last paragraph."""
    n = len(draft.paras)
    if n < 4:
        return False
    draft.paras = draft.paras[: rng.randint(max(2, n // 3), n - 1)]
    return True


def drop_middle(draft: Draft, rng: random.Random) -> bool:
    """Drop one paragraph from the middle."""
    if len(draft.paras) < 4:
        return False
    del draft.paras[rng.randrange(1, len(draft.paras) - 1)]
    return True


def keep_top(draft: Draft, rng: random.Random) -> bool:
    """Keep only the first two or three paragraphs (a brief, a homepage item)."""
    if len(draft.paras) < 5:
        return False
    draft.paras = draft.paras[: rng.choice((2, 3, 3))]
    return True


def trim_sentence(draft: Draft, rng: random.Random) -> bool:
    """Drop one sentence (not the first) from a paragraph that has several."""
    options = [i for i, p in enumerate(draft.paras) if len(sentences(p)) > 1]
    if not options:
        return False
    i = rng.choice(options)
    sents = sentences(draft.paras[i])
    j = rng.randrange(1, len(sents))
    if not balanced(sents[j]):
        return False
    draft.paras[i] = " ".join(sents[:j] + sents[j + 1 :])
    return True


def reorder(draft: Draft, rng: random.Random) -> bool:
    """Swap two neighbouring paragraphs below the lead."""
    if len(draft.paras) < 4:
        return False
    i = rng.randrange(1, len(draft.paras) - 1)
    draft.paras[i], draft.paras[i + 1] = draft.paras[i + 1], draft.paras[i]
    return True


def merge(draft: Draft, rng: random.Random) -> bool:
    """Join two neighbouring paragraphs (a print layout's longer paragraphs)."""
    if len(draft.paras) < 4:
        return False
    i = rng.randrange(1, len(draft.paras) - 1)
    draft.paras[i : i + 2] = [draft.paras[i] + " " + draft.paras[i + 1]]
    return True


def add_paragraph(draft: Draft, rng: random.Random, country: str, outlet: str, quotes: str) -> str:
    """Add a paragraph the source did not have: a local angle, background, or a reaction. Returns its kind."""
    text = " ".join(draft.paras)
    found = names(text, 3)
    entity = found[0] if found else "the company"
    kind = rng.choice(("local", "background", "reaction"))
    if kind == "local":
        para = phrases.local_angle(rng, country, outlet)
        at = min(len(draft.paras), rng.choice((2, 3, len(draft.paras))))
    elif kind == "background":
        para = phrases.background(rng, entity)
        at = max(1, len(draft.paras) - rng.choice((0, 1)))
    else:
        marks = ("“", "”") if quotes == "curly" else ('"', '"')
        para = phrases.reaction(rng, marks)
        at = rng.choice((1, len(draft.paras)))
    draft.paras.insert(at, para)
    return kind


def rewrite_lead(draft: Draft, rng: random.Random) -> bool:
    """Reword the first paragraph and keep the rest as it was."""
    if not draft.paras:
        return False
    new = paraphrase(draft.paras[0], rng, 1.0)
    changed = new != draft.paras[0]
    draft.paras[0] = new
    return changed


_AUDIENCE = ("you", "your money", "fans", "investors", "the rest of us", "families")


def rewrite_headline(headline: str, rng: random.Random, text: str) -> str:
    """A rewritten headline: synonyms, an explainer or question form, a speaker, a search-friendly prefix."""
    found = names(text, 3)
    entity = found[0] if found else ""
    who = speakers(text)
    bare = headline.rstrip(".?! ")
    forms = [
        lambda: swap_synonyms(bare, rng, 1.0),
        lambda: f"{bare}: what we know",
        lambda: f"{bare}: all you need to know",
        lambda: f"{bare} — here's why it matters",
        lambda: f"{bare}?",
        lambda: f"{bare}: report",
        lambda: f"BREAKING: {bare}",
        lambda: f"Explained: {bare}",
        lambda: f"{bare} - but what does it mean for {rng.choice(_AUDIENCE)}?",
    ]
    if entity and entity.lower() not in bare.lower():
        forms.append(lambda: f"{entity}: {bare}")
    if entity:
        forms += [
            lambda: f"What's next for {entity}?",
            lambda: f"Why {entity} is making headlines today",
            lambda: f"{entity} news: {bare}",
        ]
    if who:
        forms.append(lambda: f"{bare}, says {who[0]}")
    return rng.choice(forms)()


def headline_case(headline: str, style: str) -> str:
    """The headline in the house case."""
    return title_case(headline) if style == "title" else headline
