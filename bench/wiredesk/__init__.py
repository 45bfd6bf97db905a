"""Wiredesk: news syndication scenarios built from real Reuters-21578 wire stories.

``corpus(n_stories, seed)`` returns articles as outlets would print them (credits, bylines,
cuts, house style, page furniture, dates in many forms) and the truth of who copied whom. The
scenarios follow how syndication looks in practice: sites running one absent wire story,
originals and their copies, copy chains, mixes of two sources, heavy rewrites, and unrelated
stories that share only a site's boilerplate. See README.md in this folder.
"""

from .generate import corpus
from .kinds import KINDS

__all__ = ["KINDS", "corpus"]
