"""Sentence rewording: the light touch of a copy editor and the heavy hand of a rewrite desk.

Light rewording swaps a few words for synonyms or reshapes an attribution ("Profits rose, the
firm said." becomes "The firm said profits rose."). Heavy rewording applies phrase and word
substitutions throughout, flips quotations around their attribution, splits sentences at
"but" and "while", expands or contracts negations and drops filler adverbs.
"""

import random
import re

_WORDS = ("announced:unveiled increased:rose fell:dropped because:as around:about expected:anticipated "
          "big:large large:big buy:purchase children:youngsters begin:start company:firm "
          "also:additionally very:extremely major:significant important:key believe:think "
          "people:individuals told:informed claimed:alleged warned:cautioned quickly:rapidly "
          "strong:robust despite:in_spite_of latest:most_recent mostly:largely government:administration "
          "staff:employees currently:at_present rose:climbed jumped:surged boost:lift firms:companies "
          "bosses:executives film:movie films:movies biggest:largest huge:massive main:principal "
          "difficult:tough hoping:aiming again:once_more almost:nearly nearly:almost unveil:reveal "
          "received:got including:such_as previously:earlier recently:lately decided:opted "
          "chance:opportunity problems:difficulties problem:difficulty "
          "worried:concerned concerns:worries reduce:cut allow:permit allowed:permitted "
          "shown:demonstrated suggested:indicated suggests:indicates hit:struck")
SYNONYMS = {k: v.replace("_", " ") for k, v in (p.split(":") for p in _WORDS.split())}
SAFE_LIGHT = {k: v for k, v in SYNONYMS.items() if k not in ("hit", "reduce", "film", "films", "rose")}
PHRASES = (
    ("more than", "over"), ("at the same time", "simultaneously"), ("in order to", "to"),
    ("as well as", "along with"), ("a number of", "several"), ("at the weekend", "over the weekend"),
    ("in the past", "previously"), ("is set to", "is expected to"), ("are set to", "are expected to"),
    ("on the back of", "thanks to"), ("due to", "because of"), ("last year", "the previous year"),
    ("next year", "in the coming year"), ("last week", "the previous week"), ("a spokesman said",
    "a spokesman confirmed"), ("for the first time", "for the first time ever"),
    ("has been", "was"), ("have been", "were"), ("will be", "is to be"), ("is to", "will"),
    ("said it would", "announced plans to"), ("a lot of", "many"), ("up from", "compared with"),
)
CONTRACT = (("does not", "doesn't"), ("do not", "don't"), ("is not", "isn't"), ("did not", "didn't"),
            ("will not", "won't"), ("cannot", "can't"), ("would not", "wouldn't"), ("has not", "hasn't"))
FILLER = (" also", " currently", " still", " just", " now", " really", " very")
CAP_WORDS = set("the it its a an this that there these those he she they we our his her their in on "
                "at for but and however meanwhile last next some many most several other one two both "
                "all such when while after before if as since during earlier later officials analysts "
                "critics experts".split())


CONTEXT = {
    "business": ("The figures will be closely watched by investors.", "Analysts had expected a weaker result.",
                 "The sector has been under pressure for months.", "Markets reacted cautiously to the news.",
                 "It is the latest sign of a shift in the industry."),
    "politics": ("The issue is expected to feature in the coming election campaign.",
                 "Opposition parties were quick to respond.", "The row has been building for weeks.",
                 "Ministers are under pressure to act.", "Critics say the plans do not go far enough."),
    "sport": ("The result leaves plenty to play for in the weeks ahead.", "Supporters will be hoping for more.",
              "It has been a testing season so far.", "The pressure is now on the coaching staff.",
              "Few had predicted such an outcome."),
    "tech": ("The technology is still in its early stages.", "Rivals are working on similar products.",
             "Consumers have been slow to adopt such services.", "The market is changing fast.",
             "Privacy campaigners have raised questions in the past."),
    "entertainment": ("Fans have been waiting for news for some time.", "The industry has had a mixed year.",
                      "Critics have given a mixed reception.", "Tickets are expected to sell quickly.",
                      "It marks a new chapter for the star."),
}
_VOCAB: set[str] = set()


def _common_words() -> set[str]:
    """Words the base stories use in lower case inside sentences (so not names)."""
    if not _VOCAB:
        from ._data import base_docs
        for doc in base_docs():
            for para in doc["sentences"]:
                for sent in para:
                    _VOCAB.update(w for w in re.findall(r"(?<=[a-z,;] )([a-z]+)\b", sent))
        _VOCAB.update(CAP_WORDS)
    return _VOCAB


def decap(s: str) -> str:
    """Lower the first letter if the first word is a common word (not a name)."""
    words = s.split(" ", 2)
    first = words[0]
    if len(words) > 1 and words[1][:1].isupper():
        return s
    if first.isalpha() and first[1:].islower() and first.lower() in _common_words():
        return s[0].lower() + s[1:]
    return s


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _attribution(s: str, rng: random.Random) -> str:
    m = re.match(r'^(.{25,}?), (the [a-z]+(?: [a-z]+)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?|he|she|they) said\.$', s)
    if m and '"' not in m.group(1):
        return f"{cap(m.group(2))} said {decap(m.group(1))}."
    return s


def outside_quotes(s: str, fn) -> str:
    """Apply ``fn`` to the parts of ``s`` outside quotation marks; quotes stay verbatim."""
    parts = s.split('"')
    return '"'.join(fn(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _words(s: str, table: dict, rate: float, rng: random.Random) -> str:
    def sub(part):
        return "".join(table[w] if w in table and rng.random() < rate else w
                       for w in re.split(r"(\W+)", part))
    return outside_quotes(s, sub)


_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year"


def _restructure(s: str, rng: random.Random) -> str:
    """Move a leading phrase to the end, a trailing time to the front, or a reporting verb."""
    if '"' in s:
        return s
    m = re.match(r"^(In|On|At|During|After|Since|Despite|Under|For) ([^,]{3,40}), (.{20,})\.$", s)
    if m:
        return f"{cap(m.group(3))} {m.group(1).lower()} {m.group(2)}."
    m = re.match(rf"^(.{{20,}}) (on|last|this|next|earlier this) ({_DAYS})\.$", s)
    if m:
        return f"{cap(m.group(2))} {m.group(3)}, {decap(m.group(1))}."
    m = re.match(r"^((?:[A-Z][\w'.-]+ ){0,3}[A-Z][\w'.-]+|The [a-z]+|It|He|She|They) said (?:that )?(.{25,})\.$", s)
    if m and rng.random() < 0.7:
        return f"{cap(m.group(2))}, {decap(m.group(1))} said."
    return s


def reword_sentence(s: str, rng: random.Random, rate: float = 0.35, fallback: bool = True) -> str:
    """Light rewording: synonyms for some words and a reshaped attribution."""
    if rng.random() < 0.6:
        s2 = _attribution(s, rng)
    else:
        s2 = s
    if s2 == s and s.endswith(" said.") and rng.random() < 0.5:
        s2 = s[:-6] + rng.choice((" added.", " noted.", " explained."))
    new = _words(s2, SAFE_LIGHT, rate, rng)
    if fallback and new == s and decap(s) != s:
        new = rng.choice(("Meanwhile, ", "At the same time, ", "Separately, ", "In addition, ")) + decap(s)
    return new


def _flip_quote(s: str) -> str:
    m = re.match(r'^([A-Z][\w\'. -]{1,40}?) (said|added|says): "([^"]+[.!?])"$', s)
    if m:
        q = m.group(3)
        q = q[:-1] + "," if q.endswith(".") else q
        return f'"{q}" {decap(m.group(1))} {m.group(2)}.'
    m = re.match(r'^"([^"]+)[,.?!]" (said|says|added) ([A-Z][\w\'. -]{1,40}?)\.$', s)
    if m:
        return f'{m.group(3)} {m.group(2)}: "{m.group(1)}."'
    m = re.match(r'^"([^"]+)[,]" (he|she|they|[A-Z][\w\'. -]{1,40}?) (said|says|added)\.$', s)
    if m:
        return f'{cap(m.group(2))} {m.group(3)}: "{m.group(1)}."'
    return s


def _split_clause(s: str, rng: random.Random) -> str:
    for joint, lead in ((", but ", "But "), (", while ", "Meanwhile, "), (", although ", "However, ")):
        i = s.find(joint)
        if 30 < i < len(s) - 30 and '"' not in s:
            rest = s[i + len(joint):]
            return f"{s[:i]}. {lead}{rest}"
    return s


def heavy_sentence(s: str, rng: random.Random) -> str:
    """Reword one sentence thoroughly, keeping its facts."""
    s2 = _restructure(s, rng) if rng.random() < 0.7 else s
    s = _attribution(s, rng) if s2 == s else s2
    if '"' in s:
        s = _flip_quote(s)
    else:
        s = _split_clause(s, rng)
    def phrases(part):
        for a, b in PHRASES:
            if rng.random() < 0.85:
                part = re.sub(r"\b" + a + r"\b", b, part)
                part = re.sub(r"\b" + cap(a) + r"\b", cap(b), part)
        for a, b in CONTRACT:
            if rng.random() < 0.5:
                part = part.replace(a, b) if rng.random() < 0.5 else part.replace(b, a)
        for f in FILLER:
            if rng.random() < 0.6:
                part = re.sub(re.escape(f) + r"\b", "", part)
        return part
    return _words(outside_quotes(s, phrases), SYNONYMS, 0.85, rng)
