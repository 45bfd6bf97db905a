"""Aligning the paragraphs of two articles: which block of one became which block of the other.

The method, in three passes over one similarity matrix:

1. Score every paragraph of one article against every paragraph of the other at once with
   ``rapidfuzz.process.cdist`` (character Indel similarity, about 1.6 µs a comparison), and
   count shared word trigrams through an inverted index, giving how much of each paragraph
   lies inside each other one (containment, which is not symmetric).
2. Pair paragraphs one to one, best pairs first, where the character similarity is high and
   they share words. A credit prefix or a changed word barely moves this score.
3. Join what is left by containment: a paragraph that lies inside one already paired is part
   of a split (or, the other way round, a merge); one that lies inside an unpaired paragraph is
   a cut-down version of it. Groups are the connected parts of these links.

Before any of this, how much of each body the other holds is measured in shared word trigrams
(:func:`_measure`); two texts that share too little, or that share a template rather than a text
(around their shared words the figures differ more often than they agree: two companies' results
written the same way), are not aligned at all (:func:`worth_aligning`).

Groups whose order agrees with the longest increasing run of positions are in place; the
others were moved. What changed inside a group is left to :func:`word_edits`, which
:mod:`provenance.pairs.diff` calls only for the diffs a report keeps: an LCS over word tokens with
adjacent deletions and insertions fused into one replacement, so "red" → "green" reads as one
replacement rather than character shrapnel.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel
from rapidfuzz.utils import default_process

from ..models import Article, Block, WordEdit
from ..settings import AlignSettings

__all__ = [
    "Alignment", "Group", "Prepared", "align", "group_texts", "normalise", "prepare", "templated", "unquoted",
    "word_edits", "worth_aligning",
]

_TOKEN = r"\w+(?:[’'.-]\w+)*|[^\w\s]"
#: A word token and the white space after it: everything between two tokens is white space.
_UNIT = re.compile(f"({_TOKEN})(\\s*)")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
#: Paragraphs sharing fewer word trigrams than this are not joined by containment alone.
MIN_SHARED_TRIGRAMS = 2
#: Shares of text are counted in word n-grams of this length (3: long enough to be reuse, not chance).
SHARE_NGRAM = 3
#: Two texts whose shared words hold at least this many numbers between them, more of them different
#: than alike, are two reports written to one template (results, earnings, traffic figures), not a
#: copy: a copy keeps the facts it copies.
TEMPLATE_NUMBERS = 6


def normalise(text: str) -> str:
    """Text as compared for "kept": Unicode-compatible forms, plain quotes and dashes, single spaces.

    >>> normalise("to the\\u00a0meeting “now”") == normalise('to the meeting "now"')
    True
    """
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


@dataclass(slots=True)
class Group:
    """Blocks of x and of y that correspond (one to one, a split, or a merge)."""

    x: tuple[int, ...]
    y: tuple[int, ...]
    similarity: float = 0.0
    in_order: bool = True
    identical: bool = False
    weight: int = 0  # characters on both sides, for averaging similarities


@dataclass(slots=True)
class Alignment:
    """How two articles' blocks correspond; x and y are article ids, blocks named by index."""

    x: str
    y: str
    groups: list[Group] = field(default_factory=list)
    x_blocks: tuple[int, ...] = ()  # every non-headline block of x
    y_blocks: tuple[int, ...] = ()
    share_x: float = 0.0  # share of x's body text found in y
    share_y: float = 0.0
    shared_chars_x: int = 0
    shared_chars_y: int = 0
    similarity: float = 0.0
    quoted_chars_x: int = 0  # of shared_chars_x, the characters inside quotation marks
    quoted_chars_y: int = 0
    numbers_kept: int = 0  # numbers of either body that lie in shared text
    numbers_changed: int = 0  # numbers of either body that do not, with shared words right beside them

    def held(self, ident: str) -> dict[int, float]:
        """The blocks of article ``ident`` (x or y) that the other holds, each with its group's similarity."""
        forward = self.x == ident
        return {i: g.similarity for g in self.groups for i in (g.x if forward else g.y)}


@dataclass(frozen=True)
class Prepared:
    """What alignment needs of one article, computed once however many pairs it is in."""

    article: Article
    blocks: tuple[Block, ...]  # non-headline blocks
    processed: tuple[str, ...]  # their texts lower-cased, punctuation stripped
    shingles: tuple[set[str], ...]  # their word trigrams
    where: dict[str, tuple[int, ...]]  # each trigram -> the blocks that have it
    body_words: tuple[str, ...]
    body_grams: tuple[str, ...]  # the body's word n-grams in reading order, words joined by spaces
    body_ngrams: frozenset[str]
    word_lengths: np.ndarray  # characters of each body word
    number_at: np.ndarray  # positions of the body words that are numbers
    quoted: np.ndarray  # whether each body word stands inside quotation marks


def prepare(article: Article) -> Prepared:
    """Precompute an article's processed block texts, shingles and body n-grams."""
    blocks = tuple(b for b in article.blocks if b.kind != "headline")
    processed = tuple(default_process(b.text) for b in blocks)
    marked = [wq for b in blocks if b.kind == "body" for wq in _quoted_words(uncredited(article, b))]
    words = tuple(w for w, _ in marked)
    shingles = tuple(_shingles(t) for t in processed)
    where: dict[str, list[int]] = defaultdict(list)
    for j, block_shingles in enumerate(shingles):
        for shingle in block_shingles:
            where[shingle].append(j)
    # As strings, which keep their hash once computed: each is looked up in many other articles.
    grams = tuple(" ".join(words[k : k + SHARE_NGRAM]) for k in range(len(words) - SHARE_NGRAM + 1))
    return Prepared(
        article=article,
        blocks=blocks,
        processed=processed,
        shingles=shingles,
        where={k: tuple(v) for k, v in where.items()},
        body_words=words,
        body_grams=grams,
        body_ngrams=frozenset(grams),
        word_lengths=np.fromiter(map(len, words), dtype=np.int64, count=len(words)),
        number_at=np.array([k for k, w in enumerate(words) if w.isdigit()], dtype=np.int64),
        quoted=np.fromiter((q for _, q in marked), dtype=bool, count=len(marked)),
    )


#: Double quotation marks of every style; each one opens or closes a quotation (a paragraph starts
#: outside one, so a quotation running over several paragraphs, reopened at each, reads right).
_QUOTE_MARK = re.compile("[\"“”„«»]")


def _quoted_words(text: str) -> list[tuple[str, bool]]:
    """The words of a paragraph as alignment compares them, each with whether it is quoted speech:
    what a speaker said, which reporters who never saw each other's text write down alike."""
    out: list[tuple[str, bool]] = []
    for n, part in enumerate(_QUOTE_MARK.split(text)):
        out += [(w, n % 2 == 1) for w in default_process(part).split()]
    return out


def uncredited(article: Article, block: Block) -> str:
    """The block's text without the credits in it ("Al-Jazeera –"): a copy's credit line is not
    text it shares or lacks, so it does not count in the shares of body text."""
    text = block.text
    for credit in sorted((c for c in article.credits if c.block == block.index), key=lambda c: -c.start):
        text = text[: credit.start] + " " + text[credit.end :]
    return text


def _shingles(text: str) -> set[str]:
    words = text.split()
    if len(words) < 3:
        return {text} if text else set()
    return {" ".join(words[k : k + 3]) for k in range(len(words) - 2)}


def unquoted(result: Alignment) -> tuple[float, float, int]:
    """The shares of each body found in the other, and the characters of x's, leaving out what is
    inside quotation marks: text two articles share outside what a speaker said."""
    out = []
    for share, shared, quoted in ((result.share_x, result.shared_chars_x, result.quoted_chars_x),
                                  (result.share_y, result.shared_chars_y, result.quoted_chars_y)):
        out.append(share * (shared - quoted) / shared if shared else 0.0)
    return out[0], out[1], result.shared_chars_x - result.quoted_chars_x


def worth_aligning(result: Alignment, settings: AlignSettings) -> bool:
    """Whether two articles share enough body text to pair: ``min_shared_chars`` characters,
    or the whole body of one of them (a three-line dividend notice and its copy share less).
    """
    if templated(result):
        return False
    if min(result.shared_chars_x, result.shared_chars_y) >= settings.min_shared_chars:
        return True
    return result.shared_chars_x > 0 and max(result.share_x, result.share_y) >= 1.0


def templated(result: Alignment) -> bool:
    """Whether the two texts share a template rather than a text: around their shared words the
    numbers differ more often than they agree (two companies' quarterly results, two airlines'
    traffic figures). A copy may reword, but it keeps the figures it copies."""
    return result.numbers_changed >= TEMPLATE_NUMBERS and result.numbers_changed > result.numbers_kept


def _intersections(xs: Sequence[set[str]], y: Prepared) -> np.ndarray:
    """How many trigrams each block of x shares with each block of y."""
    where = y.where
    counts = []
    for shingles in xs:
        row = [0] * len(y.shingles)
        for s in shingles:
            for j in where.get(s, ()):
                row[j] += 1
        counts.append(row)
    return np.array(counts, dtype=np.int32).reshape(len(xs), len(y.shingles))


def align(x: Article | Prepared, y: Article | Prepared, settings: AlignSettings | None = None) -> Alignment:
    """Align the non-headline blocks of two segmented articles.

    Pairs that are not :func:`worth_aligning` come back with their shares measured but no
    groups: there is nothing worth aligning.
    """
    settings = settings or AlignSettings()
    px = x if isinstance(x, Prepared) else prepare(x)
    py = y if isinstance(y, Prepared) else prepare(y)
    xa, ya = px.article, py.article
    xb, yb = px.blocks, py.blocks
    result = Alignment(x=xa.id, y=ya.id, x_blocks=tuple(b.index for b in xb), y_blocks=tuple(b.index for b in yb))
    _measure(result, px, py)
    if not xb or not yb or not worth_aligning(result, settings):
        return result
    ratio = process.cdist(px.processed, py.processed, scorer=fuzz.ratio, dtype=np.float32) / 100.0
    sx, sy = px.shingles, py.shingles
    inter = _intersections(sx, py)
    size_x = np.array([max(len(s), 1) for s in sx], dtype=np.float32)[:, None]
    size_y = np.array([max(len(s), 1) for s in sy], dtype=np.float32)[None, :]
    in_y = inter / size_x  # share of x_i's trigrams found in y_j
    in_x = inter / size_y  # share of y_j's trigrams found in x_i

    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    def union(a: tuple[str, int], b: tuple[str, int]) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    match_x: dict[int, int] = {}
    match_y: dict[int, int] = {}
    # Pass 2: one to one, best first; ties broken by position so the result is deterministic.
    ii, jj = np.nonzero((ratio >= settings.match) & (inter >= 1))
    for i, j in sorted(zip(ii.tolist(), jj.tolist()), key=lambda p: (-float(ratio[p]), p[0], p[1])):
        if i not in match_x and j not in match_y:
            match_x[i], match_y[j] = j, i
            union(("x", i), ("y", j))
    # Pass 3: containment joins splits, merges and cut-down paragraphs.
    contain = np.maximum(in_y, in_x)
    ii, jj = np.nonzero((contain >= settings.contained) & (inter >= MIN_SHARED_TRIGRAMS))
    for i, j in sorted(zip(ii.tolist(), jj.tolist()), key=lambda p: (-float(contain[p]), p[0], p[1])):
        if i in match_x and j in match_y:
            continue
        if i not in match_x and j not in match_y:
            match_x[i], match_y[j] = j, i
        elif i not in match_x and in_y[i, j] >= settings.contained:
            match_x[i] = j  # x_i is a piece of y_j, which is already paired: a split
        elif j not in match_y and in_x[i, j] >= settings.contained:
            match_y[j] = i  # y_j is a piece of x_i: a merge
        else:
            continue
        union(("x", i), ("y", j))

    members: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for node in [("x", i) for i in match_x] + [("y", j) for j in match_y]:
        members[find(node)].append(node)
    groups = []
    for nodes in members.values():
        gx = tuple(sorted(xb[i].index for side, i in nodes if side == "x"))
        gy = tuple(sorted(yb[j].index for side, j in nodes if side == "y"))
        groups.append(_finish(Group(x=gx, y=gy), xa, ya))
    groups.sort(key=lambda g: (g.x[0], g.y[0]))
    _mark_order(groups)
    result.groups = groups
    _similarity(result, xa, ya)
    return result


def group_texts(group: Group, x: Article, y: Article) -> tuple[str, str]:
    """The texts of a group's x blocks and of its y blocks, each joined in reading order."""
    return " ".join(x.blocks[i].text for i in group.x), " ".join(y.blocks[j].text for j in group.y)


def _finish(group: Group, x: Article, y: Article) -> Group:
    xt, yt = group_texts(group, x, y)
    group.weight = len(xt) + len(yt)
    group.identical = len(group.x) == 1 and len(group.y) == 1 and normalise(xt) == normalise(yt)
    group.similarity = 1.0 if group.identical else round(fuzz.ratio(default_process(xt), default_process(yt)) / 100, 4)
    return group


def _mark_order(groups: list[Group]) -> None:
    """Mark groups outside the longest increasing run of y positions (in x order) as moved."""
    keys = [g.y[0] for g in groups]
    tails: list[int] = []  # tails[k]: index of the smallest tail of an increasing run of length k+1
    prev = [-1] * len(keys)
    for n, key in enumerate(keys):
        k = bisect_left([keys[t] for t in tails], key)
        if k > 0:
            prev[n] = tails[k - 1]
        if k == len(tails):
            tails.append(n)
        else:
            tails[k] = n
    keep = set()
    n = tails[-1] if tails else -1
    while n >= 0:
        keep.add(n)
        n = prev[n]
    for n, group in enumerate(groups):
        group.in_order = n in keep


def _covered(grams: Sequence[str], words: int, other: AbstractSet[str]) -> np.ndarray:
    """Which of ``words`` words lie in some word n-gram (``grams``, in order) that the other text has too."""
    covered = np.zeros(words, dtype=bool)
    if not grams:
        return covered
    hit = np.fromiter(map(other.__contains__, grams), dtype=bool, count=len(grams))
    for offset in range(words - len(grams) + 1):  # an n-gram at k covers words k .. k + n - 1
        covered[offset : offset + len(grams)] |= hit
    return covered


def _numbers(prepared: Prepared, covered: np.ndarray) -> tuple[int, int]:
    """Numbers of an article's body that lie in shared text, and those that do not although a word
    right beside them does: a figure that differs inside a shared sentence."""
    at = prepared.number_at
    padded = np.zeros(len(covered) + 2, dtype=bool)  # a word before the first and after the last, never shared
    padded[1:-1] = covered
    inside = padded[at + 1]
    beside = padded[at] | padded[at + 2]
    return int(inside.sum()), int((~inside & beside).sum())


def _measure(result: Alignment, x: Prepared, y: Prepared) -> None:
    """Shares of each body found in the other: words inside a shared word trigram, wherever it stands.

    Counting shared trigrams rather than aligned paragraphs keeps the figure right for rewrites,
    where sentences move between paragraphs and few paragraphs survive whole.
    """
    cx = _covered(x.body_grams, len(x.body_words), y.body_ngrams)
    cy = _covered(y.body_grams, len(y.body_words), x.body_ngrams)
    for prepared, covered in ((x, cx), (y, cy)):
        kept, changed = _numbers(prepared, covered)
        result.numbers_kept += kept
        result.numbers_changed += changed
    result.shared_chars_x = int(x.word_lengths[cx].sum())
    result.shared_chars_y = int(y.word_lengths[cy].sum())
    result.quoted_chars_x = int(x.word_lengths[cx & x.quoted].sum())
    result.quoted_chars_y = int(y.word_lengths[cy & y.quoted].sum())
    total_x, total_y = int(x.word_lengths.sum()), int(y.word_lengths.sum())
    result.share_x = round(result.shared_chars_x / total_x, 4) if total_x else 0.0
    result.share_y = round(result.shared_chars_y / total_y, 4) if total_y else 0.0


def _similarity(result: Alignment, x: Article, y: Article) -> None:
    """Mean similarity of the aligned body paragraphs, weighted by their length."""
    weighted = weight = 0.0
    for g in result.groups:
        if any(x.blocks[i].kind == "body" for i in g.x) and any(y.blocks[j].kind == "body" for j in g.y):
            weighted += g.similarity * g.weight
            weight += g.weight
    result.similarity = round(weighted / weight, 4) if weight else 0.0


def _units(text: str) -> list[tuple[str, str]]:
    """Word tokens, each with the exact text it spans including the white space after it."""
    return [(_token_key(token), token + space) for token, space in _UNIT.findall(text)]


@lru_cache(maxsize=1 << 16)
def _token_key(token: str) -> str:
    """A word token as compared: normalised and lower-cased (cached: the same words recur)."""
    return normalise(token).lower()


def word_edits(source: str, derived: str) -> tuple[tuple[WordEdit, ...], int, int]:
    """Word-level edits turning ``source`` into ``derived``, and the characters each side kept.

    >>> edits, _, _ = word_edits("The car is red.", "The car is green.")
    >>> [(e.op, e.source, e.derived) for e in edits]
    [('equal', 'The car is ', 'The car is '), ('replace', 'red', 'green'), ('equal', '.', '.')]
    """
    su, du = _units(source), _units(derived)
    ops = Indel.opcodes([u[0] for u in su], [u[0] for u in du])
    runs: list[list] = []  # [tag, s_from, s_to, d_from, d_to]
    for op in ops:
        tag = "equal" if op.tag == "equal" else "change"
        if runs and runs[-1][0] == tag == "change":
            runs[-1][2], runs[-1][4] = op.src_end, op.dest_end
        else:
            runs.append([tag, op.src_start, op.src_end, op.dest_start, op.dest_end])
    edits = []
    kept_s = kept_d = 0
    for tag, s0, s1, d0, d1 in runs:
        s_text = "".join(u[1] for u in su[s0:s1])
        d_text = "".join(u[1] for u in du[d0:d1])
        if tag == "equal":
            kept_s += sum(len(u[1].strip()) for u in su[s0:s1])
            kept_d += sum(len(u[1].strip()) for u in du[d0:d1])
            edits.append(WordEdit(op="equal", source=s_text, derived=d_text))
        elif s_text and d_text:
            edits.append(WordEdit(op="replace", source=s_text, derived=d_text))
        elif d_text:
            edits.append(WordEdit(op="insert", derived=d_text))
        elif s_text:
            edits.append(WordEdit(op="delete", source=s_text))
    # Trailing white space belongs to the unit before it; move it out of a change into the next run.
    return _tidy(edits), kept_s, kept_d


def _tidy(edits: list[WordEdit]) -> tuple[WordEdit, ...]:
    out: list[WordEdit] = []
    for n, e in enumerate(edits):
        if e.op != "equal" and n + 1 < len(edits):
            s_ws = e.source[len(e.source.rstrip()) :]
            d_ws = e.derived[len(e.derived.rstrip()) :]
            nxt = edits[n + 1]
            if s_ws or d_ws:
                e = e.model_copy(update={"source": e.source.rstrip(), "derived": e.derived.rstrip()})
                edits[n + 1] = nxt.model_copy(update={"source": s_ws + nxt.source, "derived": d_ws + nxt.derived})
        out.append(e)
    return tuple(out)
