"""bulletin: the tenth generated family of syndicated news for the benchmarks.

``records, given = corpus(seed, articles)`` builds a corpus of news pages made from real BBC News and
Reuters-21578 text: news-in-brief roundups and digests, mixes, sister-site networks, syndicated
columns, agency updates, chains of copies, independent reports of one event, credited copies and
wire siblings. See README.md in this folder for the records, the truth and the share of each case.
"""

from .generator import corpus

__all__ = ["corpus"]
