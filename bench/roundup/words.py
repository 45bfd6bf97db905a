"""Word-level helpers shared by the generator and its checks: tokens, 8-word runs, quotations, sentences."""

from __future__ import annotations

import re

RUN = 8
WORD = re.compile(r"[A-Za-z0-9£$€]+(?:['’.][A-Za-z0-9]+)*|%")
QUOTE_MARKS = "\"“”"

# Variants that the house-style edits swap for one another count as the same word when checking that
# unrelated stories share no prose (so an edit can never create a shared run by accident).
_SAME = {
    "says": "said", "stated": "said", "around": "about", "approximately": "about", "roughly": "about",
    "percent": "pct", "%": "pct", "mln": "million", "bln": "billion", "bn": "billion", "m": "million",
    "us": "u.s", "uk": "u.k", "mr.": "mr", "mrs.": "mrs", "dr.": "dr",
}
_DROP = {"dlrs", "dlr", "dollars", "dollar"}
_MONEY = re.compile(r"^\$?([£€]?\d[\d,]*(?:\.\d+)?)(bn|m|mln|bln|billion|million)?$")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MERGE = {("per", "cent"): "pct", ("more", "than"): "over"}
_SPELLING: dict[str, str] = {}


def register_spelling(pairs: dict[str, str]) -> None:
    """Let the spelling table (British -> American) fold both spellings to one form."""
    _SPELLING.update({uk.lower(): us.lower() for uk, us in pairs.items()})


def tokens(text: str) -> list[str]:
    """Lower-cased words, punctuation dropped."""
    return [w.lower().rstrip(".") for w in WORD.findall(text)]


def canon_spans(text: str) -> list[tuple[str, int, int]]:
    """Words with house-style variants folded together (said/says, per cent/%, colour/color, ...), with the
    character span each came from."""
    out: list[tuple[str, int, int]] = []
    for m in WORD.finditer(text):
        w = m.group(0).lower().rstrip(".").replace("’", "'")
        if out and (out[-1][0], w) in _MERGE:
            out[-1] = (_MERGE[(out[-1][0], w)], out[-1][1], m.end())
            continue
        if w in _DROP:
            continue
        money = _MONEY.match(w)
        if money:
            out.append((money.group(1), m.start(), m.end()))
            if money.group(2):
                out.append((_SAME.get(money.group(2), money.group(2)), m.start(), m.end()))
            continue
        if w in _WEEKDAYS and out and out[-1][0] == "on":
            out.pop()
        w = _SAME.get(w, w)
        out.append((_SPELLING.get(w, w), m.start(), m.end()))
    return out


def canon(text: str) -> list[str]:
    return [w for w, _, _ in canon_spans(text)]


def runs(words: list[str], n: int = RUN) -> set[str]:
    """Every run of ``n`` consecutive words, joined by spaces."""
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def unquoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """Where a paragraph's prose lies outside quoted speech (an unclosed quotation runs to the paragraph's end)."""
    out, inside, start = [], False, 0
    for i, ch in enumerate(paragraph):
        if ch in QUOTE_MARKS:
            if not inside and i > start:
                out.append((start, i))
            inside = not inside
            start = i + 1
    if not inside and len(paragraph) > start:
        out.append((start, len(paragraph)))
    return out


def unquoted(paragraph: str) -> list[str]:
    return [paragraph[a:b] for a, b in unquoted_spans(paragraph) if paragraph[a:b].strip()]


def prose_runs(paragraphs: list[str], fold: bool = True) -> set[str]:
    """8-word runs of the paragraphs' prose (quotations removed), never spanning two paragraphs."""
    found: set[str] = set()
    for para in paragraphs:
        for piece in unquoted(para):
            found |= runs(canon(piece) if fold else tokens(piece))
    return found


def quotes_in(paragraph: str) -> list[str]:
    """The quoted spans of a paragraph (text between straight or curly double quotes)."""
    return [m.group(1) for m in re.finditer(r"[\"“]([^\"“”]+)[\"”]", paragraph)]


_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "mt", "no", "co", "corp", "inc", "ltd", "jr", "sr", "gen", "gov", "sen", "rep",
    "lt", "col", "sgt", "capt", "prof", "rev", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "vs", "etc", "bros",
    "messrs", "u.s", "u.k", "u.n", "e.g", "i.e", "fig", "ft", "approx", "dept", "est", "pct", "cts",
}
_BOUNDARY = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'(0-9£$])")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations, initials and quotations whole."""
    parts, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start:m.start() + 1]
        last = before.split()[-1].rstrip(".!?").lower() if before.split() else ""
        if m.group(0)[0] == "." and (last in _ABBREV or (len(last) == 1 and last.isalpha()) or ".." in before[-3:]):
            continue
        parts.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        parts.append(text[start:].strip())
    merged: list[str] = []
    for part in parts:
        if merged and _open_quote(merged[-1]):
            merged[-1] = merged[-1] + " " + part
        else:
            merged.append(part)
    return merged


def _open_quote(sentence: str) -> bool:
    return sum(sentence.count(q) for q in QUOTE_MARKS) % 2 == 1


def word_count(text: str) -> int:
    return len(WORD.findall(text))
