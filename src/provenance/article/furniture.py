"""Telling body text from page furniture by the shape of each block and its neighbours.

Furniture is what a page wraps around an article: standfirst, photo captions, "READ MORE:"
promos, subheadings, "Source:" lines, bylines, submission footers and related-link lists.
It matters for provenance because a copy drops the source's furniture and adds its own, and
reporting that as rewritten text would misstate what was copied. The rules look at shape
(length, final punctuation, a leading label, a bracketed photo credit, bullets, e-mail
addresses), not at any outlet's wording, and were checked on the seeds, BBC News and METER.
"""

from __future__ import annotations

import itertools
import re

from ..models import BlockKind
from ..reading.html_input import use_furniture_rule
from .outlets import KNOWN_AGENCIES, outlet_key

__all__ = ["BYLINE_LEAD", "FROM_LABELS", "classify", "shape"]

#: A subheading is at most this many words (the seeds' "Diplomatic efforts": 2).
SUBHEADING_MAX_WORDS = 8
#: Body paragraphs around a subheading have at least this many words.
SUBHEADING_NEIGHBOUR_WORDS = 12
#: A standfirst is one sentence of at most this many words.
STANDFIRST_MAX_WORDS = 45
#: Promos ("OPINION: ...") and related links are short.
PROMO_MAX_WORDS = 25
#: A byline names at most this many words (its date and time aside).
BYLINE_MAX_WORDS = 12
#: The longest line read as a byline's employer when it follows the byline on a line of its own.
BYLINE_EMPLOYER_MAX_WORDS = 5

_TERMINAL = ".!?\"'”’)…"
_PROMO_LABELS = {
    "read more", "opinion", "watch", "related", "see also", "also read", "more", "listen", "inside story",
    "in pictures", "read also", "recommended", "explainer", "analysis", "video", "live", "also see",
    "don't miss", "more on this", "trending", "must read", "further reading", "podcast", "interactive",
}
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z' &-]{1,30}?)\s*:\s*(?P<rest>.+)$")
#: A line that heads a list of links to other stories: a promo label alone, "More from <outlet>",
#: "You may also like", "Related stories", "Most read".
_LIST_HEADING = re.compile(
    r"^(?:(?:" + "|".join(sorted(map(re.escape, _PROMO_LABELS))) + r")(?:\s+(?:stories|articles|coverage|news|"
    r"links|reading|content))?|more from\b.{1,40}|more (?:stories|news)\b.{0,40}|you (?:may|might) also like|"
    r"most (?:read|popular|viewed)|top stories|latest(?: news| stories)?)\s*[:|»›>-]?$",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"^\(?(?:(?:sources?|credits?)\s*[:|–—-]|(?:(?:additional )?reporting by|writing by|editing by|"
    r"compiled (?:by|from)|(?:from|with) (?:staff and )?(?:wire|agency|news) reports|"
    r"with (?:input|reporting|files) from|(?:a version of )?this (?:article|story|report|piece) "
    r"(?:was |is |has been )?(?:first |originally )?(?:appeared|published|originally|republished))\b)",
    re.IGNORECASE,
)
#: Labels before the outlet a text came from: "via Reuters", "Courtesy of AFP", "Reprinted with
#: permission from The Atlantic", "Distributed by Tribune Content Agency", "First reported by The Ledger",
#: "Read the original article at The Ledger", "Read more at ledger.com" (credits reads the names after
#: them; these last only before a name or a domain).
FROM_LABELS = (r"via|courtesy(?: of)?|(?:reprinted|republished|reproduced) (?:with permission )?(?:from|by|of)|"
               r"distributed by|syndicated (?:from|by)|published via|"
               r"(?:(?:(?:this|the) (?:article|story|report) (?:was )?)?(?:first|originally) reported (?:by|in|on)|"
               r"(?:(?:read|see|view) the (?:original|full) (?:article|story|report|piece)|continue reading|"
               r"read more|full story) (?:at|on))"
               r"(?=\s+(?:(?-i:[A-Z])|[\w-]+\.[a-z]{2,}\b))")
#: What opens a byline before the names: "By", "Written by", "Posted by" (in any case).
BYLINE_LEAD = r"(?i:(?:(?:written|reported|story|posted|filed)\s+)?by\s+)"
#: A from-line is a source line only when short, since body text can open so too ("Via Rail said...").
_VIA = re.compile(rf"^\(?(?:{FROM_LABELS})\s+\S", re.IGNORECASE)
#: Agencies' short names, which some print in lower case ("dpa"): "By Our Correspondent with dpa".
_AGENCY_WORD = "|".join(sorted((k for k in KNOWN_AGENCIES if len(k) <= 8), key=lambda k: (-len(k), k)))
_BYLINE = re.compile(rf"^{BYLINE_LEAD}"
                     r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|and|&|staff|reporters?|writers?))*"
                     rf"(?:\s+(?:for|of|at|with|in)\s+(?:the\s+)?(?:[A-Z]|(?i:{_AGENCY_WORD})\b).*|\s*[,|/–—(\[•·-].*)?$")
#: A byline without "By": a person's name, then the outlet and often the place and date, divided by bars
#: ("Jo Bloggs | The Daily Ledger | LONDON, Dec 4"), or an agency's name alone before them ("PTI | Updated:
#: Mar 4, 2025", "Press Trust of India | New Delhi").
_PIPED_BYLINE = re.compile(r"^(?P<first>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of)){0,3})\s*\|\s*[A-Z].*$")
#: Lower-case words a byline may hold ("By Jo Bloggs of the Associated Press, staff writer"); a line with
#: more other lower-case words than one is a sentence ("By Monday, the rebels had left the city.").
_BYLINE_WORDS = frozenset({"and", "of", "for", "at", "with", "in", "the", "de", "van", "von", "al", "bin", "staff",
                           "writer", "reporter", "correspondent", "editor", "news", "desk", "chief", "senior",
                           "special", "political", "medical", "science", "business", "sports", "foreign",
                           "updated", "published", "bureau", "contributor"})
_PHOTO_CREDIT = re.compile(
    r"(?:[\[(][A-Za-z][^\[\]()]{0,60}/[A-Za-z][^\[\]()]{0,60}[\])]|"
    r"[\[(][^\[\]()]*\b(?:photo|image|picture|getty|file photo|shutterstock)\b[^\[\]()]*[\])])"
    r"\s*$",
    re.IGNORECASE,
)
_PHOTO_LABEL = re.compile(r"^(?:photo|image|picture|pictured|caption|image copyright|image caption)\b\s*[:|-]?",
                          re.IGNORECASE)
_BULLET = re.compile(r"^[-•*·▪►»–—]\s+\S")
_DATE_END = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})\s*$",
    re.IGNORECASE,
)
#: A notice that the page runs syndicated copy: "This story has not been edited by our staff and is
#: auto-generated from a syndicated feed", "Disclaimer: this is a syndicated story; we take no
#: responsibility for its content". It speaks of the text, so it is the page's, not the story's.
_NOTICE = (r"syndicated (?:feed|story|stories|content|copy)|auto-?generated (?:from|by)|"
           r"(?:has|have|was|were) not been edited by|takes? no responsibility for")
#: What a page asks of its reader, or says of itself, in words running text has no use for: one is
#: enough in a short line ("Follow us on X for the latest news", "Comments on this story are
#: moderated", "Download our app for live updates", "Got a story? Email our newsdesk").
_PAGE_CALL = (r"follow us|(?:sign up|subscribe) (?:to|for) [\w' ]{0,40}(?:newsletter|briefing|bulletin|alerts|digest)|"
              r"(?:download|get) (?:our|the) (?:\w+ )?app|"
              r"community guidelines|comments (?:on this (?:story|article) )?are (?:moderated|closed)|"
              r"support (?:our|independent) journalism|become a (?:member|subscriber|supporter)\b[^.]{0,40}\btoday|"
              r"funded by (?:our )?readers|listen to (?:the|our) [\w' ]{0,40}podcast|got a (?:story|tip)|"
              r"(?:email|message|contact) (?:our|the) newsdesk|read every (?:tip|message|email)")
#: Either, in one pass over the line, as whole words ("follow usual practice" is neither).
_PAGE_LINE = re.compile(rf"\b(?:{_NOTICE}|{_PAGE_CALL})(?!\w)", re.IGNORECASE)
#: The longest line read as such a notice or call.
NOTICE_MAX_WORDS = 45
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_FOOTER_WORDS = re.compile(
    r"\b(?:submit|submissions?|subscribe|newsletter|sign up|follow us|click here|all rights reserved|"
    r"copyright|op-?ed|contact us|send us|tip(?:s)? to|advertis(?:e|ing)|terms of use|privacy policy|"
    r"download (?:our|the) app|share this|reproduction)\b|©"
)  # matched against lower-cased text: twice as fast as ignoring case, on every block of a corpus


def _ends_sentence(text: str) -> bool:
    return text[-1] in _TERMINAL


def _is_promo(text: str) -> bool:
    match = _LABEL.match(text)
    if not match:
        return False
    label, rest = match["label"].strip(), match["rest"]
    if label.lower() in _PROMO_LABELS:
        return len(rest.split()) <= PROMO_MAX_WORDS
    # An unknown label counts only in capitals, before a short line that is not a sentence.
    return label.isupper() and len(rest.split()) <= PROMO_MAX_WORDS and not rest.rstrip().endswith(".")


def _named_words(text: str) -> int:
    """Words of a line that hold a letter and no digit: a byline's names and labels, not its date and time
    ("Press Trust of India | New Delhi | Updated: Mar 4, 2025 08:10 IST" has nine)."""
    return sum(1 for w in text.split() if not any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w))


def _byline_words_only(text: str) -> bool:
    other = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[0].islower() and w.lower() not in _BYLINE_WORDS]
    return len(other) <= 1


def _is_footer(text: str) -> bool:
    if "©" in text:
        return True
    hits = len(_FOOTER_WORDS.findall(text.lower()))
    return hits >= 2 or (hits == 1 and bool(_URL.search(text) or _EMAIL.search(text)))


def _piped_byline(text: str) -> bool:
    """A name and what follows it divided by bars: a person's two to four words, or one agency's name
    ("Politics | Analysis", a section label, is neither)."""
    match = _PIPED_BYLINE.match(text)
    return bool(match) and (len(match["first"].split()) > 1 or outlet_key(match["first"]) in KNOWN_AGENCIES)


#: Where a page's layout puts an advertisement: a marker the page prints, not text of the story.
_AD_SLOT = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|(?:the )?(?:story|article) continues (?:below|after)"
    r"(?: (?:this|the))? (?:advertisement|advert|ad)|continue reading (?:below|the main story)|"
    r"scroll to continue(?: with content)?)\s*[:.]?$",
    re.IGNORECASE,
)


def ad_slot(text: str) -> bool:
    """Whether a line marks where the page showed an advertisement ("Advertisement", "Story continues
    below advertisement"): every page of a site prints it, and no copy takes it from another.

    >>> ad_slot("ADVERTISEMENT"), ad_slot("Story continues below advertisement"), ad_slot("Ad revenue fell.")
    (True, True, False)
    """
    return bool(_AD_SLOT.match(text.strip()))


def shape(text: str) -> BlockKind:
    """The kind a block has on its own, before its neighbours (or other articles) are considered."""
    if ad_slot(text):
        return "promo"
    words = len(text.split())
    if _BULLET.match(text) and words <= PROMO_MAX_WORDS and (_DATE_END.search(text) or not _ends_sentence(text)):
        return "related"
    if (_SOURCE.match(text) and words <= 30) or (_VIA.match(text) and words <= 8):
        return "source"
    bylined = _BYLINE.match(text) or _piped_byline(text)
    if bylined and _named_words(text) <= BYLINE_MAX_WORDS and _byline_words_only(text):
        return "byline"
    if _is_promo(text):
        return "promo"
    if _PHOTO_CREDIT.search(text) or (_PHOTO_LABEL.match(text) and words <= 40):
        return "caption"
    if _is_footer(text) or (words <= NOTICE_MAX_WORDS and _PAGE_LINE.search(text)):
        return "footer"
    return "body"


def classify(texts: list[str], headline_at: int | None) -> list[BlockKind]:
    """Kinds of an article's blocks (folded texts in order), given where its headline is.

    >>> classify(["Talks next week", "Rebels will attend talks next week in Astana, officials said.",
    ...           "READ MORE: Shelling near Damascus", "Source: Al Jazeera"], 0)
    ['headline', 'body', 'promo', 'source']
    """
    kinds: list[BlockKind] = [shape(t) for t in texts]
    if headline_at is not None:
        kinds[headline_at] = "headline"
    n = len(texts)
    words = [len(t.split()) for t in texts]

    def body_like(i: int) -> bool:
        return 0 <= i < n and kinds[i] == "body" and words[i] >= SUBHEADING_NEIGHBOUR_WORDS

    # A byline's employer may stand on the next line ("By Jo Bloggs" / "The Daily Ledger").
    for i in range(1, n):
        if (kinds[i] == "body" and kinds[i - 1] == "byline" and words[i] <= BYLINE_EMPLOYER_MAX_WORDS
                and not _ends_sentence(texts[i]) and all(w[0].isupper() for w in texts[i].split())):
            kinds[i] = "byline"
    # Caption lines that carry no credit themselves sit right before one that does.
    for i in range(n - 2, -1, -1):
        if kinds[i] == "body" and kinds[i + 1] == "caption" and not _ends_sentence(texts[i]):
            kinds[i] = "caption"
    # A short unpunctuated line between two paragraphs is a subheading.
    for i in range(n):
        if (
            kinds[i] == "body"
            and words[i] <= SUBHEADING_MAX_WORDS
            and not _ends_sentence(texts[i])
            and texts[i][-1] not in ",;:"
            and not _BULLET.match(texts[i])
            and sum(ch.isdigit() for ch in texts[i]) * 4 < len(texts[i])
            and body_like(i - 1)
            and body_like(i + 1)
        ):
            kinds[i] = "subheading"
    # A standfirst: the one-sentence summary between headline and the lead photo's caption.
    first = 0 if headline_at is None else headline_at + 1
    if (
        first < n
        and kinds[first] == "body"
        and words[first] <= STANDFIRST_MAX_WORDS
        and any(kinds[j] == "caption" for j in range(first + 1, min(first + 3, n)))
        and len(re.findall(r"[.!?](?:\s|$)", texts[first])) <= 1
    ):
        kinds[first] = "standfirst"
    # A list's heading ("Read more:", "More from The Ledger") and the headlines under it, each a short
    # line that is no sentence: links to other stories, however they are printed.
    for i in range(n - 1):
        if kinds[i] in ("body", "promo", "subheading") and _LIST_HEADING.match(texts[i]):
            under = list(itertools.takewhile(
                lambda j: kinds[j] in ("body", "subheading") and words[j] <= PROMO_MAX_WORDS
                and not _ends_sentence(texts[j]), range(i + 1, n)))
            if under:
                for j in (i, *under):
                    kinds[j] = "related"
    # Bullets after the last body paragraph are a related-links list.
    last_body = max((i for i in range(n) if kinds[i] == "body" and not _BULLET.match(texts[i])), default=-1)
    for i in range(last_body + 1, n):
        if _BULLET.match(texts[i]) and words[i] <= PROMO_MAX_WORDS:
            kinds[i] = "related"
    return kinds


def _furniture_line(text: str) -> bool:
    """A line that is furniture by its own shape, with no neighbours to go by."""
    return classify([text], None)[0] != "body"


use_furniture_rule(_furniture_line)
