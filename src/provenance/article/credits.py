"""Finding the names an article credits: where its text says it came from.

A credit names where text came from: a prefix ("Al-Jazeera – Some armed..."), a wire
dateline ("LONDON (Reuters) -"), a suffix after the last sentence ("... on Monday. (AFP)"),
a "Source:" line, or a byline's employer ("By Jo Bloggs, PA News"). Prefix, dateline and suffix
credits point at another outlet; a "Source:" line or a byline can also be an outlet naming
itself, so those are read as the article's own outlet when nothing else claims the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..models import Block, Credit
from .outlets import KNOWN_AGENCIES, outlet_key, same_outlet

__all__ = ["find_credits", "infer_outlet"]

_GENERIC_NAMES = frozenset({"newsagencies", "agencies", "wires", "wireservices", "staff", "reporters", "agency",
                            "news", "staffreporter", "ourcorrespondent", "", "others"})
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|de|al|el))*"
_PREFIX = re.compile(rf"^(?P<name>{_NAME})\s*(?:[–—]|--?)\s+(?=[A-Z0-9“\"‘'(])")
_DATELINE = re.compile(r"^[A-Z][\w .,'’/-]{0,60}?\((?P<name>[A-Z][\w .&'’-]{0,40})\)\s*(?:[–—:]|--?)\s")
_SUFFIX = re.compile(rf"(?:[.!?”\"’]\s*|^)(?:\((?P<a>{_NAME})\)|(?:[–—]|--?)\s*(?P<b>{_NAME}))\s*$")
_SOURCE_LABEL = re.compile(
    r"^\(?(?:sources?|credits?|via|courtesy(?: of)?|with (?:input|reporting|files) from|"
    r"this (?:article|story) (?:was )?(?:first |originally )?(?:appeared|published)(?: (?:in|on|by))?)\s*[:-]?\s*",
    re.IGNORECASE,
)
_BYLINE_EMPLOYER = re.compile(r"^by\s+[^,|–—]+[,|–—]\s*(?P<name>.+)$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b|\+)\s*")
_MAX_NAME_WORDS = 4


def _plausible(name: str) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    key = outlet_key(name)
    if key in _GENERIC_NAMES:
        return False
    letters = re.sub(r"[^A-Za-z]", "", name)
    # A capitals-only prefix is a dateline ("BEIRUT –") unless it is a known agency ("AFP –").
    return not (letters.isupper() and len(letters) > 1 and key not in KNOWN_AGENCIES)


def _names(text: str) -> list[str]:
    return [p.strip(" .()[]") for p in _SPLIT.split(text) if p.strip(" .()[]")]


def find_credits(blocks: Sequence[Block]) -> tuple[Credit, ...]:
    """Credits found in an article's blocks, in reading order."""
    found: list[Credit] = []
    body = [b for b in blocks if b.kind == "body"]
    if body:
        first = body[0]
        match = _DATELINE.match(first.text)
        if match and outlet_key(match["name"]) not in _GENERIC_NAMES:
            found.append(_credit(match["name"], "dateline", first, match.start("name"), match.end("name")))
        else:
            match = _PREFIX.match(first.text)
            if match and _plausible(match["name"]):
                found.append(_credit(match["name"], "prefix", first, 0, match.end("name")))
        last = body[-1]
        match = _SUFFIX.search(last.text)
        if match:
            group = "a" if match["a"] else "b"
            name = match[group]
            if _plausible(name) and (group == "a" or outlet_key(name) in KNOWN_AGENCIES or len(last.text) < 60):
                found.append(_credit(name, "suffix", last, match.start(group), match.end(group)))
    for block in blocks:
        if block.kind == "source":
            label = _SOURCE_LABEL.match(block.text)
            if not label:
                continue
            rest = block.text[label.end():]
            offset = label.end()
            for name in _names(rest):
                if outlet_key(name) not in _GENERIC_NAMES and len(name.split()) <= _MAX_NAME_WORDS:
                    at = block.text.find(name, offset)
                    found.append(_credit(name, "source_line", block, at, at + len(name)))
        elif block.kind == "byline":
            match = _BYLINE_EMPLOYER.match(block.text)
            if match and len(match["name"].split()) <= _MAX_NAME_WORDS:
                name = match["name"].strip(" .")
                at = block.text.find(name)
                found.append(_credit(name, "byline", block, at, at + len(name)))
    return tuple(found)


def _credit(name: str, form: str, block: Block, start: int, end: int) -> Credit:
    return Credit(name=name.strip(), form=form, block=block.index, start=start, end=end)  # type: ignore[arg-type]


def infer_outlet(credits: Iterable[Credit]) -> str | None:
    """The article's own outlet from a lone "Source:" line or byline employer, if one name is left.

    A name that the article also credits as a prefix, dateline or suffix is a credit to another
    outlet, not a self-credit, and is left out.
    """
    credits = list(credits)
    pointed = [c.name for c in credits if c.form in ("prefix", "dateline", "suffix")]
    own = [
        c.name for c in credits
        if c.form in ("source_line", "byline") and not any(same_outlet(c.name, p) for p in pointed)
    ]
    distinct: list[str] = []
    for name in own:
        if not any(same_outlet(name, d) for d in distinct):
            distinct.append(name)
    return distinct[0] if len(distinct) == 1 else None
