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
    "FetchError",
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


class FetchError(CorpusError):
    """A page given as a link could not be had: an HTTP error, a timeout, a refusal by the site's
    robots.txt, an answer that is not an HTML page or is too large.

    ``url`` is the link as given and ``reason`` says what went wrong, in a few words; the
    message holds both.
    """

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason

    def __reduce__(self) -> tuple[type[FetchError], tuple[str, str]]:  # crosses processes intact
        return (type(self), (self.url, self.reason))


class MissingDependencyError(ProvenanceError, ImportError):
    """An optional package is needed for this input or output; the message names the extra to install."""


class ProvenanceWarning(UserWarning):
    """Something was passed over on purpose and the user should know (e.g. non-HTML records of a WARC file)."""


class ArgumentTypeError(ProvenanceError, TypeError):
    """An argument of a public function is of the wrong type; the message names it and what it takes."""


class UnknownDocumentError(ProvenanceError, KeyError):
    """A document id asked of a report is not in it."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0]) if self.args else ""


class RenderError(ProvenanceError):
    """An output could not be produced (a missing system program, an unwritable path)."""
