"""Roundup: a seeded generator of news-syndication test corpora with known ground truth.

:func:`corpus` returns ``(records, truth)``. Records are pages as a scraper saves them; truth names each
page's direct sources in the corpus (``edges``), the owner of each missing direct source (``absent``)
and the original text each page descends from (``story``). See ``README.md`` for the case kinds.
"""

from __future__ import annotations

from typing import Any

__all__ = ["corpus"]


def corpus(seed: int, articles: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """About ``articles`` records (60 to 2,500) and their truth, the same for the same arguments."""
    from .generator import build

    records, truth, _ = build(seed, articles)
    return records, truth
