"""Synthetic news-syndication corpora with a known genealogy, for benchmarking a syndication tracer.

:func:`corpus` builds pages the way syndication looks in the wild: agency copy and its clients (cut,
restyled, credited or not), copies of copies, updates, mixes of two sources, rewrites, independent reports
that share only quotes and facts, and unrelated stories wrapped in the same outlets' furniture. It returns
the page records, the true genealogy (:class:`bench.genealogy.Truth`) and a short description. See
README.md in this folder for the model.
"""

from __future__ import annotations

from .check import check
from .generator import KINDS, corpus

__all__ = ["KINDS", "check", "corpus"]
