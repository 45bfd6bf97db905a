"""Assemble a corpus: draw the kinds, build every story, print the records, write the truth.

:func:`corpus` is the package's public entry point. :func:`build` does the same work but also
returns the generated articles (with their true publication instants), which the self-check
uses to verify the printed dates against the truth.
"""

from __future__ import annotations

import random

from .article import Article, render
from .kinds import BUILDERS, KINDS, Desk
from .source import load_stories

__all__ = ["build", "corpus"]


def build(n_stories: int, seed: int) -> tuple[list[dict], dict, list[Article]]:
    """Records, truth and the emitted articles for ``n_stories`` scenarios drawn with ``seed``."""
    if n_stories < 0:
        raise ValueError("n_stories must be >= 0")
    rng = random.Random(seed)
    desk = Desk(rng, load_stories())
    kinds = [KINDS[i % len(KINDS)] for i in range(n_stories)]
    rng.shuffle(kinds)
    width = max(3, len(str(n_stories)))
    articles: list[Article] = []
    kind_of: dict[str, str] = {}
    for i, kind in enumerate(kinds, 1):
        key = f"s{i:0{width}d}"
        made = [a for a in BUILDERS[kind](desk, key) if a.emit]
        for a in made:
            kind_of[a.story] = kind
        articles += made
    rng.shuffle(articles)
    records = [render(rng, a, serial) for serial, a in enumerate(articles)]
    truth = {
        "edges": [[a.rid, p] for a in articles for p in a.parents],
        "absent": [[a.rid, name] for a in articles for name in a.absent],
        "story": {a.rid: a.story for a in articles},
        "kind": dict(sorted(kind_of.items())),
    }
    return records, truth, articles


def corpus(n_stories: int, seed: int) -> tuple[list[dict], dict]:
    """A syndication corpus of ``n_stories`` scenarios and its truth, the same for the same
    ``(n_stories, seed)``.

    Returns ``(records, truth)``. Each record has ``id``, ``title``, ``text`` and, when known or
    shown, ``outlet``, ``url`` and ``published``. ``truth`` has ``edges`` ([copy, direct parent]
    pairs inside the corpus), ``absent`` ([copy, credited agency or None] for records whose
    source is a wire story not in the corpus), ``story`` (record id -> story key) and ``kind``
    (story key -> scenario kind). Raises FileNotFoundError when the Reuters data is missing.
    """
    records, truth, _ = build(n_stories, seed)
    return records, truth
