"""Small text helpers shared by the bulletin modules: sentences, headline casing, slugs, word runs.

They live apart so that the modules that load sources, edit copies and render pages agree on what a
sentence, a headline word or a URL slug is.
"""

from __future__ import annotations

import re
import zlib

__all__ = ["join_sentences", "sentence_case", "shingles", "slug", "split_sentences", "title_case", "words"]

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "co", "ltd", "no", "gov", "sen", "rep", "vs", "jr", "sr", "gen", "lt", "col", "prof",
    "u.s", "u.k", "u.n", "e.g", "i.e", "mt", "ft", "pp", "approx", "dept", "est", "bros",
}
_BOUNDARY = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[\"“‘(]?[A-Z0-9])")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "but", "or", "by", "with", "as", "vs", "from",
          "into", "over", "per", "via", "nor", "up"}
_WORD = re.compile(r"[a-z0-9]+")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, split at ., ! or ? before a capital, except after abbreviations
    and initials, so that a copy that keeps "one sentence" keeps a whole one."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group(1))
        before = paragraph[start:end].rstrip("\"”’)")
        last = before.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        pieces.append(paragraph[start:end].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def join_sentences(sentences: list[str]) -> str:
    """Sentences back into one paragraph."""
    return " ".join(s.strip() for s in sentences if s.strip())


def title_case(headline: str) -> str:
    """Headline-style capitals (every word but short function words), leaving acronyms and words
    that already carry capitals or digits as they are: the house style of many US outlets."""
    out = []
    for i, word in enumerate(headline.split()):
        bare = word.strip("\"'‘’“”(:")
        if bare.lower() in _SMALL and i > 0 and not out[-1].endswith(":"):
            out.append(word.lower() if word == bare else word)
        elif any(c.isupper() for c in bare[1:]) or any(c.isdigit() for c in bare):
            out.append(word)
        else:
            idx = next((k for k, c in enumerate(word) if c.isalpha()), None)
            out.append(word if idx is None else word[:idx] + word[idx].upper() + word[idx + 1:])
    return " ".join(out)


def sentence_case(headline: str, known: dict[str, str] | None = None) -> str:
    """Sentence-style capitals: the first word capitalised, the rest lower case unless ``known`` (lower
    case word to its usual form, e.g. from the story's body) or the word itself says it is a name."""
    known = known or {}
    out = []
    for i, word in enumerate(headline.split()):
        bare = word.strip("\"'‘’“”(),:;!?")
        form = known.get(bare.lower()) or known.get(bare.lower().rstrip("."))
        if re.fullmatch(r"(?:[a-zA-Z]\.){2,}", bare):
            new = word.replace(bare, bare.upper())
        elif form is not None:
            new = word.replace(bare, form)
        elif (bare.isupper() and len(bare) <= 4 and not known and i > 0) or any(c.isupper() for c in bare[1:]):
            new = word
        else:
            new = word.lower() if i > 0 else word
        if i == 0 and new:
            idx = next((k for k, c in enumerate(new) if c.isalpha()), None)
            if idx is not None:
                new = new[:idx] + new[idx].upper() + new[idx + 1:]
        out.append(new)
    return " ".join(out)


def slug(text: str, limit: int = 9) -> str:
    """A URL slug: the first ``limit`` words of ``text``, lower case, joined by hyphens."""
    return "-".join(_WORD.findall(text.lower())[:limit]) or "story"


def words(text: str) -> list[str]:
    """Lower-case alphanumeric words, the unit of the shared-run checks."""
    return _WORD.findall(text.lower())


def shingles(text: str, n: int = 8) -> set[int]:
    """Stable 64-bit fingerprints of every run of ``n`` words (CRC-32 and Adler-32 of the run side by
    side: deterministic across processes, unlike ``hash``)."""
    toks = words(text)
    out: set[int] = set()
    for i in range(len(toks) - n + 1):
        run = " ".join(toks[i:i + n]).encode()
        out.add((zlib.crc32(run) << 32) | zlib.adler32(run))
    return out
