"""Base stories from Reuters-21578 and the ways a wire or outlet credit shows up in running text."""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from random import Random

from .. import data_dir, read_jsonl

__all__ = ["AGENCIES", "OUTLETS", "Story", "add_credit", "credit_set", "sentence_case", "stories"]

# canonical name -> (short tokens used in datelines/trailers, full names used in bylines/notices)
AGENCIES: dict[str, tuple[list[str], list[str]]] = {
    "Reuters": (["Reuters", "REUTERS", "Reuters", "reuters"], ["Reuters", "Thomson Reuters"]),
    "AP": (["AP", "AP"], ["The Associated Press", "Associated Press"]),
    "AFP": (["AFP", "AFP", "Afp"], ["Agence France-Presse", "Agence France Presse"]),
    "PA": (["PA"], ["PA Media", "the Press Association"]),
    "dpa": (["dpa", "DPA"], ["Deutsche Presse-Agentur", "dpa"]),
    "EFE": (["EFE", "Efe"], ["Agencia EFE", "EFE"]),
    "ANSA": (["ANSA", "Ansa"], ["ANSA"]),
    "Xinhua": (["Xinhua", "XINHUA"], ["Xinhua News Agency", "Xinhua"]),
    "Kyodo": (["Kyodo", "KYODO"], ["Kyodo News", "Kyodo"]),
    "Yonhap": (["Yonhap", "YONHAP"], ["Yonhap News Agency", "Yonhap"]),
    "Anadolu": (["Anadolu", "AA"], ["Anadolu Agency", "Anadolu"]),
    "PTI": (["PTI"], ["Press Trust of India", "PTI"]),
    "ANI": (["ANI"], ["Asian News International", "ANI"]),
    "IANS": (["IANS"], ["Indo-Asian News Service", "IANS"]),
    "UPI": (["UPI"], ["United Press International", "UPI"]),
    "AAP": (["AAP"], ["Australian Associated Press", "AAP"]),
    "Bernama": (["Bernama", "BERNAMA"], ["Bernama", "Malaysian National News Agency"]),
    "TASS": (["TASS", "Tass"], ["TASS", "TASS news agency"]),
}

# made-up outlets: name -> domain
OUTLETS: dict[str, str] = {
    "The Harbour Gazette": "harbourgazette.com",
    "The Daily Ledger": "dailyledger.net",
    "Northfield Courier": "northfieldcourier.com",
    "The Morning Lantern": "morninglantern.co.uk",
    "Riverbend Post": "riverbendpost.com",
    "Capital Wire Daily": "capitalwiredaily.com",
    "The Valley Tribune": "valleytribune.org",
    "Coastline Herald": "coastlineherald.com.au",
    "Metro Evening News": "metroeveningnews.com",
    "The Granite Times": "granitetimes.com",
    "Eastgate Observer": "eastgateobserver.in",
    "Summit Business Review": "summitbizreview.com",
}

CITIES = ["LONDON", "NEW YORK", "WASHINGTON", "PARIS", "TOKYO", "BERLIN", "SEOUL", "NEW DELHI", "SYDNEY",
          "BEIJING", "MADRID", "ROME", "ANKARA", "MOSCOW", "KUALA LUMPUR", "CHICAGO", "FRANKFURT", "Brussels",
          "Geneva", "Mumbai"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
PEOPLE = ["Jane Smith", "Tom Okafor", "Maria Delgado", "Kenji Watanabe", "Priya Raman", "Lukas Brenner",
          "Hannah O'Neill", "Ahmed Yilmaz", "Sophie Laurent", "David Kim", "Grace Mbeki", "Paolo Ricci"]
DASHES = [" - ", " - ", " – ", " — ", " -- ", " —", "- ", " - "]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

_AGENCY_WORDS = re.compile(
    r"\b(reuters?|ap|afp|pa|dpa|efe|ansa|xinhua|kyodo|yonhap|anadolu|pti|ani|ians|upi|aap|bernama|tass|"
    r"associated press|press association|agence)\b", re.I)
_KEEP_UPPER = {"U.S.", "UK", "U.K.", "EC", "OPEC", "GATT", "IMF", "USSR", "U.S.S.R.", "FED", "GNP", "GDP"}

Story = tuple[str, str, list[str]]  # (doc_id, headline in sentence case, paragraphs)


def sentence_case(title: str) -> str:
    """Headline in sentence case, keeping a few well-known acronyms upper case."""
    words = re.sub(r"<[^>]*>", " ", title).replace("--", " - ").split()
    out = [w if w.upper() in _KEEP_UPPER else w.lower() for w in words]
    if out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out).replace("u.s.", "U.S.")


def _reflow(text: str) -> list[str]:
    text = re.sub(r"\s*\breuter\s*\x03?\s*$", "", text.replace("\x03", ""), flags=re.I)
    paras = []
    for chunk in re.split(r"\n[ \t]+", text):
        para = re.sub(r"<([^>]*)>", r"\1", " ".join(chunk.split()))
        if para:
            paras.append(para)
    return paras


def _shingles(paras: list[str]) -> set[int]:
    words = re.findall(r"[a-z0-9]+", " ".join(paras).lower())
    return {zlib.crc32(" ".join(words[i:i + 8]).encode()) for i in range(max(0, len(words) - 7))}


def _tabular(para: str) -> bool:
    toks = para.split()
    return sum(any(c.isdigit() for c in t) for t in toks) > 0.3 * len(toks)


@lru_cache(maxsize=2)
def _pool(limit: int = 3000) -> tuple[Story, ...]:
    seen: set[int] = set()
    out: list[Story] = []
    for rec in read_jsonl(data_dir() / "reuters21578" / "docs.jsonl"):
        title, paras = (rec.get("title") or "").strip(), _reflow(rec.get("text") or "")
        if not title or len(paras) < 5 or sum(len(p.split()) for p in paras) < 120:
            continue
        if any(_tabular(p) for p in paras) or _AGENCY_WORDS.search(" ".join(paras) + " " + title):
            continue
        sh = _shingles(paras)
        if sh & seen:
            continue
        seen |= sh
        out.append((str(rec["doc_id"]), sentence_case(title), paras))
        if len(out) >= limit:
            break
    return tuple(out)


def stories(rng: Random, n: int) -> list[Story]:
    """n distinct, mutually unrelated base stories (paragraph lists are fresh copies)."""
    pool = _pool()
    picked = rng.sample(range(len(pool)), min(n, len(pool)))
    return [(pool[i][0], pool[i][1], list(pool[i][2])) for i in picked]


def _dash(rng: Random) -> str:
    return rng.choice(DASHES)


def _short(rng: Random, name: str) -> str:
    return rng.choice(AGENCIES[name][0]) if name in AGENCIES else name


def _full(rng: Random, name: str) -> str:
    return rng.choice(AGENCIES[name][1]) if name in AGENCIES else name


def _dateline(rng: Random) -> str:
    return f"{rng.choice(CITIES)}, {rng.choice(MONTHS)} {rng.randint(1, 28)}"


# Each form: (family, where, builder(rng, name) -> str). where: "lead" prefix, "byline" line, "tail" line,
# "suffix" appended to the last paragraph. Agency-only forms are marked by family prefix "wire".
def _forms() -> list[tuple[str, str, bool, object]]:
    yr = lambda r: r.choice(["2024", "2025"])  # noqa: E731
    return [
        ("dateline", "lead", True, lambda r, n: f"({_short(r, n)}){_dash(r)}"),
        ("dateline", "lead", True, lambda r, n: f"{r.choice(CITIES)} ({_short(r, n)}){_dash(r)}"),
        ("dateline", "lead", True, lambda r, n: f"{_dateline(r)} ({_short(r, n)}){_dash(r)}"),
        ("dateline", "lead", True, lambda r, n: f"{r.choice(CITIES)}, {_dateline(r).split(', ')[1]} "
                                                f"/{_short(r, n)}/{_dash(r)}"),
        ("dateline", "lead", True, lambda r, n: f"{r.choice(CITIES)}: ({_short(r, n)}){_dash(r)}"),
        ("name_dash", "lead", True, lambda r, n: f"{_short(r, n)}{_dash(r)}"),
        ("name_dash", "lead", False, lambda r, n: f"{_full(r, n)}{r.choice([' - ', ' — ', ' – '])}"),
        ("name_dash", "lead", True, lambda r, n: f"{r.choice(CITIES)}{_dash(r)}{_short(r, n)}{_dash(r)}"),
        ("byline", "byline", False, lambda r, n: f"By {_full(r, n)} Staff"),
        ("byline", "byline", False, lambda r, n: f"By {_full(r, n)}"),
        ("byline", "byline", False, lambda r, n: f"BY {_full(r, n).upper()}"),
        ("byline", "byline", False, lambda r, n: f"By {r.choice(PEOPLE)}, {_full(r, n)}"),
        ("byline", "byline", False, lambda r, n: f"By {r.choice(PEOPLE)} | {_short(r, n)}"),
        ("byline", "byline", False, lambda r, n: f"By {r.choice(PEOPLE)} and {r.choice(PEOPLE)}, {_full(r, n)}"),
        ("byline", "byline", False, lambda r, n: f"{r.choice(PEOPLE)} | {_full(r, n)} | {_dateline(r)}"),
        ("byline", "byline", False, lambda r, n: f"By {r.choice(PEOPLE)}\n{_full(r, n)}"),
        ("trailer_dash", "tail", True, lambda r, n: f"{r.choice(['— ', '-- ', '- ', '–', '—'])}{_short(r, n)}"),
        ("trailer_dash", "tail", False, lambda r, n: f"— {_full(r, n)}"),
        ("trailer_paren", "tail", True, lambda r, n: f"({_short(r, n)})"),
        ("trailer_paren", "tail", True, lambda r, n: f"({_short(r, n)}/{r.choice(PEOPLE).split()[1]})"),
        ("contributed", "tail", False, lambda r, n: f"{_full(r, n)} contributed to this report."),
        ("contributed", "tail", False, lambda r, n: f"Material from {_full(r, n)} was used in this report."),
        ("contributed", "tail", False, lambda r, n: f"{r.choice(PEOPLE)} of {_full(r, n)} contributed reporting."),
        ("additional", "tail", False, lambda r, n: f"Additional reporting by {_full(r, n)}"),
        ("additional", "tail", False, lambda r, n: f"(Additional reporting by {r.choice(PEOPLE)} of {_short(r, n)})"),
        ("with", "tail", False, lambda r, n: f"With {_short(r, n)}"),
        ("with", "tail", False, lambda r, n: f"- With {_full(r, n)}"),
        ("copyright", "tail", False, lambda r, n: f"Copyright {_full(r, n)}."),
        ("copyright", "tail", False, lambda r, n: f"Copyright {yr(r)} {_full(r, n)}. All rights reserved."),
        ("copyright", "tail", False, lambda r, n: f"© {yr(r)} {_full(r, n)}. All rights reserved."),
        ("copyright", "tail", False, lambda r, n: f"(c) {_full(r, n)} {yr(r)}"),
        ("copyright", "tail", False, lambda r, n: f"© Copyright {_full(r, n)}"),
        ("source", "tail", False, lambda r, n: f"Source: {_short(r, n)}"),
        ("source", "tail", False, lambda r, n: f"SOURCE: {_full(r, n).upper()}"),
        ("source", "tail", False, lambda r, n: f"Source : {_full(r, n)}"),
        ("via", "tail", False, lambda r, n: f"via {_short(r, n)}"),
        ("via", "tail", False, lambda r, n: f"(via {_full(r, n)})"),
        ("inputs", "tail", False, lambda r, n: f"With inputs from {_short(r, n)}"),
        ("inputs", "tail", False, lambda r, n: f"(With inputs from {_full(r, n)})"),
        ("inputs", "tail", False, lambda r, n: f"— With inputs from {_short(r, n)}"),
        ("republished", "tail", False, lambda r, n: f"This article was originally published by {_full(r, n)}."),
        ("republished", "tail", False, lambda r, n: f"This story was first published by {_full(r, n)}."),
        ("republished", "tail", False, lambda r, n: f"Republished with permission from {_full(r, n)}."),
        ("republished", "tail", False, lambda r, n: f"This story first appeared on {_domain(n)}."),
        ("republished", "tail", False, lambda r, n: f"This article first appeared at https://www.{_domain(n)}/"),
        ("inline", "suffix", True, lambda r, n: f" ({_short(r, n)})"),
        ("inline", "suffix", True, lambda r, n: f" ({_short(r, n)}) (END)"),
        ("inline", "suffix", True, lambda r, n: f" -- {_short(r, n)}"),
    ]


def _domain(name: str) -> str:
    return OUTLETS.get(name) or re.sub(r"[^a-z]", "", name.lower()) + ".com"


FORMS = _forms()


def add_credit(rng: Random, paras: list[str], name: str, family: str | None = None) -> tuple[list[str], str]:
    """Paragraphs with a credit to ``name`` added in one randomly drawn real-world form; returns (paras, family)."""
    wire = name in AGENCIES
    choices = [f for f in FORMS if (wire or not f[2]) and (family is None or f[0] == family)]
    fam = rng.choice(sorted({f[0] for f in choices}))
    fam, where, _, build = rng.choice([f for f in choices if f[0] == fam])
    piece = build(rng, name)
    out = list(paras)
    if where == "lead":
        out[0] = piece + out[0]
    elif where == "byline":
        out.insert(0, piece)
    elif where == "suffix":
        out[-1] = out[-1] + piece
    else:
        out.append(piece)
    return out, fam


_NEG = [
    ("neg_told", lambda r, a: f"A spokesman told {_short(r, a)} the matter was under review."),
    ("neg_reported", lambda r, a: f"{_short(r, a)} reported on {r.choice(WEEKDAYS)} that talks had stalled."),
    ("neg_according", lambda r, a: f"The figures were revised, according to {_full(r, a)}."),
    ("neg_photographer", lambda r, a: f"An {_short(r, a)} photographer at the scene saw crowds outside."),
    ("neg_interview", lambda r, a: f"In an interview with {_short(r, a)}, the chairman declined to comment."),
    ("neg_quote", lambda r, a: f"\"I read it on {_short(r, a)} like everyone else,\" one trader said."),
    ("neg_cited", lambda r, a: f"The deal was first reported by {_full(r, a)} earlier in the week."),
]


def _negative(rng: Random, paras: list[str]) -> tuple[list[str], str]:
    out = list(paras)
    roll = rng.random()
    if roll < 0.12:
        out.append(rng.choice(["(With inputs from agencies)", "With agency inputs", "— Agencies"]))
        return out, "neg_agencies"
    if roll < 0.25:
        out.insert(0, f"By {rng.choice(PEOPLE)}")
        return out, "neg_person_byline"
    if roll < 0.37:
        return out, "neg_none"
    fam, build = rng.choice(_NEG)
    agency = rng.choice(["Reuters", "AP", "AFP", "Xinhua", "Kyodo", "PTI", "TASS", "dpa"])
    i = rng.randrange(1, len(out))
    out[i] = out[i] + " " + build(rng, agency)
    return out, fam


def credit_set(n: int = 400, seed: int = 0) -> list[dict]:
    """n articles, each crediting an agency or outlet in some form, or (about 30%) not crediting anyone."""
    rng = Random(seed)
    out = []
    for k, (doc_id, title, paras) in enumerate(stories(rng, n)):
        paras = paras[: rng.randint(3, len(paras))]
        outlet = rng.choice(list(OUTLETS)) if rng.random() < 0.75 else None
        if rng.random() < 0.3:
            paras, form = _negative(rng, paras)
            credited = None
        else:
            credited = rng.choice(list(AGENCIES)) if rng.random() < 0.7 else rng.choice(list(OUTLETS))
            if credited == outlet:
                outlet = None
            paras, form = add_credit(rng, paras, credited)
            if rng.random() < 0.12:  # a reporting mention of some other agency as a distractor
                i = rng.randrange(1, len(paras) - 1) if len(paras) > 2 else 0
                other = rng.choice([a for a in AGENCIES if a != credited])
                paras[i] = paras[i] + " " + rng.choice(_NEG)[1](rng, other)
        h = zlib.crc32(f"credit:{seed}:{k}:{doc_id}".encode())
        out.append({"id": f"c{h:08x}{k:04d}", "title": title, "text": "\n\n".join([title, *paras]),
                    "outlet": outlet, "credited": credited, "form": form})
    return out
