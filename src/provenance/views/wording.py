"""How numbers and counts read in every view: confidence with its word, and plurals.

A derivation's confidence is the pair model's probability that the copy comes from that source,
directly or through articles in between (for an edge to a common source missing from the corpus,
that the members share one). Every view shows it by one rule, :func:`confidence_text`: two
decimals, rounded to nearest, except that a probability short of 1 never reads 1.00 and one above
0 never reads 0.00; then the word for its band. The bands are defined once, here, and stated in
the guide (docs/guide.md, "Confidence"):

========== ==========================
word       confidence
========== ==========================
certain    0.95 or more
probable   0.75 up to 0.95
possible   below 0.75
========== ==========================
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Diff, Pair

__all__ = [
    "CLOSE_RELATIONS",
    "CONFIDENCE_MEANING",
    "CONFIDENCE_WORDS",
    "KINDS",
    "body_counts",
    "closest_relations",
    "confidence_number",
    "confidence_text",
    "confidence_word",
    "count",
    "reuse_word",
]

#: (lowest confidence, word), from the highest band down; below the last threshold: the last word.
CONFIDENCE_WORDS: tuple[tuple[float, str], ...] = ((0.95, "certain"), (0.75, "probable"), (0.0, "possible"))

#: One sentence saying what the confidence of a derivation is, for the views that explain it.
CONFIDENCE_MEANING = (
    "Confidence is the pair model's probability that the copy comes from that source, directly or "
    "through articles in between (for a common source not in the corpus: that the articles share one); "
    "among derivations of confidence 0.8, about eight in ten are right. "
    + "; ".join(
        f"{word}: {low:.2f} or more" if low > 0 else f"{word}: below {CONFIDENCE_WORDS[i - 1][0]:.2f}"
        for i, (low, word) in enumerate(CONFIDENCE_WORDS)
    )
    + "."
)


def _check(value: float) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or math.isnan(value) or not 0 <= value <= 1:
        raise ValueError(f"a confidence is a probability from 0 to 1, not {value!r}")
    return float(value)


def confidence_number(value: float) -> str:
    """The confidence as two decimals, rounded to nearest, never 1.00 short of 1 nor 0.00 above 0.

    >>> confidence_number(0.9959), confidence_number(0.994), confidence_number(0.5), confidence_number(1.0)
    ('0.99', '0.99', '0.50', '1.00')
    >>> confidence_number(0.756)
    '0.76'
    """
    value = _check(value)
    hundredths = round(value * 100)
    if value < 1:
        hundredths = min(hundredths, 99)
    if value > 0:
        hundredths = max(hundredths, 1)
    return f"{hundredths / 100:.2f}"


def confidence_word(value: float) -> str:
    """certain, probable or possible: the band of ``value`` (see :data:`CONFIDENCE_WORDS`).

    The band is read from the number as shown, so "0.95 certain" and never "0.95 probable".

    >>> confidence_word(0.9959), confidence_word(0.8), confidence_word(0.6)
    ('certain', 'probable', 'possible')
    """
    shown = float(confidence_number(value))
    return next(word for low, word in CONFIDENCE_WORDS if shown >= low)


def confidence_text(value: float) -> str:
    """The number with its word, as every view prints it.

    >>> confidence_text(0.9959)
    '0.99 certain'
    """
    return f"{confidence_number(value)} {confidence_word(value)}"


def reuse_word(reuse: str) -> str:
    """copy or rewrite, as views name the kind of reuse; ValueError for anything else."""
    if reuse not in ("copy", "rewrite"):
        raise ValueError(f"reuse is 'copy' or 'rewrite', not {reuse!r}")
    return reuse


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it takes: "1 pair", "2 pairs", "0 documents".

    >>> count(1, "pair"), count(2, "pair"), count(0, "document"), count(1, "sibling"), count(3, "copy", "copies")
    ('1 pair', '2 pairs', '0 documents', '1 sibling', '3 copies')
    """
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


#: The operations on paragraphs, in the order every view lists them.
KINDS = ("kept", "modified", "moved", "added", "dropped")


def body_counts(diff: Diff) -> dict[str, int]:
    """How many body paragraphs each kind of operation holds, in :data:`KINDS` order (furniture apart)."""
    return {k: diff.count(k, furniture=False) for k in KINDS}  # type: ignore[arg-type]


#: How many of the pair model's four relations an undetermined pair's wording names, likeliest first.
CLOSE_RELATIONS = 2


def closest_relations(pair: Pair, a: str, b: str) -> str:
    """What the pair model found likeliest for an undetermined pair, so a reader sees what was close:
    the two likeliest of the four relations with their probabilities, the articles called ``a`` and
    ``b`` ("" for a pair without them).

    >>> from provenance.models import Pair
    >>> pair = Pair(a="x", b="y", share_a=0.9, share_b=0.6, shared_chars=900, similarity=0.98,
    ...             relation="undetermined", confidence=0.41,
    ...             probabilities={"a_from_b": 0.41, "b_from_a": 0.03, "siblings": 0.52, "none": 0.04})
    >>> closest_relations(pair, "X", "Y")
    'likeliest: a common source 0.52, then X copied Y 0.41'
    """
    said = {
        "a_from_b": f"{a} copied {b}",
        "b_from_a": f"{b} copied {a}",
        "siblings": "a common source",
        "none": "no reuse (shared quotes or stock text)",
    }
    ranked = sorted((k for k in said if k in pair.probabilities), key=lambda k: (-pair.probabilities[k], k))
    if not ranked:
        return ""
    first, *rest = (f"{said[k]} {confidence_number(pair.probabilities[k])}" for k in ranked[:CLOSE_RELATIONS])
    return "likeliest: " + first + "".join(f", then {r}" for r in rest)
