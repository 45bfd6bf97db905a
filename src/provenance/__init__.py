"""provenance: trace how news articles are syndicated and reused.

>>> from provenance import trace
>>> report = trace("seeds/")  # doctest: +SKIP
>>> report.derivations        # doctest: +SKIP
"""

from .engine import EngineError
from .errors import (
    CorpusError,
    DocumentTooLargeError,
    DuplicateIdError,
    EmptyCorpusError,
    EmptyDocumentError,
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
    Operation,
    Pair,
    Skipped,
    TitleChange,
    WordEdit,
)
from .pipeline import trace
from .reading.load import load
from .report import Report
from .settings import Settings

__all__ = [
    "Article",
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
    "IndexFileError",
    "InputFormatError",
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
    "load",
    "trace",
]
