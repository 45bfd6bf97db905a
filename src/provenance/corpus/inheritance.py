"""Whose changes a copy carries: the test that tells a copy of a copy from a second copy of the original.

When B copied A and C holds text of both, C may have taken it from either. How much text each
explains cannot tell (B is mostly A), but B's own changes can: the words B swapped, the sentences
it added, the headline it rewrote, the source line it printed, the paragraphs it cut. Each change is a
place where A and B read differently; C settles it one way or the other where it kept that place:

- *carried*: C reads as B there (B's swapped word, B's added sentence, the two sentences that
  became neighbours when B cut the one between them);
- *reverted*: C reads as A there (the word B replaced, the paragraph B dropped).

A change counts only where its two readings are each unique to their side (a reading found in the
other text as well proves nothing), and where C kept one of them (C may have cut or rewritten the
place itself). C is B's copy when it carries more of B's changes than it reverts; the counts go
into the evidence as they are ("keeps 7 of doc-b's 9 changes to doc-a, reverts 0"). Between two
copies of one source (:func:`which_copied`), one slight change in common (a word or two swapped, a
passage cut, a credit line) is what two outlets printing one text often do alike: the copy must carry
two of the other's changes, or one that adds words to the running text. A word swapped the same way
in several places is one change.

Words are compared lower-cased in the headline and body, so a credit prefix that B put before the
first paragraph is a change of B's like any other. Of the page around the story, a line counts whole,
as one change, whatever stands beside it (a copy keeps B's source line or sign-up line under a footer
of its own), when it credits an outlet ("Source: continentalpost.eu") or is the page's own: a line no
page of another outlet prints on another story (:mod:`provenance.corpus.page_lines`; without that
corpus's count, credit lines alone). The rest of a page (a share line, a site's standard footer) is
much the same on the pages of many stories and outlets, and two pages alike there have not copied each
other. A page's own line that the copy kept adds words; a credit line does not, since two clients credit
one source in the same words. The word diff is rapidfuzz's Indel opcodes over word sequences: linear
in memory, and fast for article lengths.

Two outlets that each print a text in their own house style make some of the same changes without
either seeing the other: a spelling ("colour", "color"), a way of writing numbers and money ("£3.77m",
"£3.77 million", "5 mln dlrs", "$5 mln", "5 pct", "5%", "5 per cent"). Words are compared in one form
for each (:func:`~provenance.pairs.spelling.fold`, :func:`_house_style`), so such changes are no change
at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from ..article.furniture import ad_slot
from ..models import Article
from ..pairs.spelling import fold
from .page_lines import RUNNING

__all__ = ["Inheritance", "inheritance", "which_carried", "which_copied"]

_WORD = re.compile(r"\w+")
#: A reading shorter than this (in words, with its context) is too common to prove where it came from.
MIN_READING = 3
#: Words of context each side of a change: enough to make its reading rare, few enough that the
#: copy's own edits seldom touch it.
CONTEXT = 2
#: A long added or cut passage is recognised by this many of its words from each end.
END_WORDS = 6
#: Of two copies of one source, the one that copied the other reverts at most this share of the
#: other's changes (its own edits may touch a few of them) ...
COPY_REVERTS = 0.2
#: ... and the other reverts at least this much more of the first one's: the changes the copy made
#: after copying, which its source cannot have.
SOURCE_REVERTS_MORE = 0.3
#: The fewest of the other's changes a copy must carry, reverting none, for the weaker reading.
CARRIED_ONLY = 3
#: The fewest of the other's changes a copy must carry for either reading, unless one of them adds
#: words: a slight change in common (a word or two swapped, a passage cut) may be two outlets'
#: coincidence, where a sentence added is not.
MIN_CARRIED = 2
#: A change that puts more words than this where the earlier text had fewer adds words.
SLIGHT = 2


@dataclass(frozen=True)
class Inheritance:
    """How a copy settles the changes between a later and an earlier source."""

    changes: int
    carried: int
    reverted: int
    #: Of the carried changes, those that add words (more than :data:`SLIGHT` new words in place of
    #: fewer), not a slight swap or a cut.
    carried_additions: int = 0

    @property
    def enough(self) -> bool:
        """Whether the carried changes are more than a coincidence could give: two, or one that adds words."""
        return self.carried >= MIN_CARRIED or self.carried_additions > 0

    @property
    def later(self) -> bool:
        """Whether the copy reads as the later source more often than as the earlier one."""
        return self.carried > self.reverted

    @property
    def reverted_share(self) -> float:
        """Of the changes the copy settles one way or the other, the share it reverts (1.0 when none)."""
        settled = self.carried + self.reverted
        return self.reverted / settled if settled else 1.0

    def detail(self, copy: str, later: str, earlier: str) -> str:
        changes = f"{self.changes} change{'s' if self.changes != 1 else ''}"
        return f"{copy} keeps {self.carried} of {later}'s {changes} to {earlier} and reverts {self.reverted}"


#: How outlets write a number's scale after it: abbreviated or in words, per cent as "pct" too.
_SCALES = {"m": "million", "mln": "million", "mn": "million", "bn": "billion", "bln": "billion",
           "tn": "trillion", "trn": "trillion", "k": "thousand", "pct": "percent"}
_AMOUNT = re.compile(rf"(?<=\d)\s?({'|'.join(_SCALES)})\b")
_PERCENT = re.compile(r"%|\bper\s+cent\b")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
#: Currency words and signs: where an outlet puts them ("5 mln dlrs", "$5 mln") is its house style.
_MONEY = frozenset({"dlrs", "dlr", "dollars", "dollar", "usd"})


def _house_style(text: str) -> list[str]:
    """A lower-cased text's words with amounts in one form: "3.77m", "3.77 mln" and "3.77 million"
    alike, "5%", "5 pct" and "5 per cent" alike, "1,000" as "1000", and no currency words or signs."""
    text = _AMOUNT.sub(lambda m: " " + _SCALES[m[1]], _THOUSANDS.sub("", text))
    return [w for w in _WORD.findall(_PERCENT.sub(" percent", text)) if w not in _MONEY]


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(map(fold, _house_style(text.lower())))


def _text_words(article: Article) -> tuple[str, ...]:
    """The words of the article's headline and body (all its text when it has no blocks): the
    running text whose changes are compared word by word."""
    if not article.blocks:
        return _words(article.text)
    return _words("\n".join(b.text for b in article.blocks if b.kind in RUNNING))


def _all_words(article: Article) -> tuple[str, ...]:
    """The article's words, every block's but the advertisement markers its page printed between them:
    where a reading is looked for."""
    if not article.blocks:
        return _words(article.text)
    return _words("\n".join(b.text for b in article.blocks if not ad_slot(b.text)))


def _page_lines(article: Article, own: frozenset[int] | None) -> dict[tuple[str, ...], bool]:
    """The words of each line outside the running text that is compared whole, long enough to say where
    it came from, and whether it credits an outlet: every line that does ("Source: X", "(Reporting by
    ...)"), and the page's own lines (``own``, block indices; see :mod:`provenance.corpus.page_lines`)."""
    credits = {c.block for c in article.credits}
    chosen = credits | (own or frozenset())
    return {words: b.index in credits for b in article.blocks if b.kind not in RUNNING and not ad_slot(b.text)
            and b.index in chosen and len(words := _words(b.text)) >= MIN_READING}


def _readings(words: tuple[str, ...], lo: int, hi: int) -> list[tuple[str, ...]]:
    """The runs that say a text reads its own way at words[lo:hi] (empty for a cut: its two
    neighbours joined): the span with ``CONTEXT`` words each side, or, for a long span, each of its
    ends with its context."""
    left, right = max(lo - CONTEXT, 0), min(hi + CONTEXT, len(words))
    if hi - lo <= 2 * END_WORDS:
        runs = [words[left:right]]
    else:
        runs = [words[left:lo + END_WORDS], words[hi - END_WORDS:right]]
    return [r for r in runs if len(r) >= MIN_READING]


def _regions(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[int, int, int, int]]:
    """Where a and b differ, as (i1, i2, j1, j2): each run of insertions and deletions between two
    stretches of equal words is one change (a swapped word is a deletion beside an insertion)."""
    out: list[tuple[int, int, int, int]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            continue
        if out and out[-1][1] == op.src_start and out[-1][3] == op.dest_start:
            i1, _, j1, _ = out[-1]
            out[-1] = (i1, op.src_end, j1, op.dest_end)
        else:
            out.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return out


def _holds(text: str, run: tuple[str, ...]) -> bool:
    return f" {' '.join(run)} " in text


def inheritance(
    copy: Article, later: Article, earlier: Article, own: Mapping[str, frozenset[int]] | None = None
) -> Inheritance:
    """How many of ``later``'s changes to ``earlier`` ``copy`` carries and how many it reverts;
    ``own``: each article's own page lines, by block index (credit lines alone without it)."""
    own = own or {}
    a, b = _text_words(earlier), _text_words(later)
    texts = {name: f" {' '.join(_all_words(article))} "
             for name, article in (("a", earlier), ("b", later), ("c", copy))}
    changes = carried = reverted = additions = 0
    # A line the later source's page printed and the earlier's did not, or the other way round: whatever
    # stands beside it in the copy (a footer of its own), the copy kept it or did not.
    lines_b, lines_a = _page_lines(later, own.get(later.id)), _page_lines(earlier, own.get(earlier.id))
    for line in sorted(lines_b.keys() - lines_a.keys()):
        if _holds(texts["a"], line):
            continue
        changes += 1
        if _holds(texts["c"], line):
            carried += 1
            # A credit line adds nothing alone (two clients credit one source alike); a page's own line does.
            additions += not lines_b[line]
    for line in sorted(lines_a.keys() - lines_b.keys()):
        if not _holds(texts["b"], line):
            changes += 1
            reverted += _holds(texts["c"], line)
    habits: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for i1, i2, j1, j2 in _regions(a, b):
        old = [r for r in _readings(a, i1, i2) if not _holds(texts["b"], r)]
        new = [r for r in _readings(b, j1, j2) if not _holds(texts["a"], r)]
        if not old and not new:
            continue
        if 0 < i2 - i1 <= SLIGHT and 0 < j2 - j1 <= SLIGHT:
            # The same word swapped again ("firm" for "company" throughout) is one habit, one change.
            habit = (a[i1:i2], b[j1:j2])
            if habit in habits:
                continue
            habits.add(habit)
        changes += 1
        kept_new = any(_holds(texts["c"], r) for r in new)
        kept_old = any(_holds(texts["c"], r) for r in old)
        if kept_new and not kept_old:
            carried += 1
            additions += j2 - j1 > max(i2 - i1, SLIGHT)
        elif kept_old and not kept_new:
            reverted += 1
    return Inheritance(changes=changes, carried=carried, reverted=reverted, carried_additions=additions)


def which_carried(c_keeps: Inheritance, b_keeps: Inheritance) -> int:
    """The weaker reading of the counts, where :func:`which_copied` tells nothing: 1 when c carries
    every change of b's that it settles (at least ``CARRIED_ONLY``) while b reverts some of c's, -1
    the other way round, else 0.

    A copy that made few changes of its own after copying (a paragraph added, one word swapped) is
    nearly its source, and the source reverts only those few: too small a share for
    :func:`which_copied`, yet a sibling would revert changes of the other's too."""
    for keeps, other, sign in ((c_keeps, b_keeps, 1), (b_keeps, c_keeps, -1)):
        if keeps.reverted == 0 and keeps.carried >= CARRIED_ONLY and other.reverted > 0:
            return sign
    return 0


def which_copied(c_keeps: Inheritance, b_keeps: Inheritance) -> int:
    """Of two copies c and b of one source a, which copied the other, from how each settles the
    other's changes to a (``c_keeps = inheritance(c, b, a)``, ``b_keeps = inheritance(b, c, a)``):
    1 when c copied b, -1 when b copied c, 0 when neither tells.

    The copy carries its source's changes and reverts almost none (so it settles at least one and
    carries more than it reverts); the source lacks the changes the copy made after it, so it reverts
    a good share of the copy's. Where both carry more than they revert (each has changes of its own)
    the one that reverts clearly less is still told apart; two siblings revert each other's alike.
    """
    for keeps, other, sign in ((c_keeps, b_keeps, 1), (b_keeps, c_keeps, -1)):
        if (keeps.enough and keeps.reverted_share <= COPY_REVERTS
                and other.reverted_share >= keeps.reverted_share + SOURCE_REVERTS_MORE):
            return sign
    return 0
