"""The facts two paragraphs state: their figures and the names in them, and whether two paragraphs agree on them.

A paragraph rewritten in a paper's own words keeps what it reports (the ages, the sums, the names of
the court, the accused and the town) while its wording moves far from the source's. Two reports
written to one template keep the wording and change the figures (a central bank's help to the money
market, another day's sums); two stories of one beat share a phrase and little else. The facts tell a
rewrite from both, where the similarity of the words cannot.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["facts", "names", "same_facts"]

#: A figure: a run of digits, with the separators written inside numbers ("1,500", "3.77", "9/11").
_FIGURE = re.compile(r"\d+(?:[.,:/]\d+)*")
#: Numbers written in words ("eleven weeks", "four million"), which a rewrite keeps as figures.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion half dozen".split()
)
_WORD = re.compile(r"\b[A-Za-z]+\b")
#: A name in running text: a capitalised word, not opening a sentence (an opening capital says
#: nothing) nor in capitals ("LONDON (Reuters)").
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'’-]+")
#: Of the paragraph with fewer facts, at least this share must be stated by the other.
SHARED_FACTS = 0.5


def names(text: str) -> list[str]:
    """The names in a paragraph's running text, in order: people, places and bodies, and the days and
    months it is dated by."""
    return _CAPITALISED.findall(text)


@lru_cache(maxsize=1 << 16)
def facts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The figures of a paragraph (separators dropped: "1,500" is "1500"; numbers in words too) and the
    names in it. Kept for the paragraphs seen last: one paragraph is weighed in each pair its article is in."""
    words = {w.lower() for w in _WORD.findall(text)}
    figures = frozenset([re.sub(r"[.,:/]", "", f) for f in _FIGURE.findall(text)]) | (words & _NUMBER_WORDS)
    return figures, frozenset(names(text.strip()))


def same_facts(x: str, y: str) -> bool:
    """Whether two paragraphs state the same facts: no figure of one is at odds with the other's
    (each holding a figure the other lacks reads as other figures in one template), and of the one
    stating fewer figures and names, at least :data:`SHARED_FACTS` (and one) are stated by the other."""
    (fx, nx), (fy, ny) = facts(x), facts(y)
    if fx - fy and fy - fx:
        return False
    shared = len(fx & fy) + len(nx & ny)
    return shared >= 1 and shared >= SHARED_FACTS * min(len(fx) + len(nx), len(fy) + len(ny))
