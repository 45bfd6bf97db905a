"""beatdesk: coverage of one event by many outlets, most of it not copied, with real syndication mixed in.

A generator family for :mod:`bench.soak`, written from a brief without reading the tracer or the other
families. It stresses articles that share text without deriving from one another (quotations, names
and figures of one event; a press release pasted in part; an outlet's stock background paragraph;
footers of one common form) beside true copies (agency copy run by clients, copies of copies, credited
copies of another outlet's report, updates). See README.md for each case and the truth it gets.

>>> records, truth, about = corpus(1, 60)  # doctest: +SKIP
"""

from __future__ import annotations

from .generator import KINDS, corpus

__all__ = ["KINDS", "corpus"]
