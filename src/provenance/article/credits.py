"""Finding the names an article credits: where its text says it came from.

Credits are read by position, as a small grammar, because where a name stands says what it means:

- **opening** of the first body paragraph: a prefix ("Al-Jazeera – Some armed..."), a wire dateline
  with or without a place ("LONDON (Reuters) -", "(REUTERS) -", "PARIS, March 3 (AFP) —");
- **byline**: "By Jo Bloggs, PA News", "By Jo Bloggs | Reuters", "By Reuters Staff"; and a note on the
  writer below the text, "Jo Bloggs is a columnist for The Daily Ledger.", read as a byline's employer;
- **suffix** after the last sentence ("... on Monday. (AFP)", "... said. — AFP");
- **trailer**, a line of its own that names where the text came from: "— Reuters", "-- AFP", "(AP)",
  "With AFP", "Reuters contributed to this report.", "Additional reporting by Reuters.", "via Reuters",
  "With inputs from PTI", "This article was originally published by The Daily Ledger";
- **rights**: "Copyright Reuters.", "© 2025 The Associated Press. All rights reserved.";
- **source line**, a "Source:" or "Credit:" label and names: "Source: Al Jazeera, News Agencies";
- **footer** lines an outlet signs: "Follow The Daily Ledger on Twitter".

Labels and agency names are matched without regard to case. Prefix, dateline, suffix and trailer
credits point at another outlet; a source line, a byline, a rights line and a footer can also be an
outlet naming itself, so those are read as the article's own outlet when nothing else claims the
name (a rights line that names a news agency is a credit: outlets mark the agency copy they carry).

An agency named inside the reporting ("rebel sources told Reuters", "Reuters reported", "according
to AFP") is not a credit: the article says where a fact came from, not where its text came from.
It is kept apart, in ``Article.reporting`` (form ``reporting``), for what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..models import Article, Block, Credit
from .furniture import BYLINE_LEAD, FROM_LABELS
from .outlets import KNOWN_AGENCIES, outlet_key, same_outlet

__all__ = [
    "POINTING_FORMS", "SELF_FORMS", "byline_affiliations", "credit_line_kind", "find_credits",
    "find_reporting", "infer_outlet", "names_outlet", "names_source", "points_elsewhere", "unknown_outlet_credit",
]

#: Forms that credit another outlet: text in these positions names where the article came from.
POINTING_FORMS = frozenset({"prefix", "dateline", "suffix", "trailer"})
#: Forms that may be the article's outlet naming itself.
SELF_FORMS = frozenset({"source_line", "byline", "rights", "footer"})


def points_elsewhere(credit: Credit, outlet: str | None) -> bool:
    """Whether the credit names another outlet than ``outlet`` as where the text came from: a credit
    in a pointing form, or a byline naming a news agency ("By Thomson Reuters", "Jane Doe, AFP"),
    which on another outlet's page says the text is the agency's."""
    if same_outlet(credit.name, outlet):
        return False
    return credit.form in POINTING_FORMS or (credit.form == "byline" and outlet_key(credit.name) in KNOWN_AGENCIES)


def names_source(credit: Credit, outlet: str | None) -> bool:
    """Whether the credit may name where the text came from (what two articles crediting one name took
    in common): any form but a byline (a person's employer) or a signed footer (carried furniture),
    unless that points elsewhere too (an agency's byline)."""
    return credit.form not in ("byline", "footer") or points_elsewhere(credit, outlet)

_GENERIC_NAMES = frozenset({"newsagencies", "agencies", "wires", "wireservices", "staff", "reporters", "agency",
                            "news", "staffreporter", "ourcorrespondent", "", "others", "wirereports",
                            "agencyreports", "newsdesk", "webdesk", "correspondents", "ourstaff", "bureau",
                            # pronouns: "Follow us on Twitter" names no outlet
                            "us", "me", "we", "you", "him", "her", "them", "it", "our", "my", "your",
                            # a feed is where copy came from, not whose it is: "Published from a syndicated feed"
                            "feed", "syndicatedfeed", "newsfeed", "wirefeed", "agencyfeed", "syndication",
                            # a company's legal form after its name: "Tribune Content Agency, LLC"
                            "llc", "inc", "ltd", "limited", "plc", "gmbh"})
_DASH = r"(?:[–—]|-{1,2})"
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|de|al|el|du|der|di))*"
#: A name in running text: capitalised words, or "the" before them.
_ANY_NAME = rf"(?:[Tt]he\s+)?{_NAME}"
_PREFIX = re.compile(rf"^(?:[Bb]y\s+)?(?P<name>{_NAME})\s*{_DASH}\s+(?=[A-Z0-9“\"‘'(])")
#: An agency's name before a dash, a colon or a bar, in any case and spacing, after an optional place:
#: "AFP —The", "SYDNEY- IANS – With", "CHICAGO - Afp- Floating", "Reuters: The", "ANKARA / AA – The",
#: "PARIS, France — AFP | The". Only a known agency's name is read so.
_AGENCY_PREFIX = re.compile(
    rf"^(?:[A-Z][A-Za-z .,'’]{{1,40}}?\s*(?:[,:/]|{_DASH})\s*)?"
    rf"(?P<name>[A-Za-z][\w&.'’]*(?:[ -][A-Za-z][\w&.'’]*){{0,3}}?)"
    rf"\s*(?:{_DASH}|:|\|)\s*(?=[A-Z0-9“\"‘'(])"
)
#: A dateline: an optional place (and date) in capitals or title case, then the agency in brackets
#: and a dash or colon ("MADRID, 4 mar (EFE).- " puts a full stop before the dash).
_DATELINE = re.compile(
    rf"^(?:[A-Z][\w .,'’/\[\]-]{{0,60}}?\s*(?:[,:]|{_DASH})?\s*)?\((?P<name>[A-Za-z][\w .&'’-]{{0,40}})\)\.?\s*"
    rf"(?P<mark>{_DASH}|:)?\s*(?=\S)"
)
#: Words of a from-line's label that say where the text was published: the name after such a label is
#: a credit even when a clause follows it. ("Via Rail said on Monday..." is a sentence, not a credit.)
_PUBLISHED = frozenset({"published", "republished", "appeared", "ran", "reproduced"})
#: A credit line for a picture, not the text: "AP Photo/Jo Bloggs", "Image: AFP".
_PICTURE = re.compile(r"\b(?:photos?|photograph|images?|pictures?|video|graphic)\b", re.IGNORECASE)
#: A press-release wire's dateline: "NEW YORK, March 4, 2024 /PRNewswire/ -- ", "LONDON--(BUSINESS WIRE)--".
_RELEASE_DATELINE = re.compile(
    rf"^(?:[A-Z][\w .,'’-]{{0,60}}?\s*)?(?:/|-{{1,2}}\()(?P<name>[A-Za-z][\w .&'’-]{{1,40}})"
    rf"(?:/\s*{_DASH}|\)-{{1,2}})\s*(?=\S)"
)
#: A wire story's end mark after its last sentence or credit: "(END)", "-0-", "###".
_END_MARK = r"(?:\s*(?:\((?i:end)\)|(?i:end)|-0-|#{3}))?"
_SUFFIX = re.compile(rf"(?:[.!?”\"’]\s*)(?:\((?P<a>{_NAME})\)|(?:{_DASH}|/)\s*(?P<b>{_NAME})){_END_MARK}\s*\.?$")
#: A line's wrapping: a leading dash or bullet, or brackets around the whole line ("(With AFP)", "— AFP").
_WRAPPED = re.compile(r"^(?:[–—•*/]\s*|-{1,2}\s*)?(?P<open>[(\[])?\s*(?P<inner>.*?)\s*(?(open)[)\]]\s*\.?|)$")
#: A line of names alone: "Reuters", "AFP/AP", "The Daily Ledger".
_BARE = re.compile(rf"^(?P<list>{_ANY_NAME}(?:\s*(?:/|,|&|\band\b)\s*{_ANY_NAME})*)\s*\.?$")
#: "With AFP", "With The Associated Press": the outlets the text was written with.
_WITH = re.compile(rf"^(?i:with)\s+(?P<list>{_ANY_NAME}(?:\s*(?:/|,|&|\band\b)\s*{_ANY_NAME})*)\s*\.?$")
#: "Reuters contributed to this report", "Jo Bloggs of The Associated Press contributed reporting".
_CONTRIBUTED = re.compile(
    r"^(?P<list>.+?)\s+(?i:contributed|contributes|also contributed)\b(?:\s+(?i:to|reporting|additional|information|"
    r"material|research|writing)\b[^.;]*)?\s*[.;]?$"
)
#: A contributors' line may name several people and places ("Associated Press writers Jo Bloggs in Paris
#: and Ann Other in Rome contributed to this report"): read at any length a rights line may have.
_CONTRIBUTED_END = re.compile(
    r"\bcontributed (?:to this (?:report|story|article)|reporting)\b[^.;]{0,40}[.;]?$", re.IGNORECASE
)
#: So may a feed's closing line that names the post before its site: "The post <headline> appeared
#: first on The Ledger."
_POSTED_FIRST = r"the post .{1,250}? appeared first on"
_APPEARED_FIRST = re.compile(rf"^{_POSTED_FIRST}\s+\S[^.]{{0,80}}\.?$", re.IGNORECASE)
#: "Additional reporting by Reuters", "Reporting by Jo Bloggs and AFP; editing by ...", "Material from Reuters
#: was used in this report", "This story includes reporting from AP".
_MATERIAL = re.compile(
    r"^(?:this (?:report|story|article|piece) (?:contains|includes|uses|was compiled (?:with|from)) |"
    r"(?:it )?includes |contains |compiled (?:with|from) )?(?:with )?(?:additional |extra |further |some )?"
    r"(?:reporting|writing|material|information|content|files|research|contributions?|inputs?|text)\s*"
    r"(?:by|from|:)\s*(?P<list>[^;]+?)\s*(?:(?:was|were|has been|have been|is) used\b[^;]*)?(?:;.*)?[.]?$",
    re.IGNORECASE,
)
#: A roundup's note that its text was made from other outlets' reports: "Compiled from Reuters and AFP
#: reports", "From AP and Reuters reports", "Based on reports from AFP", "With reports from AP", "This story
#: was adapted from a report by The Daily Ledger". "From staff and wire reports" names no outlet.
_REPORTS = re.compile(
    r"^(?:(?:this|the) (?:story|report|article|piece) (?:was|is|has been) )?"
    r"(?:(?:compiled|adapted|taken|drawn|assembled|written)(?: by .{1,40}?)? from|based on|with|from)\s+"
    r"(?:(?P<list>.{1,80}?)\s+(?:news\s+|wire\s+|agency\s+|media\s+)?reports?"
    r"|(?:(?:a|an|the|news|wire|agency|media|press)\s+)*reports?\s+(?:by|from|of|in)\s+(?P<after>.{1,80}?))"
    r"\s*[.]?$",
    re.IGNORECASE,
)
#: "With PTI inputs", "(With agency inputs)": an Indian desk's way of crediting the wire.
_INPUTS = re.compile(r"^(?i:with)\s+(?P<list>.{1,60}?)\s+(?i:inputs?)\s*\.?$")
#: What a writer is to the outlet they write for ("writer", "columnist"), in bylines and notes on the writer.
_WRITER_ROLES = r"writers?|reporters?|correspondents?|editors?|journalists?|contributors?|columnists?"
#: A role after a name in a byline or a credit: "AP Medical Writer", "Ledger Staff Reporter", "Reuters Staff".
_ROLE_TAIL = re.compile(
    r"(?:\s+(?:staff|senior|chief|special|political|medical|science|business|sports|foreign|diplomatic|economics|"
    r"legal|health|technology|environment|courts?|crime|education|national|international|associate|deputy|"
    r"contributing|investigative|data|regional|local|home affairs|white house|news))*"
    rf"\s+(?:{_WRITER_ROLES}|desk|newsroom|staff|bureau chief|bureau|team|photographers?)\s*$",
    re.IGNORECASE,
)
#: Words that tie a person to the outlet they work for: "Jo Bloggs of Reuters", "for AFP", "at The Ledger".
_EMPLOYED_BY = re.compile(r"\s+(?:of|for|from|at|with|in)\s+(?=[A-Z]|the\s+[A-Z])")
#: The marks of a rights line, and what surrounds the holder's name in one.
_RIGHTS_MARK = re.compile(r"copyright|©|\(c\)|\ball rights reserved\b", re.IGNORECASE)
_RIGHTS_NOISE = re.compile(
    r"copyright|©|\(c\)|\b(?:all|some) rights reserved\b|\b(?:19|20)\d{2}\b|\b(?:all )?content\b|\btext\b",
    re.IGNORECASE,
)
#: Rights lines run longer than other credit lines ("... This material may not be published ...").
_MAX_RIGHTS_CHARS = 300
#: A label before names that may be the article's own outlet or another's: "Source: AFP".
_SOURCE_LABEL = re.compile(r"^\(?(?:sources?|credits?)\s*[:|–—-]\s*", re.IGNORECASE)
#: A label before names that the text came from: "via Reuters", "With inputs from PTI",
#: "This article was originally published by The Daily Ledger", "First published on ledger.com".
_FROM_LABEL = re.compile(
    rf"^\(?(?:{FROM_LABELS}|with (?:inputs?|reporting|files|contributions) from|"
    r"(?:(?:a version of )?this (?:article|story|report|piece) )?(?:was |is |has been )?(?:first |originally )?"
    r"(?:appeared|published|ran|republished|reproduced)(?: with permission)?(?: (?:in|on|by|from|at))|"
    rf"{_POSTED_FIRST})\b\s*[:-]?\s*",
    re.IGNORECASE,
)
#: A note on the writer after the text: "Jo Bloggs is a columnist for The Daily Ledger.", "... writes a weekly
#: column for The Ledger." On another outlet's page it says the column is that outlet's, as a byline would.
_WRITER_NOTE = re.compile(
    r"^(?!(?i:he|she|they|it|we|i|this|that|the)\s)(?:[A-Z][\w'’.-]*\s+){1,3}"
    rf"(?:(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_WRITER_ROLES}|critic|commentator)"
    r"|writes\s+(?:an?\s+(?:[\w-]+\s+){0,2}?column\s+)?)\s*(?:for|at|with)\s+(?P<name>(?:[Tt]he\s+)?"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})(?:\.|,|\s+(?:and|since|where|who)\b|$)"
)
#: A footer an outlet signs: "Follow The Daily Ledger on Twitter". Newsletter and app lines ("Sign up for
#: the Morning Briefing newsletter") are not read: they name a newsletter or an app as often as an outlet,
#: and reading them cost precision on a held-out credit set (bench.newsroom, F1 0.83 -> 0.81).
_FOOTER = re.compile(
    r"^(?:follow|like)\s+(?:us\s+on\s+\w+\s+)?(?P<name>.+?)\s+on\s+(?:twitter|facebook|instagram|x|linkedin|"
    r"tiktok|youtube|threads|bluesky)\b",
    re.IGNORECASE,
)
#: Where a byline's parts divide: "By Jo Bloggs, PA News", "By Jo Bloggs | AFP", "By Jo Bloggs (Reuters)".
_BYLINE_PARTS = re.compile(r"\s*(?:[,|/–—(\[•·]|\s-\s)\s*")
#: An agency named as where a fact came from, in running text: not a credit.
_REPORTING = re.compile(
    rf"(?:\b(?:told|according to|quoted by|cited by|reported by|seen by|obtained by|interviews? with|"
    rf"speaking to|spoke to|confirmed to)\s+(?:the\s+)?(?P<a>{_NAME})"
    rf"|\b(?P<b>{_NAME})\s+(?:reported|reports|has reported|had reported|learned|has learned|was told|"
    rf"tally|count|calculations|photographers?|reporters?|correspondents?|journalists?|witnesses|poll|survey|"
    rf"reporting|understands|said it)\b)"
)
#: A company's legal suffix after an outlet's name in a rights line ("Daily Ledger Ltd").
_CORPORATE = re.compile(r"[\s,]+(?:ltd|limited|inc|llc|plc|gmbh|s\.?a|group|media group|company|co)\.?$", re.IGNORECASE)
#: Punctuation to blanks, so that a block's words can be looked up in KNOWN_AGENCIES at C speed: only
#: blocks holding an agency's name are read for reporting (a regex over every block costs more).
_PUNCTUATION = str.maketrans({c: " " for c in ".,;:!?()[]{}\"'“”‘’–—-/"})
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b|\+)\s*")
_MAX_NAME_WORDS = 4
_LINK = re.compile(r"https?://(?:www\.)?(?P<host>[^/\s]+)\S*")
#: Trailing credit lines are short.
_MAX_TRAILER_CHARS = 90
#: How many blocks from the end are looked at for trailing credit lines.
_TRAILING_BLOCKS = 6
#: Words that end a newspaper's or site's name: "credited by" a name ending so names an outlet, not a person.
_OUTLET_WORDS = re.compile(
    r"\b(?:news|times|post|gazette|herald|press|agency|tribune|journal|telegraph|chronicle|daily|mail|observer|"
    r"express|standard|star|courier|guardian|independent|record|review|today|online|wire|report|radio|tv|"
    r"television|broadcasting|network|media|magazine|weekly|bulletin|dispatch|sentinel|examiner|monitor|"
    r"inquirer|register|globe|mirror|sun|times|ledger|leader|argus|echo|advertiser|citizen|world|insider)\b"
    r"|\.[a-z]{2,}$",
    re.IGNORECASE,
)


def _plausible(name: str, bracketed: bool = False) -> bool:
    """Whether ``name`` can be an outlet's: a few words, not a stock word, and not a place in capitals
    before a dash ("BEIRUT –") unless a known agency; a name in brackets ("(CNN) –") is no place."""
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    key = outlet_key(name)
    if key in _GENERIC_NAMES:
        return False
    letters = re.sub(r"[^A-Za-z]", "", name)
    # A capitals-only prefix is a dateline ("BEIRUT –") unless it is a known agency ("AFP –").
    return bracketed or not (letters.isupper() and len(letters) > 1 and key not in KNOWN_AGENCIES)


def _outlet_like(name: str) -> bool:
    """A name that reads as an outlet's rather than a person's: an agency, or a newspaper's kind of name."""
    return outlet_key(name) in KNOWN_AGENCIES or bool(_OUTLET_WORDS.search(name)) or name.lower().startswith("the ")


def _names(text: str) -> list[str]:
    text = _LINK.sub(r"\g<host>", text)  # "https://www.ledger.com/story" names ledger.com
    return [p.strip(" .()[]") for p in _SPLIT.split(text) if p.strip(" .()[]")]


def _credit(name: str, form: str, block: Block, start: int, end: int) -> Credit:
    stripped = name.rstrip()
    if stripped.endswith(".") and len(stripped) > 2:  # the sentence's full stop, not the name's
        stripped = stripped[:-1]
    start += len(name) - len(name.lstrip())
    stripped = stripped.strip()
    return Credit(name=stripped, form=form, block=block.index, start=start, end=start + len(stripped))  # type: ignore[arg-type]


def _named(name: str, form: str, block: Block, offset: int = 0) -> Credit:
    name = name.strip(" .,;:()[]")
    at = block.text.find(name, offset)
    return _credit(name, form, block, at, at + len(name))


def find_credits(blocks: Sequence[Block]) -> tuple[Credit, ...]:
    """Credits found in an article's blocks, in reading order (see the module's grammar)."""
    found: list[Credit] = []
    body = [b for b in blocks if b.kind == "body"]
    if body:
        found += _opening(body[0]) or _lead_credit(body)
    trailing = _trailing(blocks, body)
    for block in blocks:
        if block.kind == "headline":
            continue
        if block.index in trailing:
            found += trailing[block.index]
        elif block.kind == "source":
            found += _source_line(block)
        elif block.kind == "byline":
            found += _byline(block)
        elif block.kind == "footer":
            found += _rights(block) or _footer(block)
    found.sort(key=lambda c: (c.block, c.start))
    return tuple(found)


def _opening(first: Block) -> list[Credit]:
    match = _DATELINE.match(first.text)
    if match and not match["mark"] and outlet_key(match["name"]) not in KNOWN_AGENCIES:
        match = None  # "Mr Smith (Labour) said": a bracket with no dash after it is a dateline's only for an agency
    match = match or _RELEASE_DATELINE.match(first.text)
    if match and _plausible(match["name"], bracketed=True) and outlet_key(match["name"]) not in _GENERIC_NAMES:
        return [_credit(match["name"], "dateline", first, match.start("name"), match.end("name"))]
    match = _PREFIX.match(first.text)
    if match and _plausible(match["name"]):
        return [_credit(match["name"], "prefix", first, 0, match.end("name"))]
    match = _AGENCY_PREFIX.match(first.text)
    if match and outlet_key(match["name"]) in KNOWN_AGENCIES:
        return [_credit(match["name"], "prefix", first, match.start("name"), match.end("name"))]
    return []


def _lead_credit(body: Sequence[Block]) -> list[Credit]:
    """A news agency named after the first paragraph ("... next year. (Reuters)"), as some outlets
    credit the wire under the lead. Only a known agency's name is read so. (A dateline opening a later
    paragraph is not read: in a story made of two, it opens the second one's text.)"""
    return _suffix(body[0], agencies_only=True) if len(body) > 1 else []


def _suffix(block: Block, agencies_only: bool = False) -> list[Credit]:
    """The name after a paragraph's last sentence: an outlet's in brackets ("... said. (AFP)"), a
    known agency's after a dash or slash ("... said. — AFP"); only an agency's with ``agencies_only``."""
    match = _SUFFIX.search(block.text)
    if not match:
        return []
    group = "a" if match["a"] else "b"
    name = match[group]
    if not _plausible(name) or ((group == "b" or agencies_only) and outlet_key(name) not in KNOWN_AGENCIES):
        return []
    return [_credit(name, "suffix", block, match.start(group), match.end(group))]


def _trailing(blocks: Sequence[Block], body: Sequence[Block]) -> dict[int, list[Credit]]:
    """Credits in the last body paragraph and the short lines after it, by block index.

    The body ends at its last paragraph longer than a credit line: a short site line read as body
    ("Subscribe to The Ledger from $1 a week") after the credit must not hide the credit above it.
    """
    if not body:
        return {}
    last = body[-1]
    end = next((b for b in reversed(body) if len(b.text) > _MAX_TRAILER_CHARS), last)
    out: dict[int, list[Credit]] = {}
    later = [b for b in blocks if b.index >= end.index and b.kind != "headline"]
    tail = later[: _TRAILING_BLOCKS + sum(1 for b in later if b.kind == "body" and b.index < last.index)]
    for block in tail:
        credits = _line_credit(block) if _line_sized(block.text) else []
        if not credits and block.kind == "source":
            credits = _source_line(block)
        elif not credits and block.kind == "byline":
            credits = _byline(block)
        if not credits and block.index in (end.index, last.index):
            credits = _suffix(block)
        if not credits and block.kind == "body":
            credits = _writer_note(block)
        if credits:
            out[block.index] = credits
    return out


def _writer_note(block: Block) -> list[Credit]:
    """The outlet a note on the writer names as theirs ("Jo Bloggs is a columnist for The Daily
    Ledger."), read as a byline's: the writer's employer, which may be the page's own outlet."""
    match = _WRITER_NOTE.match(block.text)
    if not match or not _plausible(match["name"]):
        return []
    name = re.sub(r"^the\s+", "", match["name"], flags=re.IGNORECASE)
    return [_credit(name, "byline", block, match.end("name") - len(name), match.end("name"))]


def _line_sized(text: str) -> bool:
    """Whether a block is short enough to be a line of its own that only credits: a credit line's
    length, or a rights line's for a contributors' line or a feed's closing line, which name more."""
    return len(text) <= _MAX_TRAILER_CHARS or (
        len(text) <= _MAX_RIGHTS_CHARS and bool(_CONTRIBUTED_END.search(text) or _APPEARED_FIRST.match(text)))


def _line_credit(block: Block) -> list[Credit]:
    """A short line that is only a credit: a trailer, a rights line, a source line or a signed footer.

    A line wrapped in brackets or led by a dash ("(With inputs from PTI)", "— AFP") reads as the same
    line unwrapped; the wrapping also marks a lone name as a credit even when it is not an agency's.
    """
    match = _WRAPPED.match(block.text)
    inner, shift = (match["inner"], match.start("inner")) if match else (block.text, 0)
    wrapped = inner != block.text
    view = block.model_copy(update={"text": inner}) if wrapped else block
    found = _trailer(view, wrapped) or _rights(view) or _source_line(view) or _footer(view)
    if not shift:
        return found
    return [c.model_copy(update={"start": c.start + shift, "end": c.end + shift}) for c in found]


def _trailer(block: Block, wrapped: bool) -> list[Credit]:
    text = block.text
    if _PICTURE.search(text):
        return []  # "AP Photo/Jo Bloggs", "(Photo: Reuters)": who took the picture, not whose the text is
    for pattern in (_INPUTS, _WITH, _CONTRIBUTED, _MATERIAL, _REPORTS):
        match = pattern.match(text)
        if match and (found := _agents(match["list"] or match.groupdict().get("after") or "", block, "trailer")):
            return found
    if match := _BARE.match(text):
        if _ROLE_TAIL.search(text):  # "Reuters Staff" on a line of its own signs like a byline
            return _byline(block)
        return _agents(match["list"], block, "trailer", agencies_only=not wrapped)
    return []


def _agents(text: str, block: Block, form: str, agencies_only: bool = False) -> list[Credit]:
    """The outlets in a list of names that may hold people too ("Jo Bloggs in London and Reuters")."""
    found = []
    for part in _SPLIT.split(text):
        name = _employer(part)
        if not name or not _plausible(name):
            continue
        # A newspaper's name is written with capitals: "wire reports", "the local press" name no outlet.
        capitalised = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)[:1].isupper()
        if outlet_key(name) in KNOWN_AGENCIES or (not agencies_only and capitalised and _outlet_like(name)):
            found.append(_named(name, form, block))
    return found


def _employer(text: str) -> str:
    """The outlet in a person's credit: "Jo Bloggs of Reuters" -> "Reuters", "AP Medical Writer" -> "AP"."""
    text = _ROLE_TAIL.sub("", text.strip(" .()[]")).strip(" .()[]")
    last = _EMPLOYED_BY.split(text)[-1]
    # An agency opening the credit ("Associated Press writer Jo Bloggs in London"), else one that
    # opens or ends what follows the last "of"/"for"/"at".
    return _agency_at(text.split(), ends=False) or _agency_at(last.split(), ends=True) or last


def _agency_at(words: Sequence[str], ends: bool) -> str | None:
    """The longest known agency's name the words open with (or, with ``ends``, end with)."""
    for size in range(min(len(words), _MAX_NAME_WORDS), 0, -1):
        for part in (words[:size], words[-size:]) if ends else (words[:size],):
            if outlet_key(" ".join(part)) in KNOWN_AGENCIES:
                return " ".join(part)
    return None


def credit_line_kind(block: Block, credits: Iterable[Credit]) -> str | None:
    """The furniture kind of a block that holds nothing but a credit: "source" for a trailer, rights or
    source line, "footer" for a line an outlet signs; None for any other block."""
    if not _line_sized(block.text):
        return None
    forms = {c.form for c in credits if c.block == block.index}
    if forms & {"trailer", "rights", "source_line"}:
        return "source"
    return "footer" if "footer" in forms else None


def _rights(block: Block) -> list[Credit]:
    """The holder named in a rights line: "© 2025 The Associated Press. All rights reserved.", "Reuters © 2024"."""
    text = block.text
    if len(text) > _MAX_RIGHTS_CHARS or not _RIGHTS_MARK.search(text[:40]):
        return []
    for sentence in re.split(r"(?<=[a-z)]{2})\.\s+|\.$", text):
        if not _RIGHTS_MARK.search(sentence):
            continue
        # The holder is the longest stretch between the marks, years and stock words: "The Associated Press".
        name = max((p.strip(" ,.;:–—-") for p in _RIGHTS_NOISE.split(sentence)), key=len)
        name = _CORPORATE.sub("", re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)).strip(" ,.")
        # A name in lower case is a holder only when it is an agency's that prints itself so ("dpa").
        if name and _plausible(name) and outlet_key(name) not in _GENERIC_NAMES and (
                name[0].isupper() or outlet_key(name) in KNOWN_AGENCIES):
            return [_named(name, "rights", block)]
    return []


def _footer(block: Block) -> list[Credit]:
    match = _FOOTER.match(block.text)
    if not match:
        return []
    # "Follow us on X @DailyLedger and on Facebook": the account's name, without the at sign or the "and".
    name = re.sub(r"^(?:the\s+|@)|\s+(?:and|&)$", "", match["name"].strip(), flags=re.IGNORECASE)
    return [_named(name, "footer", block)] if _plausible(name) else []


def _source_line(block: Block) -> list[Credit]:
    """Names after a label: "Source:" may be the article's own outlet, "via" and the like another's."""
    found = []
    for label, form in ((_SOURCE_LABEL, "source_line"), (_FROM_LABEL, "trailer")):
        match = label.match(block.text)
        if not match:
            continue
        # The names end with their sentence: "... published on The Conversation. Read the original article."
        named = re.split(r"(?<=[a-z0-9)])\.\s+", block.text[match.end():], maxsplit=1)[0]
        published = form == "trailer" and not _PUBLISHED.isdisjoint(re.findall(r"\w+", match[0].lower()))
        for name in _names(named):
            if len(name.split()) > _MAX_NAME_WORDS and published and (lead := re.match(_ANY_NAME, name)):
                name = lead[0]  # "republished from The Conversation under a Creative Commons license"
            name = re.sub(r"^(?:the|an?)\s+", "", name, flags=re.IGNORECASE)
            if outlet_key(name) not in _GENERIC_NAMES and len(name.split()) <= _MAX_NAME_WORDS:
                found.append(_named(name, form, block, match.end()))
        break
    return found


def _byline_parts(block: Block) -> list[str]:
    text = re.sub(rf"^{BYLINE_LEAD}", "", block.text.strip())
    return [p.strip(" .)]") for p in _BYLINE_PARTS.split(text) if p.strip(" .)]")]


def byline_affiliations(block: Block) -> list[str]:
    """What a byline names after the person, each part as the employer it names ("By Jo Bloggs,
    Home Affairs Correspondent, Al Jazeera" -> ["Al Jazeera"]; "By Jo Bloggs, London" -> ["London"]).

    On its own a part is read as an outlet only when it reads as one (:func:`_byline`), since a
    place reads the same; a part that is the name of an outlet known from elsewhere, such as another
    article's, is that outlet (see :func:`names_outlet`)."""
    rest = [_employer(p) for p in _byline_parts(block)[1:]]
    return [r for r in rest if r and _plausible(r) and not re.search(r"\d", r)]


def names_outlet(article: Article, outlet: str | None, footers: bool = True) -> tuple[str, str] | None:
    """The name in which ``article`` credits ``outlet``, and the credit's form: a credit of that
    outlet (a signed footer too, unless ``footers`` is false), or a byline part that is that outlet's
    name ("By Jo Bloggs, Al Jazeera" names Al Jazeera, which no outlet word marks); None when it does
    not, or names it as its own outlet."""
    if not outlet or same_outlet(article.outlet, outlet):
        return None
    for credit in article.credits:
        if (footers or credit.form != "footer") and same_outlet(credit.name, outlet):
            return credit.name, credit.form
    for block in article.blocks:
        if block.kind == "byline":
            for part in byline_affiliations(block):
                if same_outlet(part, outlet):
                    return part, "byline"
    return None


def _byline(block: Block) -> list[Credit]:
    """The outlet a byline names: its last part that reads as an outlet ("By Jo Bloggs, Home Affairs
    Correspondent, PA News"), the employer tied to the name ("By Jo Bloggs for AFP", "By JO BLOGGS
    Associated Press"), or the byline's only name when it is an outlet's ("By Reuters Staff")."""
    parts = _byline_parts(block)
    if not parts:
        return []
    rest = byline_affiliations(block)
    lead = re.sub(r"^the\s+", "", parts[0].strip(), flags=re.IGNORECASE)
    if outlet_key(lead) in KNOWN_AGENCIES or (len(parts) > 1 and _outlet_like(lead) and _plausible(lead)):
        # "PTI | New Delhi | Updated: Mar 4", "Sun Coast Chronicle | Local news, weather and sports":
        # the outlet, then its place, time or motto, which name no outlet of their own.
        return [_named(lead, "byline", block)]
    name = next((r for r in reversed(rest) if _outlet_like(r)), "")
    if not name:
        alone = _ROLE_TAIL.sub("", parts[0])
        tied = _employer(parts[0])
        if tied != parts[0] and (outlet_key(tied) in KNOWN_AGENCIES or _outlet_like(tied)):
            name = tied  # "By Jo Bloggs for AFP", "By JO BLOGGS Associated Press"
        elif alone != parts[0] or outlet_key(alone) in KNOWN_AGENCIES or _outlet_like(alone):
            name = alone  # "By Reuters Staff", "By AFP", "By The Daily Ledger"
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return [_named(name, "byline", block)] if name and _plausible(name) else []


def find_reporting(blocks: Sequence[Block], credits: Sequence[Credit]) -> tuple[Credit, ...]:
    """News agencies the body names as where a fact came from ("told Reuters"), once each, outside credits."""
    taken = [(c.block, c.start, c.end) for c in credits]
    out: list[Credit] = []
    for block in blocks:
        if block.kind != "body" or KNOWN_AGENCIES.isdisjoint(block.text.lower().translate(_PUNCTUATION).split()):
            continue
        for match in _REPORTING.finditer(block.text):
            group = "a" if match["a"] else "b"
            name = match[group]
            start, end = match.start(group), match.end(group)
            if outlet_key(name) not in KNOWN_AGENCIES or any(
                b == block.index and s < end and start < e for b, s, e in taken
            ):
                continue
            if not any(same_outlet(name, c.name) for c in out):
                out.append(_credit(name, "reporting", block, start, end))
    return tuple(out)


def unknown_outlet_credit(copy: Article, source: Article) -> Credit | None:
    """The copy's credit, pointing elsewhere, of an outlet the source does not credit too: the source,
    of unknown outlet, may be that outlet's own (if it credited it as well, both took from it)."""
    return next((
        c for c in copy.credits
        if points_elsewhere(c, copy.outlet) and not any(same_outlet(c.name, d.name) for d in source.credits)
    ), None)


def infer_outlet(credits: Iterable[Credit]) -> str | None:
    """The article's own outlet from a lone self-credit (source line, byline, rights line, footer).

    A name that the article also credits as a prefix, dateline or suffix is a credit to another
    outlet, not a self-credit, and is left out; so is a rights or source line naming a news agency
    (agencies mark their own copy with a dateline, not with "Source: Reuters"). The page's
    signatures (a byline, a rights line, a footer) outrank a source line: "Source: X" above
    "© 2025 Y" is Y's page saying where it took the story, and names Y's outlet only when no
    signature names one.
    """
    credits = list(credits)
    # A trailer ("first published by X") beside a byline of X's is X's own page saying so: only the
    # opening and closing credits of the running text veto a self-credit.
    pointed = [c.name for c in credits if c.form in ("prefix", "dateline", "suffix")]
    own = [
        c for c in credits
        if c.form in SELF_FORMS and not any(same_outlet(c.name, p) for p in pointed)
        and not (c.form in ("rights", "source_line") and outlet_key(c.name) in KNOWN_AGENCIES)
    ]
    signed = [c.name for c in own if c.form != "source_line"]
    distinct: list[str] = []
    for name in signed or [c.name for c in own]:
        if not any(same_outlet(name, d) for d in distinct):
            distinct.append(name)
    return distinct[0] if len(distinct) == 1 else None
