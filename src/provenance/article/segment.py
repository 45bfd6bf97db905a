"""Splitting an article into a headline and blocks, keeping each block's character offsets.

Paragraphs come in two layouts: one paragraph a line (web copy, most scrapes) or hard-wrapped
lines with blank lines or indentation between paragraphs (wire copy such as Reuters-21578).
The layout is decided per document, from how its lines break: a wrapped text breaks lines
mid-sentence, before a lower-case word, which one-paragraph-a-line text almost never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..errors import DocumentTooLargeError
from ..models import Article, Block
from ..settings import LoadSettings
from .credits import credit_line_kind, find_credits, find_reporting, infer_outlet
from .furniture import classify

__all__ = ["looks_like_headline", "read_credits", "segment"]

#: Share of in-paragraph line breaks that fall before a lower-case word above which a text is
#: taken as hard-wrapped (Reuters-21578: about 0.6; the seeds and BBC News: 0).
WRAPPED_BREAK_SHARE = 0.3
#: A headline is short: at most this many words (BBC News titles: 99.9% within 15).
HEADLINE_MAX_WORDS = 25
#: A given title and a first line this similar (0-100) are the same headline.
TITLE_MATCH = 90

#: What reads as a blank between words: control characters, Unicode's white space and the invisible
#: ones (soft hyphen, zero-width spaces and marks, byte-order mark). One set, for ``str.strip`` and
#: for the pattern that folds runs of them.
_BLANK = ("".join(map(chr, range(0x21))) + "\x7f\x85\xa0\xad\u1680" + "".join(map(chr, range(0x2000, 0x2010)))
          + "\u2028\u2029\u202f\u205f\u3000\ufeff")
_SPACE = re.compile(f"[{re.escape(_BLANK)}]+")
_TERMINAL = ".!?"


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    indent: int
    text: str


def fold(text: str) -> str:
    """White space and control characters folded to single spaces, ends stripped.

    A printable text holds no blank but the plain space, so splitting on white space folds it, and
    several times faster than the pattern: most lines of a corpus take this way.

    >>> fold("  Talks\u00a0next \u200bweek\t"), fold("Talks  next week ")
    ('Talks next week', 'Talks next week')
    """
    if text.isprintable():
        return " ".join(text.split())
    return _SPACE.sub(" ", text).strip()


def looks_like_headline(text: str) -> bool:
    """A short line that does not end like a sentence.

    >>> looks_like_headline("Syrian rebel groups to attend peace talks in Astana")
    True
    >>> looks_like_headline("The talks start on Monday, officials said.")
    False
    """
    words = text.split()
    return 0 < len(words) <= HEADLINE_MAX_WORDS and len(text) <= 250 and text[-1] not in ".,;:"


def _headline_case(text: str) -> bool:
    """A headline-looking line in capitals or title case, unlike a wrapped line of a sentence."""
    words = [w for w in text.split() if w[0].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return looks_like_headline(text) and bool(words) and (text.isupper() or capitalised >= 0.6 * len(words))


def segment(article: Article, settings: LoadSettings | None = None, *, where: str | None = None) -> Article:
    """Return the article with its headline, blocks (body or furniture) and credits filled in.

    Raises DocumentTooLargeError when the article has more blocks than settings allow, naming
    it by id and by ``where`` it was read (else its origin).
    """
    settings = settings or LoadSettings()
    spans = _paragraphs(article.text)
    if len(spans) > settings.max_blocks:
        place = where or article.origin
        raise DocumentTooLargeError(
            f"document {article.id!r}{f' ({place})' if place else ''} has {len(spans):,} paragraphs; "
            f"the limit is {settings.max_blocks:,} (LoadSettings.max_blocks, --max-paragraphs)"
        )
    texts = [fold(article.text[s:e]) for s, e in spans]
    title = article.title
    headline_at = None
    if spans:
        if title is not None:
            if fuzz.ratio(default_process(texts[0]), default_process(title)) >= TITLE_MATCH:
                headline_at = 0
        elif len(spans) > 1 and looks_like_headline(texts[0]):
            headline_at = 0
            title = texts[0]
    kinds = classify(texts, headline_at)
    blocks = tuple(
        Block(index=n, kind=kind, start=s, end=e, text=text)
        for n, ((s, e), text, kind) in enumerate(zip(spans, texts, kinds))
    )
    return read_credits(article.model_copy(update={"title": title, "blocks": blocks}))


def read_credits(article: Article) -> Article:
    """Return the article with the credits its blocks carry, as they are kinded now, read afresh.

    Credits are read where an article opens and closes (:func:`~provenance.article.credits.find_credits`),
    so they depend on what is furniture: a closing "The Associated Press contributed to this report."
    above a site's line that reads as a sentence, and that only the corpus shows is furniture, is read
    once that line is known for boilerplate. Credits read before stay (a credit line printed on many of a
    site's pages is still each page's credit). A line that is only a credit becomes furniture, and an
    article's outlet, unless given, is the one it credits itself with.
    """
    blocks = article.blocks
    found = {(c.block, c.start, c.end, c.name): c for c in (*article.credits, *find_credits(blocks))}
    credits = tuple(found[k] for k in sorted(found))  # in reading order
    # A line that is only a credit ("— Reuters", "Copyright AFP") is furniture, not running text.
    if credits:
        blocks = tuple(
            b.model_copy(update={"kind": kind}) if b.kind == "body" and (kind := credit_line_kind(b, credits)) else b
            for b in blocks
        )
    outlet, outlet_from = article.outlet, article.outlet_from
    if outlet_from == "self-credit":
        outlet, outlet_from = None, None
    if outlet is None:
        inferred = infer_outlet(credits)
        if inferred:
            outlet, outlet_from = inferred, "self-credit"
    return article.model_copy(
        update={"blocks": blocks, "credits": credits, "reporting": find_reporting(blocks, credits),
                "outlet": outlet, "outlet_from": outlet_from}
    )


def _lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.split("\n"):
        folded = fold(raw)
        if folded:
            # The line's span runs from its first to its last character that is not space.
            first = len(raw) - len(raw.lstrip(_BLANK))
            last = len(raw.rstrip(_BLANK))
            lead = len(raw) - len(raw.lstrip(" \t\u00a0"))
            lines.append(_Line(pos + first, pos + last, lead, folded))
        else:
            lines.append(_Line(pos, pos, 0, ""))
        pos += len(raw) + 1
    return lines


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs, by the document's own layout."""
    lines = _lines(text)
    chunks: list[list[_Line]] = [[]]
    for line in lines:
        if line.text:
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    chunks = [c for c in chunks if c]
    breaks = [pair for chunk in chunks for pair in pairwise(chunk)]
    soft = sum(1 for a, b in breaks if a.text[-1] not in _TERMINAL and b.text[0].islower())
    wrapped = len(breaks) > 0 and soft >= 2 and soft / len(breaks) >= WRAPPED_BREAK_SHARE
    spans: list[tuple[int, int]] = []
    if wrapped and len(chunks[0]) > 1 and _headline_case(chunks[0][0].text) and chunks[0][1].text[0].isupper():
        # Wire copy often puts its headline, in capitals or title case, right above the first paragraph.
        spans.append((chunks[0][0].start, chunks[0][0].end))
        chunks[0] = chunks[0][1:]
    for chunk in chunks:
        if not wrapped:
            spans.extend((line.start, line.end) for line in chunk)
            continue
        width = max(len(line.text) for line in chunk)
        base_indent = min(line.indent for line in chunk)
        start = chunk[0].start
        for prev, line in pairwise(chunk):
            new_paragraph = line.indent > base_indent or (
                prev.text[-1] in _TERMINAL + "\"'”’" and len(prev.text) < 0.6 * width
            )
            if new_paragraph:
                spans.append((start, prev.end))
                start = line.start
        spans.append((start, chunk[-1].end))
    return spans
