"""The probabilities that shape one corpus, drawn from its seed.

Every corpus draws its own mix (how often the agency's own copy is missing, how many clients a story
has, how often copies are copied again, how heavily clients edit), so that a benchmark run over many
seeds covers easy corpora and hard ones. Stories then vary around the corpus's values (see
:meth:`Params.jitter`).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, replace

__all__ = ["Params", "draw"]


@dataclass(frozen=True)
class Params:
    """Per-corpus probabilities (shares are of articles, stories or copies as named)."""

    dated: bool
    date_rate: float  # articles with a `published` key, when the corpus is dated
    outlet_rate: float  # articles with an `outlet` key
    url_rate: float  # articles with a `url` key
    title_rate: float  # articles with a `title` key
    variant_name: float  # an `outlet` key spelled in one of the outlet's other forms
    headline_in_text: float  # scale on the outlet's habit of starting the text with the headline
    reuters_share: float  # stories built on Reuters-21578 rather than BBC text
    wire: float  # story kinds: an agency story and its clients ...
    original: float  # ... an outlet's own story and its copies ...
    filler: float  # ... or an unrelated single article
    agency_present: float  # the agency's own copy (and each update) is in the corpus
    original_absent: float  # an outlet's original that its copies took from is missing
    middle_absent: float  # a copy in the middle of a chain is missing
    update: float  # the agency moves an update
    second_agency: float  # a second agency reports the same event
    independent: float  # outlets write their own reports of the same event
    mix: float  # an outlet combines two reports of the event
    rewrite: float  # an outlet rewrites a copy in its own words
    clients: float  # mean number of clients of one agency story
    copy_again: float  # chance that a copy is itself copied (per child, falling with depth)
    whole: float  # a client runs the agency copy uncut ...
    cut_bottom: float  # ... cuts it from the bottom ...
    drop_middle: float  # ... drops a middle paragraph ...
    keep_top: float  # ... or keeps only the first two or three paragraphs
    strip_dateline: float  # a client strips the agency dateline
    no_credit: float  # a copy credits no one
    keep_signoff: float  # a client keeps the agency's sign-off line
    style: float  # each house-style edit (spelling, numbers, quotes, dashes, swaps) is applied
    add_paragraph: float
    reorder: float
    trim: float
    new_headline: float
    new_lead: float
    scrape: float  # a scraper or aggregator copy carries its source's furniture

    def jitter(self, rng: random.Random) -> Params:
        """This corpus's values varied for one story (each scaled by 0.5-1.5, kept within [0, 1])."""
        names = ("agency_present", "update", "second_agency", "independent", "mix", "rewrite", "copy_again",
                 "strip_dateline", "no_credit", "style", "add_paragraph", "new_headline", "middle_absent")
        changes = {n: min(1.0, getattr(self, n) * rng.uniform(0.5, 1.5)) for n in names}
        changes["clients"] = max(0.5, self.clients * rng.uniform(0.5, 1.6))
        return replace(self, **changes)

    def as_dict(self) -> dict[str, float | bool]:
        """The values, rounded, for the corpus's meta."""
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def draw(rng: random.Random) -> Params:
    """The parameters of one corpus."""
    u = rng.uniform
    p = Params(
        dated=rng.random() < 0.8, date_rate=u(0.55, 1.0), outlet_rate=u(0.5, 0.95), url_rate=u(0.45, 0.95),
        title_rate=u(0.5, 1.0), variant_name=u(0.05, 0.3), headline_in_text=u(0.6, 1.0),
        reuters_share=rng.choice((0.0, u(0.05, 0.4))),
        wire=u(0.4, 0.6), original=u(0.15, 0.3), filler=u(0.12, 0.3),
        agency_present=u(0.3, 0.8), original_absent=u(0.05, 0.2), middle_absent=u(0.03, 0.12),
        update=u(0.1, 0.3), second_agency=u(0.1, 0.3), independent=u(0.1, 0.3), mix=u(0.2, 0.5),
        rewrite=u(0.1, 0.3), clients=u(2.0, 4.0), copy_again=u(0.12, 0.35),
        whole=u(0.2, 0.4), cut_bottom=u(0.3, 0.5), drop_middle=u(0.08, 0.18), keep_top=u(0.06, 0.15),
        strip_dateline=u(0.2, 0.5), no_credit=u(0.1, 0.35), keep_signoff=u(0.3, 0.7), style=u(0.4, 0.85),
        add_paragraph=u(0.08, 0.25), reorder=u(0.03, 0.12), trim=u(0.08, 0.25), new_headline=u(0.2, 0.5),
        new_lead=u(0.04, 0.15), scrape=u(0.2, 0.5),
    )
    return p
