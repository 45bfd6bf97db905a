"""Exceptions raised by provenance: one base class, one subclass per condition.

Every message names the input (a path, a position in a list, a document id) and what is
wrong with it, so a user can fix the corpus without reading a traceback.
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "DocumentTooLargeError",
    "DuplicateIdError",
    "EmptyCorpusError",
    "EmptyDocumentError",
    "InputFormatError",
    "MissingDependencyError",
    "ProvenanceError",
    "ProvenanceWarning",
    "RenderError",
    "UnknownDocumentError",
    "UnreadableInputError",
]


class ProvenanceError(Exception):
    """Base class of every error provenance raises on purpose."""


class CorpusError(ProvenanceError):
    """Something is wrong with the corpus handed to :func:`provenance.trace`."""


class EmptyCorpusError(CorpusError):
    """The corpus holds no document at all."""


class EmptyDocumentError(CorpusError):
    """A document has no text (empty or only white space)."""


class DuplicateIdError(CorpusError):
    """Two documents in one corpus carry the same id."""


class UnreadableInputError(CorpusError):
    """A file cannot be read or decoded as text (binary data, unknown encoding)."""


class InputFormatError(CorpusError):
    """An input has the wrong shape: a record without text, a field of the wrong type, a bad line."""


class DocumentTooLargeError(CorpusError):
    """A document exceeds a documented limit (characters or paragraphs)."""


class MissingDependencyError(ProvenanceError, ImportError):
    """An optional package is needed for this input or output; the message names the extra to install."""


class ProvenanceWarning(UserWarning):
    """Something was passed over on purpose and the user should know (e.g. non-HTML records of a WARC file)."""


class UnknownDocumentError(ProvenanceError, KeyError):
    """A document id asked of a report is not in it."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0]) if self.args else ""


class RenderError(ProvenanceError):
    """An output could not be produced (a missing system program, an unwritable path)."""
