"""copydesk: synthetic corpora of news articles with known lineage (who copied whom), on real base texts.

>>> from bench.copydesk import corpus  # doctest: +SKIP
>>> records, truth = corpus(30, seed=1)  # doctest: +SKIP

See README.md in this folder for the record and truth formats, the scenario kinds and the edit patterns.
"""

from __future__ import annotations

from .generate import check, corpus
from .kinds import KINDS
from .outlets import AGENCIES, OUTLETS

__all__ = ["AGENCIES", "KINDS", "OUTLETS", "check", "corpus"]
