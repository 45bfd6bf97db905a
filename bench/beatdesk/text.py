"""Word-level editing the way copy desks do it: synonyms, house spelling, number style, headlines.

Every function takes the generator's :class:`random.Random` so that output depends on the seed only.
Edits never touch text inside quotation marks: a quotation is the speaker's words, and desks that
change a word of copy leave the quotes alone.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .sources import common_words

__all__ = ["apply_norm", "attributed_quote", "fact_variant", "first_clause", "headline", "lead_variant",
           "light_reword", "outside_quotes", "slug", "speaker", "swap_words", "title_case"]

#: words a sub-editor swaps for one another; meanings kept, forms kept (past for past, noun for noun)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "rose": ("climbed", "increased"), "fell": ("dropped", "declined"), "jumped": ("surged", "leapt"),
    "firm": ("company",), "company": ("firm",), "biggest": ("largest",), "largest": ("biggest",),
    "big": ("large",), "announced": ("unveiled",), "around": ("about",), "warned": ("cautioned",),
    "began": ("started",), "boss": ("chief executive",), "quickly": ("rapidly",), "major": ("key",),
    "additional": ("extra",), "extra": ("additional",), "bought": ("purchased",), "buy": ("purchase",),
    "decided": ("chose",), "although": ("though",), "revealed": ("disclosed",), "nearly": ("almost",),
    "almost": ("nearly",), "roughly": ("about",), "tried": ("attempted",), "ended": ("finished",),
    "showed": ("indicated",), "shows": ("indicates",), "figures": ("data",), "strong": ("robust",),
    "weak": ("poor",), "huge": ("massive",), "massive": ("huge",), "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",), "officials": ("authorities",), "currently": ("at present",),
    "despite": ("in spite of",), "chance": ("opportunity",), "match": ("game",), "hopes": ("aims",),
    "predicted": ("forecast",), "sharply": ("steeply",), "claimed": ("said",), "criticised": ("attacked",),
    "urged": ("called on",), "rejected": ("dismissed",), "earlier": ("previously",), "plan": ("proposal",),
    "backed": ("supported",), "start": ("beginning",), "fresh": ("new",), "likely": ("expected",),
}

_IS_STEMS = ("organ", "real", "recogn", "critic", "apolog", "emphas", "privat", "author", "minim", "maxim",
             "modern", "special", "capital", "commercial", "stabil", "normal", "legal", "summar", "subsid",
             "mobil", "util", "priorit", "optim", "character", "standard", "central", "familiar", "final")
_IS_ENDINGS = ("e", "ed", "es", "ing", "ation", "ations")
_UK_US_WORDS = (
    ("colour", "color"), ("colours", "colors"), ("favour", "favor"), ("favourite", "favorite"),
    ("behaviour", "behavior"), ("honour", "honor"), ("neighbour", "neighbor"), ("neighbours", "neighbors"),
    ("labour", "labor"), ("centre", "center"), ("centres", "centers"), ("theatre", "theater"),
    ("programme", "program"), ("programmes", "programs"), ("defence", "defense"), ("licence", "license"),
    ("offence", "offense"), ("analyse", "analyze"), ("analysed", "analyzed"), ("travelled", "traveled"),
    ("travelling", "traveling"), ("cancelled", "canceled"), ("modelling", "modeling"), ("labelled", "labeled"),
    ("fuelled", "fueled"), ("jewellery", "jewelry"), ("aluminium", "aluminum"), ("grey", "gray"),
    ("catalogue", "catalog"), ("ageing", "aging"), ("judgement", "judgment"), ("fulfil", "fulfill"),
    ("manoeuvre", "maneuver"), ("sceptical", "skeptical"), ("mum", "mom"), ("tonnes", "tons"),
    ("whilst", "while"), ("amongst", "among"), ("counselling", "counseling"), ("enquiry", "inquiry"),
    ("storey", "story"), ("tyres", "tires"), ("cheque", "check"), ("paediatric", "pediatric"),
    ("neighbourhood", "neighborhood"), ("neighbourhoods", "neighborhoods"), ("honoured", "honored"),
    ("honours", "honors"), ("honourary", "honorary"), ("favoured", "favored"), ("favourable", "favorable"),
    ("colourful", "colorful"), ("labourers", "laborers"), ("rumours", "rumors"), ("rumour", "rumor"),
    ("harbour", "harbor"), ("humour", "humor"), ("vapour", "vapor"), ("endeavour", "endeavor"),
    ("fictionalised", "fictionalized"), ("dramatised", "dramatized"), ("publicised", "publicized"),
    ("sympathise", "sympathize"), ("economise", "economize"), ("jeopardise", "jeopardize"),
)


def _spelling_pairs() -> list[tuple[str, str]]:
    pairs = list(_UK_US_WORDS)
    pairs += [(f"{stem}is{end}", f"{stem}iz{end}") for stem in _IS_STEMS for end in _IS_ENDINGS]
    return pairs


_TO_US = dict(_spelling_pairs())
_TO_UK = {us: uk for uk, us in _spelling_pairs() if us not in {"story", "check", "tires", "tons", "while",
                                                                  "among", "inquiry", "program", "programs"}}
_WORD = re.compile(r"[A-Za-z]+")


def outside_quotes(text: str, edit: Callable[[str], str]) -> str:
    """``text`` with ``edit`` applied to the parts outside double quotation marks only."""
    parts = text.split('"')
    return '"'.join(edit(p) if n % 2 == 0 else p for n, p in enumerate(parts))


def _match_case(word: str, new: str) -> str:
    if word.isupper() and len(word) > 1:
        return new.upper()
    if word[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _respell(text: str, table: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        # "Labour" the party, "Centre" in a name: capitalised mid-sentence words are names; leave them
        if low not in table or (word[:1].isupper() and m.start() > 0 and text[m.start() - 2 : m.start()] != ". "):
            return word
        return _match_case(word, table[low])

    return _WORD.sub(one, text)


def _numbers(text: str, norm: str) -> str:
    """Percentages and money in the house style: 76% / 76 per cent / 76 percent, $1bn / $1 billion."""
    if norm == "us":
        text = re.sub(r"(\d)%", r"\1 percent", text)
        text = re.sub(r"(\d) per cent\b", r"\1 percent", text)
        text = re.sub(r"([$£€]\d+(?:\.\d+)?)bn\b", r"\1 billion", text)
        text = re.sub(r"([$£€]\d+(?:\.\d+)?)m\b", r"\1 million", text)
    elif norm == "uk-percent":
        text = re.sub(r"(\d)%", r"\1 per cent", text)
        text = re.sub(r"(\d) percent\b", r"\1 per cent", text)
    else:
        text = re.sub(r"(\d) per ?cent\b", r"\1%", text)
    return text


def apply_norm(text: str, norm: str) -> str:
    """``text`` in a house style: "us" (American spelling, "percent"), "uk" (British, "%"),
    "uk-percent" (British, "per cent"). Quotations keep their words but follow the spelling."""
    table = _TO_US if norm == "us" else _TO_UK
    text = _respell(text, table)
    return outside_quotes(text, lambda part: _numbers(part, norm))


def _common_use(text: str, m: re.Match[str]) -> bool:
    """A word used as a plain word: lower-case, or capitalised only because it opens a sentence (not
    "Big" in "Big Brother" or "Major" in a name)."""
    word = m.group(0)
    return word[:1].islower() or m.start() == 0 or text[max(0, m.start() - 2) : m.start()] in (". ", "! ", "? ")


def swap_words(text: str, rng: random.Random, count: int) -> str:
    """``text`` with up to ``count`` words outside quotations swapped for a synonym, as a sub-editor does."""
    parts = text.split('"')
    spots = [(n, m.start(), m.end()) for n, part in enumerate(parts) if n % 2 == 0
             for m in _WORD.finditer(part) if m.group(0).lower() in SYNONYMS and _common_use(part, m)]
    if not spots or count <= 0:
        return text
    chosen = sorted(rng.sample(spots, min(count, len(spots))), key=lambda s: (s[0], -s[1]))
    for n, start, end in chosen:
        word = parts[n][start:end]
        new = _match_case(word, rng.choice(SYNONYMS[word.lower()]))
        parts[n] = parts[n][:start] + new + parts[n][end:]
    return '"'.join(parts)


def light_reword(sentence: str, rng: random.Random, share: float) -> str:
    """A sentence with about ``share`` of its swappable words changed (outside quotations)."""
    spots = sum(1 for part in sentence.split('"')[::2] for m in _WORD.finditer(part) if m.group(0).lower() in SYNONYMS)
    count = sum(1 for _ in range(spots) if rng.random() < share)
    return swap_words(sentence, rng, count)


_ATTRIBUTION = re.compile(
    r"^(?P<body>[^\"]{30,}?),? (?:according to (?P<acc>[^,\"]{3,60})|(?P<who>(?:the |a |an )?[^,\"]{3,60}?) "
    r"(?:has |have )?(?:said|says|announced|revealed|reported|confirmed|show|shows|showed|suggest|suggests))\.$")
_STARTERS = {"The", "A", "An", "Its", "Their", "This", "These", "Those", "Some", "Many", "Most", "Shares", "Sales",
             "Profits", "Plans", "Figures", "Prices", "Profit"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _lower_start(text: str, names: frozenset[str] = frozenset()) -> str:
    """A sentence's first word lowered for a clause put before it, unless it is a name (of ``names``,
    the words the article itself capitalises mid-sentence, or a word that is seldom written lower-case)."""
    first = text.split(" ", 1)[0]
    if first in names:
        return text
    if first in _STARTERS or first.lower() in common_words():
        return text[:1].lower() + text[1:]
    return text


_FRONTED = {"According", "In", "On", "At", "After", "Despite", "Although", "While", "As", "With", "Since",
            "Following", "Speaking", "Unlike", "Like", "Amid", "For", "Under", "If", "When", "But", "However", "And",
            "Before", "During", "Until", "By", "From", "Last", "Earlier", "Later", "Meanwhile", "Instead", "Yet"}
_CLAUSE = re.compile(r",\s|\s-\s|\s–\s|;\s|\s(?:which|after|as|while|although|because)\s")


def first_clause(sentence: str) -> str:
    """The main clause of a sentence (up to its first comma, dash or subordinate clause), when it is
    long enough to say something; otherwise the sentence without its final stop."""
    text = sentence.rstrip(".!? ")
    pieces = _CLAUSE.split(text, maxsplit=1)
    head = pieces[0]
    if head.split(" ", 1)[0] in _FRONTED and len(pieces) > 1:
        rest = pieces[1]  # "According to a survey, X" -> the clause after the fronted phrase
        return first_clause(rest[:1].upper() + rest[1:])
    return head if len(head.split()) >= 6 else text


_OPENERS = ("On {day},", "Late on {day},", "Early on {day},", "In a long-awaited decision,", "In a surprise move,",
            "In the latest twist,", "After weeks of speculation,")
_TAILS = ("officials confirmed", "it emerged", "in a move that had been widely expected",
          "in a move few had predicted", "according to people familiar with the matter",
          "in news that will be closely watched")


def lead_variant(sentence: str, rng: random.Random, weekday: str, names: frozenset[str] = frozenset()) -> str:
    """A reporter's own telling of an event's top line: the attribution moved, the main clause kept or
    the whole sentence, the day named, an opener or a tail of the reporter's own, words changed. Names
    and figures stay, so reports of one event share them and fragments of the line, not the line."""
    text = light_reword(sentence, rng, 0.8)
    m = _ATTRIBUTION.match(text)
    body = m.group("body") if m else text.rstrip(".!? ")
    who = (m.group("acc") or m.group("who")).strip() if m else None
    core = first_clause(body) if rng.random() < 0.6 else body
    form = rng.randrange(4)
    if who and form == 0:
        verb = rng.choice(("said", "confirmed", "announced"))
        return f"{who[:1].upper()}{who[1:]} {verb} on {weekday} that {_lower_start(core, names)}."
    if who and form == 1:
        return f"{core}, {rng.choice(('according to ' + who, who + ' said', who + ' told reporters'))}."
    if form == 2:
        return f"{rng.choice(_OPENERS).format(day=weekday)} {_lower_start(core, names)}."
    return f"{core} on {weekday}, {rng.choice(_TAILS)}."


def fact_variant(sentence: str, rng: random.Random) -> str:
    """A supporting fact as another reporter puts it: the main clause only, words changed."""
    text = first_clause(light_reword(sentence, rng, 0.8))
    return text[:1].upper() + text[1:] + "."


_QUOTE_SHAPE = re.compile(r'^"(?P<inner>[^"]+?)[,.?!]?"(?P<rest>[^"]*)\.$')
_SAID_X = re.compile(r"^ said (?P<who>[^.\"]{3,80})$")
_X_SAID = re.compile(r"^ (?P<who>[^.\"]{3,80}?) (?:said|says|added)$")


def attributed_quote(sentence: str, rng: random.Random) -> str:
    """A quotation as one report writes it: the words inside the marks always verbatim, the attribution
    sometimes turned round ("said X" / "X said") or put in front with a colon."""
    m = _QUOTE_SHAPE.match(sentence)
    roll = rng.random()
    if not m or roll < 0.5:
        return sentence
    inner, rest = m.group("inner"), m.group("rest")
    said_x, x_said = _SAID_X.match(rest), _X_SAID.match(rest)
    who = (said_x or x_said).group("who") if (said_x or x_said) else None
    if who is None or "," in who:
        return sentence
    if roll < 0.75:
        mark = sentence[len(inner) + 1]
        punct = mark if mark in ",?!" else ","
        return f'"{inner}{punct}" {who} said.' if said_x else f'"{inner}{punct}" said {who}.'
    return f'{who[:1].upper()}{who[1:]} said: "{inner}."'


_DANGLING = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "our",
             "their", "that", "we", "is", "are", "was", "be", "it", "its", "his", "her", "my", "i", "from", "not",
             "will", "would", "have", "has", "this", "these", "very", "so", "more", "than", "who", "which"}
_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "up", "vs", "with"}


def title_case(title: str) -> str:
    """An American-style headline: every word capitalised but the short joining words."""
    def up(word: str) -> str:
        lead = len(word) - len(word.lstrip("\"'‘“("))
        return word[:lead] + word[lead : lead + 1].upper() + word[lead + 1 :]

    words = title.split()
    return " ".join(w if n and w.lower() in _SMALL else up(w) for n, w in enumerate(words))


def _snippet(quote: str, rng: random.Random) -> str | None:
    m = re.search(r'"([^"]+)"', quote)
    if not m:
        return None
    phrase = re.split(r"[,.;:?!]", m.group(1))[0]
    words = phrase.split()
    if len(words) > 10:
        words = words[: rng.randint(6, 10)]
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    if len(words) < 4:
        return None
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def speaker(quote: str) -> str | None:
    """The named person a quotation is attributed to ("said Kathy Rittweger, co-founder of Blinkx"), if any."""
    outside = " ".join(quote.split('"')[::2])
    names = [m.group(0) for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z']+(?:-[A-Z][a-z']+)*)+", outside)]
    names = [n for n in names if n.split()[0] not in {"The", "But", "He", "She", "It", "In", "And", "This", "That"}]
    return names[-1] if names else None


def headline(title: str, rng: random.Random, *, quoted: list[tuple[str, str]], norm: str) -> str:
    """A desk's own headline for an event: the agency title reworded, a speaker's name with a fragment of
    what they said (surname only, British style), or a short explainer form; American outlets capitalise it."""
    roll = rng.random()
    said = rng.choice(quoted) if quoted else None
    snippet = _snippet(said[1], rng) if said else None
    if said and snippet and roll < 0.3:
        mark = '"' if norm == "us" else "'"
        who = said[0] if norm == "us" else said[0].split()[-1]
        text = f"{who}: {mark}{snippet}{mark}"
    elif roll < 0.45:
        text = f"{light_reword(title, rng, 0.9)}, {rng.choice(('reports say', 'officials confirm', 'sources say'))}"
    elif roll < 0.55:
        text = f"{rng.choice(('What we know about', 'Explained:', 'Why it matters:'))} {light_reword(title, rng, 0.8)}"
    else:
        text = light_reword(title, rng, 0.9)
    text = apply_norm(text, norm)
    return title_case(text) if norm == "us" else text


def slug(title: str, words: int = 8) -> str:
    """A URL slug: lower-case words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", title.lower())[:words]) or "story"
