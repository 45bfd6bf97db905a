"""What a copying outlet does to the text: house style, spelling, cuts, merges, rewording, headlines.

House style comes in groups (``spelling``, ``says``, ``percent``, ``title``, ``numbers``, ``money``). A page
records the groups applied along its lineage, and a copy never applies a group its ancestors already set
(so a chain keeps each hop's swaps instead of undoing them). Body edits work on ``para`` blocks only; credits,
bylines and furniture are left as they are.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from .page import Block
from .text import lower_first, match_case, split_sentences, upper_first

# ---------------------------------------------------------------- spelling (British <-> American)
_ISE = (
    "organ recogn real critic apolog emphas author privat modern final minim maxim priorit character summar "
    "util stabil capital mobil legal normal liberal special subsid standard computer jeopard global central "
    "national rational revital commercial industrial optim symbol sympath memor categor harmon fertil "
    "neutral hospital scrutin agon terror public local patron familiar civil democrat decentral militar "
    "popular subsidise visual"
).split()
_OUR = "col fav behavi hon neighb rum harb vap flav hum endeav savi arm vig rig tum od lab".split()
_RE = ("cent", "theat", "fib", "lit", "kilomet", "centimet", "millimet", "spect")
_LL = "travel cancel label model fuel signal level counsel total marvel channel rival tunnel quarrel jewel".split()
_PAIRS = (
    ("grey", "gray"), ("jewellery", "jewelry"), ("aluminium", "aluminum"), ("sceptical", "skeptical"),
    ("sceptic", "skeptic"), ("scepticism", "skepticism"), ("ageing", "aging"), ("judgement", "judgment"),
    ("judgements", "judgments"), ("enrolment", "enrollment"), ("fulfilment", "fulfillment"),
    ("instalment", "installment"), ("catalogue", "catalog"), ("catalogues", "catalogs"), ("analyse", "analyze"),
    ("analysed", "analyzed"), ("analyses", "analyzes"), ("analysing", "analyzing"), ("paralyse", "paralyze"),
    ("defence", "defense"), ("defences", "defenses"), ("offence", "offense"), ("offences", "offenses"),
    ("licence", "license"), ("licences", "licenses"), ("pretence", "pretense"), ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"), ("paediatric", "pediatric"), ("anaesthetic", "anesthetic"), ("mould", "mold"),
    ("plough", "plow"), ("programme", "program"), ("programmes", "programs"), ("tonnes", "tons"),
)
_NO_REVERSE = frozenset(("program", "programs", "license", "licenses", "tons", "meter", "analyses"))
_LOWER_ONLY = frozenset(("labour", "labours", "laboured", "labouring"))


def _spelling_table() -> dict[str, str]:
    uk_us: dict[str, str] = {}
    for stem in _ISE:
        for end in ("ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers"):
            stem2 = stem[:-3] if stem.endswith("ise") else stem
            uk_us[stem2 + end] = stem2 + end.replace("is", "iz", 1)
    for stem in _OUR:
        for end in ("our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourably", "ourful"):
            uk_us[stem + end] = stem + end.replace("our", "or", 1)
    for stem in _RE:
        for uk, us in (("re", "er"), ("res", "ers"), ("red", "ered")):
            uk_us[stem + uk] = stem + us
    for stem in _LL:
        for uk, us in (("led", "ed"), ("ling", "ing"), ("ler", "er"), ("lers", "ers")):
            uk_us[stem + "l" + uk[1:] if uk.startswith("l") else stem + uk] = stem + us
    uk_us.update(_PAIRS)
    return uk_us


_UK_US = _spelling_table()
_US_UK = {us: uk for uk, us in _UK_US.items() if us not in _NO_REVERSE}


def _table_re(table: dict[str, str]) -> re.Pattern[str]:
    keys = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b", re.IGNORECASE)


_UK_US_RE = _table_re(_UK_US)
_US_UK_RE = _table_re(_US_UK)


def respell(text: str, to: str) -> str:
    """Spell ``text`` the American (``"us"``) or British (``"uk"``) way, for a fixed word list."""
    table, pat = (_UK_US, _UK_US_RE) if to == "us" else (_US_UK, _US_UK_RE)

    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        if low in _LOWER_ONLY and w != low:
            return w
        return match_case(w, table[low])

    return pat.sub(sub, text)


# ---------------------------------------------------------------- house style
_AUX = frozenset("had has have was were be been being is are it's he's she's".split())


def says(text: str) -> str:
    """Present-tense attribution: "said" becomes "says" unless it follows an auxiliary."""

    def sub(m: re.Match[str]) -> str:
        before = text[: m.start()].rstrip().rsplit(None, 1)
        if len(before) == 1:
            before = ["", before[0]]
        prev = before[-1].lower() if before else ""
        if prev in _AUX:
            return m.group(0)
        plural = prev in ("they", "we", "i", "you") or (
            prev.endswith("s") and not prev.endswith(("ss", "us", "is", "'s"))
            and (before[-1].islower() or before[0].rstrip()[-1:] in ("", ".", "!", "?", '"')))
        return match_case(m.group(0), "say" if plural else "says")

    return re.sub(r"\bsaid\b", sub, text)


_PCT = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s?%|\s(?:per cent|percent|pct)\b)")


def percent(text: str, style: str) -> str:
    out = " per cent" if style == "per cent" else " percent" if style == "percent" else "%"
    return _PCT.sub(lambda m: m.group(1) + out, text)


_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Dr)\.? (?=[A-Z])")


def titles(text: str, style: str) -> str:
    if style == "drop":
        return _TITLE.sub(lambda m: m.group(0) if m.group(1) == "Dr" else "", text)
    dot = "." if style == "Mr." else ""
    return _TITLE.sub(lambda m: f"{m.group(1)}{dot} ", text)


_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_W2D = re.compile(r"(?<![-\w])(" + "|".join(_WORDS) + r")(?![-\w]| (?:thirds|quarters|fifths|of a kind)\b)")
_D2W = re.compile(
    r"(?<![\d.,$£€/:-])\b([2-9])\b(?![\d.,:/-]|\s?(?:%|per cent|percent|pct|mln|bln|billion|million|bn|m\b|am|pm|"
    r"a\.m|p\.m|st\b|nd\b|rd\b|th\b))"
)


def numbers(text: str, style: str) -> str:
    if style == "digits":
        return _W2D.sub(lambda m: str(_WORDS.index(m.group(1)) + 2), text)
    return _D2W.sub(lambda m: _WORDS[int(m.group(1)) - 2], text)


_MONEY = (
    (re.compile(r"(\d[\d,]*(?:\.\d+)?) (mln|bln|billion) (?:U\.S\. )?dlrs\b"),
     lambda m: f"${m.group(1)} {'million' if m.group(2) == 'mln' else 'billion'}"),
    (re.compile(r"(\d[\d,]*(?:\.\d+)?) (?:U\.S\. )?dlrs\b"), lambda m: f"${m.group(1)}"),
    (re.compile(r"\bdlrs\b"), lambda m: "dollars"),
    (re.compile(r"\bmln\b"), lambda m: "million"),
    (re.compile(r"\bbln\b"), lambda m: "billion"),
    (re.compile(r"(\d) cts\b"), lambda m: f"{m.group(1)} cents"),
    (re.compile(r"([$£€])(\d[\d,]*(?:\.\d+)?)(bn|m)\b"),
     lambda m: f"{m.group(1)}{m.group(2)} {'billion' if m.group(3) == 'bn' else 'million'}"),
)


def money(text: str) -> str:
    """Spell out wire shorthand: "15 mln dlrs" -> "$15 million", "£600m" -> "£600 million"."""
    for pat, fn in _MONEY:
        text = pat.sub(fn, text)
    return text


def house(text: str, group: str, value) -> str:
    if group == "spelling":
        return respell(text, value)
    if group == "says":
        return says(text)
    if group == "percent":
        return percent(text, value)
    if group == "title":
        return titles(text, value)
    if group == "numbers":
        return numbers(text, value)
    if group == "money":
        return money(text)
    raise KeyError(group)


def apply_house(blocks: list[Block], style: dict, applied: dict) -> None:
    """Apply an outlet's house style to the paragraphs, skipping groups an ancestor already set."""
    for group, value in style.items():
        if not value or group in applied:
            continue
        for b in blocks:
            if b.kind == "para":
                b.text = house(b.text, group, value)
        applied[group] = value


# ---------------------------------------------------------------- rewording
SYNONYMS: dict[str, tuple[str, ...]] = {
    "said": ("stated", "noted"), "announced": ("unveiled", "revealed"), "rose": ("climbed", "increased"),
    "fell": ("dropped", "declined"), "jumped": ("surged", "leapt"), "big": ("large", "major"),
    "large": ("big", "sizeable"), "company": ("firm", "business"), "companies": ("firms", "businesses"),
    "firms": ("companies",), "expected": ("anticipated", "forecast"), "nearly": ("almost",), "almost": ("nearly",),
    "more than": ("over",), "helped": ("assisted",), "buy": ("purchase", "acquire"), "bought": ("purchased",),
    "plans to": ("intends to", "is set to"), "in order to": ("to",), "as well as": ("and",),
    "a number of": ("several",), "began": ("started",), "begin": ("start",),
    "shares": ("stock",), "profits": ("earnings",), "biggest": ("largest",), "largest": ("biggest",),
    "major": ("key", "significant"), "important": ("significant", "key"), "showed": ("indicated",),
    "shows": ("indicates",), "needed": ("required",), "tried": ("attempted",), "warned": ("cautioned",),
    "chief executive": ("boss", "CEO"), "chairman": ("chair",), "officials": ("authorities",),
    "talks": ("negotiations", "discussions"), "agreement": ("deal", "accord"), "main": ("principal", "chief"),
    "although": ("though",), "before": ("prior to",), "after": ("following",), "several": ("a number of",),
    "film": ("movie",), "movie": ("film",), "users": ("customers",), "customers": ("clients",),
    "workers": ("employees", "staff"), "employees": ("staff", "workers"), "prices": ("costs",),
    "country": ("nation",), "countries": ("nations",), "currently": ("at present",), "recently": ("lately",),
    "later": ("subsequently",), "meanwhile": ("at the same time",), "despite": ("in spite of",),
    "due to": ("owing to",), "because of": ("owing to",), "last year": ("the previous year",),
    "also": ("additionally",), "told": ("informed",), "decision": ("move",), "rise": ("increase",),
    "fall": ("decline",), "according to": ("citing",), "spokesman": ("spokesperson", "representative"),
    "spokeswoman": ("spokesperson", "representative"), "government": ("administration", "authorities"),
    "would": ("will",), "could": ("might",), "figures": ("data", "numbers"), "results": ("figures",),
    "launched": ("introduced", "rolled out"), "proposal": ("plan",), "begun": ("started",),
    "around the world": ("worldwide",), "rejected": ("dismissed",), "unit": ("division",), "sell": ("dispose of",),
    "sold": ("disposed of",), "strong": ("robust",), "weak": ("soft",), "growth": ("expansion",),
    "quickly": ("rapidly",), "bid": ("offer",), "acquisition": ("takeover", "purchase"),
    "merger": ("tie-up", "combination"), "approval": ("backing", "go-ahead"), "clearance": ("approval",),
    "proposed": ("planned",), "provide": ("offer",), "provided": ("offered",), "opportunities": ("chances",),
    "concerns": ("worries",), "small": ("modest",), "relatively": ("fairly",), "primarily": ("mainly",),
    "mainly": ("largely",), "filed": ("submitted",), "opposing": ("against",), "unlikely": ("not expected",),
    "reduce": ("lower", "cut"), "substantially": ("significantly",), "competition": ("rivalry",),
    "evidence": ("proof", "sign"), "gave": ("granted",), "tentative": ("provisional",), "including": ("such as",),
    "expects": ("anticipates",), "expect": ("anticipate",), "hopes": ("aims",), "revealed": ("disclosed",),
    "disclosed": ("revealed",), "think": ("believe",), "thinks": ("believes",),
    "problem": ("issue",), "problems": ("issues",), "higher": ("greater",), "told reporters": ("told journalists",),
    "statement": ("release",), "analysts": ("market watchers", "experts"), "continue": ("carry on",),
    "decline": ("drop",), "declined": ("slipped",), "remain": ("stay",), "remained": ("stayed",),
    "announce": ("reveal",), "considering": ("weighing",), "consider": ("weigh",), "previous": ("prior",),
    "allowed": ("permitted",), "grew": ("expanded",), "expanded": ("grew",), "contracted": ("shrank",),
    "publish": ("release",), "compared with": ("against",), "now": ("currently",), "many of": ("lots of",),
    "because": ("since",), "say": ("state",), "says": ("states",), "want to": ("wish to",), "wants to": ("wishes to",),
    "wanted to": ("wished to",), "going to": ("set to",), "such as": ("like",), "for example": ("for instance",),
    "at least": ("a minimum of",), "so far": ("to date",), "in the past": ("previously",),
    "is expected to": ("is likely to",), "is set to": ("is due to",), "launch": ("start",), "believed": ("thought",),
    "huge": ("massive",), "massive": ("huge",), "significant": ("considerable",), "difficult": ("hard", "tough"),
    "easy": ("simple",), "quick": ("fast",), "won": ("secured",), "reached": ("hit",),
    "received": ("got",), "amount": ("sum",), "able to": ("in a position to",), "people": ("individuals",),
}
_SYN_RE = re.compile(
    r"(?<![\w'-])(" + "|".join(re.escape(k) for k in sorted(SYNONYMS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"(\"[^\"]*\"|“[^”]*”)")


def reword(text: str, rng: random.Random, p: float, limit: int | None = None) -> str:
    """Swap words and phrases for synonyms with chance ``p`` each (at most ``limit``), leaving quotes alone."""
    done = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal done
        word = m.group(0)
        if word[0].isupper() and m.string[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', ":"):
            return word  # a capital inside a sentence: part of a name ("New York", "Main Street")
        if (limit is not None and done >= limit) or rng.random() >= p:
            return m.group(0)
        done += 1
        return match_case(m.group(0), rng.choice(SYNONYMS[m.group(0).lower()]))

    parts = _QUOTED.split(text)
    out = "".join(part if i % 2 else _SYN_RE.sub(sub, part) for i, part in enumerate(parts))
    if done:
        out = _A_AN.sub(r"\1n ", out)
        out = _AN_A.sub(r"\1 ", out)
    return out


_A_AN = re.compile(r"\b([Aa]) (?=[aeio])")
_AN_A = re.compile(r"\b([Aa])n (?=[bcdfgjklmnpqrstvwyz])")


_SAID_THAT = re.compile(
    r"^(?P<subj>[A-Z][^,\"]{2,60}?) said(?P<when> on [A-Z][a-z]+day| yesterday| today| in a statement)?"
    r"(?: that)? (?P<rest>[^\"]{20,})\.$"
)
_TRAIL_SAID = re.compile(r"^(?P<rest>[^\"]{20,}), (?P<subj>[^,\"]{2,60}?) said(?P<when> on [A-Z][a-z]+day)?\.$")


def move_attribution(sentence: str, rng: random.Random) -> str:
    """ "X said Y." <-> "Y, X said." or "According to X, Y." (sentences without quotations only)."""
    m = _SAID_THAT.match(sentence)
    if m:
        subj = lower_first(m.group("subj"))
        when = m.group("when") or ""
        rest = m.group("rest")
        pron = re.match(r"(it|he|she|they)\b", rest)
        if pron and rng.random() < 0.8:
            return f"{upper_first(m.group('subj'))}{rest[pron.end():]}, {pron.group(1)} said{when}."
        if rng.random() < 0.5:
            return f"{upper_first(rest)}, {subj} said{when}."
        return f"According to {subj}, {rest}."
    m = _TRAIL_SAID.match(sentence)
    if m:
        when = m.group("when") or ""
        return f"{upper_first(m.group('subj'))} said{when} that {lower_first(m.group('rest'))}."
    return sentence


def reword_lede(text: str, rng: random.Random) -> str:
    """Light rewording of an opening paragraph: its first sentence recast, a few words swapped."""
    sents = split_sentences(text)
    if not sents:
        return text
    first = move_attribution(sents[0], rng)
    first = reword(first, rng, 0.6, limit=3)
    if first == sents[0]:
        first = reword(first, rng, 1.0, limit=2)
    return " ".join([first, *sents[1:]])


# ---------------------------------------------------------------- paragraph-level edits
def _para_idx(blocks: list[Block]) -> list[int]:
    return [i for i, b in enumerate(blocks) if b.kind == "para"]


def cut_tail(blocks: list[Block], keep: float, min_keep: int = 3) -> list[Block]:
    """Keep the first share ``keep`` of the paragraphs (at least ``min_keep``); other blocks stay."""
    idx = _para_idx(blocks)
    n = max(min_keep, round(len(idx) * keep))
    drop = set(idx[n:])
    return [b for i, b in enumerate(blocks) if i not in drop]


def cut_middle(blocks: list[Block], rng: random.Random) -> list[Block]:
    idx = _para_idx(blocks)
    if len(idx) < 5:
        return blocks
    gone = rng.choice(idx[1:-1])
    return [b for i, b in enumerate(blocks) if i != gone]


def merge(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Join two neighbouring paragraphs into one."""
    idx = _para_idx(blocks)
    pairs = [(a, b) for a, b in pairwise(idx) if b == a + 1 and len(blocks[a].text) + len(blocks[b].text) < 900]
    if not pairs:
        return blocks
    a, b = rng.choice(pairs)
    out = list(blocks)
    out[a] = Block("para", f"{blocks[a].text} {blocks[b].text}", blocks[a].lead)
    del out[b]
    return out


def split(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Cut one paragraph of several sentences in two."""
    cands = [i for i in _para_idx(blocks) if len(split_sentences(blocks[i].text)) >= 2]
    if not cands:
        return blocks
    i = rng.choice(cands)
    sents = split_sentences(blocks[i].text)
    cuts = [k for k in range(1, len(sents)) if " ".join(sents[:k]).count('"') % 2 == 0]
    if not cuts:
        return blocks
    k = rng.choice(cuts)
    out = list(blocks)
    out[i : i + 1] = [Block("para", " ".join(sents[:k]), blocks[i].lead), Block("para", " ".join(sents[k:]))]
    return out


def reorder(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Swap two neighbouring paragraphs after the lede."""
    idx = _para_idx(blocks)
    pairs = [(a, b) for a, b in pairwise(idx[1:]) if b == a + 1]
    if not pairs:
        return blocks
    a, b = rng.choice(pairs)
    out = list(blocks)
    out[a], out[b] = out[b], out[a]
    return out


def insert_para(blocks: list[Block], text: str, rng: random.Random, where: str = "body") -> list[Block]:
    """Add a paragraph: after the lede (``"early"``), among the body (``"body"``) or after the last one."""
    idx = _para_idx(blocks)
    if not idx:
        return [*blocks, Block("para", text)]
    if where == "early":
        pos = idx[0] + 1
    elif where == "end":
        pos = idx[-1] + 1
    else:
        pos = rng.choice(idx[1:] or idx) + 1
    return [*blocks[:pos], Block("para", text), *blocks[pos:]]


# ---------------------------------------------------------------- headlines
_QUESTIONS = (
    "Why does it matter that {t}?", "{T}: what does it mean for you?", "{T} - but what happens next?",
    "{T}. Is this the turning point?",
)


def headline(title: str, treatment: str, site: str, rng: random.Random, body: str = "") -> str:
    """An outlet's version of a headline: ``keep``, ``site_pipe``, ``watch``, ``question``, ``short``,
    ``reword`` or ``case`` (headline case <-> sentence case; ``body`` tells common words from names)."""
    t = title.rstrip(".")
    if treatment == "site_pipe":
        return t if " | " in t else f"{t} | {site}"
    if treatment == "watch":
        return t if t.startswith("WATCH") else f"WATCH: {t}"
    if treatment == "question":
        if "?" in t:
            return t
        form = rng.choice(_QUESTIONS)
        return form.format(t=lower_first(t), T=t)
    if treatment == "short":
        if ":" in t and len(t.split(":", 1)[1].split()) >= 3:
            return t.split(":", 1)[1].strip()
        words = t.split()
        return " ".join(words[: max(4, len(words) - rng.randint(1, 3))]) if len(words) > 5 else t
    if treatment == "reword":
        new = reword(t, rng, 0.9, limit=2)
        return new if new != t else headline(t, "short", site, rng)
    if treatment == "case":
        words = t.split()
        if sum(w[:1].isupper() for w in words[1:]) > len(words[1:]) / 2:
            common = set(re.findall(r"\b[a-z]+\b", body))
            return " ".join([words[0], *[w.lower() if w.lower() in common else w for w in words[1:]]])
        return " ".join(w if w in ("a", "an", "the", "of", "in", "on", "to", "and") else upper_first(w)
                        for w in words)
    return t
