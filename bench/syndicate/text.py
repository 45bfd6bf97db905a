"""Small text helpers: sentences, quoted spans, letter case, slugs and the names a story is about.

Every edit the generator makes (a sub-editor's swap, a respelling, a paraphrase) must leave direct
quotations alone, as newsrooms do, so most helpers here work on the text *outside* quotes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr St Prof Gen Lt Col Sgt Rev Jr Sr Inc Co Corp Ltd Bros vs No Nos Gov Sen Rep Capt Maj "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Ave approx est dept U.S U.K U.N E.U".split()
)

_BOUNDARY = re.compile(r"([.!?][\"”’')]*)\s+(?=[\"“‘(]?[A-Z0-9£$€])")
_MARK = re.compile(r"[\"“”]")
_SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to vs via with".split())


def sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, not split after common abbreviations or initials."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        if m.group(1).startswith("."):
            before = paragraph[start : m.start(1)].rsplit(None, 1)
            word = before[-1] if before else ""
            if word.strip("(\"“") in ABBREVIATIONS or re.fullmatch(r"[(\"“]?[A-Z]", word) or "." in word[-3:]:
                continue
        out.append(paragraph[start : m.end(1)].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


def _opens(text: str, i: int) -> bool:
    """Whether the quote mark at ``i`` opens a quotation (curly marks say so; a straight one follows a space)."""
    ch = text[i]
    if ch in "“”":
        return ch == "“"
    return i == 0 or text[i - 1] in " \t\n([—–-/"


def split_outside_quotes(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into (is_quote, piece) runs. A quotation left open runs to the end of the text, and one
    closed without being opened (continued from an earlier paragraph) runs from the start of the text."""
    out: list[tuple[bool, str]] = []
    pos = 0
    start = -1
    for m in _MARK.finditer(text):
        i = m.start()
        if _opens(text, i):
            if start < 0:
                if i > pos:
                    out.append((False, text[pos:i]))
                start = i
        elif start >= 0:
            out.append((True, text[start : i + 1]))
            pos, start = i + 1, -1
        elif pos == 0 and not out:
            out.append((True, text[: i + 1]))
            pos = i + 1
    if start >= 0:
        out.append((True, text[start:]))
    elif pos < len(text):
        out.append((False, text[pos:]))
    return out


def outside_quotes(text: str, edit: Callable[[str], str]) -> str:
    """Apply ``edit`` to the parts of ``text`` that are not direct quotations."""
    return "".join(piece if quoted else edit(piece) for quoted, piece in split_outside_quotes(text))


def protect_quotes(text: str) -> tuple[str, list[str]]:
    """``text`` with each quotation replaced by a placeholder, and the quotations in order."""
    spans: list[str] = []
    parts = []
    for quoted, piece in split_outside_quotes(text):
        if quoted:
            parts.append(f"\x00{len(spans)}\x00")
            spans.append(piece)
        else:
            parts.append(piece)
    return "".join(parts), spans


def restore_quotes(text: str, spans: list[str]) -> str:
    """Undo :func:`protect_quotes`."""
    return re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], text)


def has_quote(text: str) -> bool:
    """Whether the text holds a direct quotation."""
    return any(quoted for quoted, _ in split_outside_quotes(text))


def balanced(text: str) -> bool:
    """Whether double quotes are closed in ``text`` (a paragraph may be cut only where they are)."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def cap_first(s: str) -> str:
    """``s`` with its first letter upper-cased."""
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1 :]
    return s


_KEEP_CASE = re.compile(r"^[A-Z][a-z]*[A-Z]|^[A-Z]{2,}|^I\b")
_COMMON_START = frozenset(
    "The A An It Its This That These Those There They He She We Our Their His Her In On At For But And "
    "However Some Many Most Analysts Officials Shares Sales Profits Prices".split()
)


def decap_first(s: str) -> str:
    """``s`` with its first word lower-cased when it is a common word, not a name."""
    m = re.match(r"(\W*)(\w+)", s)
    if not m or _KEEP_CASE.match(m.group(2)) or m.group(2) not in _COMMON_START:
        return s
    return s[: m.start(2)] + m.group(2).lower() + s[m.end(2) :]


def title_case(s: str) -> str:
    """Headline Title Case: every word capitalised except short function words inside the line."""
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in _SMALL_WORDS:
            out.append(w.lower())
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def sentence_case(s: str, forms: dict[str, str]) -> str:
    """An upper-case wire headline in sentence case, names spelled as ``forms`` (lower case -> body form)."""
    out = []
    for i, w in enumerate(s.split()):
        m = re.match(r"(\W*)([\w.'&-]*?)(\W*)$", w)
        lead, bare, trail = m.groups() if m else ("", w, "")
        if (bare + trail[:1]).lower() in forms:
            out.append(lead + forms[(bare + trail[:1]).lower()] + trail[1:])
        elif bare.lower() in forms:
            out.append(lead + forms[bare.lower()] + trail)
        elif i == 0:
            out.append(w[:1].upper() + w[1:].lower())
        else:
            out.append(w.lower())
    return " ".join(out)


def slug(s: str, words: int = 8) -> str:
    """A URL slug: lower case, hyphens, at most ``words`` words."""
    parts = re.findall(r"[a-z0-9]+", s.lower().replace("'", "").replace("’", ""))
    return "-".join(parts[:words]) or "story"


_NAME = re.compile(r"\b[A-Z][a-zA-Z’'\-]+(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-zA-Z’'\-]+)*")
_NOT_NAMES = frozenset(
    "The A An But He She It They We I In On At As If This That These Those There His Her Its Their Our "
    "Mr Mrs Ms Dr And Or For From After Before When While With Without However Also So Yet Some Many Most "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December What Who Why How Where Which One Two Three Last Next "
    "New Other Both All Any Each Such Than Then Now Only Even Still Under Over Since During Despite".split()
)


def names(text: str, limit: int = 6) -> list[str]:
    """The names a text is most about (capitalised runs, most frequent first), for headlines and add-ons."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _NAME.finditer(text):
        name = m.group(0)
        words = name.split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words or (len(words) == 1 and len(words[0]) < 3):
            continue
        name = " ".join(words).rstrip("’'").removesuffix("’s").removesuffix("'s")
        counts[name] += 1
        first.setdefault(name, m.start())
    ranked = sorted(counts, key=lambda n: (-counts[n] - (len(n.split()) > 1), first[n]))
    return ranked[:limit]


_SPEAKER = re.compile(
    r"(?:said|says|told [a-z ]+?|added)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z’'\-]+){1,2})"
    r"|([A-Z][a-z]+(?:\s+[A-Z][a-z’'\-]+){1,2})\s+(?:said|says|told|added)"
)


def speakers(text: str) -> list[str]:
    """People quoted in the text ("said Jane Doe", "Jane Doe said"), in order of first mention."""
    out: list[str] = []
    for m in _SPEAKER.finditer(text):
        who = (m.group(1) or m.group(2)).strip()
        if who.split()[0] not in _NOT_NAMES and who not in out:
            out.append(who)
    return out
