"""Field-style benchmark data for provenance, written independently of the library from a brief.

It models how news actually travels: a wire agency (Reuters, AP, AFP, PTI, ...) or an outlet publishes a
story, and other outlets republish it, cutting the tail, dropping a paragraph, rewording common words,
rewriting the headline, adding a paragraph of their own, crediting the source in one of many real-world
forms (datelines, bylines, trailers, copyright and "originally published by" notices) or not at all, and
appending their own site footer. Metadata is patchy: outlet names, URLs and dates in mixed formats are
often missing. Base texts are Reuters-21578 stories reflowed into paragraphs; stories that share any
8-word run are never both used, so unrelated stories are really unrelated.

- :func:`credit_set` gives single articles labelled with who they credit (about 30% credit nobody,
  including articles that merely mention an agency in the reporting).
- :func:`corpus` gives a set of records and the true copy graph for one of :data:`KINDS`:
  ``copies`` (sources with 1-2 copies), ``unrelated_footers`` (unrelated stories that only share site
  footers), ``unknown_outlet`` (anonymous wire originals copied by known outlets) and ``siblings``
  (outlets carrying a wire story that is not in the corpus).

Randomness comes only from ``random.Random`` seeded by the caller, so equal seeds give equal output.
"""

from __future__ import annotations

from .corpus import KINDS, corpus
from .credits import credit_set

__all__ = ["KINDS", "corpus", "credit_set"]
