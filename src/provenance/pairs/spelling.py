"""House spelling: one form for the British and American spellings of a word.

Outlets print a text in their own spelling (a London paper's "organise", "colour", "centre",
"travelled" are a New York paper's "organize", "color", "center", "traveled"), whatever text they
took it from. So a spelling says where the outlet is, not where the text came from: a copy of a
copy that respells its parent's respelt words has not gone back to the original. :func:`fold`
maps both forms of a word to one, so such changes compare as no change at all.

The rules are the regular patterns of the two spellings (-our/-or, -ise/-ize, -yse/-yze, -tre/-ter,
-elled/-eled, -ence/-ense, -ogue/-og, ae/e) and a short table of the irregular words. Both forms of a
word fold alike; a fold that also joins two different words ("tour" and "tor") joins words no
editor swaps one for the other, so comparing folded words loses nothing a copy does.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["fold"]

#: Irregular pairs, the British form first: each folds to the American one.
_IRREGULAR = {
    "grey": "gray", "programme": "program", "programmes": "programs", "cheque": "check", "cheques": "checks",
    "tyre": "tire", "tyres": "tires", "kerb": "curb", "plough": "plow", "aluminium": "aluminum",
    "mould": "mold", "moulds": "molds", "smoulder": "smolder", "sceptic": "skeptic", "sceptical": "skeptical",
    "judgement": "judgment", "judgements": "judgments", "ageing": "aging", "pyjamas": "pajamas",
    "draught": "draft", "gaol": "jail", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "oestrogen": "estrogen", "foetus": "fetus", "diarrhoea": "diarrhea", "enrol": "enroll", "fulfil": "fulfill",
    "instalment": "installment", "storey": "story", "whilst": "while", "amongst": "among",
}
#: Regular patterns, applied in turn to a lower-cased word; each needs a stem of three letters or
#: more in front, so short words ("four", "rise", "hence") are left alone.
_RULES = (
    (re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able|ably|less|ful|hood|hoods)?$"), r"\1or\2"),
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^(\w{3,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"^(\w{2,})(t|b)re(s)?$"), r"\1\2er\3"),
    (re.compile(r"^(\w{2,})(t|b)red$"), r"\1\2ered"),
    (re.compile(r"^(\w{2,}e)ll(ed|ing|er|ers|or|ors)$"), r"\1l\2"),
    (re.compile(r"^(\w{2,}[^aeiou])ence(s)?$"), r"\1ense\2"),
    (re.compile(r"^(\w{3,})ogue(s)?$"), r"\1og\2"),
    (re.compile(r"^(\w+)ae(\w{2,})$"), r"\1e\2"),
)

#: What a word must hold for any rule to apply: most words are looked at once.
_MAYBE = re.compile(r"our|is[eia]|ys[ei]|[tb]re|ll[eio]|ence|ogue|ae")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """One form for a lower-cased word's British and American spellings (the word itself when it
    has no other spelling).

    >>> [fold(w) for w in ("colour", "organised", "centre", "travelled", "defence", "programme")]
    ['color', 'organized', 'center', 'traveled', 'defense', 'program']
    >>> fold("color") == fold("colour") and fold("four") == "four"
    True
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not _MAYBE.search(word):
        return word
    for pattern, repl in _RULES:
        folded, n = pattern.subn(repl, word)
        if n:
            return folded
    return word
