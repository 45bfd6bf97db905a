"""Finding the names an article credits: where its text says it came from.

Credits are read by position, as a small grammar, because where a name stands says what it means:

- **opening** of the first body paragraph: a prefix ("Al-Jazeera – Some armed..."), a wire dateline
  with or without a place ("LONDON (Reuters) -", "(REUTERS) -", "PARIS, March 3 (AFP) —");
- **byline**: "By Jo Bloggs, PA News", "By Jo Bloggs | Reuters", "By Reuters Staff";
- **suffix** after the last sentence ("... on Monday. (AFP)", "... said. — AFP");
- **trailer**, a line of its own that names where the text came from: "— Reuters", "-- AFP", "(AP)",
  "With AFP", "Reuters contributed to this report.", "Additional reporting by Reuters.", "via Reuters",
  "With inputs from PTI", "This article was originally published by The Daily Ledger";
- **rights**: "Copyright Reuters.", "© 2025 The Associated Press. All rights reserved.";
- **source line**, a "Source:" or "Credit:" label and names: "Source: Al Jazeera, News Agencies";
- **footer** lines an outlet signs: "Follow The Daily Ledger on Twitter", "Sign up for The Daily
  Ledger newsletter".

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

from ..models import Block, Credit
from .outlets import KNOWN_AGENCIES, outlet_key, same_outlet

__all__ = ["POINTING_FORMS", "SELF_FORMS", "credit_line_kind", "find_credits", "find_reporting", "infer_outlet"]

#: Forms that credit another outlet: text in these positions names where the article came from.
POINTING_FORMS = frozenset({"prefix", "dateline", "suffix", "trailer"})
#: Forms that may be the article's outlet naming itself.
SELF_FORMS = frozenset({"source_line", "byline", "rights", "footer"})

_GENERIC_NAMES = frozenset({"newsagencies", "agencies", "wires", "wireservices", "staff", "reporters", "agency",
                            "news", "staffreporter", "ourcorrespondent", "", "others", "wirereports",
                            "agencyreports", "newsdesk", "webdesk", "correspondents", "ourstaff", "bureau"})
_DASH = r"(?:[–—]|-{1,2})"
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|de|al|el|du|der|di))*"
#: A name in running text: capitalised words, or "the" before them.
_ANY_NAME = rf"(?:[Tt]he\s+)?{_NAME}"
_PREFIX = re.compile(rf"^(?P<name>{_NAME})\s*{_DASH}\s+(?=[A-Z0-9“\"‘'(])")
#: A dateline: an optional place (and date) in capitals or title case, then the agency in brackets.
_DATELINE = re.compile(rf"^(?:[A-Z][\w .,'’/-]{{0,60}}?\s*)?\((?P<name>[A-Za-z][\w .&'’-]{{0,40}})\)\s*(?:{_DASH}|:)\s")
_SUFFIX = re.compile(rf"(?:[.!?”\"’]\s*)(?:\((?P<a>{_NAME})\)|{_DASH}\s*(?P<b>{_NAME}))\s*\.?$")
_TRAILER = re.compile(
    rf"^(?:\(?(?i:with) (?P<e>{_ANY_NAME})\)?|\((?P<a>{_ANY_NAME})\)|{_DASH}\s*(?P<b>{_ANY_NAME})"
    rf"|(?P<c>{_ANY_NAME})\s+(?i:contributed to this (?:report|story))"
    rf"|(?i:(?:additional |extra )?(?:reporting|writing|material) (?:by|from)) (?P<d>{_ANY_NAME}))\s*[.;]?\s*$"
)
_RIGHTS = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*)?(?:[-–,]\s*\d{4}\s*)?(?P<name>[^.,;©]+?)"
    r"(?:[.,;]?\s*(?:all rights reserved|some rights reserved)\.?)?\s*\.?$",
    re.IGNORECASE,
)
#: A label before names that may be the article's own outlet or another's: "Source: AFP".
_SOURCE_LABEL = re.compile(r"^\(?(?:sources?|credits?)\s*[:|–—-]\s*", re.IGNORECASE)
#: A label before names that the text came from: "via Reuters", "With inputs from PTI",
#: "This article was originally published by The Daily Ledger", "First published on ledger.com".
_FROM_LABEL = re.compile(
    r"^\(?(?:via|courtesy(?: of)?|with (?:inputs?|reporting|files|contributions) from|"
    r"(?:this (?:article|story|report|piece) )?(?:was |is |has been )?(?:first |originally )?"
    r"(?:appeared|published|ran|republished|reproduced)(?: with permission)?(?: (?:in|on|by|from|at))|"
    r"republished (?:with permission )?(?:from|by)|reproduced (?:with permission )?(?:from|of))\s*[:-]?\s*",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^(?:follow|like)\s+(?:us\s+on\s+\w+\s+)?(?:(?P<a>.+?)\s+on\s+(?:twitter|facebook|instagram|x|linkedin|"
    r"tiktok|youtube|threads|bluesky)\b|(?:sign up|subscribe)\s+(?:for|to)\s+(?:the\s+)?(?P<b>.+?)(?:'s|’s)?\s+"
    r"(?:newsletter|daily|briefing|alerts)\b|download\s+the\s+(?P<c>.+?)\s+app\b)",
    re.IGNORECASE,
)
_BYLINE_EMPLOYER = re.compile(r"^by\s+[^,|–—]+[,|–—]\s*(?P<name>.+)$", re.IGNORECASE)
#: "By Reuters Staff", "By AFP": a byline that names an outlet, not a person.
_BYLINE_OUTLET = re.compile(
    r"^by\s+(?P<name>.+?)(?:\s+(?:staff(?: reporters?| writers?)?|news ?desk|newsroom|correspondents?|"
    r"wire(?: service)?|reporters?))?\s*\.?$",
    re.IGNORECASE,
)
_STAFF_TAIL = re.compile(r"\s+(?:staff|newsdesk|news desk|newsroom|correspondents?|reporters?)\b", re.IGNORECASE)
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


def _plausible(name: str) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    key = outlet_key(name)
    if key in _GENERIC_NAMES:
        return False
    letters = re.sub(r"[^A-Za-z]", "", name)
    # A capitals-only prefix is a dateline ("BEIRUT –") unless it is a known agency ("AFP –").
    return not (letters.isupper() and len(letters) > 1 and key not in KNOWN_AGENCIES)


def _outlet_like(name: str) -> bool:
    """A name that reads as an outlet's rather than a person's: an agency, or a newspaper's kind of name."""
    return outlet_key(name) in KNOWN_AGENCIES or bool(_OUTLET_WORDS.search(name)) or name.lower().startswith("the ")


def _names(text: str) -> list[str]:
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
        found += _opening(body[0])
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
    if match and _plausible(match["name"]) and outlet_key(match["name"]) not in _GENERIC_NAMES:
        return [_credit(match["name"], "dateline", first, match.start("name"), match.end("name"))]
    match = _PREFIX.match(first.text)
    if match and _plausible(match["name"]):
        return [_credit(match["name"], "prefix", first, 0, match.end("name"))]
    return []


def _trailing(blocks: Sequence[Block], body: Sequence[Block]) -> dict[int, list[Credit]]:
    """Credits in the last body paragraph and the short lines after it, by block index."""
    if not body:
        return {}
    last = body[-1]
    out: dict[int, list[Credit]] = {}
    tail = [b for b in blocks if b.index >= last.index and b.kind != "headline"][:_TRAILING_BLOCKS]
    for block in tail:
        credits = _line_credit(block) if len(block.text) <= _MAX_TRAILER_CHARS else []
        if not credits and block.kind == "source":
            credits = _source_line(block)
        elif not credits and block.kind == "byline":
            credits = _byline(block)
        if not credits and block.index == last.index:
            match = _SUFFIX.search(block.text)
            if match:
                group = "a" if match["a"] else "b"
                name = match[group]
                if _plausible(name) and (group == "a" or outlet_key(name) in KNOWN_AGENCIES):
                    credits = [_credit(name, "suffix", block, match.start(group), match.end(group))]
        if credits:
            out[block.index] = credits
    return out


def _line_credit(block: Block) -> list[Credit]:
    """A short line that is only a credit: a trailer, a rights line, a source line or a signed footer."""
    text = block.text
    match = _TRAILER.match(text)
    if match:
        group = next(g for g in "abcde" if match[g])
        name = re.sub(r"^the\s+", "", match[group], flags=re.IGNORECASE) if group != "c" else match[group]
        # "With Jo Bloggs" and "Reporting by Jo Bloggs" name people: the name must read as an outlet's.
        if _plausible(name) and ((group in "ab" and outlet_key(name) in KNOWN_AGENCIES) or _outlet_like(name)):
            return [_credit(name, "trailer", block, match.start(group), match.end(group))]
        if group in "de":
            return []
    return _rights(block) or _source_line(block) or _footer(block)


def credit_line_kind(block: Block, credits: Iterable[Credit]) -> str | None:
    """The furniture kind of a block that holds nothing but a credit: "source" for a trailer, rights or
    source line, "footer" for a line an outlet signs; None for any other block."""
    if len(block.text) > _MAX_TRAILER_CHARS:
        return None
    forms = {c.form for c in credits if c.block == block.index}
    if forms & {"trailer", "rights", "source_line"}:
        return "source"
    return "footer" if "footer" in forms else None


def _rights(block: Block) -> list[Credit]:
    match = _RIGHTS.match(block.text)
    if not match or len(block.text) > _MAX_TRAILER_CHARS:
        return []
    name = _CORPORATE.sub("", re.sub(r"^the\s+", "", match["name"].strip(), flags=re.IGNORECASE))
    if not _plausible(name) or outlet_key(name) in _GENERIC_NAMES:
        return []
    return [_named(name, "rights", block)]


def _footer(block: Block) -> list[Credit]:
    match = _FOOTER.match(block.text)
    if not match:
        return []
    name = next(match[g] for g in "abc" if match[g])
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return [_named(name, "footer", block)] if _plausible(name) else []


def _source_line(block: Block) -> list[Credit]:
    """Names after a label: "Source:" may be the article's own outlet, "via" and the like another's."""
    found = []
    for label, form in ((_SOURCE_LABEL, "source_line"), (_FROM_LABEL, "trailer")):
        match = label.match(block.text)
        if not match:
            continue
        for name in _names(block.text[match.end():]):
            name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
            if outlet_key(name) not in _GENERIC_NAMES and len(name.split()) <= _MAX_NAME_WORDS:
                found.append(_named(name, form, block, match.end()))
        break
    return found


def _byline(block: Block) -> list[Credit]:
    match = _BYLINE_EMPLOYER.match(block.text)
    if match:
        # "By Jo Bloggs, Home Affairs Correspondent, PA News": the employer is the last part.
        name = _STAFF_TAIL.sub("", re.split(r"\s*[,|–—]\s*", match["name"].strip(" ."))[-1])
        if name and len(name.split()) <= _MAX_NAME_WORDS:
            return [_named(name, "byline", block)]
    match = _BYLINE_OUTLET.match(block.text)
    if match and (outlet_key(match["name"]) in KNOWN_AGENCIES or _STAFF_TAIL.search(block.text)):
        name = re.sub(r"^the\s+", "", match["name"], flags=re.IGNORECASE)
        return [_named(name, "byline", block)] if _plausible(name) else []
    return []


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


def infer_outlet(credits: Iterable[Credit]) -> str | None:
    """The article's own outlet from a lone self-credit (source line, byline, rights line, footer).

    A name that the article also credits as a prefix, dateline or suffix is a credit to another
    outlet, not a self-credit, and is left out; so is a rights line naming a news agency.
    """
    credits = list(credits)
    # A trailer ("first published by X") beside a byline of X's is X's own page saying so: only the
    # opening and closing credits of the running text veto a self-credit.
    pointed = [c.name for c in credits if c.form in ("prefix", "dateline", "suffix")]
    own = [
        c.name for c in credits
        if c.form in SELF_FORMS and not any(same_outlet(c.name, p) for p in pointed)
        and not (c.form == "rights" and outlet_key(c.name) in KNOWN_AGENCIES)
    ]
    distinct: list[str] = []
    for name in own:
        if not any(same_outlet(name, d) for d in distinct):
            distinct.append(name)
    return distinct[0] if len(distinct) == 1 else None
