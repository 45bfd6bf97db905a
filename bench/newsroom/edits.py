"""Edits a copying outlet makes to the text it takes.

Structural edits: cutting the tail at any fraction (at a paragraph or sentence), dropping middle
paragraphs, merging and splitting paragraphs, moving one paragraph. Systematic edits across the
whole body: house spelling (British and American), house words ("said" to "stated", "Mr" to
"Mr."), number style ("5%", "5 per cent", "5 percent", "£600m" / "£600 million"). Local edits: a
lightly reworded sentence; heavy rewording of every paragraph for rewrites. Headlines are
shortened, turned into questions, SEO-padded, capitalised or reworded.

Edits that remove text never remove the last paragraph that came from one of the article's
sources, so that a copy always keeps some text of everything it is labelled as derived from.
"""

import random
import re

from .article import FURN, content_origins
from .rewording import CONTEXT, heavy_sentence, reword_sentence
from .rewording import decap as _decap

_UK_US = ("organisation:organization organisations:organizations organised:organized organise:organize "
          "recognise:recognize recognised:recognized realise:realize realised:realized colour:color "
          "colours:colors favour:favor favourite:favorite honour:honor behaviour:behavior "
          "neighbour:neighbor neighbours:neighbors rumours:rumors centre:center centres:centers "
          "theatre:theater defence:defense offence:offense programme:program programmes:programs "
          "travelling:traveling cancelled:canceled modelling:modeling jewellery:jewelry analyse:analyze "
          "criticised:criticized criticise:criticize apologised:apologized emphasised:emphasized "
          "privatisation:privatization authorised:authorized minimise:minimize prioritise:prioritize "
          "catalogue:catalog grey:gray tyre:tire aluminium:aluminum sceptical:skeptical whilst:while "
          "amongst:among licence:license fulfil:fulfill labour:labor")
UK_TO_US = dict(p.split(":") for p in _UK_US.split())
US_TO_UK = {v: k for k, v in UK_TO_US.items() if v not in ("program", "programs", "license", "while",
                                                           "among", "labor")}
HOUSE = {"said": "stated", "says": "states"}
US_STYLE = {"Mr": "Mr.", "Mrs": "Mrs.", "Dr": "Dr.", "US": "U.S.", "UK": "U.K."}
def _case_like(src: str, word: str) -> str:
    if src.isupper() and len(src) > 1:
        return word.upper()
    if src[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def swap_words(text: str, table: dict, lower_only: bool = False) -> str:
    if not table:
        return text
    pat = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b",
                     re.IGNORECASE if not lower_only else 0)

    def rep(m):
        w = m.group(0)
        key = w if w in table else w.lower()
        if key not in table or (w[:1].isupper() and key == "labour"):
            return w
        return _case_like(w, table[key])
    return pat.sub(rep, text)


def _exact(text: str, table: dict) -> str:
    for k, v in table.items():
        text = re.sub(r"\b" + re.escape(k) + r"\b(?!\.)", v, text)
    return text


def number_style(text: str, style: str) -> str:
    """Rewrite percentages and money amounts: style is "pct", "per cent", "percent" or "words"."""
    if style == "pct":
        text = re.sub(r"(\d) ?(?:per cent|percent)\b", r"\1%", text)
    elif style in ("per cent", "percent"):
        text = re.sub(r"(\d)%", r"\1 " + style, text)
        text = re.sub(r"(\d) (?:per cent|percent)\b", r"\1 " + style, text)
    elif style == "words":
        text = re.sub(r"([£$€]\d+(?:\.\d+)?)bn\b", r"\1 billion", text)
        text = re.sub(r"([£$€]\d+(?:\.\d+)?)m\b", r"\1 million", text)
    return text


def _map_body(art: dict, fn) -> None:
    for p in art["paras"]:
        if p[1] != FURN:
            p[0] = fn(p[0])


def house_style(art: dict, site: dict, rng: random.Random, strength: float = 0.5) -> list[str]:
    """Systematic, whole-body edits of the site's house style; returns the names applied."""
    done = []
    if site.get("spelling") == "us" and rng.random() < 0.6 + strength * 0.3:
        _map_body(art, lambda t: swap_words(t, UK_TO_US))
        done.append("us_spelling")
        if rng.random() < 0.4:
            _map_body(art, lambda t: _exact(t, US_STYLE))
            done.append("us_style")
    elif site.get("spelling") == "uk" and rng.random() < 0.5:
        _map_body(art, lambda t: swap_words(t, US_TO_UK, lower_only=True))
        done.append("uk_spelling")
    if rng.random() < 0.18 * (1 + strength):
        _map_body(art, lambda t: swap_words(t, HOUSE, lower_only=True))
        done.append("said_stated")
    if rng.random() < 0.3 * (1 + strength):
        style = rng.choice(("pct", "per cent", "percent", "words"))
        _map_body(art, lambda t: number_style(t, style))
        done.append("numbers_" + style.replace(" ", "_"))
    return done


def _guarded(art: dict, new_paras: list) -> bool:
    """Accept a removal only if every source origin still has a paragraph."""
    before = content_origins(art)
    if not new_paras or not before <= {o for _, o in new_paras}:
        return False
    art["paras"] = new_paras
    return True


def cut_tail(art: dict, rng: random.Random, frac: float | None = None) -> bool:
    """Drop the last ``frac`` of the body (by paragraph, sometimes mid-paragraph at a sentence)."""
    frac = rng.uniform(0.1, 0.8) if frac is None else frac
    paras = art["paras"]
    keep = max(1 if rng.random() < 0.15 else min(2, len(paras)), round(len(paras) * (1 - frac)))
    new = [list(p) for p in paras[:keep]]
    while new and new[-1][1] == FURN:
        new.pop()
    if new and rng.random() < 0.3:
        from ._data import sentences
        sents = sentences(new[-1][0])
        if len(sents) > 1:
            new[-1][0] = " ".join(sents[: rng.randint(1, len(sents) - 1)])
    return _guarded(art, new)


def drop_middle(art: dict, rng: random.Random) -> bool:
    n = len(art["paras"])
    if n < 4:
        return False
    k = rng.choice((1, 1, 2))
    start = rng.randint(1, n - 1 - k)
    return _guarded(art, art["paras"][:start] + art["paras"][start + k:])


def merge(art: dict, rng: random.Random) -> bool:
    idx = [i for i in range(len(art["paras"]) - 1)
           if FURN not in (art["paras"][i][1], art["paras"][i + 1][1])
           and art["paras"][i][1] == art["paras"][i + 1][1]]
    if not idx:
        return False
    i = rng.choice(idx)
    art["paras"][i][0] = art["paras"][i][0] + " " + art["paras"][i + 1][0]
    del art["paras"][i + 1]
    return True


def split(art: dict, rng: random.Random) -> bool:
    from ._data import quote_safe_cuts, sentences
    cands = [(i, s) for i, (t, o) in enumerate(art["paras"]) if o != FURN
             for s in [sentences(t)] if quote_safe_cuts(s)]
    if not cands:
        return False
    i, sents = rng.choice(cands)
    k = rng.choice(quote_safe_cuts(sents))
    origin = art["paras"][i][1]
    art["paras"][i:i + 1] = [[" ".join(sents[:k]), origin], [" ".join(sents[k:]), origin]]
    return True


def move(art: dict, rng: random.Random) -> bool:
    n = len(art["paras"])
    if n < 4:
        return False
    i = rng.randint(2, n - 1)
    p = art["paras"].pop(i)
    art["paras"].insert(rng.randint(1, i - 1), p)
    return True


def reword_one(art: dict, rng: random.Random) -> bool:
    from ._data import sentences
    idx = [i for i, (_, o) in enumerate(art["paras"]) if o != FURN]
    if not idx:
        return False
    for _ in range(6):
        i = rng.choice(idx)
        sents = sentences(art["paras"][i][0])
        j = rng.randrange(len(sents))
        new = reword_sentence(sents[j], rng, fallback=(i, j) != (idx[0], 0))
        if new != sents[j]:
            sents[j] = new
            art["paras"][i][0] = " ".join(sents)
            return True
    return False


def rewrite_heavy(art: dict, rng: random.Random) -> None:
    """Reword every sentence, drop and swap sentences, regroup and reorder paragraphs."""
    from ._data import sentences
    new = []
    for text, origin in art["paras"]:
        if origin == FURN:
            continue
        sents = [heavy_sentence(s, rng) for s in sentences(text)]
        if len(sents) > 2 and rng.random() < 0.4:
            del sents[rng.randrange(1, len(sents))]
        if len(sents) > 1 and rng.random() < 0.35:
            a = rng.randrange(1, len(sents))
            sents[a - 1], sents[a] = sents[a], sents[a - 1]
        new.append([" ".join(sents), origin])
    art["paras"] = new
    extra = list(CONTEXT.get(art["category"], CONTEXT["business"]))
    rng.shuffle(extra)
    for line in extra[: rng.randint(1, 3)]:
        i = rng.randrange(len(art["paras"]))
        art["paras"][i][0] = art["paras"][i][0] + " " + line
    for _ in range(rng.randint(1, 3)):
        merge(art, rng)
    for _ in range(rng.randint(0, 2)):
        move(art, rng)
    if len(art["paras"]) > 5 and rng.random() < 0.5:
        drop_middle(art, rng)
    style = rng.choice(("pct", "per cent", "words"))
    art["paras"] = [[number_style(t, style), o] for t, o in art["paras"]]


HEADLINE_STYLES = ("keep", "short", "question", "seo", "caps", "title_case", "wire_update", "reword")


def _title_case(t: str) -> str:
    small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by"}
    ws = t.split()
    return " ".join(w if (i and w.lower() in small) or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(ws))


def headline(title: str, style: str, rng: random.Random, site: dict | None = None,
             category: str = "news") -> str:
    if style == "short":
        ws = title.split()
        return " ".join(ws[: max(2, len(ws) - rng.randint(1, 3))]) if len(ws) > 3 else title
    if style == "question":
        t = title.rstrip(".!")
        return rng.choice((f"{t}?", f"Why {_decap(t)}?", f"{t}: what does it mean?",
                           f"Is this why {_decap(t)}?"))
    if style == "seo":
        name = site["name"] if site else "News"
        return rng.choice((f"{title} | {name}", f"{title}: Latest {category.title()} News",
                           f"{_title_case(title)} - Here's What You Need To Know",
                           f"{category.title()} News: {title}", f"{title} (VIDEO)",
                           f"Breaking: {title} - {name}"))
    if style == "caps":
        return title.upper()
    if style == "title_case":
        return _title_case(title)
    if style == "wire_update":
        return rng.choice((f"UPDATE {rng.randint(1, 4)}-{title}", f"{title} (UPDATE)", f"WRAPUP 1-{title}"))
    if style == "reword":
        new = heavy_sentence(title, rng)
        if new == title:
            new = rng.choice((f"Report: {title}", f"{title}, say reports", f"{title} - latest"))
        return new
    return title


def light_edits(art: dict, rng: random.Random, strength: float) -> list[str]:
    """A random handful of structural and local edits; ``strength`` in [0, 1] scales how many."""
    ops = [("cut_tail", cut_tail, 0.55), ("drop_middle", drop_middle, 0.25), ("merge", merge, 0.2),
           ("split", split, 0.15), ("move", move, 0.12), ("reword", reword_one, 0.3)]
    done = []
    for name, fn, p in ops:
        if rng.random() < p * (0.4 + strength):
            if fn(art, rng):
                done.append(name)
    return done
