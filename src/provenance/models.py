"""The result types: articles, blocks, alignments, evidence, derivations and diffs.

Every result is a frozen pydantic model whose JSON form round-trips without loss, so a
saved report can be reloaded, compared and rendered exactly like a live one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "FURNITURE_KINDS",
    "Article",
    "Block",
    "BlockKind",
    "Boilerplate",
    "Credit",
    "Derivation",
    "Diff",
    "DuplicateGroup",
    "Evidence",
    "Fetch",
    "MissingSource",
    "Operation",
    "OperationKind",
    "Pair",
    "Skipped",
    "TitleChange",
    "WordEdit",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def __reduce__(self) -> tuple[Any, tuple[type[_Model], str]]:
        """Pickle through the model's JSON, which round-trips without loss and is several times
        quicker to write than pydantic's own pickling: results cross between worker processes."""
        return (_from_json, (type(self), self.model_dump_json()))


def _from_json(cls: type[_Model], data: str) -> _Model:
    return cls.model_validate_json(data)


#: Jupyter's HTML for a result type, registered by the view that draws it.
_HTML_VIEWS: dict[type, Callable[[Any], str]] = {}


def register_html_view(kind: type, view: Callable[[Any], str]) -> None:
    """Make ``view`` draw instances of ``kind`` for Jupyter (called by :mod:`provenance.views.notebook`)."""
    _HTML_VIEWS[kind] = view


BlockKind = Literal[
    "headline",
    "body",
    "standfirst",
    "byline",
    "caption",
    "promo",
    "subheading",
    "source",
    "footer",
    "related",
    "boilerplate",
]
#: Block kinds that are page furniture rather than the article's own running text.
FURNITURE_KINDS: frozenset[str] = frozenset(
    {"standfirst", "byline", "caption", "promo", "subheading", "source", "footer", "related", "boilerplate"}
)


class Block(_Model):
    """One paragraph or line of an article, with its character offsets into the article's text."""

    index: int = Field(description="position among the article's blocks, from 0")
    kind: BlockKind
    start: int = Field(description="offset of the first character in Article.text")
    end: int = Field(description="offset one past the last character in Article.text")
    text: str = Field(description="the block's text with white space folded to single spaces")

    @property
    def furniture(self) -> bool:
        """True for page furniture (captions, promos, footers...), False for body text and headline."""
        return self.kind in FURNITURE_KINDS


class Credit(_Model):
    """A name an article credits as a source or as itself ("Al-Jazeera –", "(Reuters) -", "Source: AFP"),
    or an agency it names as where its reporting came from ("told Reuters")."""

    name: str
    form: Literal[
        "prefix", "dateline", "suffix", "trailer", "source_line", "byline", "rights", "footer", "reporting"
    ] = Field(
        description="where the name stands: prefix, dateline, suffix and trailer credit another outlet; source_line, "
        "byline, rights and footer may be the article's own; reporting names an agency as where a fact came from"
    )
    block: int
    start: int
    end: int


class Fetch(_Model):
    """How an article given as a link was fetched: the URL asked for, where it led, and when."""

    url: str = Field(description="the link as given")
    final_url: str = Field(description="where the link led, after redirects")
    fetched_at: datetime = Field(description="when the page was fetched (UTC); a cached page keeps its first time")
    status: int = Field(default=200, description="the HTTP status of the final answer")
    content_type: str | None = Field(default=None, description="the answer's Content-Type header")


class Article(_Model):
    """A document of the corpus, segmented into a headline and blocks."""

    id: str
    title: str | None = None
    text: str
    outlet: str | None = Field(default=None, description="the outlet that published it")
    outlet_from: Literal["metadata", "url", "self-credit"] | None = None
    url: str | None = Field(default=None, description="the page's URL: its canonical URL when it names one")
    published: datetime | None = None
    published_precision: Literal["year", "month", "day", "minute", "second"] | None = Field(
        default=None, description="how precisely `published` was stated: a date alone covers its whole day"
    )
    published_as: str | None = Field(
        default=None, description="the date as written, when written in numbers (04/03/2025) or with a zone name "
        "of several meanings (IST): such a date is read as its outlet's other dates, or the corpus's, show (the "
        "order of day and month, the zone's offset); `published` is None when they do not"
    )
    origin: str | None = Field(default=None, description="where it was read from: a path or a list position")
    fetched: Fetch | None = Field(
        default=None, description="for an article given as a link: the URL asked for, the final URL and the time"
    )
    blocks: tuple[Block, ...] = ()
    credits: tuple[Credit, ...] = ()
    reporting: tuple[Credit, ...] = Field(
        default=(), description='agencies named as where a fact came from ("told Reuters"): not credits of the text'
    )

    @property
    def body(self) -> tuple[Block, ...]:
        """The blocks of running text, without headline and furniture."""
        return tuple(b for b in self.blocks if b.kind == "body")


class Boilerplate(_Model):
    """A line an outlet prints on stories that share nothing else (a site footer): it pairs nothing."""

    text: str = Field(description="the line as the first article (by id) holding it has it")
    outlets: tuple[str, ...] = Field(description="the outlets of the articles it was seen in, where known")
    articles: int = Field(description="how many articles hold it")


class Evidence(_Model):
    """One signal about who copied whom: which article it says is the copy, how strongly, and why."""

    signal: Literal[
        "credit", "credit_unknown", "date", "containment", "truncation", "wire", "identical", "composite", "siblings",
        "lineage", "carried", "furniture", "reporting", "inheritance", "quotation", "two_stories",
        "credited_elsewhere", "release", "update", "partial_page",
    ]
    favours: str | None = Field(description="id of the article this signal says is derived; None if neutral")
    weight: float = Field(ge=0.0, le=1.0)
    detail: str


class WordEdit(_Model):
    """A run of words inside an aligned paragraph: equal, or replaced, inserted or deleted by the copy."""

    op: Literal["equal", "replace", "insert", "delete"]
    source: str = ""
    derived: str = ""


OperationKind = Literal["kept", "modified", "added", "dropped", "moved"]


class Operation(_Model):
    """What happened to a block (or a group of blocks, for splits and merges) between source and copy."""

    kind: OperationKind
    derived_blocks: tuple[int, ...] = ()
    source_blocks: tuple[int, ...] = ()
    similarity: float = Field(default=0.0, ge=0.0, le=1.0)
    furniture: bool = Field(description="True when every block involved is page furniture")
    edits: tuple[WordEdit, ...] = Field(default=(), description="word-level changes, for modified and moved")


class TitleChange(_Model):
    """The headlines of source and copy, and whether the copy was retitled."""

    source: str | None
    derived: str | None
    similarity: float | None
    retitled: bool | None = Field(description="None when either headline is unknown")


class Diff(_Model):
    """Paragraph-by-paragraph comparison of a derived article with its source, in reading order."""

    derived: str
    source: str
    title: TitleChange
    operations: tuple[Operation, ...]
    coverage: float = Field(description="share of the derived article's body text that came from the source")
    source_share: float = Field(description="share of the source's body text that the derived article kept")
    credited: bool

    def count(self, kind: OperationKind, *, furniture: bool | None = None) -> int:
        """How many operations of one kind, optionally only furniture or only body ones."""
        return sum(
            1 for op in self.operations if op.kind == kind and (furniture is None or op.furniture == furniture)
        )

    def _repr_html_(self) -> str:
        """Jupyter display: headline change, credit and operations by paragraph number.

        The page is drawn by the view that registered itself for diffs (:mod:`provenance.views.notebook`,
        loaded with the package): results do not import the views that show them.
        """
        return _HTML_VIEWS[Diff](self)


class Pair(_Model):
    """Two articles that share body text, how much, and what direction the evidence supports."""

    a: str
    b: str
    share_a: float = Field(description="share of a's body text found in b")
    share_b: float = Field(description="share of b's body text found in a")
    shared_chars: int = Field(description="characters of a's body text found in b")
    similarity: float = Field(description="mean similarity of the aligned paragraphs")
    relation: Literal["derived", "undetermined"]
    derived: str | None = None
    source: str | None = None
    confidence: float = Field(
        ge=0.0, le=1.0, description="the pair model's probability of the more likely direction (a from b, or b from a)"
    )
    direct: bool = Field(default=False, description="True when the derivation is a direct-parent edge")
    probabilities: dict[str, float] = Field(
        default_factory=dict,
        description="the pair model's probabilities of a_from_b, b_from_a, siblings (a common source) and none",
    )
    features: dict[str, float] = Field(
        default_factory=dict, description="the pair model's inputs (directed ones positive towards a as the copy)"
    )
    contributions: dict[str, float] = Field(
        default_factory=dict,
        description="each directed feature's part in the log-odds of 'a is the copy' against 'b is the copy'",
    )
    evidence: tuple[Evidence, ...] = ()


class Derivation(_Model):
    """A direct-parent edge: ``derived`` wasDerivedFrom ``source`` (W3C PROV direction)."""

    derived: str
    source: str
    confidence: float = Field(
        ge=0.0, le=1.0,
        description="probability that derived comes from source (directly or through articles in between)",
    )
    coverage: float = Field(description="share of the derived article's body that came from the source")
    credited: bool
    retitled: bool | None
    reuse: Literal["copy", "rewrite"] = Field(
        default="copy", description="copied (mostly kept, small edits) or rewritten (paraphrased, cut, reordered)"
    )
    similarity: float = Field(default=1.0, description="mean similarity of the aligned paragraphs")
    evidence: tuple[Evidence, ...] = ()


class MissingSource(_Model):
    """A common source that is not in the corpus: the wire story two or more articles both took.

    Articles that share text without either containing the other, and that cannot be ordered,
    are siblings; they hang under one of these rather than under each other.
    """

    id: str
    name: str | None = Field(description="the agency or outlet they all credit, None if unknown")
    members: tuple[str, ...] = Field(description="ids of the articles derived from it")


class DuplicateGroup(_Model):
    """Articles with exactly the same text (headline aside): one story run unchanged by several outlets.

    Only the representative is compared with the rest of the corpus; each other member is paired
    with it, so what the representative shares with other articles, every member shares too.
    """

    representative: str = Field(description="id of the member compared with the corpus: the earliest, then lowest id")
    members: tuple[str, ...] = Field(description="ids of all the identical articles, the representative too, sorted")


class Skipped(_Model):
    """An item of the corpus left out of the trace, and why: a file in a folder that is not an
    article, or (with ``on_error="skip"``) an item that could not be read or is over a limit."""

    origin: str = Field(
        description="where the item is: its file, file and line or row, WARC record, or position in the corpus"
    )
    id: str | None = Field(default=None, description="the document id it has or would have had, when known")
    error: str | None = Field(
        description="the class of the error that left it out (EmptyDocumentError, ...); None for a file in a "
        "folder that is not an article"
    )
    reason: str = Field(description="what is wrong, in one line")
