"""provenance: trace how news articles are syndicated and reused.

>>> from provenance import trace
>>> report = trace("seeds/")  # doctest: +SKIP
>>> report.derivations        # doctest: +SKIP
>>> audit(["https://example.org/story"], index="corpus.db")  # doctest: +SKIP
"""

from .auditing import ArticleAudit, Audit, Match, audit
from .engine import EngineError
from .errors import (
    ArgumentTypeError,
    CorpusError,
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
    FetchError,
    InputFormatError,
    MissingDependencyError,
    ProvenanceError,
    ProvenanceWarning,
    RenderError,
    UnknownDocumentError,
    UnreadableInputError,
)
from .index import IndexFileError
from .models import (
    Article,
    Block,
    Credit,
    Derivation,
    Diff,
    Evidence,
    Fetch,
    Operation,
    Pair,
    Skipped,
    TitleChange,
    WordEdit,
)
from .pipeline import trace
from .reading.links import read_links
from .reading.load import load
from .report import Report
from .settings import Settings
from .training import train

__all__ = [
    "ArgumentTypeError",
    "Article",
    "ArticleAudit",
    "Audit",
    "Block",
    "CorpusError",
    "Credit",
    "Derivation",
    "Diff",
    "DocumentTooLargeError",
    "DuplicateIdError",
    "EmptyCorpusError",
    "EmptyDocumentError",
    "EngineError",
    "Evidence",
    "Fetch",
    "FetchError",
    "IndexFileError",
    "InputFormatError",
    "Match",
    "MissingDependencyError",
    "Operation",
    "Pair",
    "ProvenanceError",
    "ProvenanceWarning",
    "RenderError",
    "Report",
    "Settings",
    "Skipped",
    "TitleChange",
    "UnknownDocumentError",
    "UnreadableInputError",
    "WordEdit",
    "audit",
    "load",
    "read_links",
    "trace",
    "train",
]
