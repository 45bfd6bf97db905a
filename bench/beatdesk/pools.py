"""Who gets which real text: every source article is used for one purpose only.

An article is either the base of one event (its quotations and facts are the event's), or a donor
of prose (its sentences, taken in order and never twice, become one outlet's own sentences), or a
filler story. Nothing is used twice, so any text two articles share is text the generator meant
them to share.
"""

from __future__ import annotations

import random
from collections import deque

from .sources import Source, bbc_sources, reuters_sources

__all__ = ["CATEGORIES", "Pools"]

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")


def _eligible(source: Source) -> bool:
    """A base for an event: two quotations or more and enough paragraphs for a wire story."""
    return len(source.quotes) >= 2 and len(source.paragraphs) >= 4 and source.main_name is not None


class Pools:
    """Queues of real articles for bases, donor prose and fillers, shuffled by the corpus's ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        bbc = bbc_sources()
        self.reuters = list(reuters_sources())
        rng.shuffle(self.reuters)
        self.used: set[str] = set()
        self.bases: dict[str, deque[Source]] = {}
        self.donors: dict[str, deque[Source]] = {}
        for category in CATEGORIES:
            docs = [s for s in bbc if s.category == category]
            good = [s for s in docs if _eligible(s)]
            rest = [s for s in docs if not _eligible(s)]
            rng.shuffle(good)
            rng.shuffle(rest)
            self.bases[category] = deque(good)
            # donors: articles no event can use first, then eligible ones from the far end of the queue
            self.donors[category] = deque(rest + good[::-1])
        self.donors["reuters"] = deque(self.reuters[len(self.reuters) // 2 :])
        self.fillers = deque(self.reuters[: len(self.reuters) // 2])
        self._current: dict[str, tuple[Source, deque[str]]] = {}

    def base(self, category: str) -> Source | None:
        """An unused article with quotations for an event of ``category``, or None when there is none."""
        queue = self.bases[category]
        while queue:
            source = queue.popleft()
            if source.key not in self.used:
                self.used.add(source.key)
                return source
        return None

    def bases_left(self, category: str) -> int:
        """How many bases ``category`` may still give (an upper bound)."""
        return sum(1 for s in self.bases[category] if s.key not in self.used)

    def _next_donor(self, category: str) -> tuple[Source, deque[str]] | None:
        order = [category, *[c for c in CATEGORIES if c != category], "reuters"]
        for name in order:
            queue = self.donors.get(name, deque())
            while queue:
                source = queue.popleft()
                if source.key in self.used or len(source.plain) < 2:
                    continue
                self.used.add(source.key)
                return source, deque(source.plain)
        return None

    def prose(self, category: str, count: int) -> list[str]:
        """``count`` sentences of unused prose (no quotations) from donors of ``category``, in their order."""
        out: list[str] = []
        while len(out) < count:
            current = self._current.get(category)
            if current is None or not current[1]:
                current = self._next_donor(category)
                if current is None:
                    break
                self._current[category] = current
            out.append(current[1].popleft())
        return out

    def filler(self, rng: random.Random) -> Source | None:
        """An unused story for padding: a Reuters story, or (two times in five) a BBC article of any
        topic, quotations and all, that no event uses."""
        if rng.random() < 0.4:
            source = self.base(rng.choice(CATEGORIES))
            if source is not None:
                return source
        while self.fillers:
            source = self.fillers.popleft()
            if source.key not in self.used:
                self.used.add(source.key)
                return source
        for category in CATEGORIES:
            source = self.base(category)
            if source is not None:
                return source
        return None
