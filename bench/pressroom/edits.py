"""Text edits that copy desks make: synonyms, spelling, number style, paragraph cuts, splits, merges, paraphrase.

Every function takes its randomness from the ``random.Random`` it is given.
"""

from __future__ import annotations

import random
import re

__all__ = [
    "americanise", "britishise", "headline", "merge_paragraphs", "number_style", "paraphrase", "sentences",
    "split_paragraph", "synonyms", "today_to_weekday",
]

# word -> replacements of the same part of speech and inflection
_SYN_TABLE = """
told:informed|assured  said:stated|explained  says:states  added:continued|went_on  claimed:alleged
began:started  begin:start  started:began  start:begin  ended:finished  finished:ended
children:youngsters|kids  child:youngster  car:vehicle  cars:vehicles  house:home|property  home:house
police:officers  officers:police  money:cash  cash:money  job:post  jobs:posts  big:large  large:big
small:little  huge:massive|enormous  serious:grave  died:passed_away  killed:slain  attack:assault
attacked:assaulted  assault:attack  injuries:wounds  injured:hurt  hurt:injured  wife:partner  husband:partner
friend:pal  friends:pals  shocked:stunned  angry:furious
upset:distressed  afraid:frightened  frightened:scared  scared:frightened  happy:pleased  pleased:delighted
decision:ruling  ruling:decision  trial:hearing  hearing:trial  jailed:imprisoned
imprisoned:jailed  prison:jail  jail:prison  sentence:term  fined:ordered_to_pay  charges:allegations
allegations:claims  claims:allegations  alleged:claimed  denied:rejected  denies:rejects  refused:declined
admitted:confessed_to  accused:charged  evidence:testimony  statement:account  believed:thought
thought:believed  knew:realised  asked:questioned  questioned:quizzed  wanted:wished  tried:attempted
attempted:tried  helped:assisted  help:assistance  nearly:almost
almost:nearly  later:subsequently  because:as  while:whilst  but:however,
also:additionally  very:extremely  extremely:very  really:truly  often:frequently  frequently:often
quickly:rapidly  suddenly:abruptly  finally:eventually  eventually:finally  recently:lately
behaviour:conduct  conduct:behaviour  incident:episode  event:occasion
family:relatives  relatives:family  doctor:GP  hospital:infirmary  death:demise  victim:casualty
damages:compensation  compensation:damages  lawyer:solicitor  lawyers:solicitors  solicitor:lawyer
judge:magistrate  jury:panel  company:firm  firm:company  business:firm  market:trade  shares:stock
rose:climbed|increased  fell:dropped|declined  increased:rose  decreased:fell  expected:forecast|anticipated
plans:proposals  plan:proposal  proposals:plans  agreement:deal  deal:agreement  talks:negotiations
government:administration  officials:authorities  spokesman:representative  spokeswoman:representative
important:significant  significant:important  major:key  key:major  main:principal  new:fresh
previous:earlier  earlier:previous  show:demonstrate  showed:demonstrated
need:require  needed:required  get:obtain  got:received  gave:handed  give:hand  buy:purchase
bought:purchased  sold:offloaded  received:got  allowed:permitted  stopped:halted  stop:halt
went:travelled  came:arrived  found:discovered  discovered:found  saw:witnessed  seen:witnessed
heard:learned  tell:inform  reported:said  warned:cautioned  urged:called_on  criticised:condemned
"""

SYNONYMS: dict[str, tuple[str, ...]] = {}
for _item in _SYN_TABLE.split():
    _k, _v = _item.split(":")
    SYNONYMS[_k] = tuple(x.replace("_", " ") for x in _v.split("|"))

# British -> American
_SPELL_TABLE = """
colour:color colours:colors coloured:colored honour:honor honoured:honored favour:favor favourite:favorite
behaviour:behavior neighbour:neighbor neighbours:neighbors neighbourhood:neighborhood labour:labor
humour:humor rumour:rumor rumours:rumors harbour:harbor vigour:vigor centre:center centres:centers
theatre:theater metre:meter metres:meters litre:liter litres:liters fibre:fiber defence:defense
offence:offense offences:offenses licence:license pretence:pretense organise:organize organised:organized
organising:organizing organisation:organization organisations:organizations recognise:recognize
recognised:recognized realise:realize realised:realized apologise:apologize apologised:apologized
criticise:criticize criticised:criticized criticising:criticizing emphasise:emphasize emphasised:emphasized
authorise:authorize authorised:authorized unauthorised:unauthorized characterise:characterize
summarise:summarize summarised:summarized sympathise:sympathize jeopardise:jeopardize
minimise:minimize maximise:maximize prioritise:prioritize finalise:finalize finalised:finalized
privatisation:privatization modernise:modernize legalise:legalize legalised:legalized
hospitalised:hospitalized paralysed:paralyzed analyse:analyze analysed:analyzed travelled:traveled
travelling:traveling cancelled:canceled cancelling:canceling counsellor:counselor counselling:counseling
jewellery:jewelry programme:program programmes:programs tyre:tire tyres:tires cheque:check cheques:checks
grey:gray mum:mom pyjamas:pajamas manoeuvre:maneuver paediatric:pediatric anaesthetic:anesthetic
judgement:judgment ageing:aging sceptical:skeptical whilst:while amongst:among towards:toward
learnt:learned spelt:spelled burnt:burned aluminium:aluminum storey:story enquiry:inquiry enquiries:inquiries
practise:practice practised:practiced catalogue:catalog dialogue:dialog kerb:curb plough:plow
mould:mold moustache:mustache pyjama:pajama sceptic:skeptic vapour:vapor endeavour:endeavor
"""
US_SPELLING: dict[str, str] = dict(item.split(":") for item in _SPELL_TABLE.split())
UK_SPELLING: dict[str, str] = {v: k for k, v in US_SPELLING.items() if v not in ("story", "check", "checks",
                                                                              "program", "programs",
                                                                              "meter", "meters", "tire",
                                                                              "tires", "while", "among",
                                                                              "practice", "learned",
                                                                              "spelled", "burned",
                                                                              "curb", "dialog", "mold")}

_TOKEN = re.compile(r"(?<![\w'-])[A-Za-z]+(?![\w'-])")


def _match_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[0].isupper():
        return new[0].upper() + new[1:]
    return new


def _replace_words(text: str, fn) -> str:
    return _TOKEN.sub(lambda m: fn(m.group(0)) or m.group(0), text)


def synonyms(text: str, rng: random.Random, rate: float) -> str:
    """Swap about ``rate`` of the swappable words for a synonym (lower-case words only, names kept)."""

    def swap(word: str) -> str | None:
        low = word.lower()
        if low not in SYNONYMS or (word[0].isupper() and word != word.capitalize()):
            return None
        if word[0].isupper() and low not in ("but", "also", "after", "before", "about"):
            return None  # a capitalised word mid-sentence may be a name
        if rng.random() >= rate:
            return None
        return _match_case(rng.choice(SYNONYMS[low]), word)

    # words inside quotation marks are the speaker's: left alone
    parts = text.split('"')
    return '"'.join(part if i % 2 else _replace_words(part, swap) for i, part in enumerate(parts))


def americanise(text: str) -> str:
    text = _replace_words(text, lambda w: _match_case(US_SPELLING[w.lower()], w)
                          if w.lower() in US_SPELLING and not (w[0].isupper() and w.lower() == "labour") else None)
    return text


def britishise(text: str) -> str:
    return _replace_words(text, lambda w: _match_case(UK_SPELLING[w.lower()], w) if w.lower() in UK_SPELLING else None)


_NUMWORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def number_style(text: str, style: str, rng: random.Random | None) -> str:
    """Restyle numbers: ``style`` is "pct" (10%), "percent" (10 percent) or "uk" (10 per cent); thousands
    lose their commas now and then (always when ``rng`` is None)."""
    if style == "pct":
        text = re.sub(r"(\d(?:[\d.,]*\d)?)[ -](?:per ?cent|percent|pct)\b", r"\1%", text)
    elif style == "percent":
        text = re.sub(r"(\d(?:[\d.,]*\d)?)(?:%| per cent| pct)", r"\1 percent", text)
    else:
        text = re.sub(r"(\d(?:[\d.,]*\d)?)(?:%| percent| pct)", r"\1 per cent", text)
    if style != "uk":
        text = re.sub(r"([£$]\d+(?:\.\d+)?) (million|billion)\b", lambda m: m.group(1) + m.group(2)[0], text)
        text = re.sub(r"\b(\d{1,3}),(\d{3})\b(?!,\d)", r"\1\2", text) if rng is None or rng.random() < 0.5 else text
        text = re.sub(r"\b(two|three|four|five|six|seven|eight|nine)\b(?= (?:years|months|weeks|days|men|women|"
                      r"people|children|times|hours|officers))", lambda m: _NUMWORDS[m.group(1)], text)
    return text


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def today_to_weekday(text: str, weekday: int) -> str:
    """A next-day paper's ``today`` -> ``on Tuesday``."""
    day = _WEEKDAYS[weekday]
    text = re.sub(r"\btoday\b", "on " + day, text)
    return re.sub(r"\bToday\b", "On " + day, text)


_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"']))\s+(?=[\"'A-Z])")


def sentences(paragraph: str) -> list[str]:
    out = []
    for s in _SENT.split(paragraph):
        # do not split after titles and initials
        if out and re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Mt|Sgt|Insp|Det|Supt|Rev|Prof|Lt|Col|Capt|[A-Z])\.$", out[-1]):
            out[-1] += " " + s
        else:
            out.append(s)
    return out


def split_paragraph(paragraph: str, rng: random.Random) -> list[str]:
    ss = sentences(paragraph)
    if len(ss) < 2:
        return [paragraph]
    cut = rng.randint(1, len(ss) - 1)
    return [" ".join(ss[:cut]), " ".join(ss[cut:])]


def merge_paragraphs(a: str, b: str) -> str:
    return a.rstrip() + " " + b.lstrip()


_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "over", "with", "by", "as", "from"}
_DANGLING = {"had", "has", "have", "is", "was", "were", "be", "will", "could", "would", "more", "his", "her", "their",
             "after", "who", "that", "not", "into", "than", "about", "before", "says", "tells", "but"}


def headline(title: str, rng: random.Random, mode: str) -> str:
    """A copy's headline: ``keep``, ``case`` (title or sentence case) or ``rewrite`` (synonyms, trims)."""
    if mode == "keep":
        return title
    words = title.split()
    if title.upper() == title:
        words = [w.lower() for w in words]
    if mode == "rewrite":
        words = synonyms(" ".join(words), rng, 0.6).split()
        if len(words) > 5 and rng.random() < 0.5:
            words = words[: rng.randint(4, len(words) - 1)]
            while len(words) > 2 and (words[-1].lower() in _SMALL or words[-1].lower() in _DANGLING):
                words.pop()
    if rng.random() < 0.5:
        cased = [w if w.lower() in _SMALL and i else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    else:
        cased = [w[:1].upper() + w[1:] if i == 0 else w for i, w in enumerate(words)]
    out = " ".join(cased)
    # names lower-cased from an all-caps headline stay lower-case: good enough for headlines
    return out.strip(" :-") or title


_SAID = re.compile(r'^(?P<who>[A-Z][\w\' .-]{2,60}?) (?:said|told [\w ]{2,30}?|added|explained):? "(?P<q>.+)"$')
_QUOTE_SAID = re.compile(r'^"(?P<q>.+?),?" (?P<who>[\w\' .-]{2,40}?) (?P<verb>said|added|told [\w ]{2,30})\.$')
_CLAUSE = re.compile(r", (?:who|which|where|when) [^,]{3,80},")


_FUNCTION = [(re.compile(r"\b" + a + r"\b"), b) for a, b in (
    ("was not", "wasn't"), ("did not", "didn't"), ("does not", "doesn't"), ("had not", "hadn't"), ("is not", "isn't"),
    ("could not", "couldn't"), ("would not", "wouldn't"), ("it is", "it's"), ("said that", "said"),
    ("told that", "told"), ("was", "had been"),
    ("were", "had been"), ("will", "would"), ("could", "might"), ("has", "had"), ("is", "was"),
    ("are", "were"), ("who", "that"), ("which", "that"), ("a number of", "several"), ("more than", "over"),
    ("in order to", "to"), ("at the time", "then"), ("as well as", "and"), ("a lot of", "much"),
    ("the court", "the hearing"), ("the jury", "jurors"), ("the judge", "the bench"), ("the case", "the matter"),
    ("in the", "within the"), ("on the", "upon the"), ("of the", "of this"), ("to the", "towards the"),
    ("at the", "at that"), ("for the", "on behalf of the"), ("that he", "he"), ("that she", "she"),
)]
_TAIL = re.compile(r"^(?P<body>[^\"]{20,}?), (?P<who>(?:he|she|they|a [a-z ]{2,30}|[A-Z][\w .'-]{2,40}?)) "
                   r"(?P<verb>said|added|claimed|told [\w ]{2,30}?)(?P<when> today| yesterday| last \w+)?\.$")


def _paraphrase_sentence(s: str, rng: random.Random, strength: float) -> str:
    m = _SAID.match(s)
    if m and rng.random() < 0.7:
        q = m.group("q").rstrip('."')
        who = m.group("who")
        s = f'"{q}," {who} said.' if rng.random() < 0.5 else f"{who} said {q[:1].lower() + q[1:]}."
    else:
        m = _QUOTE_SAID.match(s) or _TAIL.match(s)
        if m and "q" in m.groupdict() and rng.random() < 0.6:
            s = f'{m.group("who")} {m.group("verb")}: "{m.group("q")}."'
        elif m and "body" in m.groupdict() and rng.random() < 0.7:
            body = m.group("body")
            body = body if body[:2].isupper() or body.split()[0] in ("I",) else body[:1].lower() + body[1:]
            s = f'{m.group("who")} {m.group("verb")}{m.group("when") or ""} that {body}.'
        s = s[:1].upper() + s[1:]
    if rng.random() < strength:
        s = _CLAUSE.sub(",", s, count=1)
    for pat, rep in _FUNCTION:
        s = pat.sub(lambda m, rep=rep: rep if rng.random() < strength else m.group(0), s)
    s = re.sub(r"\b(?:Mr|Mrs|Ms) (?=[A-Z][a-z]+\b)(?!Justice)",
               lambda m: "" if rng.random() < strength else m.group(0), s)
    s = re.sub(r"\b(said|told)\b", lambda m: {"said": "says", "told": "tells"}[m.group(1)]
               if rng.random() < strength * 0.5 else m.group(0), s)
    s = synonyms(s, rng, min(0.95, strength + 0.1))
    words = s.split()
    # drop a few adverbs and adjectives
    keep = [w for w in words if not (w.lower().endswith("ly") and len(w) > 5 and rng.random() < strength)]
    s = " ".join(keep) if keep else s
    return s


_PRONOUN = {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their"}
_REPORT = {"said", "says", "told", "claimed", "believed", "thought", "heard", "knew", "stated", "explained", "added"}
_MODAL = {"should", "would", "could", "might", "must", "will", "may", "can"}


def _forced(words: list[str], i: int) -> list[str] | None:
    """Change the word at ``i`` for a near equivalent (None when it has none)."""
    w = words[i]
    low = w.lower().strip(",.;:")
    tail = w[len(w.rstrip(",.;:")):]
    prev = words[i - 1].lower().strip(",.;:\"") if i else ""
    nxt = words[i + 1].lower().strip(",.;:\"") if i + 1 < len(words) else ""
    table = {"the": "this", "a": "one", "an": "one", "in": "within", "and": "as well as", "was": "had been",
             "were": "had been", "has": "had", "is": "was", "are": "were", "his": "the", "their": "the",
             "on": "upon", "with": "alongside", "would": "will", "will": "would", "could": "might", "can": "could",
             "when": "as", "but": "yet", "because": "as", "said": "stated", "told": "informed", "very": "",
             "also": "", "then": "", "just": "", "now": "", "still": "", "really": ""}
    if low in SYNONYMS and w[:1].islower():
        rep = SYNONYMS[low][0]
    elif low == "that" and prev in _REPORT:
        rep = ""
    elif low == "had" and prev not in _MODAL:
        rep = "has"
    elif low in ("after", "before") and nxt not in _PRONOUN:
        rep = {"after": "following", "before": "ahead of"}[low]
    elif low in table and not (low in ("his", "their") and not nxt.isalpha()):
        rep = table[low]
    else:
        return None
    if w[:1].isupper() and rep:
        rep = rep[:1].upper() + rep[1:]
    return words[:i] + ([rep + tail] if rep else []) + words[i + 1 :]


def _break_runs(sentence: str, source: set[tuple[str, ...]], rng: random.Random, longest: int) -> str:
    """Change words until no run of more than ``longest`` words is shared with ``source`` (its n-grams)."""
    words = sentence.split()
    n = longest + 1
    for _ in range(40):
        low = [w.lower().strip(",.;:!?\"'()") for w in words]
        hits = [i for i in range(len(words) - n + 1) if tuple(low[i : i + n]) in source]
        if not hits:
            break
        i = rng.choice(hits)
        order = sorted(range(i, i + n), key=lambda j: (abs(j - i - n // 2), j))
        for j in order:
            changed = _forced(words, j)
            if changed is not None and changed != words:
                words = changed
                break
        else:
            words = words[:i + n // 2] + words[i + n // 2 + 1:]  # drop a word
    return " ".join(words)


def paraphrase(paragraphs: list[str], rng: random.Random, keep_share: float = 0.3) -> list[str]:
    """A heavy rewrite: about ``keep_share`` of the sentences kept word for word, the rest paraphrased
    so that they share no run of more than five words with the source, a quarter dropped, sentences
    regrouped into new paragraphs."""
    out: list[str] = []
    for p in paragraphs:
        new = []
        for s in sentences(p):
            r = rng.random()
            if r < 0.25:
                continue
            if r < 0.25 + keep_share * 0.75 or (s.startswith('"') and r < 0.6):
                new.append(s)  # quotes are kept word for word or dropped
            else:
                low = [w.lower().strip(",.;:!?\"'()") for w in s.split()]
                grams = {tuple(low[i : i + 6]) for i in range(len(low) - 5)}
                new.append(_break_runs(_paraphrase_sentence(s, rng, 0.8), grams, rng, 5))
        if new:
            out.append(" ".join(new))
    # regroup: merge short neighbours, swap two neighbours now and then
    grouped: list[str] = []
    for p in out:
        if grouped and len(grouped[-1].split()) < 35 and rng.random() < 0.5:
            grouped[-1] = merge_paragraphs(grouped[-1], p)
        else:
            grouped.append(p)
    for i in range(1, len(grouped) - 1):
        if rng.random() < 0.2:
            grouped[i], grouped[i + 1] = grouped[i + 1], grouped[i]
    return grouped
