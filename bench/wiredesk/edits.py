"""Text edits a desk makes to copy it takes in: house style, cuts, restructuring, additions.

Two families. House-style edits (word swaps, "said" to "stated", British or American
spelling, how percentages and dollar amounts are written) are systematic: a desk applies all of
them to every piece it handles, and a later copier inherits them. Per-article edits (cutting the
tail, a head or middle paragraph, merging or splitting paragraphs, adding a local angle or
background, rewording the headline, paraphrasing) differ from one reprint to the next.
Everything is driven by a caller's ``random.Random`` so a corpus is reproducible.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from .outlets import Outlet

__all__ = [
    "SYNONYMS",
    "add_paragraph",
    "background_paragraph",
    "case_headline",
    "cut",
    "house_style",
    "local_paragraph",
    "new_headline",
    "numbers",
    "paraphrase",
    "restructure",
    "reword_headline",
    "spelling",
]

#: swap key -> (pattern, replacement) pairs; a desk with the key applies every pair.
SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "rose": ((r"rose", "climbed"), (r"risen", "climbed")),
    "fell": ((r"fell", "dropped"), (r"fallen", "dropped")),
    "company": ((r"company", "firm"), (r"companies", "firms")),
    "shares": ((r"shares", "stock"),),
    "announced": ((r"announced", "unveiled"),),
    "expected": ((r"expected", "anticipated"), (r"expects", "anticipates")),
    "about": ((r"about", "around"),),
    "increase": ((r"increase", "rise"), (r"increases", "rises")),
}

#: extra pairs used only when paraphrasing
_PARAPHRASE = (
    (r"because of", "owing to"), (r"however", "but"), (r"compared with", "against"),
    (r"compared to", "versus"), (r"a year earlier", "twelve months before"),
    (r"a year ago", "twelve months ago"), (r"last year", "in the previous year"),
    (r"agreed", "consented"), (r"said it would", "plans to"), (r"said it will", "intends to"),
    (r"also", "additionally"), (r"plans", "intends"), (r"total", "overall"),
    (r"officials", "authorities"), (r"reported", "posted"), (r"major", "leading"),
    (r"agreement", "deal"), (r"cut", "reduce"), (r"government", "administration"),
    (r"continue", "keep"), (r"sharply", "steeply"), (r"help", "assist"), (r"big", "large"),
    (r"began", "started"), (r"production", "output"), (r"output", "production"),
    (r"figures", "data"), (r"show", "indicate"), (r"showed", "indicated"), (r"decline", "drop"),
    (r"declined", "slipped"), (r"increased", "grew"), (r"approved", "cleared"),
    (r"decided", "resolved"),
    (r"told reporters", "said at a news conference"),
    (r"sources", "people familiar with the matter"), (r"analysts", "market watchers"),
    (r"statement", "release"), (r"earlier", "previously"), (r"previous", "prior"),
    (r"estimated", "put"), (r"level", "mark"), (r"record", "all-time"), (r"talks", "negotiations"),
    (r"meeting", "session"), (r"need", "requirement"), (r"demand", "appetite"),
    (r"buy", "purchase"), (r"sell", "offload"), (r"sold", "offloaded"), (r"bought", "acquired"),
    (r"offer", "bid"), (r"unit", "subsidiary"), (r"subsidiary", "unit"),
    (r"net profit", "bottom-line profit"), (r"net loss", "loss"), (r"revenues", "sales"),
    (r"strong", "robust"), (r"weak", "soft"), (r"rapidly", "quickly"), (r"slowed", "eased"),
    (r"chairman", "head"), (r"president", "chief"), (r"spokesman", "representative"),
    (r"currently", "at present"), (r"expect", "anticipate"),
    (r"due to", "scheduled to"), (r"would", "will"),
    (r"per share", "a share"), (r"shareholders", "stockholders"), (r"market", "marketplace"),
    (r"tonnes", "metric tons"), (r"barrels", "bbl"),
    *tuple(pair for pairs in SYNONYMS.values() for pair in pairs),
)

_SAID = ("said", "noted", "added", "explained", "indicated", "remarked", "pointed out")

_WHEN = (r"(?:in|on|during|by) (?:January|February|March|April|May|June|July|August|September|"
         r"October|November|December|the (?:first|second|third|fourth) quarter|\d{4})"
         r"|last (?:week|month|year)|this year|next year")


_PLAIN = {"the", "a", "an", "it", "its", "this", "that", "these", "those", "there", "he", "she",
          "they", "we", "his", "her", "their", "some", "most", "many", "net", "total", "prices",
          "sales", "output", "profits", "shares", "earnings", "exports", "imports", "in", "on",
          "at", "for", "after", "since", "under", "last", "such", "one", "two", "both", "each",
          "all", "no", "other", "about", "more", "work", "trade", "production", "demand",
          "growth", "revenue", "income", "oil", "gold", "interest", "inflation", "talks"}


def _movable(text: str) -> bool:
    """Whether ``text`` can follow a comma without a wrongly capitalised common word."""
    first = text.split(" ", 1)[0].strip("\"'(")
    return first.lower() in _PLAIN or first.isupper() or any(c.isdigit() for c in first)


def lower_first(text: str) -> str:
    """``text`` with its first letter lowered when it starts with a common word, so it can
    follow a comma; names, places and acronyms keep their capital."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _PLAIN else text


def _reshape(sentence: str, rng: random.Random) -> list[str]:
    """Turn a sentence's clauses around, or break it in two, the way a rewriting reporter does."""
    s = sentence
    m = re.fullmatch(rf"(.{{20,}}?) ({_WHEN})(, .*)?\.", s)
    if m and rng.random() < 0.6 and not s.startswith('"'):
        head, when, rest = m.group(1), m.group(2), m.group(3) or ""
        if _movable(head):
            return [f"{when[:1].upper() + when[1:]}, {lower_first(head)}{rest}."]
    for joint, opener in ((", while ", "Meanwhile, "), (", but ", "However, "),
                          (", and ", "In addition, "), ("; ", "")):
        a, sep, b = s.partition(joint)
        if sep and len(a) > 30 and len(b) > 25 and rng.random() < 0.7 and (not opener or _movable(b)):
            return [a + ".", opener + lower_first(b) if opener else b[:1].upper() + b[1:]]
    s = re.sub(r", (?:which|who) [^,]{5,60},", "", s) if rng.random() < 0.6 else s
    return [s]
_UK = (
    ("organization", "organisation"), ("privatization", "privatisation"),
    ("authorized", "authorised"), ("authorize", "authorise"), ("recognized", "recognised"),
    ("realized", "realised"), ("finalized", "finalised"), ("stabilize", "stabilise"),
    ("subsidized", "subsidised"), ("criticized", "criticised"), ("emphasized", "emphasised"),
    ("liberalization", "liberalisation"), ("capitalization", "capitalisation"),
    ("labor", "labour"), ("favorable", "favourable"), ("favor", "favour"), ("honor", "honour"),
    ("neighboring", "neighbouring"), ("behavior", "behaviour"), ("harbor", "harbour"),
    ("center", "centre"), ("defense", "defence"), ("program", "programme"),
    ("totaled", "totalled"), ("traveled", "travelled"), ("canceled", "cancelled"),
    ("fulfill", "fulfil"), ("analyze", "analyse"), ("catalog", "catalogue"),
)


def _sub_word(pattern: str, repl: str, text: str) -> str:
    """Replace whole-word ``pattern`` keeping the case of the first letter (and all caps)."""
    def fix(m: re.Match[str]) -> str:
        got = m.group(0)
        if got.isupper() and len(got) > 1:
            return repl.upper()
        if got[0].isupper():
            return repl[0].upper() + repl[1:]
        return repl
    return re.sub(rf"\b{pattern}\b", fix, text, flags=re.IGNORECASE)


def _speller(pairs: dict[str, str]) -> Callable[[str], str]:
    table = {**pairs, **{k + "s": v + "s" for k, v in pairs.items()}}
    rx = re.compile(r"\b(" + "|".join(sorted(table, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    def fix(m: re.Match[str]) -> str:
        got, repl = m.group(0), table[m.group(0).lower()]
        if got.isupper() and len(got) > 1:
            return repl.upper()
        return repl[0].upper() + repl[1:] if got[0].isupper() else repl
    return lambda text: rx.sub(fix, text)


_TO_UK = _speller(dict(_UK))
_TO_US = _speller({uk: us for us, uk in _UK})


def spelling(text: str, norm: str | None) -> str:
    """British (``"uk"``) or American (``"us"``) spelling of the words in the table."""
    if norm == "uk":
        return _TO_UK(text)
    if norm == "us":
        return _TO_US(text)
    return text


def numbers(text: str, style: str | None) -> str:
    """Spell out wire abbreviations: "10 pct" as "10 percent" / "10 per cent" / "10%", "mln" as
    million, "dlrs" as dollars or a "$" sign."""
    if style is None:
        return text
    dollar = style in ("%", "percent")
    if dollar:
        text = re.sub(r"\b(\d[\d.,/-]*) (mln|billion) dlrs?\b",
                      lambda m: f"${m.group(1)} {'million' if m.group(2) == 'mln' else 'billion'}", text)
        text = re.sub(r"\b(\d[\d.,/-]*) dlrs?\b", r"$\1", text)
    text = re.sub(r"\bmln\b", "million", text)
    text = re.sub(r"\bdlrs?\b", "dollars", text)
    text = re.sub(r"\bcts\b", "cents", text)
    if style == "%":
        text = re.sub(r"(\d) pct\b", r"\1%", text)
    word = "per cent" if style == "per cent" else "percent"
    return re.sub(r"\bpct\b", word, text)


def _present(m: re.Match[str]) -> str:
    """ "they said" -> "they say", "the bank said" -> "the bank says"."""
    prev = m.group(1)
    low = prev.lower()
    plural = low in ("they", "we", "i", "you") or (
        low.endswith("s") and not low.endswith(("ss", "us", "is"))
        and (prev.islower() or low in ("officials", "analysts", "traders", "sources", "dealers")))
    return f"{prev}{m.group(2)} {'say' if plural else 'says'}"


def house_style(text: str, outlet: Outlet | None) -> str:
    """All of an outlet's systematic edits applied to one paragraph (or headline)."""
    if outlet is None:
        return text
    for key in outlet.swaps:
        for pattern, repl in SYNONYMS[key]:
            text = _sub_word(pattern, repl, text)
    if outlet.said == "says":
        text = re.sub(r"\b(\w+)([,\"]?) said\b", _present, text)
        text = _sub_word("said", "says", text)
    elif outlet.said:
        text = _sub_word("said", outlet.said, text)
    return numbers(spelling(text, outlet.spelling), outlet.numbers)


# --- cuts and restructuring -------------------------------------------------------------------

def cut(rng: random.Random, paras: list[str], lo: float = 0.4, hi: float = 0.9,
        head: float = 0.08, middle: float = 0.15) -> list[str]:
    """Keep the first ``lo``-``hi`` share of paragraphs (at least two); now and then also drop
    the opening paragraph or one from the middle, as a desk trimming for space does."""
    n = len(paras)
    keep = max(2, min(n, round(n * rng.uniform(lo, hi))))
    out = paras[:keep]
    if len(out) > 3 and rng.random() < head:
        out = out[1:]
    if len(out) > 3 and rng.random() < middle:
        del out[rng.randrange(1, len(out) - 1)]
    return out


_ABBREV = {"mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept",
           "oct", "nov", "dec", "gen", "sen", "rep", "gov", "no", "vs", "bros", "jr"}


def _sentences(para: str) -> list[str]:
    """Sentences of a paragraph, not broken after "U.S.", "Corp." and the like."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"']?\s+(?=[\"A-Z])", para):
        word = para[start:m.start() + 1].split()[-1].rstrip(".").lower()
        if word in _ABBREV or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word):
            continue
        out.append(para[start:m.end()].strip())
        start = m.end()
    out.append(para[start:].strip())
    return [s for s in out if s]


def restructure(rng: random.Random, paras: list[str], rate: float = 0.25) -> list[str]:
    """Merge short neighbouring paragraphs and split long ones at a sentence boundary."""
    out: list[str] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if i + 1 < len(paras) and len(p) + len(paras[i + 1]) < 420 and rng.random() < rate:
            out.append(p + " " + paras[i + 1])
            i += 2
            continue
        sents = _sentences(p)
        if len(sents) >= 2 and rng.random() < rate:
            k = rng.randrange(1, len(sents))
            out += [" ".join(sents[:k]), " ".join(sents[k:])]
        else:
            out.append(p)
        i += 1
    return out


# --- added paragraphs ------------------------------------------------------------------------

_TOPIC = {
    "crude": "oil prices", "nat-gas": "gas supplies", "grain": "grain markets",
    "wheat": "wheat exports", "corn": "corn prices", "money-fx": "currency markets",
    "interest": "interest rates", "earn": "corporate earnings", "acq": "takeover activity",
    "trade": "trade relations", "ship": "shipping costs", "gold": "the gold price",
    "coffee": "coffee prices", "sugar": "sugar prices", "cocoa": "cocoa supplies",
    "money-supply": "monetary policy", "gnp": "economic growth", "jobs": "the labour market",
    "cpi": "inflation", "oilseed": "oilseed markets", "livestock": "livestock prices",
}


def _topic(topics: Sequence[str]) -> str:
    for t in topics:
        if t in _TOPIC:
            return _TOPIC[t]
    return "the sector"


def local_paragraph(rng: random.Random, topics: Sequence[str], region: str) -> str:
    """A short local-angle paragraph for ``region`` (assembled from parts, so rarely repeated)."""
    region = region or "the region"
    topic = _topic(topics)
    who = rng.choice(("Traders", "Analysts", "Economists", "Industry sources", "Brokers",
                      "Local officials", "Exporters"))
    where = rng.choice((f"in {region}", f"across {region}", f"based in {region}"))
    verb = rng.choice(("said", "told reporters", "noted on", "said late on"))
    day = rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))
    view = rng.choice((
        f"the news was likely to weigh on {topic} when markets reopen",
        f"the move could have knock-on effects for {topic} {where.split(' ', 1)[1]}",
        "they would study the details before deciding how to respond",
        "there had been little immediate reaction from buyers",
        "the figures were broadly in line with what they had expected",
        "the decision had been widely anticipated by dealers",
    ))
    if verb.endswith(" on") or verb.endswith("late on"):
        return f"{who} {where} {verb} {day} that {view}."
    return f"{who} {where} {verb} {view}."


def background_paragraph(rng: random.Random, topics: Sequence[str], year: int) -> str:
    """A background paragraph of the kind desks add to give context."""
    topic = _topic(topics)
    opening = rng.choice((
        f"The outlook for {topic} has been uncertain for much of {year}",
        f"Concern over {topic} has grown in recent months",
        f"Attention has been focused on {topic} since the start of {year}",
        f"Markets have been sensitive to any news on {topic} this year",
    ))
    middle = rng.choice((
        ", with forecasters divided over",
        " amid debate about",
        ", as policymakers weigh",
        " as investors look for clues about",
    ))
    ending = rng.choice((
        " the pace of any recovery.", " the strength of demand.",
        " how long current conditions will last.", " the direction of government policy.",
        " the impact on consumers.",
    ))
    return opening + middle + ending


def add_paragraph(rng: random.Random, paras: list[str], extra: str, at_end: bool = False) -> list[str]:
    """Insert ``extra`` after the lead (or at the end): desks rarely touch the opening."""
    if at_end or len(paras) < 2:
        return [*paras, extra]
    pos = rng.randrange(1, len(paras) + 1)
    return [*paras[:pos], extra, *paras[pos:]]


# --- headlines -------------------------------------------------------------------------------

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
          "with", "vs", "over", "into"}
_ACRONYMS = {"OPEC", "GATT", "IMF", "EC", "EEC", "USDA", "GNP", "GDP", "CPI", "FED", "NYSE",
             "SEC", "FDIC", "IBM", "UK", "US", "USSR", "NATO", "OECD", "CBT", "ICO", "AMEX",
             "AG", "NV", "SA", "BP", "GM", "ITT", "AT&T",
             "NASDAQ", "FTC", "ICC", "EMS", "ECU", "LDC", "FRG", "UAW", "BHP", "CSR"}


_WIRE_ABBR = {"PCT": "pct", "MLN": "mln", "DLRS": "dlrs", "DLR": "dlr", "STG": "stg", "CTS": "cts",
              "QTR": "qtr", "BLN": "bln", "SHR": "shr", "YR": "yr", "VS": "vs"}


def _capitalise_parts(word: str) -> str:
    """ "wagner/brown" -> "Wagner/Brown", "petro-canada" -> "Petro-Canada"."""
    return re.sub(r"(^|[-/])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)


def case_headline(title: str, style: str, proper: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """An all-caps wire headline in ``style``: "title" case, "sentence" case or "upper".

    ``proper`` holds words seen capitalised inside the body (names, places); they keep the
    body's spelling ("Petro-Canada", "McDonnell") in either style.
    """
    if style == "upper":
        return title.upper()
    known = {w.lower(): w for w in proper}
    out = []
    for i, w in enumerate(title.split()):
        core = w.strip("\"'(),:;")
        if core.upper() in _WIRE_ABBR:
            out.append(w.replace(core, _WIRE_ABBR[core.upper()]))
            continue
        if "." in core or "<" in core or any(c.isdigit() for c in core) or core.upper() in _ACRONYMS \
                or (core.isupper() and not re.search(r"[AEIOUY]", core) and len(core) <= 4):
            out.append(w)
            continue
        low = w.lower()
        if core.lower() in known:
            out.append(low.replace(core.lower(), known[core.lower()]))
        elif style == "title":
            out.append(low if (i and low in _SMALL) else _capitalise_parts(low))
        else:
            out.append(low[:1].upper() + low[1:] if i == 0 else low)
    return " ".join(out)


_HEADLINE_SWAPS = (
    ("rises", "climbs"), ("rise", "gain"), ("falls", "drops"), ("fall", "drop"),
    ("says", "sees"), ("sees", "expects"), ("to buy", "to acquire"), ("cuts", "lowers"),
    ("raises", "lifts"), ("up", "higher"), ("down", "lower"), ("sets", "announces"),
    ("report", "see"), ("plans", "eyes"), ("seeks", "wants"), ("talks", "negotiations"),
)


def reword_headline(rng: random.Random, headline: str) -> str:
    """A lightly reworded headline: a word or two swapped, an abbreviation expanded, a word
    dropped, or a ``topic:`` kicker put in front."""
    h = headline
    swaps = [(a, b) for a, b in _HEADLINE_SWAPS if re.search(rf"\b{a}\b", h, re.IGNORECASE)]
    for a, b in rng.sample(swaps, k=min(len(swaps), 2)):
        h = _sub_word(a, b, h)
    h = re.sub(r"\bU\.S\.", "US", h) if rng.random() < 0.5 else h
    h = re.sub(r"\b(\d[\d.]*) pct\b", r"\1%", h, flags=re.IGNORECASE)
    h = re.sub(r"\bpct\b", "percent", h, flags=re.IGNORECASE)
    h = re.sub(r"\bmln\b", "million", h, flags=re.IGNORECASE)
    h = re.sub(r"\bdlrs?\b", "dollars", h, flags=re.IGNORECASE)
    if h == headline:
        words = h.split()
        if len(words) > 4:
            del words[rng.randrange(1, len(words))]
            h = " ".join(words)
        else:
            h = rng.choice(("UPDATE: ", "Update: ", "Breaking: ")) + h
    return h


_BREAKS = {"in", "after", "from", "to", "on", "for", "against", "with", "because", "following",
           "which", "while", "but", "and", "as", "at", "by"}


def new_headline(rng: random.Random, lead: str) -> str:
    """An entirely new headline drawn from the lead sentence (its clause before attribution),
    as a desk that writes its own headlines would."""
    first = _sentences(lead)[0] if lead else ""
    m = re.match(r"(.+?) (?:said|says|stated) (?:that |on \w+ that |on \w+ )?(.{20,})$", first)
    if m and len(m.group(1).split()) <= 8 and not m.group(1).startswith('"'):
        subject = m.group(1).split(",")[0].split(" and ")[0].split()
        subject = subject if len(subject) <= 6 else subject[:3]
        who = " ".join(subject)
        rest = re.sub(r",? (according to|said|says|stated)\b.*$", "", m.group(2))
        first = f"{who} says {rest}"
    else:
        first = re.sub(r",? (according to|said|says|stated)\b.*$", "", first)
    first = first.rstrip(" .,")
    first = re.sub(r"^(The|A|An) ", "", first)
    words = first.split()
    if len(words) > 11:
        cuts = [i for i in range(5, 12) if words[i].lower() in _BREAKS]
        if cuts:
            words = words[:cuts[-1]]
        else:
            words = words[:rng.randrange(8, 12)]
            while words and (words[-1].lower() in _SMALL | _BREAKS | {"its", "their", "a"}
                             or re.fullmatch(r"[\d.,/-]+", words[-1])):
                words.pop()
    text = re.sub(r"[<>]", "", " ".join(words)).rstrip(",;:-") or "News in brief"
    return text[:1].upper() + text[1:]


# --- paraphrase ------------------------------------------------------------------------------

_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_CONJ = ("But", "And", "However,", "Yet", "Meanwhile,", "Also,")


def _flip_attribution(sentence: str) -> str:
    """Turn "Fact, the ministry said." into "According to the ministry, fact." and "The ministry
    said fact." into "Fact, the ministry said." (quotes and odd shapes are left alone)."""
    m = re.fullmatch(r"(.{25,}), ((?:the |a |an )?[A-Za-z][\w.&'-]*(?: [A-Za-z][\w.&'-]*){0,5}) "
                     r"(said|stated|says)\.", sentence)
    if m:
        body, who = m.group(1), m.group(2)
        if body.startswith('"') or who.split()[0] in ("but", "and", "But", "And") or not _movable(body):
            return sentence
        if who.lower() in _PRONOUNS:
            return f"{who.capitalize()} {m.group(3)} {lower_first(body)}."
        return f"According to {who}, {lower_first(body)}."
    lead = ""
    for conj in _CONJ:
        if sentence.startswith(conj + " "):
            lead, sentence = conj + " ", sentence[len(conj) + 1:]
            break
    m = re.fullmatch(r"((?:The |A |An )?[A-Z][\w.&'-]*(?: [\w.&'-]+){0,4}) said (?:that )?(.{25,})\.",
                     sentence)
    if m and not m.group(2).startswith('"'):
        who, rest = m.group(1), m.group(2)
        if who.split()[0] in ("The", "A", "An") or who.lower() in _PRONOUNS:
            who = who[:1].lower() + who[1:]
        rest = rest[:1].upper() + rest[1:] if not lead else lower_first(rest)
        return f"{lead}{rest}, {who} said."
    return lead + sentence


def paraphrase(rng: random.Random, paras: list[str], rewrite_rate: float = 0.95,
               keep: Callable[[str], bool] | None = None) -> list[str]:
    """A heavy rewrite: attributions turned around, many words replaced, some sentences dropped,
    paragraphs regrouped and the order of the later ones changed. The result shares facts and
    figures with the source but few long runs of words."""
    pairs = [p for p in _PARAPHRASE if rng.random() < rewrite_rate]
    seen: set[str] = set()
    pairs = [p for p in pairs if not (p[1] in seen or seen.add(p[0]))]  # never swap a word back
    out: list[str] = []
    for i, para in enumerate(paras):
        sents = []
        for j, s in enumerate(_sentences(para)):
            if (i or j) and rng.random() < 0.3 and not (keep and keep(s)):
                continue
            if rng.random() < 0.85:
                s = _flip_attribution(s)
            for part in _reshape(s, rng):
                for pattern, repl in pairs:
                    part = _sub_word(pattern, repl, part)
                part = re.sub(r"\bsaid\b", lambda _: rng.choice(_SAID), part)
                part = re.sub(r"\b(\d[\d.]*) (mln|billion) dlrs?\b",
                              lambda m: f"${m.group(1)}{'m' if m.group(2) == 'mln' else 'bn'}", part)
                sents.append(part)
        if len(sents) > 2 and rng.random() < 0.4:
            k = rng.randrange(1, len(sents) - 1)
            sents[k], sents[k + 1] = sents[k + 1], sents[k]
        if sents:
            out.append(" ".join(sents))
    out = numbers("\n\n".join(out), rng.choice(("percent", "%", "per cent"))).split("\n\n")
    if len(out) > 3:
        tail = out[1:]
        k = rng.randrange(len(tail) - 1)
        tail[k], tail[k + 1] = tail[k + 1], tail[k]
        out = [out[0], *tail]
    return restructure(rng, out, rate=0.4)
